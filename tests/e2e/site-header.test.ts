import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, gotoHydrated, launchBrowser } from './browser';
import { BASE_URL } from './server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('site header', () => {
  test('the language switch keeps the page and its view, including a view changed after loading', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await gotoHydrated(page, `${BASE_URL}/zh/timeline?m=document-17&from=2001&to=2004`);
    await expect(page.locator('.site-nav a[aria-current="page"]').innerText()).resolves.toBe('时间线');

    await page.locator('a.language-switch').click();
    await page.waitForURL(/\/en\/timeline/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ m: 'document-17', from: '2001', to: '2004' });
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect(page.locator('.timeline-detail__title').innerText()).resolves.toContain('Document No. 17');
    await expect(page.locator('.site-nav a[aria-current="page"]').innerText()).resolves.toBe('Timeline');

    // A view changed in the page (a search typed) goes along too.
    await page.locator('input[name="q"]').fill('gov.cn');
    await page.waitForFunction(
      () => new URL(document.querySelector<HTMLAnchorElement>('a.language-switch')!.href).searchParams.get('q') === 'gov.cn',
    );
    await page.locator('a.language-switch').click();
    await page.waitForURL(/\/zh\/timeline\?.*q=gov\.cn/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the theme picker applies a theme at once and remembers it on the next page', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await gotoHydrated(page, `${BASE_URL}/en/coverage`);
    await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('light');
    await page.locator('.theme-picker select').selectOption('projector');
    await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('projector');
    await gotoHydrated(page, `${BASE_URL}/en/france`);
    await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('projector');
    await expect(page.locator('.theme-picker select').inputValue()).resolves.toBe('projector');
    await page.locator('.theme-picker select').selectOption('system');
    await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('light');
    await context.close();
  });
});
