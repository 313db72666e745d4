import 'server-only';
import { getAvailableChartIds } from '@/components/charts/registry';
import { ChartFontMissingError, loadChartFontFiles } from '../fonts/chart-fonts';
import { jsonError, withEtag } from '../http/etag';
import { isChartId, type ChartId } from './chart-ids';
import { IMAGE_PARAMS_HELP, parseImageParams } from './image-params';
import { renderChartImage } from './image-chart';
import { getSvgText } from './image-png';
import { getPng } from './image-png-cache';

/**
 * A day fresh, then a week of serving the cached copy while revalidating with the ETag. Not
 * `immutable`: the URL stays the same when a deploy changes the data, so caches must come back.
 */
const IMAGE_CACHE = 'public, max-age=86400, stale-while-revalidate=604800';

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

  const parsed = parseImageParams(new URL(request.url).searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error, { allowed: IMAGE_PARAMS_HELP });
  const { scale, ...options } = parsed.params;
  const svg = await renderChartImage({ chart: chart as ChartId, ...options });
  if (svg === null) return notFound(file);

  const name = `${chart}-${options.width}x${options.height}`;
  if (format === 'svg') {
    return withEtag(request, svg, {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Disposition': `inline; filename="${name}.svg"`,
      'Cache-Control': IMAGE_CACHE,
    });
  }

  let fontFiles: string[];
  try {
    fontFiles = await loadChartFontFiles(getSvgText(svg));
  } catch (error) {
    if (error instanceof ChartFontMissingError) return jsonError(500, error.message);
    throw error;
  }
  return withEtag(request, getPng(svg, { scale, fontFiles, straightQuotes: options.locale === 'en' }), {
    'Content-Type': 'image/png',
    'Content-Disposition': `inline; filename="${name}${scale > 1 ? `@${scale}x` : ''}.png"`,
    'Cache-Control': IMAGE_CACHE,
  });
}
