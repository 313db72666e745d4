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

describe('/{locale}/concepts, the definitions', () => {
  test('without JavaScript the six definitions stand side by side, each cell in the definition’s own words', async () => {
    const html = await (await fetch(`${BASE_URL}/en/concepts`)).text();
    for (const name of ['World Bank', 'UN', 'OECD', 'Gartner', 'Wang Yukai', 'The deck']) expect(html).toContain(`>${name}</a></th>`);
    expect(html).toContain('raise government transparency');
    expect(html).toMatch(/November 2001/);
    expect(html.match(/<article class="definition"/g)).toHaveLength(6);
    const zh = await (await fetch(`${BASE_URL}/zh/concepts`)).text();
    expect(zh).toContain('电子政务的定义');
    expect(zh).toContain('提高政府透明度');
  });

  test('on a 390 px phone the comparison fits the screen and a column heading leads to that definition in full', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const errors = collectErrors(page);
    await gotoHydrated(page, `${BASE_URL}/en/concepts`);
    const fit = await page.evaluate(() => {
      const scroll = document.querySelector('.definition-matrix')!.parentElement!;
      return { page: document.documentElement.scrollWidth, table: scroll.scrollWidth - scroll.clientWidth };
    });
    expect(fit.page).toBeLessThanOrEqual(390);
    expect(fit.table).toBeLessThanOrEqual(0);
    await page.locator('.definition-matrix thead a', { hasText: 'Gartner' }).click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#definition-gartner');
    await expect(page.locator('#definition-gartner').isVisible()).resolves.toBe(true);
    await expect(page.locator('#definition-gartner h4').innerText()).resolves.toContain('Gartner');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the site’s navigation leads to the page and marks it as the current one', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await gotoHydrated(page, `${BASE_URL}/zh`);
    await page.locator('.site-nav a', { hasText: '基本概念' }).click();
    await page.waitForURL(`${BASE_URL}/zh/concepts`);
    await expect(page.locator('.site-nav a[aria-current="page"]').innerText()).resolves.toBe('基本概念');
    await expect(page.locator('main h1').innerText()).resolves.toBe('电子政务的基本概念');
    await page.close();
  });
});
