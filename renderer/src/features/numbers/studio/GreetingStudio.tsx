import { Alert, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../../../contract/result';
import { i18n } from '../../../i18n';
import { useNumbers } from '../store';
import { soundSpan } from './level';
import { startRecording, type Recording } from './recorder';
import { DEFAULT_RATE, formatSeconds, MAX_RECORDING_SECONDS, silentSource, trimProblems, type TelephonyRate } from './rules';
import { readSource, type Source } from './source';
import { telephonyGreeting, type TelephonyGreeting } from './telephony';
import { browserAudio, renderMono } from './web-audio';
import { StudioResult } from './StudioResult';
import { TrimControls } from './TrimControls';
import { errorWords } from '../../../i18n/said';

/** The made greeting and the blob: URL that plays it here (the CSP allows media-src blob:). */
interface Made {
  greeting: TelephonyGreeting;
  url: string;
}

/** How long the trim and options settle before the greeting is made again: typing 1.25 makes one, not four. */
const SETTLE_MS = 150;

/** "greeting.m4a" is sent as "greeting.wav": the name the operator knows, the format it now is. */
function wavName(name: string): string {
  const dot = name.lastIndexOf('.');
  return `${(dot > 0 ? name.slice(0, dot) : name).slice(0, 200)}.wav`;
}

/**
 * Records a greeting from the microphone or takes an audio file of any format Chromium decodes,
 * trims and levels it, and makes the mono 16-bit wav ITNIO's lines take. "Use this greeting" hands
 * that wav to main as a dropped file would be, and main checks it exactly as any other.
 */
export function GreetingStudio({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('numbers');
  return (
    <Modal opened={opened} onClose={onClose} title={t('studio.title')} size="xl">
      {/* Mounted only while open: closing lets go of the microphone and the previews at once. */}
      {opened && <Studio onClose={onClose} />}
    </Modal>
  );
}

function Studio({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['numbers', 'common']);
  const [source, setSource] = useState<Source>();
  const [problem, setProblem] = useState<AppError>();
  const [reading, setReading] = useState(false);
  const [recording, setRecording] = useState<{ handle: Recording; startedAt: number }>();
  const [elapsed, setElapsed] = useState(0);
  const [start, setStart] = useState<number | string>(0);
  const [end, setEnd] = useState<number | string>(0);
  const [rate, setRate] = useState<TelephonyRate>(DEFAULT_RATE);
  const [normaliseLevel, setNormaliseLevel] = useState(true);
  const [made, setMade] = useState<Made>();
  const [making, setMaking] = useState(false);
  const [using, setUsing] = useState(false);
  const openPicker = useRef<() => void>(null);
  // Only the latest file or recording taken may land, however long an earlier one takes to decode.
  const latestRead = useRef(0);
  const recordingNow = useRef<Recording | undefined>(undefined);
  const previewUrl = useRef<string | undefined>(undefined);

  const duration = source?.audio.duration ?? 0;
  const problems = source ? trimProblems(start, end, duration) : {};
  const span = source && !problems.start && !problems.end ? { start: start as number, end: end as number } : undefined;

  // The studio going away ends a recording and lets go of the microphone and the preview.
  useEffect(
    () => () => {
      recordingNow.current?.cancel();
      if (previewUrl.current) URL.revokeObjectURL(previewUrl.current);
    },
    [],
  );

  const showMade = (next: Made | undefined) => {
    if (previewUrl.current) URL.revokeObjectURL(previewUrl.current);
    previewUrl.current = next?.url;
    setMade(next);
  };

  const take = async (read: () => Promise<Result<Source>>) => {
    const mine = ++latestRead.current;
    setReading(true);
    setProblem(undefined);
    const result = await read();
    if (mine !== latestRead.current) return;
    setReading(false);
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    showMade(undefined);
    setSource(result.value);
    setStart(0);
    // The whole of it, to the last sample: only what the operator trims is cut.
    setEnd(result.value.audio.duration);
  };

  const record = async () => {
    setProblem(undefined);
    const started = await startRecording();
    if (!started.ok) {
      setProblem(started.error);
      return;
    }
    recordingNow.current = started.value;
    setElapsed(0);
    setRecording({ handle: started.value, startedAt: Date.now() });
  };

  const stop = async () => {
    const handle = recordingNow.current;
    if (!handle) return;
    recordingNow.current = undefined;
    setRecording(undefined);
    const recorded = await handle.stop();
    // A file's name, not a message: ITNIO receives it (as the wav's) and lists it, the same in every language.
    await take(() => readSource(new File([recorded], 'Recorded greeting.webm', { type: recorded.type }), browserAudio));
  };

  // The clock of a recording, and its stop at the longest a greeting needs.
  useEffect(() => {
    if (!recording) return;
    const timer = setInterval(() => {
      const seconds = (Date.now() - recording.startedAt) / 1000;
      setElapsed(seconds);
      if (seconds >= MAX_RECORDING_SECONDS) void stop();
    }, 250);
    return () => clearInterval(timer);
    // stop reads the ref, not state: the clock restarts only with a new recording.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recording]);

  // The greeting is made again whenever the source, the trim or the options change.
  const spanStart = span?.start;
  const spanEnd = span?.end;
  useEffect(() => {
    if (!source || spanStart === undefined || spanEnd === undefined) return;
    let current = true;
    const timer = setTimeout(() => {
      setMaking(true);
      renderMono(source.audio, { start: spanStart, end: spanEnd }, rate).then(
        (mono) => {
          if (!current) return;
          const greeting = telephonyGreeting(mono, rate, normaliseLevel);
          showMade({ greeting, url: URL.createObjectURL(new Blob([greeting.wav], { type: 'audio/wav' })) });
          setMaking(false);
        },
        () => {
          if (!current) return;
          setProblem({ kind: 'internal', field: 'greeting', message: i18n.t('numbers:studio.notMade'), hint: i18n.t('numbers:studio.notMadeHint') });
          setMaking(false);
        },
      );
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [source, spanStart, spanEnd, rate, normaliseLevel]);

  const trimSilence = () => {
    if (!source) return;
    const { audio } = source;
    const sound = soundSpan(
      Array.from({ length: audio.numberOfChannels }, (_, index) => audio.getChannelData(index)),
      audio.sampleRate,
    );
    if (!sound) {
      setProblem(silentSource(source.name));
      return;
    }
    setStart(sound.start);
    setEnd(sound.end);
  };

  const use = async () => {
    if (!made || made.greeting.tooBig || !source) return;
    setUsing(true);
    const numbers = useNumbers.getState();
    await numbers.addGreetingFile(new File([made.greeting.wav], wavName(source.name), { type: 'audio/wav' }));
    const { greeting, greetingError } = useNumbers.getState();
    setUsing(false);
    if (greeting) onClose();
    else if (greetingError) setProblem(greetingError);
  };

  const current = made && span ? made : undefined;
  const usable = current !== undefined && !current.greeting.tooBig && !making;

  return (
    <Stack gap="md">
      <Text size="sm">{t('studio.about', { formats: t('studio.formats') })}</Text>

      <Group align="stretch" grow>
        <Paper withBorder p="sm" role="group" aria-label={t('studio.microphone')}>
          <Stack gap="xs" align="flex-start">
            {recording ? (
              <>
                <Text size="sm" fw={600} c="red" role="status">
                  {t('studio.recording', { elapsed: formatSeconds(elapsed) })}
                </Text>
                <Button color="red" onClick={() => void stop()} autoFocus>
                  {t('studio.stopRecording')}
                </Button>
              </>
            ) : (
              <>
                <Text size="sm">{t('studio.microphoneUse')}</Text>
                <Button variant="default" onClick={() => void record()} disabled={reading}>
                  {t('studio.record')}
                </Button>
              </>
            )}
          </Stack>
        </Paper>
        <Stack gap="xs">
          <Dropzone
            onDrop={(files) => {
              if (files[0]) void take(() => readSource(files[0]!, browserAudio));
            }}
            onReject={() => setProblem({ kind: 'file', field: 'greeting', message: t('greeting.oneFile'), hint: t('studio.oneFileHint') })}
            multiple={false}
            openRef={openPicker}
            // The button below opens the picker: the zone itself only takes drops.
            activateOnClick={false}
            activateOnKeyboard={false}
            loading={reading}
            disabled={recording !== undefined}
            role="group"
            aria-label={t('studio.dropZone')}
            inputProps={{ 'aria-label': t('studio.file') }}
          >
            <Text size="sm" ta="center" py="sm">
              {t('studio.drop')}
            </Text>
          </Dropzone>
          <Button variant="default" onClick={() => openPicker.current?.()} disabled={recording !== undefined || reading}>
            {t('studio.choose')}
          </Button>
        </Stack>
      </Group>

      {problem && (
        <Alert color="red" variant="outline" role="alert" title={errorWords(problem).message}>
          {errorWords(problem).hint}
        </Alert>
      )}

      {source && (
        <TrimControls
          source={source}
          start={start}
          end={end}
          onStart={setStart}
          onEnd={setEnd}
          problems={problems}
          span={span}
          onTrimSilence={trimSilence}
          rate={rate}
          onRate={setRate}
          normaliseLevel={normaliseLevel}
          onNormaliseLevel={setNormaliseLevel}
        />
      )}

      {current && <StudioResult greeting={current.greeting} url={current.url} />}

      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common:cancel')}
        </Button>
        <Button onClick={() => void use()} disabled={!usable} loading={using}>
          {t('studio.use')}
        </Button>
      </Group>
    </Stack>
  );
}
