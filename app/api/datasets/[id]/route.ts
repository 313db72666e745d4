import { getDatasetDocument } from '@/lib/datasets/catalogue';
import { DATASETS, DATASET_IDS, isDatasetId } from '@/lib/datasets/registry';
import { toCsv } from '@/lib/csv/to-csv';
import { allowAnyOrigin, preflightForGet } from '@/lib/http/cors';
import { DATA_CACHE, jsonError, withEtag } from '@/lib/http/etag';
import { TEMPLATE_HEADERS, toTemplateCsv, type TemplateHeader } from './template';

const FORMATS = ['json', 'csv', 'template'];

function csvAttachment(request: Request, body: string, filename: string) {
  return withEtag(request, body, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': DATA_CACHE,
  });
}

type Context = { params: Promise<{ id: string }> };

/** Public data, errors included: readable by scripts on any site. */
export async function GET(request: Request, context: Context) {
  return allowAnyOrigin(await answer(request, context));
}

export function OPTIONS() {
  return preflightForGet();
}

async function answer(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  if (!isDatasetId(id)) return jsonError(404, `Unknown dataset "${id}". Known datasets: ${DATASET_IDS.join(', ')}.`);
  const search = new URL(request.url).searchParams;
  const format = search.get('format') ?? 'json';
  if (!FORMATS.includes(format)) return jsonError(400, `Unknown format "${format}". Allowed: ${FORMATS.join(', ')}.`);

  const document = getDatasetDocument(id);
  const rows = document.rows as Record<string, unknown>[];
  if (format === 'csv') return csvAttachment(request, toCsv(DATASETS[id].columns, rows), DATASETS[id].file);
  if (format === 'template') {
    const header = search.get('header') ?? 'name';
    if (!TEMPLATE_HEADERS.includes(header as TemplateHeader)) {
      return jsonError(400, `Unknown header "${header}". Allowed: ${TEMPLATE_HEADERS.join(', ')}.`);
    }
    const suffix = header === 'zh' ? '-template-zh' : '-template';
    return csvAttachment(request, toTemplateCsv(id, rows, header as TemplateHeader), `${id}${suffix}.csv`);
  }
  return withEtag(request, JSON.stringify(document), {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': DATA_CACHE,
  });
}
