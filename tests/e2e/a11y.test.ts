import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { gotoHydrated, launchBrowser } from './browser';
import type { Theme } from '@/lib/theme';
import { FIGURE_PAGES, THEMES, getPageCases, getPageUrl, openThemedPage } from './pages';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs axe on the page with every <details> open, so the data tables are checked too. */
async function runAxe(page: Page, runOnly: { type: 'tag' | 'rule'; values: string[] }): Promise<AxeResults> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate((only) => window.axe.run(document, { runOnly: only, resultTypes: ['violations'] }), runOnly);
}

const describeViolation = (violation: Result) =>
  `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
    .slice(0, 3)
    .map((node) => node.target.join(' '))
    .join(', ')}`;

/** Switches the open page to `theme` as the theme picker does, and waits until no colour is still fading. */
async function applyTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate(async (value) => {
    document.documentElement.dataset.theme = value;
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  }, theme);
}

describe.each(getPageCases())('axe on $name', ({ locale, page }) => {
  test(`${THEMES.join(', ')} themes: no serious or critical WCAG 2.2 AA violation; projector text contrast AAA`, async () => {
    // One page, its theme switched between the checks: each theme's colours over the same markup.
    const tab = await openThemedPage(browser, THEMES[0]);
    await gotoHydrated(tab, getPageUrl(locale, page));
    const looks = new Set<string>();
    for (const theme of THEMES) {
      await applyTheme(tab, theme);
      looks.add(
        await tab.evaluate(() =>
          ['backgroundColor', 'color', 'fontSize'].map((name) => getComputedStyle(document.body)[name as 'color']).join(),
        ),
      );
      const { violations } = await runAxe(tab, { type: 'tag', values: WCAG_AA_TAGS });
      expect(violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? '')).map(describeViolation), `${theme} theme`).toEqual([]);
    }
    expect(looks.size, 'each theme has its own colours').toBe(THEMES.length);
    // The projector's text reaches AAA (7:1, 4.5:1 for large text).
    await applyTheme(tab, 'projector');
    const { violations } = await runAxe(tab, { type: 'rule', values: ['color-contrast-enhanced'] });
    expect(violations.map(describeViolation), 'projector theme, AAA text contrast').toEqual([]);
    await tab.context().close();
  });

  test('light theme on a 360 px wide phone: no serious or critical WCAG 2.2 AA violation', async () => {
    const tab = await openThemedPage(browser, 'light', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await gotoHydrated(tab, getPageUrl(locale, page));
    const { violations } = await runAxe(tab, { type: 'tag', values: WCAG_AA_TAGS });
    expect(violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? '')).map(describeViolation)).toEqual([]);
    await tab.context().close();
  });
});

type FocusStop = { kind: 'mark' | 'table-toggle' | 'other'; frame: string | null; changesOnFocus: boolean };

/** Presses Tab through the page, noting for each stop whether it is a chart mark or a table toggle and whether focus shows. */
async function tabThrough(page: Page, maxStops: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | SVGElement | null;
      if (!element || element === document.body) return null;
      const frame = element.closest('.chart-frame')?.id ?? null;
      const kind = element.closest('svg[role="img"]')
        ? 'mark'
        : element.matches('.chart-frame__table > summary')
          ? 'table-toggle'
          : 'other';
      const ring = element.matches('.focus-ring') ? element : (element.querySelector('.focus-ring') ?? element);
      const look = () =>
        [element, ring]
          .map((node) => {
            const style = getComputedStyle(node);
            return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow, style.stroke, style.strokeWidth].join('|');
          })
          .join('/');
      const focused = look();
      element.blur();
      const blurred = look();
      element.focus({ preventScroll: true });
      return { kind, frame, changesOnFocus: focused !== blurred };
    });
    if (!stop) continue;
    stops.push(stop as FocusStop);
  }
  return stops;
}

describe.each(getPageCases(FIGURE_PAGES))('keyboard on $name', ({ locale, page }) => {
  test('Tab reaches a mark of every chart and its table toggle, each with a visible focus indicator', async () => {
    const tab = await openThemedPage(browser, 'light', { viewport: { width: 1280, height: 800 } });
    await gotoHydrated(tab, getPageUrl(locale, page));
    const frames = await tab.locator('.chart-frame').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(frames.length).toBeGreaterThan(0);
    const stops = await tabThrough(tab, 250);
    for (const frame of frames) {
      const mark = stops.find((stop) => stop.frame === frame && stop.kind === 'mark');
      const toggle = stops.find((stop) => stop.frame === frame && stop.kind === 'table-toggle');
      expect(mark, `a focusable mark in #${frame}`).toBeDefined();
      expect(toggle, `the table toggle of #${frame}`).toBeDefined();
      expect(mark?.changesOnFocus, `visible focus on a mark in #${frame}`).toBe(true);
      expect(toggle?.changesOnFocus, `visible focus on the table toggle of #${frame}`).toBe(true);
    }
    expect(stops.filter((stop) => !stop.changesOnFocus).length, 'focus stops without a visible indicator').toBe(0);
    await tab.context().close();
  });
});

describe.each(getPageCases())('reduced motion on $name', ({ locale, page }) => {
  test('with prefers-reduced-motion: reduce nothing animates or scrolls smoothly', async () => {
    const tab = await openThemedPage(browser, 'light', { reducedMotion: 'reduce' });
    await gotoHydrated(tab, getPageUrl(locale, page));
    const motion = await tab.evaluate(() => {
      const seconds = (value: string) =>
        Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))));
      let longest = 0;
      for (const element of document.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        longest = Math.max(longest, seconds(style.transitionDuration), seconds(style.animationDuration));
      }
      return {
        matches: matchMedia('(prefers-reduced-motion: reduce)').matches,
        longestSeconds: longest,
        scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
      };
    });
    expect(motion.matches).toBe(true);
    expect(motion.longestSeconds).toBeLessThanOrEqual(0.001);
    expect(motion.scrollBehavior).toBe('auto');
    await tab.context().close();
  });
});

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}
