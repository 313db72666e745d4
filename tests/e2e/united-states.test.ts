import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { BASE_URL } from './server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('/{locale}/united-states, the deck’s other points on the United States', () => {
  test.each([
    ['en', 'United States: what else the deck says', 'Clinton', 'Slide 31', '3 laws'],
    ['zh', '美国：课件的其他说法', '克林顿', '第31页', '3部法律'],
  ])(
    'without JavaScript on a 390 px phone, /%s/united-states lists them under the chart, each with its slide',
    async (locale, heading, first, slide, laws) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 }, isMobile: true });
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/${locale}/united-states`);
      const facts = page.locator('article#country-united-states');
      await expect(facts.locator('h2').textContent()).resolves.toBe(heading);
      // Under the chart, not before it.
      const below = await page.evaluate(() => {
        const chart = document.getElementById('united-states-chart');
        const article = document.getElementById('country-united-states');
        return Boolean(chart && article && chart.compareDocumentPosition(article) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(below).toBe(true);

      // Two dated figures, then four advantages, six lessons, three laws and four audiences: each point names its slide.
      await expect(facts.locator('dl > div').count()).resolves.toBe(2);
      await expect(facts.locator('dl > div').first().textContent()).resolves.toContain(first);
      await expect(facts.locator('li').count()).resolves.toBe(17);
      const links = await facts
        .locator('.slide-link')
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), id: a.closest('[id]')?.id, text: a.textContent })));
      expect(links).toHaveLength(19);
      for (const link of links) expect(link.href).toBe(`#${link.id}`);
      expect(links[0]!.text).toBe(slide);
      await expect(facts.locator('h3', { hasText: laws }).count()).resolves.toBe(1);
      await expect(facts.textContent()).resolves.not.toMatch(/Singapore|新加坡/);
      await expect(facts.locator(`a[href="/${locale}/concepts#country-united-states"]`).count()).resolves.toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await context.close();
    },
  );
});
