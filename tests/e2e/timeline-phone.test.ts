import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, gotoHydrated, launchBrowser } from './browser';
import { BASE_URL } from './server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
/** The smallest box a finger can hit reliably (WCAG 2.5.5), in CSS pixels. */
const TAP = 44;

async function open(path: string, viewport = PHONE) {
  const page = await browser.newPage({ viewport, hasTouch: true });
  const errors = collectErrors(page);
  const response = await gotoHydrated(page, `${BASE_URL}${path}`);
  expect(response?.status()).toBe(200);
  await page.waitForSelector('.timeline-explorer[data-hydrated]');
  return { page, errors };
}

const shownCount = async (page: Page) => Number((await page.locator('.timeline-controls__count').innerText()).match(/\d+/)?.[0]);
const listedIds = (page: Page) =>
  page.locator('.timeline-list li[data-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the timeline on a phone (390 px)', () => {
  test.each(['zh', 'en'])('/%s: the zoom buttons act on the list: + shows fewer events, − and reset bring them back', async (locale) => {
    const { page, errors } = await open(`/${locale}/timeline`);
    await expect(page.locator('.timeline-list').isVisible()).resolves.toBe(true);
    expect(await shownCount(page)).toBe(20);
    expect(await listedIds(page)).toHaveLength(20);

    await page.getByRole('button', { name: locale === 'zh' ? '放大' : 'Zoom in' }).click();
    await page.getByRole('button', { name: locale === 'zh' ? '放大' : 'Zoom in' }).click();
    await expect.poll(() => shownCount(page)).toBeLessThan(20);
    const zoomed = await shownCount(page);
    expect(await listedIds(page)).toHaveLength(zoomed);
    await expect(page.locator('.timeline-list__window').innerText()).resolves.not.toMatch(/1992\D+2006/);

    await page.getByRole('button', { name: locale === 'zh' ? '缩小' : 'Zoom out' }).click();
    await expect.poll(() => shownCount(page)).toBeGreaterThan(zoomed);
    await page.getByRole('button', { name: locale === 'zh' ? '重置' : 'Reset' }).click();
    await expect.poll(() => shownCount(page)).toBe(20);
    expect(await listedIds(page)).toHaveLength(20);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each(['zh', 'en'])('/%s: the first event starts on the first screen, its first line readable without scrolling', async (locale) => {
    const { page } = await open(`/${locale}/timeline`);
    const first = await page.locator('.timeline-list li a').first().boundingBox();
    expect(first!.y + TAP).toBeLessThanOrEqual(PHONE.height);
    await page.close();
  });

  test('checkboxes, list links and buttons are 44 px touch targets; the filters fold away and open', async () => {
    const { page } = await open('/zh/timeline');
    const summary = page.locator('.timeline-controls__filters summary');
    expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(TAP);
    await expect(page.locator('.timeline-controls__check').first().isVisible()).resolves.toBe(false);
    await summary.click();
    const targets = [
      ...(await page.locator('.timeline-controls__check').all()),
      ...(await page.locator('.timeline-controls__zoom button').all()),
      ...(await page.locator('.timeline-controls__view-link').all()),
      ...(await page.locator('.timeline-list li a').all()),
    ];
    expect(targets.length).toBeGreaterThan(30);
    for (const target of targets) expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(TAP);
    // A chosen filter keeps the boxes open on the next visit.
    await page.locator('.timeline-controls__check').first().click();
    await page.reload();
    await expect(page.locator('.timeline-controls__check').first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  test('in the chart view every event is a tap target of at least 44 px, none overlapping, its label level with its mark', async () => {
    const { page } = await open('/zh/timeline?view=chart');
    const marks = page.locator('.timeline-explorer .responsive-chart__narrow .timeline-mark');
    expect(await marks.count()).toBe(20);
    const boxes = await marks.evaluateAll((els) =>
      els.map((el) => {
        const hit = el.querySelector('.timeline-mark__hit')!.getBoundingClientRect();
        const shape = el.querySelector('path, circle, rect:not(.timeline-mark__hit)')!.getBoundingClientRect();
        const text = el.querySelector('text')!.getBoundingClientRect();
        return {
          hit: { x: hit.x, y: hit.y, width: hit.width, height: hit.height },
          markY: shape.y + shape.height / 2,
          textY: text.y + text.height / 2,
        };
      }),
    );
    for (const [i, { hit, markY, textY }] of boxes.entries()) {
      expect(hit.height).toBeGreaterThanOrEqual(TAP - 0.5);
      expect(hit.width).toBeGreaterThanOrEqual(TAP);
      expect(Math.abs(textY - markY)).toBeLessThan(12);
      for (const other of boxes.slice(i + 1)) expect(overlaps(hit, other.hit)).toBe(false);
    }
    await page.close();
  });

  test('tapping an event opens its detail with no tooltip left over it', async () => {
    const { page, errors } = await open('/zh/timeline?view=chart');
    const mark = page.locator('.timeline-explorer .responsive-chart__narrow .timeline-mark[data-id="document-17"]');
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.locator('.timeline-mark__hit').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('.timeline-detail').getAttribute('data-id')).toBe('document-17');
    await expect(page.locator('.chart-tooltip').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a tooltip stays on the screen at the edges', async () => {
    const { page } = await open('/en/timeline?view=chart', { width: 700, height: 900 });
    const marks = page.locator('.timeline-explorer .responsive-chart__wide .timeline-mark');
    for (const index of [0, (await marks.count()) - 1]) {
      await marks.nth(index).hover();
      const tip = (await page.locator('.chart-tooltip').boundingBox())!;
      expect(tip.x).toBeGreaterThanOrEqual(0);
      expect(tip.x + tip.width).toBeLessThanOrEqual(700);
      expect(tip.y).toBeGreaterThanOrEqual(0);
    }
    await page.close();
  });
});

describe('the timeline on a tablet (768 px)', () => {
  test.each(['zh', 'en'])('/%s: the chart is laid out for the width, its least text at least 11 px, titles 13 px', async (locale) => {
    const { page } = await open(`/${locale}/timeline`, { width: 768, height: 1024 });
    // The layout follows the plot's width once the page is interactive (its drawing code loads then).
    await page.waitForFunction(() => {
      const plot = document.querySelector('.timeline-explorer__plot');
      const svg = plot?.querySelector<SVGSVGElement>('.responsive-chart__wide svg');
      return !!plot && !!svg && svg.viewBox.baseVal.width <= plot.clientWidth;
    });
    const sizes = await page.locator('.timeline-explorer .responsive-chart__wide svg').evaluate((svg) =>
      [...svg.querySelectorAll('.timeline-mark text')].map((text) => {
        const scale = (text as SVGTextElement).getScreenCTM()!.a;
        return parseFloat(getComputedStyle(text).fontSize) * scale;
      }),
    );
    expect(sizes.length).toBeGreaterThan(20);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(13);
    await page.close();
  });
});
