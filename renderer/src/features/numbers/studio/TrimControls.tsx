import { Button, Group, NumberInput, Radio, RangeSlider, Stack, Switch, Text } from '@mantine/core';
import { TARGET_PEAK_DBFS, TRIM_STEP_SECONDS } from './level';
import { formatSeconds, shownName, TELEPHONY_RATES, type TelephonyRate } from './rules';
import type { Source } from './source';
import { Waveform } from './Waveform';

/** A field's value: a number, or the text typed while it is not one yet. */
type Seconds = number | string;

/**
 * The studio's trim and level: the waveform, one range slider and two number fields for the same
 * start and end (10 ms steps), Trim silence and Keep it all, the sample rate and the normalising.
 */
export function TrimControls({
  source,
  start,
  end,
  onStart,
  onEnd,
  problems,
  span,
  onTrimSilence,
  rate,
  onRate,
  normaliseLevel,
  onNormaliseLevel,
}: {
  source: Source;
  start: Seconds;
  end: Seconds;
  onStart: (seconds: Seconds) => void;
  onEnd: (seconds: Seconds) => void;
  /** What is wrong with each field's value, in words after its name. */
  problems: { start?: string; end?: string };
  /** The trim once both fields hold a good one; the waveform shows the whole until then. */
  span: { start: number; end: number } | undefined;
  onTrimSilence: () => void;
  rate: TelephonyRate;
  onRate: (rate: TelephonyRate) => void;
  normaliseLevel: boolean;
  onNormaliseLevel: (on: boolean) => void;
}) {
  const duration = source.audio.duration;
  return (
    <Stack gap="sm" role="group" aria-label="Trim and level">
      <Text size="sm" data-testid="studio-source">
        {shownName(source.name)} · {formatSeconds(duration)} · {source.audio.numberOfChannels === 1 ? 'mono' : `${source.audio.numberOfChannels} channels`}
      </Text>
      <Waveform audio={source.audio} span={span ?? { start: 0, end: duration }} />
      <RangeSlider
        min={0}
        max={duration}
        step={TRIM_STEP_SECONDS}
        minRange={0.1}
        precision={2}
        value={[typeof start === 'number' ? start : 0, typeof end === 'number' ? end : duration]}
        onChange={([from, to]) => {
          onStart(from);
          onEnd(to);
        }}
        label={(value) => formatSeconds(value)}
        thumbFromLabel="Trim start"
        thumbToLabel="Trim end"
      />
      <Group align="flex-start" wrap="wrap">
        <NumberInput
          label="Start (seconds)"
          value={start}
          onChange={onStart}
          min={0}
          max={duration}
          step={TRIM_STEP_SECONDS}
          decimalScale={2}
          error={problems.start ? `Start ${problems.start}` : undefined}
          w={160}
        />
        <NumberInput
          label="End (seconds)"
          value={end}
          onChange={onEnd}
          min={0}
          max={duration}
          step={TRIM_STEP_SECONDS}
          decimalScale={2}
          error={problems.end ? `End ${problems.end}` : undefined}
          w={160}
        />
        <Button variant="default" mt={24} onClick={onTrimSilence}>
          Trim silence
        </Button>
        <Button
          variant="subtle"
          mt={24}
          onClick={() => {
            onStart(0);
            onEnd(duration);
          }}
        >
          Keep it all
        </Button>
      </Group>
      <Group align="flex-end" gap="xl">
        <Radio.Group label="Sample rate" value={String(rate)} onChange={(value) => onRate(Number(value) as TelephonyRate)}>
          <Group mt={4}>
            {TELEPHONY_RATES.map((choice) => (
              <Radio key={choice} value={String(choice)} label={choice === 16_000 ? '16 kHz (wideband)' : '8 kHz (smaller file)'} />
            ))}
          </Group>
        </Radio.Group>
        <Switch label={`Normalise the level (peak at ${TARGET_PEAK_DBFS} dBFS)`} checked={normaliseLevel} onChange={(event) => onNormaliseLevel(event.currentTarget.checked)} />
      </Group>
    </Stack>
  );
}
