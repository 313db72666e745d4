import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { getTextWidth } from '@/lib/charts/text-width';
import { gotoHydrated, launchBrowser } from './browser';
import { BASE_URL } from './server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The charts are laid out on the server with getTextWidth's estimate. In the browser's own fonts
 * (on Debian, DejaVu Sans for Latin: wider than most), no label may run past the width it was given.
 */
describe('chart text as the browser draws it', () => {
  test.each(['en', 'zh'])(
    '/%s: every label of the coverage, France, United States and timeline charts is no wider than laid out',
    async (locale) => {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      const wider: string[] = [];
      for (const chart of ['coverage', 'france', 'united-states', 'timeline']) {
        await gotoHydrated(page, `${BASE_URL}/${locale}/${chart}`);
        const measure = () =>
          page
            .locator('main svg.chart-svg:visible')
            .first()
            .evaluate((svg) =>
              [...svg.querySelectorAll('text, tspan')]
                .filter((node) => node.children.length === 0 && node.textContent?.trim() && node.getClientRects().length > 0)
                .map((node) => {
                  const style = getComputedStyle(node);
                  return {
                    text: node.textContent!,
                    fontSize: parseFloat(style.fontSize),
                    fontWeight: Number(style.fontWeight),
                    drawn: (node as SVGTextContentElement).getComputedTextLength(),
                  };
                }),
            );
        // The timeline's explorer may redraw its chart for the page's width just after it starts.
        let texts: Awaited<ReturnType<typeof measure>> = [];
        await expect.poll(async () => (texts = await measure()).length, { message: chart, timeout: 10_000 }).toBeGreaterThan(5);
        for (const { text, fontSize, fontWeight, drawn } of texts)
          if (drawn > getTextWidth(text, fontSize, fontWeight) + 0.5) wider.push(`${chart}: “${text}” ${drawn.toFixed(1)}`);
      }
      expect(wider).toEqual([]);
      await page.close();
    },
  );
});
