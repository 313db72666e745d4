import 'server-only';
import { getChartRenderer, getAvailableChartIds, loadChartText } from '@/components/charts/registry';
import { getTimelineChartData } from '@/components/charts/timeline/data';
import { renderTimelineSvg } from '@/components/charts/timeline/render';
import { jsonError, withEtag } from '@/lib/http/etag';
import { getRequestOrigin, ORIGIN_VARY } from '@/lib/http/public-origin';
import { getTranslator } from '@/lib/i18n/translator';
import { CHART_META } from '@/lib/charts/chart-meta';
import { isChartId, VARIANT_WIDTHS, type ChartId } from '@/lib/charts/chart-ids';
import { EmbedDocument } from './embed-document';
import { EMBED_PARAMS_HELP, parseEmbedParams } from '@/lib/charts/embed-params';
import { getTimelineView } from '@/lib/charts/embed-timeline-view';
import { CSS_PALETTE } from '@/lib/charts/palette';

const EMBED_CACHE = 'public, max-age=3600, stale-while-revalidate=86400';

/** The answer to `GET /embed/{chart}`: a whole HTML document built on the server, with at most two small inline scripts. */
export async function respondEmbed(request: Request, chart: string): Promise<Response> {
  const available = getAvailableChartIds();
  if (!isChartId(chart) || !available.includes(chart)) {
    return jsonError(404, `No embed "${chart}". Available: ${available.join(', ')}.`);
  }
  const parsed = parseEmbedParams(new URL(request.url).searchParams, { allowsView: chart === 'timeline' });
  if (!parsed.ok) return jsonError(400, parsed.error, { allowed: EMBED_PARAMS_HELP });
  const { locale, theme, title, transparent, static: isStatic, view } = parsed.params;

  const render = getChartRenderer(chart as ChartId)!;
  const timeline = chart === 'timeline' ? getTimelineView(getTimelineChartData(), view) : null;
  const draw = (width: number) => {
    if (!timeline) return render({ locale, palette: CSS_PALETTE, width, links: 'new-tab' });
    const { data, ...timelineView } = timeline;
    return renderTimelineSvg({ locale, palette: CSS_PALETTE, width, data, view: timelineView });
  };
  const [narrow, wide, text, t] = await Promise.all([
    draw(VARIANT_WIDTHS.narrow),
    draw(VARIANT_WIDTHS.wide),
    loadChartText(chart as ChartId, locale),
    getTranslator(locale, 'common'),
  ]);
  const { renderToStaticMarkup } = await import('react-dom/server');
  const html = `<!DOCTYPE html>${renderToStaticMarkup(
    <EmbedDocument
      locale={locale}
      theme={theme}
      text={text}
      showTitle={title}
      transparent={transparent}
      isStatic={isStatic}
      pageUrl={`${getRequestOrigin(request)}/${locale}${CHART_META[chart as ChartId].route}`}
      siteName={t('siteTitle')}
      narrow={narrow}
      wide={wide}
    />,
  )}`;
  return withEtag(request, html, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': EMBED_CACHE, Vary: ORIGIN_VARY });
}
