import { createHash } from 'node:crypto';
import { matchesIfNoneMatch } from './if-none-match';

export const LONG_CACHE = 'public, max-age=31536000, immutable';
export const DATA_CACHE = 'public, max-age=300, stale-while-revalidate=86400';

export function getEtag(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Headers a 304 repeats from the 200 it stands for (RFC 9110 §15.4.5), and CORS so scripts elsewhere may read it. */
const KEPT_BY_304 = new Set(['cache-control', 'content-location', 'expires', 'vary']);
const keptBy304 = (name: string) => KEPT_BY_304.has(name.toLowerCase()) || name.toLowerCase().startsWith('access-control-');

/** A response with an ETag that answers 304 when the client already has these bytes. */
export function withEtag(request: Request, body: string | Uint8Array, headers: Record<string, string>, status = 200) {
  const etag = getEtag(body);
  if (status >= 200 && status < 300 && matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
    const kept = Object.entries(headers).filter(([name]) => keptBy304(name));
    return new Response(null, { status: 304, headers: { ...Object.fromEntries(kept), ETag: etag } });
  }
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return new Response(bytes as BodyInit, {
    status,
    headers: { ...headers, ETag: etag, 'Content-Length': String(bytes.byteLength) },
  });
}

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}) {
  return Response.json({ error, ...extra }, { status, headers: { 'Cache-Control': 'no-store' } });
}
