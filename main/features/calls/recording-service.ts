import { fail, ok, type Result } from '../../../contract/result';
import type { Said } from '../../../contract/said';
import type { CallRef } from '../../../contract/schemas/calls';
import { RECORDING_MAX_BYTES, type CallRecording } from '../../../contract/schemas/calls';
import { callConnection } from './call-connection';
import type { FileDialogs } from '../../platform/files/dialogs';
import { saveAs } from '../../platform/files/save-as';
import { ENDPOINTS } from '../../platform/itnio';
import type { Logger } from '../../platform/log';
import { spoken } from '../../platform/messages';
import type { Connections } from '../../platform/connections/connections';
import type { Services } from '../../router';
import { downloadAudio } from './recording-download';

const DOWNLOAD_TIMEOUT_MS = 60_000;

const noRecording = (message: Said, hint: Said): Result<never> => fail({ kind: 'vendor', field: 'recordingId', ...spoken(message, hint) });

/**
 * A call's recording, fetched by main: the call's record names the recording, ITNIO hands out a
 * short-lived link to it (`sourceType=sip`, not the vendor's default `group`), and main downloads
 * the audio, since the renderer may not reach the network.
 */
export function createRecordingServices(deps: {
  connections: Pick<Connections, 'active' | 'resolveTarget' | 'clientFor'>;
  dialogs: FileDialogs;
  log: Logger;
}): Pick<Services, 'calls.recording' | 'calls.saveRecording'> {
  const fetchRecording = async ({ recordingId, profileId }: CallRef): Promise<Result<CallRecording>> => {
    const connection = await callConnection(deps.connections, profileId);
    if (!connection.ok) return connection;
    const { client } = connection.value;
    const record = await client.request(ENDPOINTS.recordSip, { voiceId: recordingId });
    if (!record.ok) return record;
    if (!record.value) {
      return noRecording({ key: 'calls.recording.notFiled.message' }, { key: 'calls.recording.notFiled.hint' });
    }
    const recordingFileId = record.value.recordingFileId;
    if (!recordingFileId) return noRecording({ key: 'calls.recording.none' }, { key: 'calls.recording.checkOutcome' });
    const link = await client.request(ENDPOINTS.recordingUrl, { recordingFileId, sourceType: 'sip' });
    if (!link.ok) return link;
    const started = performance.now();
    const audio = await downloadAudio(link.value.url, { maxBytes: RECORDING_MAX_BYTES, timeoutMs: DOWNLOAD_TIMEOUT_MS });
    const ms = Math.round(performance.now() - started);
    // The link is a credential of its own: only the outcome, the size and the time reach the log.
    if (!audio.ok) {
      deps.log.error('recording.download', { kind: audio.error.kind, ms });
      return audio;
    }
    deps.log.info('recording.download', { bytes: audio.value.bytes.length, ms });
    const { bytes, mimeType, extension } = audio.value;
    return ok({ recordingId, bytes, mimeType, fileName: `call-${recordingId}.${extension}` });
  };

  return {
    'calls.recording': fetchRecording,

    'calls.saveRecording': async (ref) => {
      // Downloaded first, so the dialog offers the real type's extension and a failure comes before it.
      const recording = await fetchRecording(ref);
      if (!recording.ok) return recording;
      const { bytes, fileName, mimeType } = recording.value;
      const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
      return saveAs(
        deps,
        {
          title: 'Save call recording',
          defaultName: fileName,
          filters: [{ name: 'Audio', values: { type: mimeType }, extensions: [extension] }],
          what: 'recording',
          event: 'calls.saveRecording',
          contents: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
        },
        { size: bytes.length },
      );
    },
  };
}
