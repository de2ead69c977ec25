import { fail, ok, type AppError, type Result } from '../../../../contract/result';

/**
 * A figure's chart as a PNG, drawn in the page (main only checks and saves the bytes): its title,
 * its legend, and each of its charts' SVG where it lies on screen, on the theme's background at
 * twice the size for print.
 */

const SCALE = 2;
const PADDING = 16;
const TITLE_HEIGHT = 24;
const LEGEND_HEIGHT = 22;
const SWATCH = 10;

/**
 * What an SVG element is drawn with. Recharts and Mantine give most of it as var(--…) and
 * currentColor, which mean nothing in a file on its own: the computed values are written in.
 */
const DRAWN = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** `svg` as a file of its own: every element carries its computed paint, the root its size. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((element, index) => {
    const computed = getComputedStyle(element);
    const style = DRAWN.map((property) => [property, computed.getPropertyValue(property).trim()] as const)
      .filter(([, value]) => value !== '')
      .map(([property, value]) => `${property}:${value}`)
      .join(';');
    copies[index]!.setAttribute('style', style);
  });
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(copy);
}

export interface ChartImageOptions {
  title: string;
  /** The legend's entries: a label and its colour as CSS gives it (a variable is resolved here). */
  legend: readonly { label: string; color: string }[];
}

const CANNOT_DRAW: AppError = {
  kind: 'internal',
  message: 'The chart could not be drawn as an image.',
  hint: 'Show the chart (not its table), wait until it is drawn, then try Save image again. Nothing was saved.',
};

/** What `color` (a variable, a name) computes to here, for the canvas, which takes no variables. */
function resolvedColor(color: string, where: HTMLElement): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  where.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

async function loaded(svg: string): Promise<HTMLImageElement | undefined> {
  // A blob: URL, which the page's CSP allows for images; an SVG without foreignObject keeps the canvas clean.
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    return await new Promise((resolve) => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = () => resolve(undefined);
      image.src = url;
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The PNG of the charts drawn in `panel` (recharts' SVGs, and the captions marked `data-chart-caption` over them). */
export async function chartImage(panel: HTMLElement, { title, legend }: ChartImageOptions): Promise<Result<Uint8Array<ArrayBuffer>>> {
  const svgs = [...panel.querySelectorAll<SVGSVGElement>('svg.recharts-surface')];
  const captions = [...panel.querySelectorAll<HTMLElement>('[data-chart-caption]')];
  const parts = [...svgs, ...captions].map((element) => element.getBoundingClientRect());
  if (svgs.length === 0 || parts.some((rect) => rect.width === 0 && rect.height === 0)) return fail(CANNOT_DRAW);
  const left = Math.min(...parts.map((rect) => rect.left));
  const top = Math.min(...parts.map((rect) => rect.top));
  const width = Math.max(...parts.map((rect) => rect.right)) - left;
  const height = Math.max(...parts.map((rect) => rect.bottom)) - top;
  const header = TITLE_HEIGHT + (legend.length > 0 ? LEGEND_HEIGHT : 0);

  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil((width + 2 * PADDING) * SCALE);
  canvas.height = Math.ceil((height + header + 2 * PADDING) * SCALE);
  const context = canvas.getContext('2d');
  if (!context) return fail(CANNOT_DRAW);
  context.scale(SCALE, SCALE);

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
  for (const svg of svgs) {
    const image = await loaded(standaloneSvg(svg));
    if (!image) return fail(CANNOT_DRAW);
    const rect = svg.getBoundingClientRect();
    context.drawImage(image, origin.x + rect.left, origin.y + rect.top, rect.width, rect.height);
  }
  for (const caption of captions) {
    const rect = caption.getBoundingClientRect();
    const style = getComputedStyle(caption);
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    context.fillStyle = style.color;
    context.fillText(caption.textContent ?? '', origin.x + rect.left, origin.y + rect.top + rect.height / 2, rect.width);
  }

  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  return png ? ok(new Uint8Array(await png.arrayBuffer())) : fail(CANNOT_DRAW);
}
