import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectErrors, gotoHydrated, launchBrowser } from './browser';
import { BASE_URL } from './server';
import { DATASET_IDS } from '@/lib/datasets/registry';

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
    const response = await gotoHydrated(page, `${BASE_URL}/`);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/zh');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.locator('.dataset-list li').count()).resolves.toBe(DATASET_IDS.length);
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

  test('each small chart on the overview opens its page, by keyboard with a visible focus, or by click', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await gotoHydrated(page, `${BASE_URL}/en`);
    const links = page.locator('.responsive-chart__wide .overview-links__link');
    await expect(links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')))).resolves.toEqual([
      '/en/timeline',
      '/en/coverage',
      '/en/france',
      '/en/united-states',
      '/en/application-modes',
    ]);
    // Each link covers its cell of the drawing, so a click anywhere on a small chart opens it.
    const offsets = await page.evaluate(() => {
      const chart = document.querySelector('.responsive-chart__wide .overview-chart')!;
      const cells = [...chart.querySelectorAll('svg[role="img"] > g > rect:first-child')];
      const links = [...chart.querySelectorAll('.overview-links__link')];
      return links.map((link, i) => {
        const a = link.getBoundingClientRect();
        const b = cells[i]!.getBoundingClientRect();
        return Math.max(Math.abs(a.left - b.left), Math.abs(a.top - b.top), Math.abs(a.width - b.width), Math.abs(a.height - b.height));
      });
    });
    expect(offsets).toHaveLength(5);
    for (const offset of offsets) expect(offset).toBeLessThan(2);
    let focused: { label: string | null; outline: string } | null = null;
    for (let i = 0; i < 40 && !focused; i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const element = document.activeElement;
        return element?.matches('.overview-links__link')
          ? { label: element.getAttribute('aria-label'), outline: getComputedStyle(element).outlineStyle }
          : null;
      });
    }
    expect(focused).toEqual({ label: 'Open the chart: Timeline', outline: 'solid' });
    await links.nth(1).click();
    await page.waitForURL(`${BASE_URL}/en/coverage`);
    await context.close();
  });
});
