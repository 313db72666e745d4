import { getDatasetVersion } from '@/lib/datasets/load';
import { DATASET_IDS, isDatasetId, type DatasetId } from '@/lib/datasets/registry';
import { jsonError, withEtag } from '@/lib/http/etag';

/**
 * `GET /api/datasets/versions?ids=a,b`: each dataset's version (getDatasetVersion), all of them
 * without `ids`. The open data pages poll it to follow edits in DATA_DIR; a rejected file's problems
 * count, which the datasets' own answers do not show. Asked again every few seconds, so it is small,
 * answered from memory, and sent `no-cache` with an ETag: the browser revalidates and mostly gets a 304.
 */
export function GET(request: Request) {
  const asked = new URL(request.url).searchParams.get('ids');
  const names = asked === null ? DATASET_IDS : asked.split(',');
  const unknown = names.filter((name) => !isDatasetId(name));
  if (unknown.length > 0 || names.length > DATASET_IDS.length) {
    return jsonError(400, `Unknown datasets in ids. Known datasets: ${DATASET_IDS.join(', ')}.`);
  }
  const ids = [...new Set(names as DatasetId[])];
  const body = JSON.stringify(Object.fromEntries(ids.map((id) => [id, getDatasetVersion(id)])));
  return withEtag(request, body, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' });
}
