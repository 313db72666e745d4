import 'server-only';
import { CHART_MANIFESTS, getAvailableChartIds, getChart, isChartId } from '@/components/charts/registry';
import { ChartFontMissingError, loadChartFontFiles } from '@/lib/fonts/chart-fonts';
import { DATA_CACHE, jsonError } from '@/lib/http/etag';
import { busyResponse, WorkQueueFullError } from '@/lib/http/work-queue';
import { matchesIfNoneMatch } from '@/lib/http/if-none-match';
import { getImageParamsHelp, parseImageParams } from '@/lib/charts/image-params';
import { checkImageAnnotation, checkImageView, findMissingViewData, renderChartImage } from './image-chart';
import { getSvgText, type PngOptions } from '@/lib/charts/image-png';
import { getPngKey } from '@/lib/charts/image-png-cache';
import { pngDrawer } from '@/lib/charts/image-png-drawing';
import { getImageEtag } from './image-etag';

/**
 * Five minutes fresh, as the data is, then served stale while revalidating: the URL stays the same
 * when DATA_DIR's files change, and asking again costs a 304 that draws nothing (getImageEtag).
 */
const IMAGE_CACHE = DATA_CACHE;

const FILE_NAME = /^([a-z-]+)\.(svg|png)$/;

function notFound(file: string) {
  const files = getAvailableChartIds().flatMap((id) => [`${id}.svg`, `${id}.png`]);
  return jsonError(404, `No chart image "${file}". Available: ${files.join(', ')}.`);
}

/** The answer to `GET /charts/{file}`, e.g. `coverage.png?preset=16x9&lang=en`. */
export async function respondChartImage(request: Request, file: string): Promise<Response> {
  const match = FILE_NAME.exec(file);
  const chart = match?.[1];
  if (!match || !chart || !isChartId(chart) || !getAvailableChartIds().includes(chart)) return notFound(file);
  const format = match[2] as 'svg' | 'png';

  const parsed = parseImageParams(new URL(request.url).searchParams, {
    allowsView: Boolean(getChart(chart).renderView),
    viewParams: getChart(chart).viewParams,
    charts: CHART_MANIFESTS,
  });
  if (!parsed.ok) return jsonError(400, parsed.error, { allowed: getImageParamsHelp(CHART_MANIFESTS) });
  const { scale, annotation: annotationQuery, ...options } = parsed.params;
  const viewProblem = checkImageView(chart, options.view);
  if (viewProblem) return jsonError(400, viewProblem, { allowed: getImageParamsHelp(CHART_MANIFESTS) });
  const missing = findMissingViewData(chart, options.view);
  if (missing) return jsonError(404, missing);
  const annotated = await checkImageAnnotation(chart, annotationQuery, options.locale);
  if (!annotated.ok) return jsonError(400, annotated.error, { allowed: getImageParamsHelp(CHART_MANIFESTS) });
  const { annotation } = annotated;

  const etag = getImageEtag(chart, format, parsed.params);
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': IMAGE_CACHE } });
  }
  const svg = await renderChartImage({ chart, ...options, annotation });
  if (svg === null) return notFound(file);

  const name = `${chart}-${options.width}x${options.height}`;
  if (format === 'svg') {
    const bytes = new TextEncoder().encode(svg);
    return new Response(bytes, {
      headers: {
        'Content-Type': 'image/svg+xml; charset=utf-8',
        'Content-Disposition': `inline; filename="${name}.svg"`,
        'Cache-Control': IMAGE_CACHE,
        ETag: etag,
        'Content-Length': String(bytes.byteLength),
      },
    });
  }

  let fontFiles: string[];
  try {
    fontFiles = await loadChartFontFiles(getSvgText(svg));
  } catch (error) {
    if (error instanceof ChartFontMissingError) return jsonError(500, error.message);
    throw error;
  }
  const pngOptions: PngOptions = { scale, fontFiles, straightQuotes: options.locale === 'en' };
  let png: Uint8Array;
  try {
    png = await pngDrawer.draw(getPngKey(svg, pngOptions), svg, pngOptions, {
      // Views and annotations are what a visitor typed: drawn, not kept, so they never push the known images out.
      keep: [...options.view].length === 0 && annotation === null,
    });
  } catch (error) {
    if (error instanceof WorkQueueFullError) return busyResponse(error);
    throw error;
  }
  return new Response(png as BodyInit, {
    headers: {
      'Content-Type': 'image/png',
      'Content-Disposition': `inline; filename="${name}${scale > 1 ? `@${scale}x` : ''}.png"`,
      'Cache-Control': IMAGE_CACHE,
      ETag: etag,
      'Content-Length': String(png.byteLength),
    },
  });
}
