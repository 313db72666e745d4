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

const CHARTS = [
  { path: 'france', figure: '#france', tableRows: 9, firstTip: 'GDP as the deck states: US$165.4 billion' },
  { path: 'application-modes', figure: '#application-modes', tableRows: 22, firstTip: 'Government to government (G2G): 7 systems' },
] as const;

describe.each(CHARTS)('/en/$path', ({ path, figure, tableRows, firstTip }) => {
  test('a phone gets the narrow layout and a laptop the wide one', async () => {
    for (const [width, visible] of [
      [360, '.responsive-chart__narrow'],
      [1280, '.responsive-chart__wide'],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const errors = collectErrors(page);
      await gotoHydrated(page, `${BASE_URL}/en/${path}`);
      await expect(page.locator(`${figure} ${visible} svg[role="img"]`).isVisible()).resolves.toBe(true);
      const box = await page.locator(`${figure} ${visible} svg`).boundingBox();
      expect(box!.width).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  test('keyboard focus reaches the chart’s first mark, shows its tooltip, then the table toggle opens the table', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await gotoHydrated(page, `${BASE_URL}/en/${path}`);
    await page.locator('main h1').click();
    let focused = '';
    for (let i = 0; i < 40 && !focused.startsWith(firstTip); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-tip') ?? '');
    }
    expect(focused).toContain(firstTip);
    await expect(page.locator(`${figure} .chart-tooltip`).innerText()).resolves.toContain(firstTip);
    await page.locator(`${figure} .chart-frame__table summary`).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`${figure} table.data-table tbody tr`).count()).resolves.toBe(tableRows);
    await page.close();
  });
});
