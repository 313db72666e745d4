import 'server-only';
import { getAvailableChartIds, getChart, isChartId } from '@/components/charts/registry';
import { ChartFontMissingError, loadChartFontFiles } from '@/lib/fonts/chart-fonts';
import { jsonError, withEtag } from '@/lib/http/etag';
import { busyResponse, WorkQueueFullError } from '@/lib/http/work-queue';
import { matchesIfNoneMatch } from '@/lib/http/if-none-match';
import { IMAGE_PARAMS_HELP, parseImageParams } from '@/lib/charts/image-params';
import { checkImageView, renderChartImage } from './image-chart';
import { getSvgText, type PngOptions } from '@/lib/charts/image-png';
import { getPngKey } from '@/lib/charts/image-png-cache';
import { pngDrawer } from '@/lib/charts/image-png-drawing';

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

  const parsed = parseImageParams(new URL(request.url).searchParams, { allowsView: Boolean(getChart(chart).renderView) });
  if (!parsed.ok) return jsonError(400, parsed.error, { allowed: IMAGE_PARAMS_HELP });
  const { scale, ...options } = parsed.params;
  const viewProblem = checkImageView(chart, options.view);
  if (viewProblem) return jsonError(400, viewProblem, { allowed: IMAGE_PARAMS_HELP });
  const svg = await renderChartImage({ chart, ...options });
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
  return respondPng(
    request,
    svg,
    { scale, fontFiles, straightQuotes: options.locale === 'en' },
    { keep: [...options.view].length === 0 },
    {
      'Content-Type': 'image/png',
      'Content-Disposition': `inline; filename="${name}${scale > 1 ? `@${scale}x` : ''}.png"`,
      'Cache-Control': IMAGE_CACHE,
    },
  );
}

/**
 * The PNG of `svg`, tagged from the SVG and options rather than the bitmap, so a client that has it
 * gets 304 without anything being drawn; 503 when too many drawings already wait.
 */
async function respondPng(
  request: Request,
  svg: string,
  options: PngOptions,
  { keep }: { keep: boolean },
  headers: Record<string, string>,
): Promise<Response> {
  const key = getPngKey(svg, options);
  const etag = `"${key.slice(0, 27)}"`;
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': headers['Cache-Control'] ?? '' } });
  }
  let png: Uint8Array;
  try {
    png = await pngDrawer.draw(key, svg, options, { keep });
  } catch (error) {
    if (error instanceof WorkQueueFullError) return busyResponse(error);
    throw error;
  }
  return new Response(png as BodyInit, { headers: { ...headers, ETag: etag, 'Content-Length': String(png.byteLength) } });
}
