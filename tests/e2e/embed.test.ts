import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectErrors, launchBrowser } from './browser';
import { BASE_URL } from './server';

let browser: Browser;

let coursePage = '';
let courseServer: Server;
let courseUrl: string;

/** Opens `body` as a page of another origin (a course page), the way a lecturer's LMS would frame a chart. */
async function openCoursePage(body: string, viewport = { width: 1000, height: 800 }) {
  coursePage = `<!doctype html><html><body style="margin:0">${body}</body></html>`;
  const page = await browser.newPage({ viewport });
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
  // A real server on another port: a different origin in the same (local) address space as the site.
  courseServer = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(coursePage));
  await new Promise<void>((resolve) => courseServer.listen(0, '127.0.0.1', resolve));
  courseUrl = `http://127.0.0.1:${(courseServer.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  courseServer?.close();
});

describe('embeds', () => {
  test('/embed/* may be framed by any site; other pages may not be framed at all', async () => {
    const embed = await fetch(`${BASE_URL}/embed/coverage`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();

    for (const path of ['/zh/coverage', '/en', '/api/datasets']) {
      const response = await fetch(`${BASE_URL}${path}`);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  test('a page of another origin cannot frame a site page', async () => {
    // The embed beside it is the control: the same page shows a framed chart where framing is allowed.
    const page = await openCoursePage(
      `<iframe id="site" src="${BASE_URL}/zh/coverage" width="800" height="300"></iframe>` +
        `<iframe id="embed" src="${BASE_URL}/embed/coverage" width="800" height="300"></iframe>`,
    );
    await page.goto(courseUrl);
    await expect.poll(() => page.frameLocator('#embed').locator('.chart-svg').count()).toBeGreaterThan(0);
    await expect.poll(() => page.frames().some((frame) => frame.url().startsWith('chrome-error://'))).toBe(true);
    expect(await page.frameLocator('#site').locator('.chart-svg').count()).toBe(0);
    expect(page.frames().some((frame) => frame.url().startsWith(`${BASE_URL}/zh/coverage`))).toBe(false);
    await page.close();
  });

  test('static=1 renders the chart with no script at all', async () => {
    const html = await (await fetch(`${BASE_URL}/embed/coverage?static=1&lang=en`)).text();
    expect(html).not.toMatch(/<script/i);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/embed/coverage?static=1&lang=en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('.chart-svg:visible').count()).toBe(1);
    await context.close();
  });

  test('an embed shows a mark’s tooltip as the site does, kept inside a narrow frame, and Escape closes it', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    const errors = collectErrors(page);
    await page.goto(`${BASE_URL}/embed/coverage?lang=en`);
    const mark = page.locator('.chart-svg:visible [data-tip]').first();
    const text = await mark.getAttribute('data-tip');
    await mark.hover();
    const tip = page.locator('.chart-tooltip');
    await expect(tip.innerText()).resolves.toBe(text);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await page.keyboard.press('Escape');
    await expect(tip.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the embed posts its height to the page that frames it', async () => {
    const page = await openCoursePage(`
      <script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'egov-embed-height') window.heights.push(e.data.height); });</script>
      <iframe src="${BASE_URL}/embed/coverage?lang=en" style="width:900px;height:200px;border:0"></iframe>`);
    const errors = collectErrors(page);
    await page.goto(courseUrl);
    await page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 0, undefined, { timeout: 15_000 });
    const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    expect(heights.at(-1)).toBeGreaterThan(250);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the responsive snippet resizes its iframe to the content', async () => {
    const snippet = (await (await fetch(`${BASE_URL}/api/oembed?url=${encodeURIComponent('/zh/coverage')}`)).json()) as { html: string };
    // The snippet trusts messages from the site's own origin, as oEmbed consumers would embed it.
    const html = snippet.html
      .replace(/src="[^"]*\/embed\//, `src="${BASE_URL}/embed/`)
      .replace(/e\.origin!=="[^"]*"/, `e.origin!==${JSON.stringify(BASE_URL)}`);
    const page = await openCoursePage(html, { width: 420, height: 800 });
    await page.goto(courseUrl);
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '', undefined, { timeout: 15_000 });
    const height = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(300);
    expect(height).not.toBe(560);
    await page.close();
  });
});
