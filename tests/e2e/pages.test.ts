import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectErrors, gotoHydrated, launchBrowser } from './browser';
import { CHART_SVG, THEMES, getPageCases, getPageUrl, openThemedPage } from './pages';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const HOSTILE = `<script>alert("x")</script>&'"中文`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const cases = getPageCases();

describe.each(cases)('$name, server HTML', ({ locale, page }) => {
  test('answers 200 with HTML, the security headers, and the chart SVG without JavaScript', async () => {
    const response = await fetch(getPageUrl(locale, page));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    const html = await response.text();
    if (page.chart) expect(html).toMatch(CHART_SVG);
  });

  test('markup in query parameters is never echoed as markup, and never causes a 5xx', async () => {
    const query = new URLSearchParams({ q: HOSTILE, title: HOSTILE, lang: HOSTILE, theme: HOSTILE, m: HOSTILE, from: HOSTILE });
    const response = await fetch(`${getPageUrl(locale, page)}?${query}`);
    expect(response.status).toBeLessThan(500);
    const html = await response.text();
    expect(html).not.toContain('<script>alert(');
    expect(html).not.toContain('alert("x")');
  });
});

test.each(THEMES)('a stored %s theme is the page’s theme from its first paint', async (theme) => {
  const tab = await openThemedPage(browser, theme);
  // Read before any script of the page's bundle runs: only the inline boot script has set it.
  await tab.goto(getPageUrl('en', cases[0]!.page), { waitUntil: 'commit' });
  await tab.waitForFunction(() => document.body !== null);
  expect(await tab.getAttribute('html', 'data-theme')).toBe(theme);
  await tab.context().close();
});

describe.each(cases)('$name in the browser', ({ locale, page }) => {
  test(`renders in the ${THEMES.join(', ')} themes without console errors (screenshots saved)`, async () => {
    const tab = await openThemedPage(browser, THEMES[0], { viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(tab);
    const response = await gotoHydrated(tab, getPageUrl(locale, page));
    expect(response?.status()).toBe(200);
    expect(await tab.getAttribute('html', 'lang')).toBe(locale === 'zh' ? 'zh-CN' : 'en');
    if (page.chart) expect(await tab.locator('svg[role="img"]:visible').count()).toBeGreaterThan(0);
    // One page, its theme switched as the theme picker does: each theme's look of the same markup.
    for (const theme of THEMES) {
      await tab.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
      await tab.screenshot({ path: path.join(SCREENSHOTS, `${locale}-${page.slug}-${theme}.png`), fullPage: true, animations: 'disabled' });
    }
    expect(errors).toEqual([]);
    await tab.context().close();
  });
});
