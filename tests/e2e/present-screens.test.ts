import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DECK_SLIDE_IDS } from '@/components/present/deck-charts';
import { getQrSvg } from '@/lib/present/qr';
import { gotoHydrated, launchBrowser } from './browser';
import { BASE_URL } from './server';

const CURRENT_SLIDE = 'section[aria-roledescription="slide"]:not([hidden])';
/** Slides: 1 title, 2 stages, 3 timeline (21 steps: one per milestone, then all), 4 coverage … then trends and the sources. */
const TIMELINE_ALL = 'slide=3&step=21';
/** The trends slide at each of its steps: a milestone's years at a time, then every year. */
const TRENDS = [1, 2, 3, 4, 5].map((step) => `slide=${DECK_SLIDE_IDS.indexOf('trends') + 1}&step=${step}`);
/** The application modes at each of their steps: G2G, G2B, G2C, then the whole tree. */
const MODES = [1, 2, 3, 4].map((step) => `slide=${DECK_SLIDE_IDS.indexOf('application-modes') + 1}&step=${step}`);
const SOURCES = `slide=${DECK_SLIDE_IDS.indexOf('sources') + 1}&step=1`;
/** The title and stages slides, and the timeline's first step and the last of each stage (each stage's chart at its fullest beside its caption). */
const OPENING = ['slide=1&step=1', 'slide=2&step=1', ...[1, 9, 17, 20].map((step) => `slide=3&step=${step}`)];
/** The chart slides whose least text is checked, every one at each of its steps but the timeline's (OPENING), in both languages. */
const CHECKED_CHARTS = [TIMELINE_ALL, 'slide=4&step=1', 'slide=5&step=1', 'slide=6&step=1', ...MODES, ...TRENDS, SOURCES];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openDeck(locale: string, query: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await gotoHydrated(page, `${BASE_URL}/${locale}/present?${query}`);
  await page.waitForSelector('.present-deck[data-listening]');
  return page;
}

/**
 * The current slide's box, the height on screen of its smallest visible text (SVG text scaled as drawn),
 * and the first text cut off by the slide's edge or by a box that hides what overflows it.
 */
function measureSlide(page: Page) {
  return page.locator(CURRENT_SLIDE).evaluate((slide) => {
    const box = slide.getBoundingClientRect();
    let least = Infinity;
    let leastText = '';
    let clipped: string | null = null;
    const isCutBy = (rect: DOMRect, element: Element) => {
      const edge = element.getBoundingClientRect();
      return rect.bottom > edge.bottom + 1 || rect.right > edge.right + 1 || rect.top < edge.top - 1 || rect.left < edge.left - 1;
    };
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (!node.textContent?.trim() || element.closest('style, title, desc')) continue;
      const style = getComputedStyle(element);
      if (style.visibility !== 'visible' || element.getClientRects().length === 0) continue;
      if (!clipped && !(element instanceof SVGElement)) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const rect = range.getBoundingClientRect();
        for (let parent: Element | null = element; parent && slide.contains(parent); parent = parent.parentElement) {
          const hides = parent === slide || getComputedStyle(parent).overflow !== 'visible';
          if (hides && isCutBy(rect, parent)) clipped = node.textContent.trim();
        }
      }
      let size = parseFloat(style.fontSize);
      if (element instanceof SVGElement && element instanceof SVGGraphicsElement) {
        const matrix = element.getScreenCTM();
        if (matrix) size *= Math.hypot(matrix.a, matrix.b);
      }
      if (size < least) [least, leastText] = [size, node.textContent.trim()];
    }
    return { width: box.width, height: box.height, least, leastText, clipped };
  });
}

describe('the presentation on a classroom’s screens', () => {
  for (const [width, height, least] of [
    [1024, 768, 15],
    [1920, 1080, 24],
  ] as const) {
    test.each(['zh', 'en'])(`at ${width}×${height} (/%s) the slide fills the screen, no bars`, async (locale) => {
      const page = await openDeck(locale, 'slide=4&step=1', { width, height });
      const slide = await measureSlide(page);
      expect(slide.width).toBeGreaterThanOrEqual(width - 1);
      expect(slide.height).toBeGreaterThanOrEqual(height - 1);
      await page.close();
    });

    test.each(['zh', 'en'] as const)(
      `at ${width}×${height} (/%s) the text of every slide at every step is at least ${least} px tall, none of it cut off`,
      async (locale) => {
        // Stepped through with the keyboard, as a lecturer does: every step of every slide, to the last.
        const page = await openDeck(locale, 'slide=1&step=1', { width, height });
        const seen: string[] = [];
        for (let query = new URL(page.url()).search; !seen.includes(query); query = new URL(page.url()).search) {
          seen.push(query);
          const { least: smallest, leastText, clipped } = await measureSlide(page);
          expect(smallest, `${query}: “${leastText}”`).toBeGreaterThanOrEqual(least - 0.1);
          expect(clipped, `${query}: text cut off`).toBeNull();
          await page.keyboard.press('ArrowRight');
          await page.waitForFunction((last) => location.search !== last, query, { timeout: 2_000 }).catch(() => undefined);
        }
        // The title, the stages, the timeline's 21 steps and every step of the charts after it.
        expect(seen.length).toBeGreaterThanOrEqual(2 + 21 + CHECKED_CHARTS.length - 1);
        expect(seen).toEqual(expect.arrayContaining([...OPENING, ...CHECKED_CHARTS].map((query) => `?${query}`)));
        await page.close();
      },
    );
  }

  test.each(['zh', 'en'])(
    '/%s at 1024×768: a step shows its milestone’s stage beside the caption (its year strip ticking only the milestones shown), the last step the whole chart',
    async (locale) => {
      const page = await openDeck(locale, 'slide=3&step=10', { width: 1024, height: 768 });
      const shown = () =>
        page.locator(CURRENT_SLIDE).evaluate((slide) => {
          const box = (element: Element | null | undefined) => {
            const rect = element && element.getClientRects().length > 0 ? element.getBoundingClientRect() : null;
            return rect ? { left: rect.left, right: rect.right, width: rect.width } : null;
          };
          const stageCharts = [...slide.querySelectorAll('[data-stage-chart]')].filter((chart) => chart.getClientRects().length > 0);
          const caption = [...slide.querySelectorAll('.present-caption')].find((node) => getComputedStyle(node).visibility === 'visible');
          const marks = stageCharts.flatMap((chart) =>
            [...chart.querySelectorAll('.timeline-mark')].filter(
              (mark) => mark.getClientRects().length > 0 && getComputedStyle(mark).visibility === 'visible',
            ),
          );
          const ticks = stageCharts.flatMap((chart) =>
            [...chart.querySelectorAll('.timeline-rug')].filter(
              (tick) => tick.getClientRects().length > 0 && getComputedStyle(tick).visibility === 'visible',
            ),
          );
          return {
            stages: stageCharts.map((chart) => chart.getAttribute('data-stage-chart')),
            marks: marks.map((mark) => mark.getAttribute('data-id')),
            ticks: ticks.map((tick) => tick.getAttribute('data-id')),
            stageChart: box(stageCharts[0]),
            caption: box(caption),
            captionId: caption?.getAttribute('data-id') ?? null,
            whole: box(
              [...slide.querySelectorAll('.present-timeline-all .present-chart')].find((chart) => chart.getClientRects().length > 0),
            ),
          };
        });
      const ids = await page
        .locator(`${CURRENT_SLIDE} .present-caption[data-id]`)
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')!));
      const step10 = await shown();
      // The tenth milestone (Document No. 17, August 2002) opens the development stage: its chart shows it alone so far.
      expect(step10.stages).toEqual(['development']);
      expect(step10.marks).toEqual([ids[9]]);
      // The year strip marks only the milestones shown so far, not the ones still to come.
      expect(step10.ticks).toEqual([ids[9]]);
      expect(step10.captionId).toBe(ids[9]);
      expect(step10.whole).toBeNull();
      expect(step10.caption!.left).toBeGreaterThanOrEqual(step10.stageChart!.right);
      expect(step10.stageChart!.width).toBeGreaterThan(450);

      await page.keyboard.press('ArrowLeft');
      await expect.poll(async () => (await shown()).stages).toEqual(['exploration']);
      expect((await shown()).marks).toEqual(ids.slice(0, 9));
      expect((await shown()).ticks).toEqual(ids.slice(0, 9));

      await page.goto(`${BASE_URL}/${locale}/present?${TIMELINE_ALL}`);
      const all = await shown();
      expect(all.stages).toEqual([]);
      expect(all.whole!.width).toBeGreaterThan(900);
      await page.close();
    },
  );

  test('the timeline’s last step shows every milestone with its title, none emphasised', async () => {
    const page = await openDeck('en', TIMELINE_ALL, { width: 1024, height: 768 });
    const marks = await page.locator(`${CURRENT_SLIDE} .present-chart--square .timeline-mark`).evaluateAll((nodes) =>
      nodes.map((mark) => ({
        visible: getComputedStyle(mark).visibility === 'visible',
        titled: (mark.querySelectorAll('text').length ?? 0) > 1,
        bold: Number(getComputedStyle(mark.querySelector('text')!).fontWeight) >= 700,
      })),
    );
    expect(marks).toHaveLength(20);
    expect(marks.every((m) => m.visible && m.titled && !m.bold)).toBe(true);
    await expect(page.locator(`${CURRENT_SLIDE} [data-caption="21"]`).innerText()).resolves.toContain('All 20 events');
    // One step back, the twentieth milestone is the current one again.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('20');
    await page.close();
  });

  test.each(['zh', 'en'])('/%s: no caption of the timeline or trends steps ends on a line of a character or two', async (locale) => {
    for (const viewport of [
      { width: 1024, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await openDeck(locale, 'slide=3&step=1', viewport);
      const shortLines = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            '.present-slide--timeline .present-caption__title, .present-slide--timeline .present-caption__summary, .present-step-caption__text',
          ),
        ].flatMap((caption) => {
          const range = document.createRange();
          range.selectNodeContents(caption);
          // Each line's width: the text's boxes grouped by their baseline.
          const lines = new Map<number, number>();
          for (const box of range.getClientRects())
            if (box.width > 0) lines.set(Math.round(box.bottom), (lines.get(Math.round(box.bottom)) ?? 0) + box.width);
          const widths = [...lines.values()];
          const fontSize = parseFloat(getComputedStyle(caption).fontSize);
          return widths.length > 1 && widths.at(-1)! < fontSize * 1.6 ? [caption.textContent!.slice(-12)] : [];
        }),
      );
      expect(shortLines, `${viewport.width}`).toEqual([]);
      await page.close();
    }
  });

  test('the control bar goes when mouse and keys are idle, stays away for a clicker, and comes back when the mouse moves', async () => {
    const page = await openDeck('zh', 'slide=4&step=1', { width: 1024, height: 768 });
    const opacity = () => page.locator('.present-bar').evaluate((bar) => Number(getComputedStyle(bar).opacity));
    await page.mouse.move(500, 400);
    expect(await opacity()).toBeGreaterThan(0.5);
    await expect.poll(opacity, { timeout: 10_000 }).toBe(0);
    // A clicker's next and previous move the deck without bringing the bar up over the new slide's foot.
    await page.keyboard.press('PageDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe('5');
    await page.keyboard.press('PageUp');
    await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe('4');
    await page.waitForTimeout(500);
    expect(await opacity()).toBe(0);
    await page.mouse.move(520, 700);
    await expect.poll(opacity).toBe(1);
    await page.close();
  });

  test('on a phone each slide is one readable column, the charts in the page’s narrow layout', async () => {
    const page = await openDeck('zh', 'slide=4&step=1', { width: 390, height: 844 });
    const chart = page.locator(`${CURRENT_SLIDE} .present-chart--phone svg`);
    await expect(chart.isVisible()).resolves.toBe(true);
    const { least, width } = await measureSlide(page);
    expect(width).toBeLessThanOrEqual(390);
    expect(least).toBeGreaterThanOrEqual(12);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(390);
    await page.keyboard.press('PageDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe('5');
    await page.close();
  });
});

describe('the last slide behind a proxy', () => {
  test.each(['zh', 'en'])('/%s names the site by its public address and carries a QR code of it', async (locale) => {
    const response = await fetch(`${BASE_URL}/${locale}/present?${SOURCES}`, {
      headers: { 'x-forwarded-host': 'dash.example.edu', 'x-forwarded-proto': 'https' },
    });
    const html = await response.text();
    const siteUrl = `https://dash.example.edu/${locale}`;
    expect(html).toContain(`href="${siteUrl}"`);
    expect(html).toContain(`href="${siteUrl}/data"`);
    expect(html).not.toMatch(/127\.0\.0\.1|localhost/);
    const qr = await getQrSvg(siteUrl);
    const modules = /<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/.exec(qr)![1]!;
    expect(html).toContain(modules);
  });
});
