import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, gotoHydrated, launchBrowser } from './browser';
import { BASE_URL } from './server';
import { DATASET_IDS } from '@/lib/datasets/registry';

const THEMES = ['light', 'dark', 'projector'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the data catalogue', () => {
  test('/zh/data lists every dataset with columns, a preview, downloads and source slides', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    const response = await gotoHydrated(page, `${BASE_URL}/zh/data`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('.dataset-section').evaluateAll((sections) => sections.map((s) => s.id))).toEqual(
      DATASET_IDS.map((id) => `dataset-${id}`),
    );
    const coverage = page.locator('#dataset-website-coverage');
    expect(await coverage.locator('.dataset-meta').innerText()).toMatch(/4 行[\s\S]*来源：王志刚课件第 58 页/);
    const shareRow = coverage.locator('.columns-table tr', { has: page.locator('code', { hasText: /^share_pct$/ }) });
    expect((await shareRow.innerText()).replace(/\s+/g, ' ')).toContain('建站比例（%） 数字 必填 建有互联网站的比例');
    const enumRow = coverage.locator('.columns-table tr', { has: page.locator('th code', { hasText: /^share_qualifier$/ }) });
    expect(await enumRow.innerText()).toContain('exact, nearly');
    expect(await coverage.locator('.rows-table tbody tr').count()).toBe(4);
    expect(await page.locator('#dataset-milestones .rows-table tbody tr').count()).toBe(5);
    expect(await coverage.locator('a[href="/api/datasets/website-coverage?format=csv"]').count()).toBe(1);
    expect(await coverage.locator('a[href="/api/datasets/website-coverage"]').count()).toBe(1);
    expect(await coverage.locator('a[href="/zh/data/website-coverage"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the download links answer with a CSV that has a BOM, and JSON', async () => {
    const csv = await fetch(`${BASE_URL}/api/datasets/stages?format=csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...new Uint8Array(await csv.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const template = await fetch(`${BASE_URL}/api/datasets/stages?format=template&header=zh`);
    expect((await template.text()).split('\r\n')).toHaveLength(4);
    const json = (await (await fetch(`${BASE_URL}/api/datasets/stages`)).json()) as { rows: unknown[] };
    expect(json.rows).toHaveLength(3);
  });

  test.each(THEMES)('/en/data in the %s theme renders without console errors, in English', async (theme) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    await context.addInitScript((value) => localStorage.setItem('egov-theme', value), theme);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await gotoHydrated(page, `${BASE_URL}/en/data`);
    expect(await page.locator('h1').innerText()).toBe('Data');
    expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
    expect(await page.locator('#dataset-us-downsizing .dataset-meta').innerText()).toContain('Source: Wang Zhigang’s deck, slide 74');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a dataset’s own page', () => {
  test('/en/data/website-coverage: the chart in the server HTML, columns, every shipped row and the templates', async () => {
    const html = await (await fetch(`${BASE_URL}/en/data/website-coverage`)).text();
    expect(html).toContain('role="img"');
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await gotoHydrated(page, `${BASE_URL}/en/data/website-coverage`);
    expect(await page.locator('h1').innerText()).toBe('Government websites by administrative level');
    expect(await page.locator('.upload-chart svg[role="img"]').count()).toBe(2);
    expect(await page.locator('.chart-frame__notes li').count()).toBeGreaterThan(0);
    expect(await page.locator('#dataset-rows-title ~ .table-scroll .rows-table tbody tr').count()).toBe(4);
    expect(await page.locator('a[href="/api/datasets/website-coverage?format=template"]').count()).toBe(1);
    expect(await page.locator('a[href="/api/datasets/website-coverage?format=template&header=zh"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('/zh/data/stages has no chart of its own: a placeholder, the upload, and its three rows', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await gotoHydrated(page, `${BASE_URL}/zh/data/stages`);
    expect(await page.locator('.upload-chart svg').count()).toBe(0);
    expect(await page.locator('#dataset-rows-title ~ .table-scroll .rows-table tbody tr').count()).toBe(3);
    expect(await page.locator('input[type="file"]').count()).toBe(1);
    await context.close();
  });

  test('an unknown dataset is a 404', async () => {
    const response = await fetch(`${BASE_URL}/zh/data/nope`);
    expect(response.status).toBe(404);
  });

  test('keyboard: Tab reaches the file chooser', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await gotoHydrated(page, `${BASE_URL}/zh/data/stages`);
    await page.locator('input[type="file"]:enabled').waitFor({ state: 'attached' });
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'file');
    }
    expect(reached).toBe(true);
    await context.close();
  });
});
