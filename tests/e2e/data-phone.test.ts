import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { gotoHydrated, launchBrowser } from './browser';
import { BASE_URL } from './server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };

describe('the data page on a phone', () => {
  test.each(['zh', 'en'])('/%s/data: each dataset takes about a screen; its preview opens as cards that fit the width', async (locale) => {
    const page = await browser.newPage({ viewport: PHONE });
    await gotoHydrated(page, `${BASE_URL}/${locale}/data`);
    const heights = await page.locator('.dataset-section').evaluateAll((sections) => sections.map((s) => s.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThanOrEqual(7);
    for (const height of heights) expect(height).toBeLessThanOrEqual(PHONE.height);

    const milestones = page.locator('#dataset-milestones');
    const preview = milestones.locator('.dataset-fold').nth(1);
    await expect(preview.locator('.rows-table').isVisible()).resolves.toBe(false);
    await preview.locator('summary').click();
    const cards = preview.locator('.rows-table tbody tr');
    expect(await cards.count()).toBe(5);
    const card = (await cards.first().boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(PHONE.width);
    const scroll = await preview.locator('.table-scroll').evaluate((box) => box.scrollWidth - box.clientWidth);
    expect(scroll).toBeLessThanOrEqual(0);
    // Each cell is labelled with its column's name in the page's language.
    const label = await cards
      .first()
      .locator('td')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toMatch(locale === 'zh' ? /[\u4e00-\u9fff]/ : /^"[A-Z][a-z]/);
    await page.close();
  });
});

describe('a dataset’s own page on a phone', () => {
  test.each(['zh', 'en'])(
    '/%s/data/milestones: the chart, then the rows as cards; the columns fold under their heading',
    async (locale) => {
      const page = await browser.newPage({ viewport: PHONE });
      await gotoHydrated(page, `${BASE_URL}/${locale}/data/milestones`);
      const columns = page.locator('.dataset-fold', { has: page.locator('#dataset-columns-title') });
      await expect(columns.locator('.columns-table').isVisible()).resolves.toBe(false);
      const rowsTop = () => page.locator('#dataset-rows-title').evaluate((heading) => heading.getBoundingClientRect().top + window.scrollY);
      const folded = await rowsTop();
      await columns.locator('summary').click();
      await expect(columns.locator('.columns-table').isVisible()).resolves.toBe(true);
      // Open, the columns come between the chart and the rows; folded, the rows follow the chart.
      expect((await rowsTop()) - folded).toBeGreaterThan(PHONE.height);
      const cards = page.locator('.rows-table tbody tr');
      expect(await cards.count()).toBe(20);
      const card = (await cards.first().boundingBox())!;
      expect(card.x + card.width).toBeLessThanOrEqual(PHONE.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await page.close();
    },
  );
});

describe('column names', () => {
  test('the Chinese page heads the preview columns in Chinese; the columns table keeps the CSV ids for authors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await gotoHydrated(page, `${BASE_URL}/zh/data`);
    const headers = await page.locator('#dataset-milestones .rows-table thead th').allInnerTexts();
    expect(headers.length).toBeGreaterThan(5);
    for (const header of headers) expect(header).toMatch(/[\u4e00-\u9fff]/);
    expect(headers.join(' ')).not.toMatch(/source_slide|title_zh/);
    await expect(page.locator('#dataset-milestones .columns-table th code', { hasText: /^source_slide$/ }).count()).resolves.toBe(1);
    // On a wide page the columns and the preview are open.
    await expect(page.locator('#dataset-milestones .rows-table').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
