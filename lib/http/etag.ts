import { createHash } from 'node:crypto';

export const LONG_CACHE = 'public, max-age=31536000, immutable';
export const DATA_CACHE = 'public, max-age=300, stale-while-revalidate=86400';

export function getEtag(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** A response with an ETag that answers 304 when the client already has these bytes. */
export function withEtag(request: Request, body: string | Uint8Array, headers: Record<string, string>, status = 200) {
  const etag = getEtag(body);
  const matches = request.headers.get('if-none-match')?.split(/\s*,\s*/).includes(etag);
  if (matches) return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': headers['Cache-Control'] ?? '' } });
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return new Response(bytes as BodyInit, {
    status,
    headers: { ...headers, ETag: etag, 'Content-Length': String(bytes.byteLength) },
  });
}

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}) {
  return Response.json({ error, ...extra }, { status, headers: { 'Cache-Control': 'no-store' } });
}
