/**
 * The origin visitors reach the site at (`https://dash.example.edu`), for every absolute URL the
 * site hands out. Behind nginx or a platform's proxy the server is bound to another address, so
 * `request.url` names that address; the public one comes from the proxy's headers, or is pinned
 * with PUBLIC_ORIGIN where a cache in front does not key on them (docs/DEPLOY.md).
 */

type HeaderSource = { get(name: string): string | null };

/** A host name or IP literal with an optional port: nothing else may reach a URL we print. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?$/i;
const PROTOCOLS = new Set(['http', 'https']);

/** The first value of a header that proxies may have turned into a list (`a, b`). */
function firstValue(value: string | null | undefined): string | undefined {
  const first = value?.split(',')[0]?.trim();
  return first ? first : undefined;
}

/** `host` and `proto` from RFC 7239's `Forwarded: for=…;host=…;proto=…`, first hop only. */
function readForwarded(value: string | null): { host?: string; proto?: string } {
  const first = firstValue(value);
  if (!first) return {};
  const pairs = first.split(';').map((pair) => pair.trim().split('=') as [string, string | undefined]);
  const get = (name: string) => pairs.find(([key]) => key.toLowerCase() === name)?.[1]?.replace(/^"|"$/g, '');
  return { host: get('host'), proto: get('proto') };
}

/** PUBLIC_ORIGIN as an origin, or null when unset; a malformed value is an error at startup, not a silent fallback. */
export function getPinnedOrigin(value = process.env.PUBLIC_ORIGIN): string | null {
  if (!value) return null;
  const url = new URL(value);
  if (!PROTOCOLS.has(url.protocol.slice(0, -1))) throw new Error(`PUBLIC_ORIGIN must be an http(s) URL, got "${value}".`);
  return url.origin;
}

/**
 * The public origin of a request: PUBLIC_ORIGIN when set; otherwise X-Forwarded-Host or Forwarded's
 * host or Host, and X-Forwarded-Proto or Forwarded's proto, first value of each; a value that is not
 * a plain host or protocol is ignored. `fallback` is the origin the server saw (request.url).
 */
export function getPublicOrigin(headers: HeaderSource, fallback: string): string {
  const pinned = getPinnedOrigin();
  if (pinned) return pinned;
  const base = new URL(fallback);
  const forwarded = readForwarded(headers.get('forwarded'));
  const host = [firstValue(headers.get('x-forwarded-host')), forwarded.host, firstValue(headers.get('host'))].find(
    (candidate) => candidate !== undefined && HOST.test(candidate),
  );
  const proto = [firstValue(headers.get('x-forwarded-proto')), forwarded.proto]
    .map((candidate) => candidate?.toLowerCase())
    .find((candidate) => candidate !== undefined && PROTOCOLS.has(candidate));
  try {
    return new URL(`${proto ?? base.protocol.slice(0, -1)}://${host ?? base.host}`).origin;
  } catch {
    return base.origin; // a port out of range
  }
}

/** The public origin of a route handler's request. */
export function getRequestOrigin(request: Request): string {
  return getPublicOrigin(request.headers, request.url);
}

/** Headers that change the absolute URLs in an answer: caches must keep one copy per value. */
export const ORIGIN_VARY = 'Host, X-Forwarded-Host, X-Forwarded-Proto, Forwarded';
