import type { AppError, Result } from '../../../../contract/result';
import type { Contact, ContactImport, SaveContactInput } from '../../../../contract/schemas/contacts';
import { i18n } from '../../i18n';
import { bridge } from '../../ui/bridge';
import { resettableStore } from '../../ui/resettable';
import { showError, showSuccess } from '../../ui/toasts';

/**
 * The address book, one for the computer whatever profile is active: read once, read again after
 * each change this window makes (the CLI or another window may have changed it meanwhile).
 */
/** What the contact form starts from: a contact to edit, or a new one with a number already known ("Add to contacts"). */
export type ContactDraft = { contact: Contact } | { number?: string; name?: string };

interface ContactsState {
  contacts: Contact[] | undefined;
  loading: boolean;
  loadError: AppError | undefined;
  /** The last import's report, shown until the next one or until dismissed. */
  lastImport: Extract<ContactImport, { chosen: true }> | undefined;
  importing: boolean;
  /** The contact form's dialog, open while set. */
  draft: ContactDraft | undefined;
  edit(draft: ContactDraft): void;
  closeDraft(): void;
  load(): Promise<void>;
  save(input: SaveContactInput): Promise<Result<Contact>>;
  remove(id: string): Promise<void>;
  importFile(file?: { name: string; bytes: Uint8Array<ArrayBuffer> }, defaultCountry?: string): Promise<void>;
  exportAs(format: 'csv' | 'vcard'): Promise<void>;
  dismissImport(): void;
}

export const useContacts = resettableStore<ContactsState>()((set, get) => ({
  contacts: undefined,
  loading: false,
  loadError: undefined,
  lastImport: undefined,
  importing: false,
  draft: undefined,
  edit: (draft) => set({ draft }),
  closeDraft: () => set({ draft: undefined }),
  load: async () => {
    set({ loading: true });
    const answer = await bridge().contacts.list();
    set(answer.ok ? { loading: false, contacts: answer.value.contacts, loadError: undefined } : { loading: false, loadError: answer.error });
  },
  save: async (input) => {
    const answer = await bridge().contacts.save(input);
    if (answer.ok) await get().load();
    return answer;
  },
  remove: async (id) => {
    const answer = await bridge().contacts.remove({ id });
    if (!answer.ok) return showError(answer.error);
    await get().load();
  },
  importFile: async (file, defaultCountry) => {
    set({ importing: true });
    const answer = await bridge().contacts.import({ ...(file ? { file } : {}), ...(defaultCountry ? { defaultCountry } : {}) });
    set({ importing: false });
    if (!answer.ok) return showError(answer.error);
    if (!answer.value.chosen) return;
    set({ lastImport: answer.value });
    await get().load();
  },
  exportAs: async (format) => {
    const answer = await bridge().contacts.export({ format });
    if (!answer.ok) return showError(answer.error);
    if (answer.value.saved) showSuccess(i18n.t('contacts:book.exported', { count: answer.value.count }), i18n.t('contacts:book.savedTo', { path: answer.value.path }));
  },
  dismissImport: () => set({ lastImport: undefined }),
}));

/** The address book read once for screens that only show names (the Dialer, the history, Activity). */
export function loadContactsOnce(): void {
  const { contacts, loading, load } = useContacts.getState();
  if (contacts === undefined && !loading) void load();
}

/** Names by number, made once per address book read: every number shown on a screen asks. */
const namesByBook = new WeakMap<readonly Contact[], ReadonlyMap<string, string>>();

function namesOf(contacts: readonly Contact[]): ReadonlyMap<string, string> {
  let names = namesByBook.get(contacts);
  if (!names) {
    const byNumber = new Map<string, string>();
    // The first contact holding a number names it, as the book is listed.
    for (const contact of contacts)
      for (const number of contact.numbers) if (!byNumber.has(number.digits)) byNumber.set(number.digits, number.label ? `${contact.name} (${number.label})` : contact.name);
    namesByBook.set(contacts, (names = byNumber));
  }
  return names;
}

/** Who a number (digits, country code first) is in the address book: "Ada Lovelace (mobile)". */
export function contactNameOf(contacts: readonly Contact[] | undefined, digits: string): string | undefined {
  if (!contacts || !digits) return undefined;
  return namesOf(contacts).get(digits.replace(/\D/g, ''));
}

/** The name for `digits`, following the address book as it changes. */
export const useContactName = (digits: string): string | undefined => useContacts((state) => contactNameOf(state.contacts, digits));
