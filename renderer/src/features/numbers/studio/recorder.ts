import { fail, ok, type Result } from '../../../../../contract/result';
import { bridge } from '../../../ui/bridge';
import { microphoneProblem } from './rules';

/** A recording under way. `stop` answers what was recorded; `cancel` throws it away. Either lets go of the microphone. */
export interface Recording {
  stop(): Promise<Blob>;
  cancel(): void;
}

/** Main grants our page the microphone only between these two calls (main/window.ts). */
const grantMicrophone = (recording: boolean) => bridge().app.microphone({ recording });

/**
 * Asks main for the microphone, then the browser for its audio (never the camera), and records
 * until stopped. Whatever goes wrong on the way, the microphone is let go of again.
 */
export async function startRecording(): Promise<Result<Recording>> {
  const granted = await grantMicrophone(true);
  if (!granted.ok) return granted;
  let stream: MediaStream;
  let recorder: MediaRecorder;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
    recorder = new MediaRecorder(stream);
  } catch (error) {
    void grantMicrophone(false);
    return fail(microphoneProblem(error));
  }
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => chunks.push(event.data);
  const stopped = new Promise<Blob>((resolve) => {
    recorder.onstop = () => resolve(new Blob(chunks, { type: recorder.mimeType }));
  });
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (recorder.state !== 'inactive') recorder.stop();
    for (const track of stream.getTracks()) track.stop();
    void grantMicrophone(false);
  };
  recorder.start();
  return ok({
    stop: () => {
      release();
      return stopped;
    },
    cancel: release,
  });
}
