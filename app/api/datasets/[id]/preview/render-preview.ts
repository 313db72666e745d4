import { renderDatasetPreview } from '@/components/data/dataset-preview';
import { validateUpload } from '@/lib/csv/validate-upload';
import { getDefinition, type DatasetId } from '@/lib/datasets/registry';
import { createWorkQueue } from '@/lib/http/work-queue';
import type { Locale } from '@/lib/i18n/routing';
import { NO_STORE } from '../read-upload';

/**
 * What one preview draws at most, so that the answer stays near the size of the upload: a chart
 * of more marks than this is unreadable (and its layout grows faster than its rows), and the
 * table lists the first rows, its caption saying how many there are.
 */
export const PREVIEW_LIMITS = { chartRows: 100, tableRows: 200 } as const;

/** Previews rendered at once and waiting; any more are told to retry (503) rather than pile up. */
export const previewQueue = createWorkQueue({ concurrency: 2, queueLimit: 8 });

/** Checks the uploaded bytes and, when they pass, answers with the chart and table drawn from them. */
export async function answerPreview(id: DatasetId, locale: Locale, bytes: Uint8Array): Promise<Response> {
  const result = validateUpload(bytes, getDefinition(id));
  if (!result.body.ok) return Response.json(result.body, { status: result.status, headers: NO_STORE });
  const { renderToStaticMarkup } = await import('react-dom/server');
  const { element, chart } = await renderDatasetPreview({ id, locale, rows: result.body.rows, ...PREVIEW_LIMITS });
  return Response.json({ ...result.body, chart, html: renderToStaticMarkup(element) }, { status: 200, headers: NO_STORE });
}
