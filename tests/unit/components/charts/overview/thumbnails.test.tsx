import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { renderOverviewSvg, renderOverviewThumbnails } = await import('@/components/charts/overview/render');
const { CHART_MANIFESTS } = await import('@/components/charts/registry');
const { CSS_PALETTE } = await import('@/lib/charts/palette');
const { VARIANT_WIDTHS } = await import('@/lib/charts/variants');
const { respondOverviewThumbnails } = await import('@/delivery/overview-thumbnails');
const { getOverviewThumbnailsVersion } = await import('@/components/charts/overview/thumbnails-href');

const HREF = '/charts/overview-thumbnails.svg?lang=en&v=1';
const WIDTHS = [VARIANT_WIDTHS.narrow, VARIANT_WIDTHS.wide];
const page = (width: number, thumbnailsHref?: string) =>
  renderOverviewSvg({ locale: 'en', palette: CSS_PALETTE, width, links: 'same-tab' }, CHART_MANIFESTS, { thumbnailsHref }).then(
    renderToStaticMarkup,
  );

describe('the overview page’s small charts', { timeout: 60_000 }, () => {
  test('each is a <use> of a symbol in the thumbnails file, drawn there once for both layouts, unless it paints with its own patterns', async () => {
    const sprite = renderToStaticMarkup(
      await renderOverviewThumbnails({ locale: 'en', palette: CSS_PALETTE, widths: WIDTHS }, CHART_MANIFESTS),
    );
    const symbols = [...sprite.matchAll(/<symbol id="([^"]+)"/g)].map(([, id]) => id);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const width of WIDTHS) {
      const linked = await page(width, HREF);
      const used = [...linked.matchAll(/<use href="([^"#]+)#([^"]+)"/g)];
      expect(used.length).toBeGreaterThanOrEqual(4);
      for (const [, href, id] of used) {
        expect(href).toBe(HREF.replace(/&/g, '&amp;'));
        expect(symbols).toContain(id);
      }
      // A chart that fills with a pattern of its own (France's hatching) is drawn in its cell, as without the file.
      expect(linked).toContain('url(#');
      expect(sprite).not.toContain('url(#');
      expect(linked.length).toBeLessThan((await page(width)).length / 3);
    }
  });

  test('GET /charts/overview-thumbnails.svg is kept a year under the version pages name, five minutes under another', async () => {
    const current = await respondOverviewThumbnails(new Request(`http://localhost/x?lang=zh&v=${getOverviewThumbnailsVersion()}`));
    expect(current.status).toBe(200);
    expect(current.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(current.headers.get('cache-control')).toContain('immutable');
    expect(await current.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"><style>/);
    const old = await respondOverviewThumbnails(new Request('http://localhost/x?lang=zh&v=old'));
    expect(old.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect((await respondOverviewThumbnails(new Request('http://localhost/x?lang=fr'))).status).toBe(400);
  });
});
