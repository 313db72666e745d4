import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, gotoHydrated, launchBrowser } from './browser';
import { BASE_URL, E2E_PORT } from './server';
import { startTestServer, type RunningServer } from './start-server';

// A lecturer's folder with the UN's EGDI export as downloaded (made-up values: tests/fixtures/README.md).
let dir: string;
let server: RunningServer;
let browser: Browser;
const egdiFile = () => path.join(dir, 'EGOV_DATA_2022.csv');
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'egov-e2e-egdi-'));
  copyFileSync(path.resolve('tests/fixtures/EGOV_DATA.csv'), egdiFile());
  [server, browser] = await Promise.all([startTestServer(E2E_PORT + 1, { DATA_DIR: dir }), launchBrowser()]);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A PNG's size, from its IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe('the EGDI chart as an image and an embed (show=egdi), the UN’s file in DATA_DIR', () => {
  test.each([
    ['16x9', 1920, 1080],
    ['16x9-small', 1280, 720],
    ['4x3', 1024, 768],
  ])('/charts/trends.png?show=egdi&preset=%s is a PNG of that size', async (preset, width, height) => {
    const response = await fetch(`${server.baseUrl}/charts/trends.png?show=egdi&preset=${preset}&lang=en&countries=CHN,FRA`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-length')).not.toBeNull();
    expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width, height });
  });

  test.each(['zh', 'en'] as const)('the embed draws the four panels for the view’s countries, with the UN’s credit (%s)', async (lang) => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors = collectErrors(page);
    const response = await page.goto(`${server.baseUrl}/embed/trends?show=egdi&lang=${lang}&countries=CHN,FRA`);
    expect(response?.status()).toBe(200);
    const title = lang === 'zh' ? '联合国电子政务发展指数（EGDI）及其分项' : 'The UN’s E-Government Development Index and its components';
    expect(await page.locator('h1').innerText()).toBe(title);
    const chart = page.locator('.responsive-chart__wide svg');
    expect(await chart.isVisible()).toBe(true);
    expect((await chart.boundingBox())!.height).toBeGreaterThan(300);
    expect(await page.locator('.responsive-chart__wide svg g[role="group"]').count()).toBe(4);
    expect(await page.locator('.embed__source').innerText()).toContain('EGOV_DATA_2022.csv');
    // A dot's tooltip gives the rank, as on the page.
    await page.locator('.responsive-chart__wide circle[data-tip]').first().focus();
    expect(await page.locator('.chart-tooltip').innerText()).toMatch(lang === 'zh' ? /排名第 10\d/ : /rank 10\d/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the trends page’s EGDI chart has its own share panel, whose links draw it for the page’s countries', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await gotoHydrated(page, `${server.baseUrl}/en/trends?countries=CHN,FRA&axis=log`);
    const panel = page.locator('#egdi-chart .share-panel');
    await panel.locator('summary').click();
    const png = await panel.locator('a', { hasText: 'PNG' }).getAttribute('href');
    expect(png).toMatch(/^\/charts\/trends\.png\?/);
    const query = new URL(png!, server.baseUrl).searchParams;
    expect(query.get('show')).toBe('egdi');
    expect(query.get('countries')).toBe('CHN,FRA');
    const snippet = await panel.locator('textarea').first().inputValue();
    expect(snippet).toContain('/embed/trends?');
    expect(snippet).toContain('show=egdi');
    const image = await fetch(new URL(png!, server.baseUrl));
    expect(image.status).toBe(200);
    // The internet chart's panel draws the internet chart.
    const internet = page.locator('#trends-chart .share-panel');
    await internet.locator('summary').click();
    expect(await internet.locator('a', { hasText: 'PNG' }).getAttribute('href')).not.toContain('show=');
    await page.close();
  });

  test('an edit of the user’s file changes the image without a rebuild: a new ETag, a kept copy is not served', async () => {
    const url = `${server.baseUrl}/charts/trends.png?show=egdi&preset=4x3`;
    const first = await fetch(url);
    const etag = first.headers.get('etag')!;
    expect((await fetch(url, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    writeFileSync(egdiFile(), readFileSync(egdiFile(), 'utf8').replace('111,0.4444', '111,0.9444'));
    // The server looks at DATA_DIR's files again within its check interval (2 s).
    await expect
      .poll(async () => (await fetch(url, { headers: { 'If-None-Match': etag } })).status, { timeout: 15_000, interval: 250 })
      .toBe(200);
    const embed = await (await fetch(`${server.baseUrl}/embed/trends?show=egdi&lang=en`)).text();
    expect(embed).toContain('China, 2022: EGDI 0.9444, rank 111');
  });
});

describe('show=egdi without a user’s file (the shipped data)', () => {
  test.each([['/charts/trends.png?show=egdi&preset=16x9'], ['/embed/trends?show=egdi&lang=en'], ['/charts/trends.pptx?show=egdi']])(
    '%s is a 404 that says how to add the UN’s file',
    async (url) => {
      const response = await fetch(`${BASE_URL}${url}`);
      expect(response.status).toBe(404);
      const { error } = (await response.json()) as { error: string };
      expect(error).toMatch(/^No EGDI file in DATA_DIR/);
      expect(error).toContain('https://publicadministration.un.org/egovkb/en-us/Data-Center');
      expect(error).toContain('docs/DATA.md');
    },
  );

  test('an unknown figure is a 400 that names the two', async () => {
    const response = await fetch(`${BASE_URL}/charts/trends.png?show=egdy`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/^Unknown show "egdy": give internet or egdi/);
  });
});
