import { fail, ok, type AppError, type Result } from '../../../../contract/result';
import { i18n } from '../../i18n';

/**
 * A figure's chart as a PNG, drawn in the page (main only checks and saves the bytes): its title,
 * its legend, and each of its charts' canvas where it lies on screen, on the theme's background,
 * at the canvases' own resolution (the screen's).
 */

const PADDING = 16;
const TITLE_HEIGHT = 24;
const LEGEND_HEIGHT = 22;
const SWATCH = 10;

export interface ChartImageOptions {
  title: string;
  /** The legend's entries: a label and its colour as CSS gives it (a variable is resolved here). */
  legend: readonly { label: string; color: string }[];
}

/** Said in the window's language of the moment it fails. */
const cannotDraw = (): AppError => ({ kind: 'internal', message: i18n.t('reports:figure.cannotDraw'), hint: i18n.t('reports:figure.cannotDrawHint') });

/** What `color` (a variable, a name) computes to here, for the canvas, which takes no variables. */
function resolvedColor(color: string, where: HTMLElement): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  where.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** The PNG of the charts drawn in `panel` (their canvases, once drawn, and the captions marked `data-chart-caption` over them). */
export async function chartImage(panel: HTMLElement, { title, legend }: ChartImageOptions): Promise<Result<Uint8Array<ArrayBuffer>>> {
  const charts = [...panel.querySelectorAll<HTMLCanvasElement>('canvas')];
  const captions = [...panel.querySelectorAll<HTMLElement>('[data-chart-caption]')];
  const parts = [...charts, ...captions].map((element) => element.getBoundingClientRect());
  if (charts.length === 0 || charts.some((chart) => chart.dataset.drawnFor === undefined) || parts.some((rect) => rect.width === 0 && rect.height === 0)) return fail(cannotDraw());
  const scale = Math.max(1, ...charts.map((chart) => chart.width / chart.getBoundingClientRect().width));
  const left = Math.min(...parts.map((rect) => rect.left));
  const top = Math.min(...parts.map((rect) => rect.top));
  const width = Math.max(...parts.map((rect) => rect.right)) - left;
  const height = Math.max(...parts.map((rect) => rect.bottom)) - top;
  const header = TITLE_HEIGHT + (legend.length > 0 ? LEGEND_HEIGHT : 0);

  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil((width + 2 * PADDING) * scale);
  canvas.height = Math.ceil((height + header + 2 * PADDING) * scale);
  const context = canvas.getContext('2d');
  if (!context) return fail(cannotDraw());
  context.scale(scale, scale);

  const page = getComputedStyle(document.body);
  context.fillStyle = page.backgroundColor;
  context.fillRect(0, 0, width + 2 * PADDING, height + header + 2 * PADDING);
  context.fillStyle = page.color;
  context.textBaseline = 'middle';
  context.font = `600 15px ${page.fontFamily}`;
  context.fillText(title, PADDING, PADDING + TITLE_HEIGHT / 2 - 2, width);

  context.font = `12px ${page.fontFamily}`;
  let x = PADDING;
  for (const entry of legend) {
    context.fillStyle = resolvedColor(entry.color, panel);
    context.fillRect(x, PADDING + TITLE_HEIGHT + (LEGEND_HEIGHT - SWATCH) / 2, SWATCH, SWATCH);
    context.fillStyle = page.color;
    context.fillText(entry.label, x + SWATCH + 6, PADDING + TITLE_HEIGHT + LEGEND_HEIGHT / 2);
    x += SWATCH + 6 + context.measureText(entry.label).width + 18;
  }

  const origin = { x: PADDING - left, y: PADDING + header - top };
  for (const chart of charts) {
    const rect = chart.getBoundingClientRect();
    context.drawImage(chart, origin.x + rect.left, origin.y + rect.top, rect.width, rect.height);
  }
  for (const caption of captions) {
    const rect = caption.getBoundingClientRect();
    const style = getComputedStyle(caption);
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    context.fillStyle = style.color;
    context.fillText(caption.textContent ?? '', origin.x + rect.left, origin.y + rect.top + rect.height / 2, rect.width);
  }

  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  return png ? ok(new Uint8Array(await png.arrayBuffer())) : fail(cannotDraw());
}
