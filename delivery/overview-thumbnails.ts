import 'server-only';
import { createDrawingCache } from '@/components/charts/drawing-cache';
import { renderOverviewThumbnails } from '@/components/charts/overview/render';
import { getOverviewThumbnailsVersion } from '@/components/charts/overview/thumbnails-href';
import { CHART_MANIFESTS } from '@/components/charts/registry';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { VARIANT_WIDTHS } from '@/lib/charts/variants';
import { DATA_CACHE, jsonError, LONG_CACHE, withEtag } from '@/lib/http/etag';
import { isLocale } from '@/lib/i18n/routing';

const drawn = createDrawingCache<string>();

/**
 * `GET /charts/overview-thumbnails.svg?lang=zh|en&v=…`: the small charts of the overview's page
 * layouts, in the page's CSS colours, as symbols its <use> elements show. Under the version the
 * page names it is the same file for a year; under another (a page from before the data changed) it
 * is today's, fresh for five minutes.
 */
export async function respondOverviewThumbnails(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const locale = query.get('lang');
  if (!isLocale(locale)) return jsonError(400, 'lang must be zh or en.');
  const svg = await drawn(locale, async () => {
    const { renderToStaticMarkup } = await import('react-dom/server');
    const widths = [VARIANT_WIDTHS.narrow, VARIANT_WIDTHS.wide];
    return renderToStaticMarkup(await renderOverviewThumbnails({ locale, palette: CSS_PALETTE, widths }, CHART_MANIFESTS));
  });
  return withEtag(request, svg, {
    'Content-Type': 'image/svg+xml; charset=utf-8',
    'Cache-Control': query.get('v') === getOverviewThumbnailsVersion() ? LONG_CACHE : DATA_CACHE,
  });
}
