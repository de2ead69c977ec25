import { create } from 'zustand';
import type { AppError, Result } from '../../../../contract/result';
import { greetingSizeProblem, type GreetingFormat, type NumberEdited, type RecentNumber, type StagedGreeting } from '../../../../contract/schemas/numbers';
import { bridge } from '../../bridge';

/** The form's fields as the operator types them (the hangup is '' until a number is typed). */
export interface NumberDraft {
  number: string;
  appId: string;
  outIp: string;
  inIp: string;
  inboundPrefix: string;
  remark: string;
  enableVoicemail: boolean;
  voicemailMaxHangup: number | string;
}

export const EMPTY_DRAFT: NumberDraft = {
  number: '',
  appId: '',
  outIp: '',
  inIp: '',
  inboundPrefix: '',
  remark: '',
  enableVoicemail: false,
  voicemailMaxHangup: '',
};

/** A greeting main has checked and holds, and the blob: URL that plays it here. */
export interface GreetingInHand {
  staged: StagedGreeting;
  previewUrl: string;
}

const MEDIA_TYPES: Record<GreetingFormat, string> = { mp3: 'audio/mpeg', wav: 'audio/wav', m4a: 'audio/mp4' };

interface NumbersState {
  /** Outlives the screen, so a half-filled form survives a trip to another screen. */
  draft: NumberDraft;
  greeting: GreetingInHand | undefined;
  greetingBusy: boolean;
  greetingError: AppError | undefined;
  recent: RecentNumber[];
  setDraft(draft: NumberDraft): void;
  loadRecent(): Promise<void>;
  addGreetingFile(file: File): Promise<void>;
  pickGreeting(): Promise<void>;
  removeGreeting(): void;
  setGreetingError(error: AppError | undefined): void;
  save(draft: NumberDraft): Promise<Result<NumberEdited>>;
  clear(): void;
}

/** NumberInput hands over text it cannot read as a number; NaN lets the contract name the rule. */
const hangupSeconds = (value: number | string): number | '' => (typeof value === 'number' ? value : value.trim() === '' ? '' : Number.NaN);

// Each greeting operation gets a ticket; an answer to anything but the latest is dropped, so a slow
// check of an earlier file cannot replace the one the operator chose after it.
let ticket = 0;

export const useNumbers = create<NumbersState>()((set, get) => {
  /** Hands a newly staged greeting to the form, letting go of the one it replaces. */
  const hold = (staged: StagedGreeting, content: Blob) => {
    release();
    set({ greeting: { staged, previewUrl: URL.createObjectURL(new Blob([content], { type: MEDIA_TYPES[staged.format] })) }, greetingBusy: false, greetingError: undefined });
  };
  const release = () => {
    const current = get().greeting;
    if (!current) return;
    URL.revokeObjectURL(current.previewUrl);
    void bridge().numbers.discardGreeting({ greetingId: current.staged.greetingId });
    set({ greeting: undefined });
  };

  return {
    draft: EMPTY_DRAFT,
    greeting: undefined,
    greetingBusy: false,
    greetingError: undefined,
    recent: [],

    setDraft: (draft) => set({ draft }),

    loadRecent: async () => {
      const result = await bridge().numbers.recent();
      // The list is a shortcut only: without it the form still works, so a failure stays quiet.
      set({ recent: result.ok ? result.value.numbers : [] });
    },

    addGreetingFile: async (file) => {
      const mine = ++ticket;
      const tooBig = greetingSizeProblem(file.name, file.size);
      if (tooBig) {
        set({ greetingBusy: false, greetingError: { kind: 'file', field: 'greeting', message: tooBig, hint: 'Shorten the recording or save it at a lower bit rate, then add it again.' } });
        return;
      }
      set({ greetingBusy: true, greetingError: undefined });
      // Read without blocking the window; main sniffs, measures and encodes it.
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await bridge().numbers.stageGreeting({ name: file.name, bytes });
      if (mine !== ticket) {
        if (result.ok) void bridge().numbers.discardGreeting({ greetingId: result.value.greetingId });
        return;
      }
      if (result.ok) hold(result.value, file);
      else set({ greetingBusy: false, greetingError: result.error });
    },

    pickGreeting: async () => {
      const mine = ++ticket;
      set({ greetingBusy: true, greetingError: undefined });
      const result = await bridge().numbers.pickGreeting();
      if (mine !== ticket) {
        if (result.ok && result.value) void bridge().numbers.discardGreeting({ greetingId: result.value.greeting.greetingId });
        return;
      }
      if (!result.ok) set({ greetingBusy: false, greetingError: result.error });
      else if (!result.value) set({ greetingBusy: false });
      else hold(result.value.greeting, new Blob([result.value.bytes]));
    },

    removeGreeting: () => {
      ticket++;
      release();
      set({ greetingBusy: false, greetingError: undefined });
    },

    setGreetingError: (greetingError) => set({ greetingError }),

    save: async (draft) => {
      const greeting = get().greeting;
      const result = await bridge().numbers.edit({ ...draft, voicemailMaxHangup: hangupSeconds(draft.voicemailMaxHangup), ...(greeting ? { greetingId: greeting.staged.greetingId } : {}) });
      if (result.ok) {
        // Main sent the greeting and let go of it; the preview goes with it.
        if (greeting && get().greeting === greeting) {
          URL.revokeObjectURL(greeting.previewUrl);
          set({ greeting: undefined });
        }
        await get().loadRecent();
      }
      return result;
    },

    clear: () => {
      get().removeGreeting();
      set({ draft: EMPTY_DRAFT });
    },
  };
});
