import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { createPageCache, fromCachedPage, isCacheableVisit, PAGE_CACHE_FILL, toCachedPage } from './delivery/page-cache';
import { getDataVersion } from './lib/datasets/load';
import { getPublicOrigin } from './lib/http/public-origin';
import { isLocale, routing } from './lib/i18n/routing';

const localeRouting = createMiddleware(routing);

/** First path segments that are not pages: their own routes answer them. */
const ROUTES_OUTSIDE_LOCALES = new Set(['charts', 'embed']);

/**
 * Every path outside the API and Next's own files comes through here, so that the first segment is
 * checked against the locales before any page renders with it: `/zh/…` and `/en/…` go on, a path
 * without a locale that could be a page (`/coverage`) is sent to one, and anything else
 * (`/wp-login.php`, `/.env`, `/%5Cevil.com`, a bare `/charts`) is a plain 404 at once, with nothing
 * imported, read or cached for it.
 */
export default async function proxy(request: NextRequest) {
  const segments = request.nextUrl.pathname.split('/');
  const first = segments[1] ?? '';
  if (ROUTES_OUTSIDE_LOCALES.has(first)) return segments.length > 2 && segments[2] ? NextResponse.next() : notFound();
  if (isLocale(first)) return fromPageCache(request, localeRouting(request));
  if (first === '') return localeRouting(request);
  return isPagePath(segments) ? localeRouting(request) : notFound();
}

const pageCache = createPageCache();

/**
 * A page from the cache (delivery/page-cache.ts) when the visit may be answered from it and the
 * locale routing lets the request through; the locale cookie the routing sets goes with it.
 */
async function fromPageCache(request: NextRequest, routed: NextResponse): Promise<Response> {
  if (!isCacheableVisit(request) || routed.headers.get('x-middleware-next') !== '1' || routed.headers.has('x-middleware-rewrite')) {
    return routed;
  }
  const origin = getPublicOrigin(request.headers, request.url);
  try {
    const page = await pageCache.get(`${origin}${request.nextUrl.pathname}`, getDataVersion(), () => renderPage(request, origin));
    // Only a page is kept and served from here; a redirect (the quiz picking its seed) or an error
    // page is answered by the server itself, as for any visit the cache does not take.
    if (page.status !== 200) return routed;
    return fromCachedPage(page, routed.headers);
  } catch (error) {
    console.error('Page cache: rendering through the server failed, serving the page directly', error);
    return routed;
  }
}

/**
 * The page rendered by this server for `origin`. Asked of the address the server listens on, which
 * `next start` and the standalone server record in __NEXT_PRIVATE_ORIGIN (request.url follows the
 * forwarding headers), with the public origin passed on in the headers the page reads it from.
 */
async function renderPage(request: NextRequest, origin: string) {
  const { host, protocol } = new URL(origin);
  const headers = new Headers(request.headers);
  for (const name of ['forwarded', 'cookie', 'accept-encoding']) headers.delete(name);
  headers.set('x-forwarded-host', host);
  headers.set('x-forwarded-proto', protocol.slice(0, -1));
  headers.set(PAGE_CACHE_FILL.header, PAGE_CACHE_FILL.value);
  const server = process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const url = new URL(request.nextUrl.pathname, server);
  return toCachedPage(await fetch(url, { headers, redirect: 'manual', cache: 'no-store' }));
}

/** Page paths are lower-case words and dashes: anything with a dot, a backslash or an escape is not one. */
function isPagePath(segments: string[]): boolean {
  return segments.slice(1).every((segment) => /^[a-z0-9-]*$/.test(segment));
}

const NOT_FOUND_HTML =
  '<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<title>找不到该页面 · Page not found</title><h1>找不到该页面 · Page not found</h1>' +
  '<p><a href="/zh">返回概览</a> · <a href="/en" lang="en">Back to the overview</a></p></html>';

function notFound() {
  return new NextResponse(NOT_FOUND_HTML, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}

export const config = {
  // Everything but the API, Next's own files and the site icon.
  matcher: ['/((?!api/|_next/|_vercel/|icon\\.svg$).*)'],
};
