import type { NextApiRequest, NextApiResponse } from 'next';
import { allowServerOnlyImports } from '@/lib/charts/image-pages-runtime';

// Chart images (and one-slide PowerPoint files, and the CSV of a chart's view) are served through the Pages Router because App Router route handlers always drop
// Content-Length and stream chunked; slide software inserting a picture by URL wants the length.
// next.config.js rewrites /charts/{file} here.
export const config = { api: { responseLimit: false, bodyParser: false } };

export default async function chartImage(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    res.status(405).end();
    return;
  }
  allowServerOnlyImports();
  const file = String(req.query.file ?? '');
  const { respondChartImage } = await import('@/delivery/image-response');
  const { respondChartPptx } = await import('@/delivery/pptx-response');
  const { respondChartCsv } = await import('@/delivery/csv-response');
  const respond = file.endsWith('.pptx') ? respondChartPptx : file.endsWith('.csv') ? respondChartCsv : respondChartImage;
  const { search } = new URL(req.url ?? '/', 'http://localhost');
  const ifNoneMatch = req.headers['if-none-match'];
  const request = new Request(`http://localhost/charts/${encodeURIComponent(file)}${search}`, {
    headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {},
  });
  const response = await respond(request, file);
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  if (response.status === 304) {
    res.end();
    return;
  }
  res.setHeader('Content-Length', body.byteLength);
  res.end(req.method === 'HEAD' ? undefined : body);
}
