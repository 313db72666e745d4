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

  test.each(['zh', 'en'])('/%s on a 390 px phone: no small chart of the overview draws text under 11 px', async (locale) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await gotoHydrated(page, `${BASE_URL}/${locale}`);
    const charts = await page.locator('#overview-chart .responsive-chart__narrow .overview-chart > svg').evaluate(async (overview) => {
      // A small chart drawn from the file of them (<use>) is measured as drawn in place: its drawing put in the cell.
      const files = new Map<string, Document>();
      for (const use of [...overview.querySelectorAll('use')]) {
        const [file, id] = use.getAttribute('href')!.split('#');
        if (!files.has(file!)) files.set(file!, new DOMParser().parseFromString(await (await fetch(file!)).text(), 'image/svg+xml'));
        const symbol = files.get(file!)!.getElementById(id!)!;
        use.replaceWith(...[...symbol.childNodes].map((node) => document.importNode(node, true)));
      }
      return [...overview.querySelectorAll(':scope > g > svg')].map((cell) => {
        const sizes = [...cell.querySelectorAll('text')]
          .filter((text) => text.textContent!.trim() && text.getClientRects().length > 0)
          .map((text) => parseFloat(getComputedStyle(text).fontSize) * Math.hypot(text.getScreenCTM()!.a, text.getScreenCTM()!.b));
        return { texts: sizes.length, least: Math.min(...sizes) };
      });
    });
    expect(charts).toHaveLength(5);
    for (const chart of charts) expect(chart.least).toBeGreaterThanOrEqual(11);
    // The coverage chart, drawn nearly at its own size, keeps its labels.
    expect(charts[1]!.texts).toBeGreaterThan(5);
    await context.close();
  });
});
