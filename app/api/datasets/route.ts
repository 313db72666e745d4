import { getDatasetSummaries } from '@/lib/datasets/catalogue';
import { allowAnyOrigin, preflightForGet } from '@/lib/http/cors';
import { DATA_CACHE, withEtag } from '@/lib/http/etag';

export function GET(request: Request) {
  const body = JSON.stringify(getDatasetSummaries());
  return allowAnyOrigin(withEtag(request, body, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': DATA_CACHE }));
}

export function OPTIONS() {
  return preflightForGet();
}
