import 'server-only';
import { createHash } from 'node:crypto';
import { getChartNames } from '@/components/charts/chart-text';
import { createDrawingCache } from '@/components/charts/drawing-cache';
import type { AnyChartManifest } from '@/components/charts/manifest-types';
import { CHART_MANIFESTS, type ChartId } from '@/components/charts/registry';
import { checkImageAnnotation } from './image-chart';
import { jsonError } from '@/lib/http/etag';
import { getAttachmentDisposition } from '@/lib/http/content-disposition';
import { matchesIfNoneMatch } from '@/lib/http/if-none-match';
import { getRequestOrigin, ORIGIN_VARY } from '@/lib/http/public-origin';
import { busyResponse, createWorkQueue, WorkQueueFullError } from '@/lib/http/work-queue';
import { parsePptxParams, PPTX_PARAMS_HELP } from '@/lib/pptx/params';
import type { PptxDeck } from '@/lib/pptx/types';
import { setPptxOrigin, writePptx } from '@/lib/pptx/write-pptx';
import { getPptxCharts, loadChartPptxDeck, loadLecturePptxDeck } from './pptx-deck';

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Five minutes fresh, as the data's answers: the URL stays the same when DATA_DIR's files change. */
const PPTX_CACHE = 'public, max-age=300, stale-while-revalidate=86400';

/** One file is written at a time (a few tens of ms each); a flood waits a little or gets 503. */
const pptxQueue = createWorkQueue({ concurrency: 1, queueLimit: 8 });

/**
 * Files kept per data generation, keyed by their content, which holds only known values (the data,
 * a language, a chart): writing one takes about 100 ms of CPU. The lecture is kept written for
 * ORIGIN_TOKEN, and each answer puts the visitor's origin in its copy (setPptxOrigin).
 */
const keptFiles = createDrawingCache<Buffer>(16);
const ORIGIN_TOKEN = 'https://origin.invalid';
/** The lecture's slides per language (about 20 ms of CPU to gather), for as long as the data stays the same. */
const lectureDecks = createDrawingCache<PptxDeck>(4);

/** A tag of what the file holds, so a client that has it gets 304 before anything is written. */
function getDeckKey(deck: PptxDeck): string {
  return createHash('sha256').update(JSON.stringify(deck)).digest('base64url');
}

type FileNames = { fileName: string; ascii: string };

type Origin = { origin: string; siteUrl: string };

/** The file of `deck`, for `origin` where the deck was loaded for ORIGIN_TOKEN. */
async function respondDeck(request: Request, deck: PptxDeck, names: FileNames, origin?: Origin, keep = true) {
  const key = getDeckKey(deck);
  const etag = `"${createHash('sha256')
    .update(`${key} ${origin?.origin ?? ''}`)
    .digest('base64url')
    .slice(0, 27)}"`;
  const headers: Record<string, string> = { 'Cache-Control': PPTX_CACHE, ETag: etag, ...(origin ? { Vary: ORIGIN_VARY } : {}) };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  let file: Buffer;
  try {
    const write = () => pptxQueue.run(() => writePptx(deck));
    const written = await (keep ? keptFiles(key, write) : write());
    file = origin ? await pptxQueue.run(() => setPptxOrigin(written, ORIGIN_TOKEN, origin.origin, origin.siteUrl)) : written;
  } catch (error) {
    if (error instanceof WorkQueueFullError) return busyResponse(error);
    throw error;
  }
  return new Response(new Uint8Array(file), {
    headers: {
      ...headers,
      'Content-Type': PPTX_TYPE,
      'Content-Disposition': getAttachmentDisposition(names.fileName, names.ascii),
      'Content-Length': String(file.byteLength),
    },
  });
}

function badParams(error: string) {
  return jsonError(400, error, { allowed: PPTX_PARAMS_HELP });
}

/** `GET /api/lecture.pptx?lang=zh|en`: the lecture as PowerPoint, its last slide naming the site's public address. */
export async function respondLecturePptx(request: Request): Promise<Response> {
  const parsed = parsePptxParams(new URL(request.url).searchParams);
  if (!parsed.ok) return badParams(parsed.error);
  const { locale } = parsed;
  const origin = getRequestOrigin(request);
  const deck = await lectureDecks(locale, () => loadLecturePptxDeck(locale, ORIGIN_TOKEN));
  return respondDeck(
    request,
    deck,
    { fileName: `${deck.title}.pptx`, ascii: `egov-lecture-${locale}.pptx` },
    { origin, siteUrl: `${origin}/${locale}` },
  );
}

function chartNotFound(file: string) {
  const files = getPptxCharts().map((chart) => `${chart.id}.pptx`);
  return jsonError(404, `No chart "${file}" as PowerPoint. Available: ${files.join(', ')}.`);
}

/** `GET /charts/{chart}.pptx?lang=…`: one chart as a one-slide file, with `highlight` and `note` as images take them; trends and the timeline take their page's view too. */
export async function respondChartPptx(request: Request, file: string): Promise<Response> {
  const id = /^([a-z-]+)\.pptx$/.exec(file)?.[1];
  const chart: AnyChartManifest | undefined = getPptxCharts().find((candidate) => candidate.id === id);
  if (!chart) return chartNotFound(file);
  const viewParams = chart.pptx?.followsView ? chart.viewParams : undefined;
  const parsed = parsePptxParams(new URL(request.url).searchParams, { viewParams, annotated: true });
  if (!parsed.ok) return badParams(parsed.error);
  const { locale, view } = parsed;
  const viewProblem = chart.checkView ? chart.checkView(view, chart.getData(CHART_MANIFESTS)) : null;
  if (viewProblem) return badParams(viewProblem);
  const missing = chart.findMissingData ? chart.findMissingData(view, chart.getData(CHART_MANIFESTS)) : null;
  if (missing) return jsonError(404, missing);
  // The images' own check, so an unknown id or a long note gets the same 400 from a .pptx as from a .png.
  const annotated = await checkImageAnnotation(chart.id as ChartId, parsed.annotation, locale);
  if (!annotated.ok) return badParams(annotated.error);
  const { annotation } = annotated;
  const hasView = [...view].length > 0;
  const [deck, names] = await Promise.all([
    loadChartPptxDeck(chart, locale, { ...(hasView ? { view } : {}), annotation }),
    getChartNames([chart], locale),
  ]);
  // Views and annotations are what a visitor typed: written for them, not kept, so they never push the known files out.
  const keep = !hasView && annotation === null;
  return respondDeck(request, deck, { fileName: `${names[chart.id]}.pptx`, ascii: `${chart.id}-${locale}.pptx` }, undefined, keep);
}
