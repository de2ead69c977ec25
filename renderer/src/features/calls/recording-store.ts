import type { AppError } from '../../../../contract/result';
import type { HistoryEntry } from '../../../../contract/schemas/call-history';
import { i18n } from '../../i18n';
import { showError, showSuccess } from '../../ui/toasts';
import { bridge } from '../../ui/bridge';
import { startLatest, type Latest } from '../../ui/latest';
import { resettableStore } from '../../ui/resettable';

/** The recording player's state: the call it plays, and the audio once main has fetched it. */
type Player =
  | { status: 'loading'; entry: HistoryEntry }
  | { status: 'ready'; entry: HistoryEntry; url: string; mimeType: string }
  | { status: 'failed'; entry: HistoryEntry; error: AppError };

interface RecordingState {
  player: Player | undefined;
  /** Only the player's latest call may land: the operator may close it and open another before the audio arrives. */
  recordingRequest: Latest;
  saving: boolean;
  /** Fetches the call's recording through main (the page may not reach the network) and opens the player. */
  play(entry: HistoryEntry): Promise<void>;
  /** Save as…, through main's dialog. */
  save(): Promise<void>;
  close(): void;
}

const callOf = (entry: HistoryEntry) => ({ recordingId: entry.recordingId ?? '', profileId: entry.profileId });

export const useRecording = resettableStore<RecordingState>()((set, get, store) => {
  const release = () => {
    const { player } = get();
    if (player?.status === 'ready') URL.revokeObjectURL(player.url);
  };

  return {
    player: undefined,
    recordingRequest: undefined,
    saving: false,
    play: async (entry) => {
      release();
      const stillLatest = startLatest(store, 'recordingRequest');
      set({ player: { status: 'loading', entry } });
      const result = await bridge().calls.recording(callOf(entry));
      if (!stillLatest()) return;
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
      else if (result.value.saved) showSuccess(i18n.t('calls:recording.saved'), i18n.t('calls:recording.savedTo', { path: result.value.path }));
    },
    close: () => {
      release();
      set({ player: undefined, recordingRequest: undefined });
    },
  };
});
