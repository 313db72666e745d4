import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectErrors, launchBrowser } from './browser';
import { BASE_URL } from './server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  test('/ opens the Chinese overview with every dataset listed, without console errors', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const response = await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/zh');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.locator('.dataset-list li').count()).resolves.toBe(7);
    await expect(page.locator('#dataset-milestones').innerText()).resolves.toContain('20 行');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('/ sends an English browser to /en', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    expect(new URL(page.url()).pathname).toBe('/en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });
});
