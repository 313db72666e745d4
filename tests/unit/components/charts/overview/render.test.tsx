import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { getChartRenderer } = await import('@/components/charts/registry');
const { CSS_PALETTE } = await import('@/lib/charts/palette');

const draw = async (links?: 'same-tab' | 'new-tab') =>
  renderToStaticMarkup(await getChartRenderer('overview')!({ locale: 'en', palette: CSS_PALETTE, width: 960, links }));

describe('the overview chart', () => {
  test('on a page each small chart links to its own page, named for screen readers', async () => {
    const html = await draw('same-tab');
    const links = [...html.matchAll(/<a class="overview-cell" href="([^"]+)" aria-label="([^"]+)"(?: target="([^"]+)")?/g)].map(([, href, label, target]) => [href, label, target]);
    expect(links).toEqual([
      ['/en/timeline', 'Open the chart: Timeline', undefined],
      ['/en/coverage', 'Open the chart: Website coverage', undefined],
      ['/en/france', 'Open the chart: France', undefined],
      ['/en/united-states', 'Open the chart: United States', undefined],
      ['/en/application-modes', 'Open the chart: Application modes', undefined],
    ]);
  });

  test('in an embed the links open a new tab; in an image there are none', async () => {
    expect(await draw('new-tab')).toMatch(/<a class="overview-cell" href="\/en\/coverage"[^>]* target="_blank" rel="noopener"/);
    expect(await draw()).not.toContain('<a ');
  });

  test('the small charts are thumbnails: nothing in them to tab to or to read out twice', async () => {
    const html = await draw('same-tab');
    const thumbnails = html.split('aria-hidden="true"><svg').slice(1).join('');
    expect(thumbnails).not.toContain('tabindex');
    expect(thumbnails).not.toContain('data-tip');
    expect(thumbnails).not.toContain('<title>');
  });
});
