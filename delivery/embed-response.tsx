import 'server-only';
import { CHART_MANIFESTS, getAvailableChartIds, getChart, isChartId, loadChartText } from '@/components/charts/registry';
import { jsonError, withEtag } from '@/lib/http/etag';
import { getRequestOrigin, ORIGIN_VARY } from '@/lib/http/public-origin';
import { getTranslator } from '@/lib/i18n/translator';
import { EmbedDocument } from './embed-document';
import { findMissingViewData, readPageAnnotation } from './image-chart';
import { getEmbedParamsHelp, parseEmbedParams } from '@/lib/charts/embed-params';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { VARIANT_WIDTHS } from '@/lib/charts/variants';

const EMBED_CACHE = 'public, max-age=3600, stale-while-revalidate=86400';

/** The answer to `GET /embed/{chart}`: a whole HTML document built on the server, with at most two small inline scripts. */
export async function respondEmbed(request: Request, chart: string): Promise<Response> {
  const available = getAvailableChartIds();
  if (!isChartId(chart) || !available.includes(chart)) {
    return jsonError(404, `No embed "${chart}". Available: ${available.join(', ')}.`);
  }
  const manifest = getChart(chart);
  const parsed = parseEmbedParams(new URL(request.url).searchParams, {
    allowsView: Boolean(manifest.renderView),
    viewParams: manifest.viewParams,
    charts: CHART_MANIFESTS,
  });
  if (!parsed.ok) return jsonError(400, parsed.error, { allowed: getEmbedParamsHelp(CHART_MANIFESTS) });
  const { locale, theme, title, transparent, static: isStatic, view } = parsed.params;
  const missing = findMissingViewData(chart, view);
  if (missing) return jsonError(404, missing);
  const query = new URL(request.url).searchParams;
  // An embed draws what it can: unknown ids and an over-long note are left out rather than refused.
  const annotation = await readPageAnnotation(chart, { highlight: query.get('highlight'), note: query.get('note') }, locale);

  const draw = (width: number) => {
    const options = { locale, palette: CSS_PALETTE, width, links: 'new-tab' as const, annotation };
    return manifest.renderView ? manifest.renderView(options, view) : manifest.render(options, CHART_MANIFESTS);
  };
  const [narrow, wide, figureText, text, t] = await Promise.all([
    draw(VARIANT_WIDTHS.narrow),
    draw(VARIANT_WIDTHS.wide),
    // Another of its page's figures (trends' `show=egdi`) has its own title and credit.
    manifest.loadViewText?.(view, manifest.getData(CHART_MANIFESTS), locale) ?? null,
    loadChartText(chart, locale),
    getTranslator(locale, 'common'),
  ]);
  const { renderToStaticMarkup } = await import('react-dom/server');
  const html = `<!DOCTYPE html>${renderToStaticMarkup(
    <EmbedDocument
      locale={locale}
      theme={theme}
      text={figureText ?? text}
      showTitle={title}
      transparent={transparent}
      isStatic={isStatic}
      pageUrl={`${getRequestOrigin(request)}/${locale}${manifest.route}`}
      siteName={t('siteTitle')}
      narrow={narrow}
      wide={wide}
    />,
  )}`;
  return withEtag(request, html, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': EMBED_CACHE, Vary: ORIGIN_VARY });
}
