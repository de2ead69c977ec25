import type { AppError, Result } from '../../../../contract/result';
import type { CreatedBatch, CreatePhonesInput, PhoneDirectory, SecretCopied } from '../../../../contract/schemas/phones';
import type { SipRegistrar } from '../../../../contract/schemas/profiles';
import { accountChanged, isCurrentAccount, scopeToAccount } from '../../ui/account-scope';
import { showError, showSuccess } from '../../ui/toasts';
import { bridge } from '../../ui/bridge';
import { i18n } from '../../i18n';
import { sendWatched, startLatest, type Latest } from '../../ui/latest';
import { resettableStore } from '../../ui/resettable';
import { errorWords } from '../../i18n/said';

interface PhonesState {
  /**
   * The active profile's phones, one list for every screen that shows or offers them (the Phones
   * screen, the Dialer's picker), so a batch created on one is on the other at once.
   */
  directory: PhoneDirectory | undefined;
  loading: boolean;
  /** Why the list could not be read; shown in place of the list until a read succeeds. */
  loadError: AppError | undefined;
  /** Only the newest read may land: a slow one must not replace the list read after it. */
  loadRequest: Latest;
  /** The batch created last on this screen, with its phones as sipQuery listed them. */
  lastBatch: CreatedBatch | undefined;
  /**
   * The batch the form waits for. Let go of when the form goes before the answer (another profile
   * became active): the answer is then shown as a toast instead.
   */
  formCreate: Latest;
  exporting: boolean;
  load(refresh?: boolean): Promise<void>;
  /** Sends the batch once; answers the form with the result, or with undefined once it let go of it. */
  create(input: CreatePhonesInput): Promise<Result<CreatedBatch> | undefined>;
  letGoOfCreate(): void;
  /** Main asks where to save and writes the file; the passwords never come here in bulk. */
  exportCsv(target?: { groupName: string; appId?: string }): Promise<void>;
  dismissBatch(): void;
}

export const usePhones = resettableStore<PhonesState>()((set, get, store) => ({
  directory: undefined,
  loading: false,
  loadError: undefined,
  loadRequest: undefined,
  lastBatch: undefined,
  formCreate: undefined,
  exporting: false,
  load: async (refresh = false) => {
    const stillLatest = startLatest(store, 'loadRequest');
    set({ loading: true });
    const result = await bridge().phones.list({ refresh });
    if (!stillLatest()) return;
    if (!result.ok) set({ loading: false, loadError: result.error });
    else if (isCurrentAccount(result.value.profileId)) set({ loading: false, directory: result.value, loadError: undefined });
    else set({ loading: false });
  },
  create: async (input) => {
    const { answer, watched: shownInForm } = await sendWatched(store, 'formCreate', () => bridge().phones.create(input));
    const result: Result<CreatedBatch> = answer.ok ? answer : { ok: false, error: accountChanged(answer.error) ?? answer.error };
    if (result.ok) {
      set({ lastBatch: result.value });
      // Its panel shows the batch only under the profile it was created for.
      if (!shownInForm) showSuccess(i18n.t('phones:toast.created'), i18n.t('phones:toast.createdBody', { count: result.value.quantity, group: result.value.groupName }));
      // Main re-read the list for the batch, so this answers from its fresh cache. Not awaited: the form
      // empties the moment the batch is known, not after the list, or it would take what was typed meanwhile.
      void get().load();
    } else {
      if (!shownInForm) showError({ ...result.error, message: i18n.t('phones:toast.createFailed', { group: input.groupName, message: errorWords(result.error).message }) });
      // The batch may have been created all the same (its answer lost on the way): ask ITNIO, not main's cache.
      void get().load(true);
    }
    return shownInForm ? result : undefined;
  },
  letGoOfCreate: () => set({ formCreate: undefined }),
  exportCsv: async (target) => {
    set({ exporting: true });
    const result = await bridge().phones.exportCsv(target);
    set({ exporting: false });
    if (!result.ok) showError(result.error);
    else if (result.value.saved) showSuccess(i18n.t('phones:toast.saved'), i18n.t('phones:toast.savedBody', { count: result.value.rows, path: result.value.path }));
  },
  dismissBatch: () => set({ lastBatch: undefined }),
}));

scopeToAccount(usePhones, ['directory', 'loading', 'loadError', 'loadRequest', 'lastBatch']);

/** A failure to read the phones is shown once as a toast, and stays next to the list. */
export async function loadPhonesOrToast(refresh: boolean): Promise<void> {
  await usePhones.getState().load(refresh);
  const { loadError } = usePhones.getState();
  if (loadError) showError(loadError);
}

/** One phone's SIP password, asked for on an explicit reveal. */
export async function phonePassword(account: string): Promise<Result<string>> {
  const result = await bridge().phones.password({ account });
  return result.ok ? { ok: true, value: result.value.password } : result;
}

/**
 * Main copies one phone's password (the page never gets it for that) and takes it off the
 * clipboard again later; `setupFor` copies the phone's setup text for that registrar instead.
 */
export async function copyPhonePassword(account: string, profileId: string, setupFor?: SipRegistrar): Promise<Result<SecretCopied>> {
  const result = setupFor ? await bridge().phones.copySetup({ account, profileId, registrar: setupFor }) : await bridge().phones.copyPassword({ account, profileId });
  return result.ok ? result : { ok: false, error: accountChanged(result.error) ?? result.error };
}

/** In how many seconds main takes a copied password off the clipboard, as the operator is told. */
export const clearsInSeconds = ({ clearsInMs }: SecretCopied): number => Math.round(clearsInMs / 1000);

/**
 * A new SIP password for one phone (sipReset, sent once: a second send would change it again),
 * with the profile its list was read under, which main checks is still active. The password
 * comes back only in this answer, for the dialog that asked.
 */
export async function resetPhonePassword(account: string, profileId: string): Promise<Result<string>> {
  const result = await bridge().phones.resetPassword({ account, profileId });
  if (!result.ok) return { ok: false, error: accountChanged(result.error) ?? result.error };
  return { ok: true, value: result.value.password };
}
