import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
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
export default function proxy(request: NextRequest) {
  const segments = request.nextUrl.pathname.split('/');
  const first = segments[1] ?? '';
  if (ROUTES_OUTSIDE_LOCALES.has(first)) return segments.length > 2 && segments[2] ? NextResponse.next() : notFound();
  if (first === '' || isLocale(first)) return localeRouting(request);
  return isPagePath(segments) ? localeRouting(request) : notFound();
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
