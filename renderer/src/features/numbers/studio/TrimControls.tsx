import { Button, Group, NumberInput, Radio, RangeSlider, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('numbers');
  const duration = source.audio.duration;
  const channels = source.audio.numberOfChannels;
  return (
    <Stack gap="sm" role="group" aria-label={t('studio.trim.label')}>
      <Text size="sm" data-testid="studio-source">
        {shownName(source.name)} · {formatSeconds(duration)} · {channels === 1 ? t('studio.trim.mono') : t('studio.trim.channels', { channels })}
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
        thumbFromLabel={t('studio.trim.trimStart')}
        thumbToLabel={t('studio.trim.trimEnd')}
      />
      <Group align="flex-start" wrap="wrap">
        <NumberInput
          label={t('studio.trim.start')}
          value={start}
          onChange={onStart}
          min={0}
          max={duration}
          step={TRIM_STEP_SECONDS}
          decimalScale={2}
          error={problems.start ? t('studio.trim.startProblem', { problem: problems.start }) : undefined}
          w={160}
        />
        <NumberInput
          label={t('studio.trim.end')}
          value={end}
          onChange={onEnd}
          min={0}
          max={duration}
          step={TRIM_STEP_SECONDS}
          decimalScale={2}
          error={problems.end ? t('studio.trim.endProblem', { problem: problems.end }) : undefined}
          w={160}
        />
        <Button variant="default" mt={24} onClick={onTrimSilence}>
          {t('studio.trim.silence')}
        </Button>
        <Button
          variant="subtle"
          mt={24}
          onClick={() => {
            onStart(0);
            onEnd(duration);
          }}
        >
          {t('studio.trim.keepAll')}
        </Button>
      </Group>
      <Group align="flex-end" gap="xl">
        <Radio.Group label={t('studio.trim.rate')} value={String(rate)} onChange={(value) => onRate(Number(value) as TelephonyRate)}>
          <Group mt={4}>
            {TELEPHONY_RATES.map((choice) => (
              <Radio key={choice} value={String(choice)} label={choice === 16_000 ? t('studio.trim.wideband') : t('studio.trim.narrowband')} />
            ))}
          </Group>
        </Radio.Group>
        <Switch label={t('studio.trim.normalise', { peak: TARGET_PEAK_DBFS })} checked={normaliseLevel} onChange={(event) => onNormaliseLevel(event.currentTarget.checked)} />
      </Group>
    </Stack>
  );
}
