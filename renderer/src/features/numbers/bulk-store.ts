import type { AppError } from '../../../../contract/result';
import type { NumberEditPlan, NumberEditPreviewed } from '../../../../contract/schemas/numbers';
import { currentAccount, scopeToAccount } from '../../ui/account-scope';
import { bridge } from '../../ui/bridge';
import { resettableStore } from '../../ui/resettable';
import { hangupSeconds, useNumbers } from './store';

/** The one setting a bulk edit gives every chosen number; a part left unticked is kept as each number has it. */
export interface BulkFields {
  setOutIp: boolean;
  outIp: string;
  setVoicemail: boolean;
  enableVoicemail: boolean;
  /** '' until typed, as in the settings form. */
  voicemailMaxHangup: number | string;
}

export const NO_BULK_FIELDS: BulkFields = { setOutIp: false, outIp: '', setVoicemail: false, enableVoicemail: true, voicemailMaxHangup: 99 };

/** What became of one number's edit. */
export type Receipt =
  | { is: 'waiting' }
  | { is: 'sending' }
  | { is: 'saved' }
  | { is: 'refused'; error: AppError }
  /** Never sent: the run was stopped first, another profile became active, the preview found a problem or nothing to change. */
  | { is: 'not sent'; why: NotSentWhy };

/** Why a number was not sent: the preview's problem as main wrote it, or one of the window's own reasons, put in words where shown. */
export type NotSentWhy = { problem: string; say?: NumberEditPreviewed['say'] } | { reason: 'unchanged' | 'unsendable' | 'stopped' | 'switched' };

/** The previews a run sends, with what they were made for: their account and greeting. */
interface Plan {
  profileId: string;
  greetingId: string | undefined;
  previews: NumberEditPreviewed[];
}

type Stage = 'editing' | 'previewing' | 'previewed' | 'running' | 'done';

interface BulkEditState {
  /** The numbers ticked in the list, in the order ticked. */
  selected: string[];
  opened: boolean;
  /** The numbers the open panel edits, in the list's order. */
  numbers: string[];
  fields: BulkFields;
  stage: Stage;
  plan: Plan | undefined;
  previewError: AppError | undefined;
  receipts: Receipt[];
  stopAsked: boolean;
  toggle(number: string, on: boolean): void;
  setSelected(numbers: string[]): void;
  open(numbers: string[]): void;
  close(): void;
  setFields(fields: Partial<BulkFields>): void;
  /** A greeting added, replaced or removed: a preview made before it no longer says what is sent. */
  greetingChanged(): void;
  preview(): Promise<void>;
  /**
   * Sends each previewed edit once, one at a time, in order; never again, whatever its answer. The
   * greeting is held in main for the next number until the last one; a run stopped before that lets
   * go of it. The list is read again at the end.
   */
  apply(): Promise<void>;
  /** Stops before the next request; the one on its way is answered as usual. */
  stop(): void;
}

/** The parts ticked, and the greeting in hand, as one plan for every number. */
export function bulkPlan(numbers: string[], fields: BulkFields, greetingId: string | undefined): NumberEditPlan {
  const hangup = hangupSeconds(fields.voicemailMaxHangup);
  return {
    numbers,
    ...(fields.setOutIp ? { outIp: fields.outIp } : {}),
    ...(fields.setVoicemail ? { enableVoicemail: fields.enableVoicemail, ...(fields.enableVoicemail && hangup !== '' ? { voicemailMaxHangup: hangup } : {}) } : {}),
    ...(greetingId !== undefined ? { greetingId } : {}),
  };
}

/** Whether the panel asks anything of the numbers at all. */
export const asksAnything = (fields: BulkFields, greetingId: string | undefined): boolean => fields.setOutIp || fields.setVoicemail || greetingId !== undefined;

const sendable = (preview: NumberEditPreviewed): boolean => preview.input !== undefined && preview.problem === undefined && preview.changes.length > 0;

const notSentWhy = (preview: NumberEditPreviewed): NotSentWhy =>
  preview.problem !== undefined ? { problem: preview.problem, ...(preview.say ? { say: preview.say } : {}) } : { reason: preview.changes.length === 0 ? 'unchanged' : 'unsendable' };

export const useBulkEdit = resettableStore<BulkEditState>()((set, get) => ({
  selected: [],
  opened: false,
  numbers: [],
  fields: NO_BULK_FIELDS,
  stage: 'editing',
  plan: undefined,
  previewError: undefined,
  receipts: [],
  stopAsked: false,

  toggle: (number, on) => set(({ selected }) => ({ selected: on ? [...selected.filter((other) => other !== number), number] : selected.filter((other) => other !== number) })),

  setSelected: (selected) => set({ selected }),

  open: (numbers) => set({ opened: true, numbers, fields: NO_BULK_FIELDS, stage: 'editing', plan: undefined, previewError: undefined, receipts: [], stopAsked: false }),

  close: () => {
    // A run cannot be left: it is stopped first, and its receipts read.
    if (get().stage === 'running') return;
    set({ opened: false, stage: 'editing', plan: undefined, receipts: [] });
  },

  setFields: (fields) => {
    const { stage } = get();
    if (stage === 'running' || stage === 'done') return;
    set(({ fields: now }) => ({ fields: { ...now, ...fields }, stage: 'editing', plan: undefined, previewError: undefined }));
  },

  greetingChanged: () => {
    if (get().stage === 'previewed' || get().stage === 'previewing') set({ stage: 'editing', plan: undefined });
  },

  preview: async () => {
    const { numbers, fields } = get();
    const greetingId = useNumbers.getState().greeting?.staged.greetingId;
    set({ stage: 'previewing', plan: undefined, previewError: undefined });
    const result = await bridge().numbers.preview(bulkPlan(numbers, fields, greetingId));
    // Changed meanwhile, the panel waits for another Preview.
    if (get().stage !== 'previewing' || get().fields !== fields || useNumbers.getState().greeting?.staged.greetingId !== greetingId) return;
    if (result.ok) set({ stage: 'previewed', plan: { profileId: result.value.profileId, greetingId, previews: result.value.previews } });
    else set({ stage: 'editing', previewError: result.error });
  },

  apply: async () => {
    const { plan, stage } = get();
    if (!plan || stage !== 'previewed') return;
    const greeting = useNumbers.getState().greeting;
    const toSend = plan.previews.filter(sendable);
    const receipt = (index: number, next: Receipt) => set(({ receipts }) => ({ receipts: receipts.map((now, at) => (at === index ? next : now)) }));
    set({ stage: 'running', stopAsked: false, receipts: plan.previews.map((preview) => (sendable(preview) ? { is: 'waiting' } : { is: 'not sent', why: notSentWhy(preview) })) });

    let greetingLetGo = false;
    let sent = 0;
    for (const [index, preview] of plan.previews.entries()) {
      if (!sendable(preview) || !preview.input) continue;
      if (get().stopAsked) break;
      // Another account is active now: its numbers are not the ones previewed.
      if (currentAccount() !== plan.profileId) break;
      sent += 1;
      const last = sent === toSend.length;
      const input = preview.input.greetingId === undefined ? preview.input : { ...preview.input, keepGreeting: !last };
      receipt(index, { is: 'sending' });
      const result = await bridge().numbers.edit(input);
      receipt(index, result.ok ? { is: 'saved' } : { is: 'refused', error: result.error });
      // The last number's save lets go of the greeting in main; a refused one leaves it held.
      if (last && result.ok && input.greetingId !== undefined) greetingLetGo = true;
    }
    const why: NotSentWhy = { reason: get().stopAsked ? 'stopped' : 'switched' };
    set(({ receipts }) => ({ stage: 'done', stopAsked: false, receipts: receipts.map((now) => (now.is === 'waiting' ? { is: 'not sent', why } : now)) }));

    if (plan.greetingId !== undefined && greeting?.staged.greetingId === plan.greetingId) {
      if (greetingLetGo) useNumbers.getState().greetingSent(greeting);
      else useNumbers.getState().removeGreeting();
    }
    void useNumbers.getState().loadList();
  },

  stop: () => {
    if (get().stage === 'running') set({ stopAsked: true });
  },
}));

// Ticked numbers and a run's previews belong to the account they were read under.
scopeToAccount(useBulkEdit, ['selected', 'opened', 'numbers', 'stage', 'plan', 'previewError', 'receipts']);
