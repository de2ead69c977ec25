import { useComputedColorScheme } from '@mantine/core';
import type { Chart } from 'chart.js';
import { useEffect, useRef } from 'react';
import { chartConfig, type ChartPlan, type Paint } from './chart-plan';

/**
 * Chart.js, loaded once by the first chart: running its code is a task of its own, not part of
 * the one that opens the screen (together they passed 50 ms).
 */
let library: Promise<typeof import('./chart-js')> | undefined;
const chartJs = () => (library ??= import('./chart-js'));

/** `draw` given what the page's colours and type compute to at `element` (a probe in it, for the moment of the call). */
function withPaint<T>(element: HTMLElement, draw: (paint: Paint) => T): T {
  const probe = document.createElement('span');
  element.append(probe);
  try {
    const computed = getComputedStyle(probe);
    const resolved = new Map<string, string>();
    const color = (css: string): string => {
      let value = resolved.get(css);
      if (value === undefined) {
        probe.style.color = css;
        value = computed.color;
        resolved.set(css, value);
      }
      return value;
    };
    return draw({
      color,
      text: color('var(--mantine-color-text)'),
      dimmed: color('var(--mantine-color-dimmed)'),
      grid: color('var(--mantine-color-default-border)'),
      font: computed.fontFamily,
    });
  } finally {
    probe.remove();
  }
}

/**
 * One chart on a canvas. Drawing it, or drawing it again with a new plan or colour scheme, is a
 * task of its own (a timer), so a screen of charts never holds the window for all of them at once:
 * none of them a long task in `npm run bench -- report-charts`. `drawnFor` and the colour
 * scheme are written on the canvas once it shows them, for what waits on it (the benchmark, the e2e).
 */
export function CanvasChart({ plan, height, drawnFor }: { plan: ChartPlan; height: number; drawnFor: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart>(undefined);
  const scheme = useComputedColorScheme('light');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wanted = true;
    void chartJs().then(({ Chart }) => {
      if (!wanted) return;
      timer = setTimeout(() => {
        const element = canvas.current;
        if (!element?.parentElement) return;
        const config = withPaint(element.parentElement, (paint) => chartConfig(plan, paint));
        if (chart.current) {
          chart.current.data = config.data;
          chart.current.options = config.options ?? {};
          chart.current.update('none');
        } else {
          chart.current = new Chart(element, config);
        }
        element.dataset.drawnFor = drawnFor;
        element.dataset.drawnIn = scheme;
      });
    });
    return () => {
      wanted = false;
      clearTimeout(timer);
    };
  }, [plan, scheme, drawnFor]);
  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = undefined;
    },
    [],
  );
  return (
    <div style={{ position: 'relative', height }}>
      <canvas ref={canvas} />
    </div>
  );
}
