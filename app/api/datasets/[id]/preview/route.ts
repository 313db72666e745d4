import { DATASET_IDS, isDatasetId } from '@/lib/datasets/registry';
import { jsonError } from '@/lib/http/etag';
import { busyResponse, WorkQueueFullError } from '@/lib/http/work-queue';
import { LOCALES, isLocale } from '@/lib/i18n/routing';
import { NO_STORE, readUpload } from '../read-upload';
import { answerPreview, previewQueue } from './render-preview';

/**
 * Checks an uploaded CSV like /validate and, when it passes, answers with the dataset's chart
 * and table drawn from the uploaded rows as HTML, rendered here so that the page needs no
 * chart code. `?locale=zh|en` picks the language (default zh); anything else is a 400.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isDatasetId(id)) return jsonError(404, `Unknown dataset "${id}". Known datasets: ${DATASET_IDS.join(', ')}.`);
  const query = new URL(request.url).searchParams;
  const unknown = [...query.keys()].find((name) => name !== 'locale');
  if (unknown !== undefined) return jsonError(400, `Unknown parameter "${unknown}". Allowed: locale (${LOCALES.join(' | ')}).`);
  const requested = query.get('locale') ?? 'zh';
  if (!isLocale(requested)) return jsonError(400, `Unknown locale "${requested}". Allowed: ${LOCALES.join(' | ')}.`);
  const locale = requested;

  try {
    // The body is read before queueing, so a slow sender holds no rendering slot.
    const upload = await readUpload(request);
    if (upload === null) return jsonError(400, 'The request body could not be read.');
    if (!(upload instanceof Uint8Array)) return Response.json(upload.body, { status: upload.status, headers: NO_STORE });
    return await previewQueue.run(() => answerPreview(id, locale, upload));
  } catch (error) {
    if (error instanceof WorkQueueFullError) return busyResponse(error);
    throw error;
  }
}
