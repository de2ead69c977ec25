import { create } from 'zustand';
import type { AppError } from '../../../../contract/result';
import type { HistoryEntry } from '../../../../contract/schemas/calls';
import { showError, showSuccess } from '../../ui/toasts';
import { bridge } from '../../ui/bridge';

/** The recording player's state: the call it plays, and the audio once main has fetched it. */
export type Player =
  | { status: 'loading'; entry: HistoryEntry }
  | { status: 'ready'; entry: HistoryEntry; url: string; mimeType: string }
  | { status: 'failed'; entry: HistoryEntry; error: AppError };

interface RecordingState {
  player: Player | undefined;
  saving: boolean;
  /** Fetches the call's recording through main (the page may not reach the network) and opens the player. */
  play(entry: HistoryEntry): Promise<void>;
  /** Save as…, through main's dialog. */
  save(): Promise<void>;
  close(): void;
}

const callOf = (entry: HistoryEntry) => ({ recordingId: entry.recordingId ?? '', profileId: entry.profileId });

// Only the player's latest call may land: the operator may close it and open another before the audio arrives.
let opened = 0;

export const useRecording = create<RecordingState>()((set, get) => {
  const release = () => {
    const { player } = get();
    if (player?.status === 'ready') URL.revokeObjectURL(player.url);
  };

  return {
    player: undefined,
    saving: false,
    play: async (entry) => {
      release();
      const mine = ++opened;
      set({ player: { status: 'loading', entry } });
      const result = await bridge().calls.recording(callOf(entry));
      if (mine !== opened) return;
      if (!result.ok) {
        set({ player: { status: 'failed', entry, error: result.error } });
        return;
      }
      const { bytes, mimeType } = result.value;
      // A blob: URL, which the page's CSP allows for media; the bytes never touch the network again.
      const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: mimeType }));
      set({ player: { status: 'ready', entry, url, mimeType } });
    },
    save: async () => {
      const { player } = get();
      if (!player) return;
      set({ saving: true });
      const result = await bridge().calls.saveRecording(callOf(player.entry));
      set({ saving: false });
      if (!result.ok) showError(result.error);
      else if (result.value.saved) showSuccess('Recording saved', `Saved to ${result.value.path}`);
    },
    close: () => {
      release();
      opened += 1;
      set({ player: undefined });
    },
  };
});
