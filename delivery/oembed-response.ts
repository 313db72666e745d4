import 'server-only';
import { CHART_MANIFESTS, getChart, loadChartText, type ChartId } from '@/components/charts/registry';
import { checkImageView, findMissingViewData } from './image-chart';
import { getOembedTarget, toOembedResponse } from '@/lib/charts/embed-oembed';
import { jsonError, withEtag } from '@/lib/http/etag';
import { getRequestOrigin, ORIGIN_VARY } from '@/lib/http/public-origin';
import { getTranslator } from '@/lib/i18n/translator';

const SIZE = /^[0-9]{1,5}$/;

/** The answer to `GET /api/oembed?url=…`: oEmbed 1.0 for chart pages and embeds of this site (https://oembed.com). */
export async function respondOembed(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const format = query.get('format') ?? 'json';
  if (format !== 'json') return jsonError(501, `Format "${format}" is not implemented; use format=json.`);
  const url = query.get('url');
  if (!url) return jsonError(400, 'Give the url of a chart page or embed, e.g. ?url=/en/coverage.');
  const size: { maxwidth?: number; maxheight?: number } = {};
  for (const name of ['maxwidth', 'maxheight'] as const) {
    const value = query.get(name);
    if (value === null) continue;
    if (!SIZE.test(value) || Number(value) < 1) return jsonError(400, `${name} must be a positive whole number of pixels.`);
    size[name] = Number(value);
  }

  const origin = getRequestOrigin(request);
  const target = getOembedTarget(url, origin, CHART_MANIFESTS);
  if (!target) return jsonError(404, `No chart at ${url}.`);
  const chart = target.chart as ChartId;
  const missing = findMissingViewData(chart, target.view);
  if (missing) return jsonError(404, missing);
  const manifest = getChart(chart);
  const [figureText, text, t] = await Promise.all([
    // Another of its page's figures (trends' `show=egdi`) is named by its own title.
    manifest.loadViewText?.(target.view, manifest.getData(CHART_MANIFESTS), target.locale) ?? null,
    loadChartText(chart, target.locale),
    getTranslator(target.locale, 'common'),
  ]);
  // The embed drops what it does not know; its thumbnail, an image, would refuse it, so it shows the chart as it opens.
  const thumbnailView = checkImageView(chart, target.view) ? new URLSearchParams() : target.view;
  const body = JSON.stringify(
    toOembedResponse(target, size, { origin, title: (figureText ?? text).title, siteName: t('siteTitle'), thumbnailView }),
  );
  return withEtag(request, body, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
    Vary: ORIGIN_VARY,
  });
}
