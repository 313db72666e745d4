import 'server-only';
import { CHART_IDS, CHART_MANIFESTS, getChart, isChartId } from '@/components/charts/registry';
import { toCsv } from '@/lib/csv/to-csv';
import { DATASETS } from '@/lib/datasets/registry';
import { DATA_CACHE, jsonError, withEtag } from '@/lib/http/etag';

const FILE_NAME = /^([a-z-]+)\.csv$/;

/** The charts whose view has a CSV, for 404 messages. */
function getCsvCharts(): string[] {
  return CHART_IDS.filter((id) => getChart(id).viewCsv).map((id) => `${id}.csv`);
}

/**
 * The answer to `GET /charts/{chart}.csv?{view}`: the rows of the chart's dataset that the view
 * shows, in the dataset's own columns (its source column with them), as its page's share panel
 * links it. A view the chart does not know is refused with what it takes, as its images refuse it.
 */
export async function respondChartCsv(request: Request, file: string): Promise<Response> {
  const chart = FILE_NAME.exec(file)?.[1];
  const manifest = chart && isChartId(chart) ? getChart(chart) : undefined;
  if (!manifest?.viewCsv) return jsonError(404, `No chart CSV "${file}". Available: ${getCsvCharts().join(', ')}.`);
  const query = new URL(request.url).searchParams;
  const params = manifest.viewParams ?? [];
  const unknown = [...query.keys()].find((name) => !params.includes(name));
  if (unknown !== undefined) return jsonError(400, `Unknown parameter "${unknown}". ${file} takes: ${params.join(', ')}.`);
  const data = manifest.getData(CHART_MANIFESTS);
  const problem = manifest.checkView?.(query, data as never) ?? null;
  if (problem) return jsonError(400, problem);
  const missing = manifest.findMissingData?.(query, data as never) ?? null;
  if (missing) return jsonError(404, missing);
  const { getDataset, getRows } = manifest.viewCsv;
  const body = toCsv(DATASETS[getDataset(query)].columns, getRows(data as never, query));
  return withEtag(request, body, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${file}"`,
    'Cache-Control': DATA_CACHE,
  });
}
