import type { AppError, Result } from '../../../../contract/result';
import type { CreatedBatch, CreatePhonesInput, PhoneDirectory } from '../../../../contract/schemas/phones';
import { showError, showSuccess } from '../../ui/toasts';
import { bridge } from '../../ui/bridge';
import { countOf } from '../../ui/format';
import { resettableStore } from '../../ui/resettable';

interface PhonesState {
  directory: PhoneDirectory | undefined;
  loading: boolean;
  /** Why the list could not be read; shown in place of the list until a read succeeds. */
  loadError: AppError | undefined;
  /** The batch created last on this screen, with its phones as sipQuery listed them. */
  lastBatch: CreatedBatch | undefined;
  exporting: boolean;
  load(refresh?: boolean): Promise<void>;
  create(input: CreatePhonesInput): Promise<Result<CreatedBatch>>;
  /** Main asks where to save and writes the file; the passwords never come here in bulk. */
  exportCsv(target?: { groupName: string; appId?: string }): Promise<void>;
  dismissBatch(): void;
}

export const usePhones = resettableStore<PhonesState>()((set, get) => ({
  directory: undefined,
  loading: false,
  loadError: undefined,
  lastBatch: undefined,
  exporting: false,
  load: async (refresh = false) => {
    set({ loading: true });
    const result = await bridge().phones.list({ refresh });
    set(result.ok ? { loading: false, directory: result.value, loadError: undefined } : { loading: false, loadError: result.error });
  },
  create: async (input) => {
    const result = await bridge().phones.create(input);
    if (result.ok) {
      set({ lastBatch: result.value });
      // Main re-read the list for the batch, so this answers from its fresh cache.
      await get().load();
    }
    return result;
  },
  exportCsv: async (target) => {
    set({ exporting: true });
    const result = await bridge().phones.exportCsv(target);
    set({ exporting: false });
    if (!result.ok) showError(result.error);
    else if (result.value.saved) showSuccess('Phones saved as CSV', `${countOf(result.value.rows, 'phone')} with their SIP passwords in ${result.value.path}. Keep the file safe.`);
  },
  dismissBatch: () => set({ lastBatch: undefined }),
}));

/** One phone's SIP password, asked for on an explicit reveal or copy. */
export async function phonePassword(account: string): Promise<Result<string>> {
  const result = await bridge().phones.password({ account });
  return result.ok ? { ok: true, value: result.value.password } : result;
}

/**
 * A new SIP password for one phone (sipReset, sent once: a second send would change it again). The
 * password comes back only in this answer, for the dialog that asked.
 */
export async function resetPhonePassword(account: string): Promise<Result<string>> {
  const result = await bridge().phones.resetPassword({ account });
  return result.ok ? { ok: true, value: result.value.password } : result;
}
