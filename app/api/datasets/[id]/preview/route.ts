import { renderDatasetPreview } from '@/components/data/dataset-preview';
import { DATASET_IDS, isDatasetId } from '@/lib/datasets/registry';
import { jsonError } from '@/lib/http/etag';
import { LOCALES, isLocale } from '@/lib/i18n/routing';
import { checkUpload, NO_STORE } from '../read-upload';

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
  if (unknown) return jsonError(400, `Unknown parameter "${unknown}". Allowed: locale (${LOCALES.join(' | ')}).`);
  const requested = query.get('locale') ?? 'zh';
  if (!isLocale(requested)) return jsonError(400, `Unknown locale "${requested}". Allowed: ${LOCALES.join(' | ')}.`);
  const locale = requested;

  const result = await checkUpload(request, id);
  if (!result) return jsonError(400, 'The request body could not be read.');
  if (!result.body.ok) return Response.json(result.body, { status: result.status, headers: NO_STORE });

  const { renderToStaticMarkup } = await import('react-dom/server');
  const { element, chart } = await renderDatasetPreview({ id, locale, rows: result.body.rows });
  return Response.json({ ...result.body, chart, html: renderToStaticMarkup(element) }, { status: 200, headers: NO_STORE });
}
