import { afterEach, describe, expect, it } from 'vitest';
import { chartImage, standaloneSvg } from '../../../../../../renderer/src/features/reports/chart-image';

afterEach(() => document.body.replaceChildren());

describe('a chart saved as an image', () => {
  it('writes the computed paint into a copy of the SVG, which a file on its own has no stylesheet or variables for', () => {
    document.body.innerHTML = `
      <div style="--report-answered: #0072b2; font-size: 12px">
        <svg class="recharts-surface"><g><rect style="fill: var(--report-answered); stroke-dasharray: 6 4"></rect></g></svg>
      </div>`;
    const svg = document.querySelector('svg')!;
    const file = new DOMParser().parseFromString(standaloneSvg(svg), 'image/svg+xml').documentElement;
    expect(file.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(file.hasAttribute('width') && file.hasAttribute('height')).toBe(true);
    const style = file.querySelector('rect')!.getAttribute('style')!;
    expect(style).toContain('fill:#0072b2');
    expect(style).not.toContain('var(');
    // The page's own chart is left as it was.
    expect(svg.querySelector('rect')!.getAttribute('style')).toBe('fill: var(--report-answered); stroke-dasharray: 6 4');
  });

  it('says so, and saves nothing, when no chart is drawn', async () => {
    document.body.innerHTML = '<div role="img"></div>';
    const image = await chartImage(document.querySelector('div')!, { title: 'Calls per day by outcome', legend: [] });
    expect(image).toEqual({ ok: false, error: expect.objectContaining({ message: 'The chart could not be drawn as an image.' }) });
  });
});
