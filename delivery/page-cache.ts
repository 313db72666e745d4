import { randomBytes } from 'node:crypto';

/**
 * Pages served from memory. Every page is rendered on the server when asked for (so it follows
 * DATA_DIR without a rebuild), yet the same page from the same data for the same public origin is
 * the same HTML: the proxy keeps it, keyed by origin, path and the data's version, and renders a page
 * again only when the data has changed. Only a plain visit is kept (GET, no query, not a client-side
 * navigation's RSC request), only a 200 is, and at most MAX_PAGES pages and MAX_BYTES bytes: the
 * site has a few dozen pages, so a stranger's paths, queries or host names cannot fill memory.
 */

export type CachedPage = { status: number; headers: [string, string][]; body: Uint8Array };

const MAX_PAGES = 96;
const MAX_BYTES = 32 * 1024 * 1024;

/** A request header that sends a page past the cache to be rendered: only this process knows its value. */
export const PAGE_CACHE_FILL = { header: 'x-page-cache-fill', value: randomBytes(16).toString('hex') };

/** Headers that describe one transfer rather than the page, or that hold a visitor's own state. */
const NOT_KEPT = new Set(['set-cookie', 'content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date']);

/** Headers of a client-side navigation or prefetch, which asks for the RSC payload rather than the HTML. */
const RSC_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch'];

/**
 * Whether a request may be answered from the cache: a plain visit to a page, without a query. Next
 * takes the RSC headers and `_rsc` off the request before the proxy sees it, so a client-side
 * navigation or refresh (a `fetch`) is told from a visit by the browser's Sec-Fetch-Mode; clients
 * that send none (curl, crawlers, load tests) are visitors.
 */
export function isCacheableVisit(request: Request): boolean {
  if (request.method !== 'GET') return false;
  const url = new URL(request.url);
  if (url.search !== '') return false;
  const mode = request.headers.get('sec-fetch-mode');
  if (mode !== null && mode !== 'navigate') return false;
  return RSC_HEADERS.every((name) => !request.headers.has(name)) && request.headers.get(PAGE_CACHE_FILL.header) !== PAGE_CACHE_FILL.value;
}

export type PageCache = {
  /** The page for `key` from the cache, or rendered by `render` (once for requests that arrive together) and kept when it is a 200. */
  get(key: string, version: string, render: () => Promise<CachedPage>): Promise<CachedPage>;
  readonly size: { entries: number; bytes: number };
};

export function createPageCache({ maxEntries = MAX_PAGES, maxBytes = MAX_BYTES } = {}): PageCache {
  const pages = new Map<string, CachedPage>();
  const rendering = new Map<string, Promise<CachedPage>>();
  let bytes = 0;
  let cachedVersion = '';

  const remove = (key: string) => {
    bytes -= pages.get(key)?.body.byteLength ?? 0;
    pages.delete(key);
  };
  const keep = (key: string, page: CachedPage) => {
    if (page.status !== 200 || page.body.byteLength > maxBytes) return;
    remove(key);
    pages.set(key, page);
    bytes += page.body.byteLength;
    while (pages.size > maxEntries || bytes > maxBytes) remove(pages.keys().next().value!);
  };

  return {
    get(key, version, render) {
      if (version !== cachedVersion) {
        // Pages drawn from other data are stale all at once; renders still running keep their own version.
        pages.clear();
        bytes = 0;
        cachedVersion = version;
      }
      const page = pages.get(key);
      if (page) {
        pages.delete(key);
        pages.set(key, page);
        return Promise.resolve(page);
      }
      const flightKey = `${version}\n${key}`;
      let pending = rendering.get(flightKey);
      if (!pending) {
        pending = render()
          .then((rendered) => {
            if (version === cachedVersion) keep(key, rendered);
            return rendered;
          })
          .finally(() => rendering.delete(flightKey));
        rendering.set(flightKey, pending);
      }
      return pending;
    },
    get size() {
      return { entries: pages.size, bytes };
    },
  };
}

/** A response as the cache keeps it: its status, the headers that belong to the page, the whole body. */
export async function toCachedPage(response: Response): Promise<CachedPage> {
  const headers = [...response.headers].filter(([name]) => !NOT_KEPT.has(name.toLowerCase()) && !name.startsWith('x-middleware-'));
  return { status: response.status, headers, body: new Uint8Array(await response.arrayBuffer()) };
}

/**
 * A cached page as a response, with the headers the locale routing gave this visitor's request
 * (its locale cookie, the alternate links) instead of those it gave the request that rendered it.
 */
export function fromCachedPage({ status, headers, body }: CachedPage, routed: Headers): Response {
  const response = new Response(body as BodyInit, { status, headers });
  for (const [name, value] of routed) {
    if (name.startsWith('x-middleware-')) continue;
    if (name === 'set-cookie') response.headers.append(name, value);
    else response.headers.set(name, value);
  }
  return response;
}
