import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Span } from './level';
import { formatSeconds } from './rules';

const COLUMNS = 600;
const HEIGHT = 96;

/** The loudest sample of any channel in each of `columns` equal slices: what one column of the drawing shows. */
function envelope(audio: AudioBuffer, columns: number): Float32Array {
  const channels = Array.from({ length: audio.numberOfChannels }, (_, index) => audio.getChannelData(index));
  const out = new Float32Array(columns);
  const perColumn = audio.length / columns;
  for (let column = 0; column < columns; column++) {
    const from = Math.floor(column * perColumn);
    const to = Math.max(from + 1, Math.floor((column + 1) * perColumn));
    let peak = 0;
    for (const samples of channels) for (let index = from; index < to && index < samples.length; index++) peak = Math.max(peak, Math.abs(samples[index]!));
    out[column] = peak;
  }
  return out;
}

/**
 * The source's waveform, the part kept in the theme's color and the trimmed ends dimmed. The
 * drawing is an image whose text says the same: the length and what the trim keeps.
 */
export function Waveform({ audio, span }: { audio: AudioBuffer; span: Span }) {
  const { t } = useTranslation('numbers');
  const canvas = useRef<HTMLCanvasElement>(null);
  const peaks = useMemo(() => envelope(audio, COLUMNS), [audio]);
  const label = t('studio.trim.waveform', { length: formatSeconds(audio.duration), start: formatSeconds(span.start), end: formatSeconds(span.end) });

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!canvas.current || !context) return;
    // The color follows the theme (the canvas's own CSS color); what is cut is drawn faint.
    context.fillStyle = getComputedStyle(canvas.current).color;
    context.clearRect(0, 0, COLUMNS, HEIGHT);
    const middle = HEIGHT / 2;
    for (let column = 0; column < COLUMNS; column++) {
      const at = (column / COLUMNS) * audio.duration;
      context.globalAlpha = at >= span.start && at < span.end ? 1 : 0.25;
      const half = Math.max(0.5, peaks[column]! * middle);
      context.fillRect(column, middle - half, 1, half * 2);
    }
  }, [audio, peaks, span.start, span.end]);

  return (
    <canvas
      ref={canvas}
      width={COLUMNS}
      height={HEIGHT}
      role="img"
      aria-label={label}
      style={{ width: '100%', height: HEIGHT, color: 'var(--mantine-primary-color-filled)' }}
    />
  );
}
