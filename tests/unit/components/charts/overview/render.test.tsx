import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { getChartRenderer } = await import('@/components/charts/registry');
const { CSS_PALETTE } = await import('@/lib/charts/palette');

const draw = async (links?: 'same-tab' | 'new-tab') =>
  renderToStaticMarkup(await getChartRenderer('overview')!({ locale: 'en', palette: CSS_PALETTE, width: 960, links }));

describe('the overview chart', () => {
  test('on a page each small chart links to its own page, named for screen readers, over the cell it covers', async () => {
    const html = await draw('same-tab');
    const links = [...html.matchAll(/<a class="overview-links__link" href="([^"]+)" aria-label="([^"]+)"(?: target="([^"]+)")?/g)].map(
      ([, href, label, target]) => [href, label, target],
    );
    // The links lie over the SVG, outside it: an image (role="img") may not hold links.
    expect(html).toMatch(/^<div class="overview-chart"><svg [^>]*role="img"/);
    expect(html.slice(0, html.indexOf('</svg>'))).not.toContain('<a ');
    const boxes = [
      ...html.matchAll(/class="overview-links__link"[^>]*style="left:([\d.]+)%;top:([\d.]+)%;width:([\d.]+)%;height:([\d.]+)%"/g),
    ].map((m) => m.slice(1).map(Number));
    expect(boxes).toHaveLength(5);
    for (const [left, top, width, height] of boxes) {
      expect(left! + width!).toBeLessThanOrEqual(100);
      expect(top! + height!).toBeLessThanOrEqual(100);
      expect(width!).toBeGreaterThan(20);
    }
    expect(links).toEqual([
      ['/en/timeline', 'Open the chart: Timeline', undefined],
      ['/en/coverage', 'Open the chart: Website coverage', undefined],
      ['/en/france', 'Open the chart: France', undefined],
      ['/en/united-states', 'Open the chart: United States', undefined],
      ['/en/application-modes', 'Open the chart: Application modes', undefined],
    ]);
  });

  test('in an embed the links open a new tab; in an image there are none', async () => {
    expect(await draw('new-tab')).toMatch(/<a class="overview-links__link" href="\/en\/coverage"[^>]* target="_blank" rel="noopener"/);
    const image = await draw();
    expect(image).toMatch(/^<svg /);
    expect(image).not.toContain('<a ');
  });

  test('the small charts are thumbnails: nothing in them to tab to or to read out twice', async () => {
    const html = await draw('same-tab');
    const thumbnails = html.split('aria-hidden="true"><svg').slice(1).join('');
    expect(thumbnails).not.toContain('tabindex');
    expect(thumbnails).not.toContain('data-tip');
    expect(thumbnails).not.toContain('<title>');
  });
});
