import { getDatasetDocument } from '@/lib/datasets/catalogue';
import { DATASETS, DATASET_IDS, isDatasetId } from '@/lib/datasets/registry';
import { toCsv } from '@/lib/csv/to-csv';
import { DATA_CACHE, jsonError, withEtag } from '@/lib/http/etag';

const FORMATS = ['json', 'csv'];

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isDatasetId(id)) return jsonError(404, `Unknown dataset "${id}". Known datasets: ${DATASET_IDS.join(', ')}.`);
  const format = new URL(request.url).searchParams.get('format') ?? 'json';
  if (!FORMATS.includes(format)) return jsonError(400, `Unknown format "${format}". Allowed: ${FORMATS.join(', ')}.`);

  const document = getDatasetDocument(id);
  if (format === 'csv') {
    const body = toCsv(DATASETS[id].columns, document.rows as Record<string, unknown>[]);
    return withEtag(request, body, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${DATASETS[id].file}"`,
      'Cache-Control': DATA_CACHE,
    });
  }
  return withEtag(request, JSON.stringify(document), {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': DATA_CACHE,
  });
}
