import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHART_IDS } from '@/components/charts/registry';
import { launchBrowser } from './browser';
import { getPageCases, PAGES } from './pages';
import { E2E_PORT } from './server';
import { startTestServer, type RunningServer } from './start-server';

// The site as an instructor deploys it: nginx on https://dash.example.edu in front of `next start`
// bound to a loopback port. The proxy here sets Host and X-Forwarded-* as nginx's usual snippet does.
const PUBLIC_ORIGIN = 'https://dash.example.edu';
const APP_PORT = E2E_PORT + 2;
/** Anything that names the address the server is bound to, or the proxy's own. */
let boundAddress: RegExp;

let server: RunningServer;
let proxy: http.Server;
let proxyUrl: string;
let browser: Browser;

function startProxy(): Promise<http.Server> {
  const forward = http.createServer((request, response) => {
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: APP_PORT,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: 'dash.example.edu', 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  return new Promise((resolve) => forward.listen(0, '127.0.0.1', () => resolve(forward)));
}

beforeAll(async () => {
  [server, proxy, browser] = await Promise.all([startTestServer(APP_PORT), startProxy(), launchBrowser()]);
  const { port } = proxy.address() as AddressInfo;
  proxyUrl = `http://127.0.0.1:${port}`;
  boundAddress = new RegExp(`localhost|127\\.0\\.0\\.1|:(${APP_PORT}|${port})\\b`);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  proxy?.close();
  await server?.stop();
});

const fetchText = async (path: string) => {
  const response = await fetch(`${proxyUrl}${path}`, { redirect: 'manual' });
  return { status: response.status, text: await response.text(), headers: response.headers };
};

/** Every absolute http(s) URL in a text, but the SVG and XHTML namespaces. */
const absoluteUrls = (text: string) =>
  [...text.matchAll(/https?:(?:\/\/|\\u002F\\u002F|%2F%2F)[^\s"'<>\\&]+/gi)]
    .map((match) => match[0])
    .filter((url) => !url.includes('www.w3.org'));

describe('behind a proxy on https://dash.example.edu', () => {
  test.each(getPageCases(PAGES))(
    '$name names only the public origin, with an absolute oEmbed discovery link',
    async ({ name: path, page }) => {
      let { status, text, headers } = await fetchText(path);
      if (status === 307 || status === 308) {
        // A page that picks a value first (the quiz, its seed) sends the visitor on, never to the bound address.
        const location = headers.get('location')!;
        expect(location.startsWith('/') || location.startsWith(PUBLIC_ORIGIN)).toBe(true);
        ({ status, text, headers } = await fetchText(location.replace(PUBLIC_ORIGIN, '')));
      }
      expect(status).toBe(200);
      expect(text).not.toMatch(boundAddress);
      for (const url of absoluteUrls(text))
        expect(url.startsWith(PUBLIC_ORIGIN) || url.startsWith('https%3A%2F%2Fdash.example.edu')).toBe(true);
      if (page.share) {
        expect(text).toContain(
          `<link rel="alternate" type="application/json+oembed" href="${PUBLIC_ORIGIN}/api/oembed?url=${encodeURIComponent(`${PUBLIC_ORIGIN}${path}`)}&amp;format=json"`,
        );
      }
    },
  );

  test.each([...CHART_IDS])('the %s embed links to its page and canonical URL on the public origin', async (chart) => {
    const { status, text } = await fetchText(`/embed/${chart}?lang=zh`);
    expect(status).toBe(200);
    expect(text).not.toMatch(boundAddress);
    expect(text).toMatch(new RegExp(`<link rel="canonical" href="${PUBLIC_ORIGIN}/zh[^"]*"/>`));
    expect(text).toMatch(new RegExp(`<a href="${PUBLIC_ORIGIN}/zh[^"]*" target="_blank"`));
  });

  test('oEmbed takes the public URL a lecturer pastes, and answers with the iframe, thumbnail and provider on it', async () => {
    for (const url of [`${PUBLIC_ORIGIN}/zh/timeline`, '/zh/timeline', `${PUBLIC_ORIGIN}/embed/timeline?lang=zh`]) {
      const { status, text } = await fetchText(`/api/oembed?url=${encodeURIComponent(url)}`);
      expect(status).toBe(200);
      expect(text).not.toMatch(boundAddress);
      const body = JSON.parse(text) as { html: string; thumbnail_url: string; provider_url: string };
      expect(body.html).toContain(`src="${PUBLIC_ORIGIN}/embed/timeline?lang=zh"`);
      expect(body.provider_url).toBe(`${PUBLIC_ORIGIN}/zh`);
      // The thumbnail is an image the proxy serves.
      const thumbnail = new URL(body.thumbnail_url);
      expect(thumbnail.origin).toBe(PUBLIC_ORIGIN);
      const image = await fetch(`${proxyUrl}${thumbnail.pathname}${thumbnail.search}`);
      expect(image.headers.get('content-type')).toBe('image/png');
    }
  });

  test('the share panel, once the page runs, still hands out the public origin', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${proxyUrl}/en/coverage`);
    const panel = tab.locator('.chart-frame .share-panel');
    await panel.locator('summary').click();
    const fields = panel.locator('textarea');
    await expect.poll(() => fields.first().inputValue()).toContain(`src="${PUBLIC_ORIGIN}/embed/coverage?lang=en`);
    const values = await fields.evaluateAll((nodes) => nodes.map((node) => (node as HTMLTextAreaElement).value));
    expect(values).toHaveLength(3);
    for (const value of values) expect(value).not.toMatch(boundAddress);
    expect(values[2]).toMatch(new RegExp(`^${PUBLIC_ORIGIN}/charts/coverage\\.png\\?`));
    await tab.close();
  });

  test('the presentation’s last slide gives the full address of the data', async () => {
    const { text } = await fetchText('/zh/present');
    expect(text).toContain(`<a href="${PUBLIC_ORIGIN}/zh/data">${PUBLIC_ORIGIN}/zh/data</a>`);
  });
});

describe('junk paths a scanner tries', () => {
  const JUNK = [
    '/package.json',
    '/.env',
    '/%5Cevil.com',
    '/charts',
    '/embed',
    '/wp-login.php',
    '/x1.php',
    '/.git/config',
    '/admin.php',
    '/phpmyadmin/index.php',
    '/zh/.env',
    '/en/wp-login.php',
    '/charts/x.php',
    '/embed/x.php',
    '/api/x.php',
    '/zh/data/nope',
    '/en/xmlrpc.php',
    '/cgi-bin/test.cgi',
    '/server-status',
    '/%00',
  ];

  test('each is answered 404 (or sent to a locale, then 404) and nothing is logged as an error', async () => {
    const logBefore = server.log().length;
    for (const path of JUNK) {
      let response = await fetch(`${proxyUrl}${path}`, { redirect: 'manual' });
      if (response.status === 307 || response.status === 308) {
        const location = response.headers.get('location')!;
        expect(location.startsWith('/')).toBe(true);
        response = await fetch(`${proxyUrl}${location}`, { redirect: 'manual' });
      }
      expect([path, response.status]).toEqual([path, expect.toSatisfy((status: number) => status === 404 || status === 400)]);
    }
    const log = server.log().slice(logBefore);
    expect(log).not.toMatch(/Error|⨯|\n\s+at /);
  });
});
