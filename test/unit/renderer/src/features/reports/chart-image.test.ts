import { afterEach, describe, expect, it } from 'vitest';
import { chartImage } from '../../../../../../renderer/src/features/reports/chart-image';

afterEach(() => document.body.replaceChildren());

// The PNG itself is drawn in Chromium (e2e: a real PNG of the figure); happy-dom has no canvas to draw.
describe('a chart saved as an image', () => {
  it('says so, and saves nothing, when no chart is drawn', async () => {
    document.body.innerHTML = '<div role="img"></div>';
    const image = await chartImage(document.querySelector('div')!, { title: 'Calls per day by outcome', legend: [] });
    expect(image).toEqual({ ok: false, error: expect.objectContaining({ message: 'The chart could not be drawn as an image.' }) });
  });
});
