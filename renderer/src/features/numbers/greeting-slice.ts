import type { StateCreator } from 'zustand';
import type { AppError } from '../../../../contract/result';
import { greetingSizeProblem, type GreetingFormat, type StagedGreeting } from '../../../../contract/schemas/greetings';
import { i18n } from '../../i18n';
import { bridge } from '../../ui/bridge';
import { startLatest, type Latest } from '../../ui/latest';
import type { NumbersState } from './store';

/** A greeting main has checked and holds, and the blob: URL that plays it here. */
export interface GreetingInHand {
  staged: StagedGreeting;
  previewUrl: string;
}

/** The number form's greeting: the one in hand, and the request that may replace it. */
export interface GreetingSlice {
  greeting: GreetingInHand | undefined;
  greetingBusy: boolean;
  greetingError: AppError | undefined;
  /**
   * Each greeting operation is a request; an answer to anything but the latest is dropped, so a slow
   * check of an earlier file cannot replace the one the operator chose after it.
   */
  greetingRequest: Latest;
  addGreetingFile(file: File): Promise<void>;
  pickGreeting(): Promise<void>;
  removeGreeting(): void;
  setGreetingError(error: AppError | undefined): void;
  /** Main sent the greeting in hand and let go of it: only its preview here is left to go. */
  greetingSent(greeting: GreetingInHand): void;
}

const MEDIA_TYPES: Record<GreetingFormat, string> = { mp3: 'audio/mpeg', wav: 'audio/wav', m4a: 'audio/mp4' };

/**
 * The greeting part of the numbers store (zustand's slices): main stages and holds the file, the
 * window keeps its name and a preview to play, and lets go of both in main when it is replaced.
 */
export const greetingSlice: StateCreator<NumbersState, [], [], GreetingSlice> = (set, get, store) => {
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
    greeting: undefined,
    greetingBusy: false,
    greetingError: undefined,
    greetingRequest: undefined,

    addGreetingFile: async (file) => {
      const stillLatest = startLatest(store, 'greetingRequest');
      const tooBig = greetingSizeProblem(file.name, file.size);
      if (tooBig) {
        set({ greetingBusy: false, greetingError: { kind: 'file', field: 'greeting', message: tooBig, hint: i18n.t('numbers:greeting.tooBigHint') } });
        return;
      }
      set({ greetingBusy: true, greetingError: undefined });
      // Read without blocking the window; main sniffs, measures and encodes it.
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await bridge().numbers.stageGreeting({ name: file.name, bytes });
      if (!stillLatest()) {
        if (result.ok) void bridge().numbers.discardGreeting({ greetingId: result.value.greetingId });
        return;
      }
      if (result.ok) hold(result.value, file);
      else set({ greetingBusy: false, greetingError: result.error });
    },

    pickGreeting: async () => {
      const stillLatest = startLatest(store, 'greetingRequest');
      set({ greetingBusy: true, greetingError: undefined });
      const result = await bridge().numbers.pickGreeting();
      if (!stillLatest()) {
        if (result.ok && result.value) void bridge().numbers.discardGreeting({ greetingId: result.value.greeting.greetingId });
        return;
      }
      if (!result.ok) set({ greetingBusy: false, greetingError: result.error });
      else if (!result.value) set({ greetingBusy: false });
      else hold(result.value.greeting, new Blob([result.value.bytes]));
    },

    removeGreeting: () => {
      release();
      set({ greetingBusy: false, greetingError: undefined, greetingRequest: undefined });
    },

    setGreetingError: (greetingError) => set({ greetingError }),

    greetingSent: (greeting) => {
      if (get().greeting !== greeting) return;
      URL.revokeObjectURL(greeting.previewUrl);
      set({ greeting: undefined });
    },
  };
};
