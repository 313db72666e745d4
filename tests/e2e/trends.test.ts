import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectErrors, gotoHydrated, launchBrowser } from './browser';
import { BASE_URL } from './server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WIDE = '#trends-chart .responsive-chart__wide svg';

describe('/trends', () => {
  test('without JavaScript the page draws the five countries, and its form asks the server for another view', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/trends`);
    const labels = await page.locator(`${WIDE} .trends-lines text`).allTextContents();
    expect(labels.map((label) => label.replace(/ [\d.]+%$/, '')).sort()).toEqual([
      'China',
      'France',
      'Singapore',
      'United States',
      'World',
    ]);
    expect(await page.locator(`${WIDE} .trends-events text`).allTextContents()).toEqual([
      'Golden Projects',
      'Gov. Online',
      'Doc. No. 17',
      'gov.cn',
    ]);
    for (const code of ['FRA', 'USA', 'OWID_WRL']) await page.locator(`input[name="countries"][value="${code}"]`).uncheck();
    await page.locator('input[name="axis"][value="log"]').check();
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/axis=log/);
    expect(new URL(page.url()).searchParams.getAll('countries')).toEqual(['CHN', 'SGP']);
    expect(await page.locator(`${WIDE} .trends-lines text`).allTextContents()).toHaveLength(2);
    expect(await page.locator(`${WIDE} .trends-grid text`).allTextContents()).toContain('0.0001%');
    await context.close();
  });

  test('with JavaScript a box or the axis changes the URL and the lines at once', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await gotoHydrated(page, `${BASE_URL}/zh/trends`);
    await page.locator('input[name="countries"][value="FRA"]').uncheck();
    await page.waitForURL(/countries=CHN,SGP,USA,OWID_WRL/);
    await expect
      .poll(() => page.locator(`${WIDE} .trends-lines text`).allTextContents())
      .not.toContainEqual(expect.stringMatching(/^法国/));
    await page.locator('input[name="axis"][value="log"]').focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/axis=log/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the image of a view answers as a PNG, and a country the data does not have is a 400 that says why', async () => {
    const png = await fetch(`${BASE_URL}/charts/trends.png?countries=CHN,SGP&axis=log&from=1995&lang=en`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bad = await fetch(`${BASE_URL}/charts/trends.png?countries=CHN,ATL`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain('Unknown country "ATL"');
  });
});
