import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DECK_SLIDE_IDS } from '@/components/present/deck-charts';
import { getStepCounts, type DeckPosition } from '@/lib/present/deck';
import { moveDeck } from '@/lib/present/navigate';
import { collectErrors, gotoHydrated, launchBrowser, waitForHydration } from './browser';
import { BASE_URL } from './server';

const STEPS = getStepCounts(DECK_SLIDE_IDS, 20);
const SLIDES = STEPS.length;
const TIMELINE = 3;
const TRENDS = DECK_SLIDE_IDS.indexOf('trends') + 1;
const MODES = DECK_SLIDE_IDS.indexOf('application-modes') + 1;
const CURRENT_SLIDE = 'section[aria-roledescription="slide"]:not([hidden])';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openDeck(query = '', locale = 'zh'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors = collectErrors(page);
  const response = await gotoHydrated(page, `${BASE_URL}/${locale}/present${query}`);
  expect(response?.status()).toBe(200);
  await page.waitForSelector('.present-deck[data-listening]');
  return { page, errors };
}

function positionInUrl(page: Page): DeckPosition {
  const search = new URL(page.url()).searchParams;
  return { slide: Number(search.get('slide')), step: Number(search.get('step')) };
}

/** The slide and step the page shows: the one visible slide, and on the timeline the visible caption. */
async function shownPosition(page: Page): Promise<DeckPosition> {
  const sections = page.locator(CURRENT_SLIDE);
  expect(await sections.count()).toBe(1);
  const label = (await sections.getAttribute('aria-label')) ?? '';
  const slide = Number(label.split(' / ')[0]);
  expect(label.startsWith(`${slide} / ${SLIDES}`)).toBe(true);
  // A slide of steps drawn one chart each (trends, the application modes): the step of the chart shown.
  const chartSteps = await page
    .locator(`${CURRENT_SLIDE} [data-chart-step] .present-chart`)
    .evaluateAll((nodes) =>
      nodes
        .filter((node) => node.getClientRects().length > 0)
        .map((node) => Number(node.closest('[data-chart-step]')!.getAttribute('data-chart-step'))),
    );
  if (chartSteps.length > 0) {
    expect(chartSteps).toHaveLength(1);
    return { slide, step: chartSteps[0]! };
  }
  if (slide !== TIMELINE) return { slide, step: 1 };
  const captions = await page
    .locator(`${CURRENT_SLIDE} .present-caption`)
    .evaluateAll((nodes) =>
      nodes.filter((node) => getComputedStyle(node).visibility === 'visible').map((node) => Number(node.getAttribute('data-caption'))),
    );
  expect(captions).toHaveLength(1);
  return { slide, step: captions[0]! };
}

/** Waits for the URL to follow (it is written after React commits), then checks what is shown. */
async function expectAt(page: Page, expected: DeckPosition) {
  await expect.poll(() => positionInUrl(page)).toEqual(expected);
  expect(await shownPosition(page)).toEqual(expected);
}

/** Which milestones the timeline shows, in order, and which one it emphasises. */
async function timelineMarks(page: Page): Promise<{ visible: string[]; bold: string[] }> {
  return page.locator('.present-slide--timeline .present-chart--wide .timeline-mark').evaluateAll((marks) => ({
    visible: marks.filter((mark) => getComputedStyle(mark).visibility === 'visible').map((mark) => mark.getAttribute('data-id')!),
    bold: marks
      .filter((mark) => Number(getComputedStyle(mark.querySelector('text')!).fontWeight) >= 700)
      .map((mark) => mark.getAttribute('data-id')!),
  }));
}

describe('presentation mode', () => {
  test('opens on the title slide in place of the site header and footer, with a way back', async () => {
    const { page, errors } = await openDeck();
    expect(await shownPosition(page)).toEqual({ slide: 1, step: 1 });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.present-bar__exit').getAttribute('href')).toBe('/zh');
    expect(await page.locator('[aria-live="polite"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('PageDown walks every slide and every timeline step to the end, and PageUp walks back', async () => {
    const { page, errors } = await openDeck();
    let expected: DeckPosition = { slide: 1, step: 1 };
    const total = STEPS.reduce((a, b) => a + b, 0);
    for (let press = 1; press < total; press++) {
      await page.keyboard.press('PageDown');
      expected = moveDeck(STEPS, expected, { type: 'next' });
      await expectAt(page, expected);
    }
    expect(expected).toEqual({ slide: SLIDES, step: 1 });
    await page.keyboard.press('PageDown');
    expect(positionInUrl(page)).toEqual(expected);

    for (let press = 1; press < total; press++) {
      await page.keyboard.press('PageUp');
      expected = moveDeck(STEPS, expected, { type: 'previous' });
      await expectAt(page, expected);
    }
    expect(expected).toEqual({ slide: 1, step: 1 });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('→, Space and ← step too; End and Home go to the last and first slide', async () => {
    const { page } = await openDeck('?slide=3&step=1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expectAt(page, { slide: 3, step: 3 });
    await page.keyboard.press('ArrowLeft');
    await expectAt(page, { slide: 3, step: 2 });
    await page.keyboard.press('End');
    await expectAt(page, { slide: SLIDES, step: 1 });
    await page.keyboard.press('Home');
    await expectAt(page, { slide: 1, step: 1 });
    await page.close();
  });

  test('?slide=3&step=5 opens the timeline with five milestones shown and the fifth emphasised', async () => {
    const { page } = await openDeck('?slide=3&step=5');
    expect(await shownPosition(page)).toEqual({ slide: 3, step: 5 });
    const ids = await page
      .locator('.present-slide--timeline .present-caption[data-id]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')!));
    const marks = await timelineMarks(page);
    expect(marks.visible).toEqual(ids.slice(0, 5));
    expect(marks.bold).toEqual([ids[4]]);
    const caption = page.locator('.present-caption[data-caption="5"]');
    expect(await caption.innerText()).toContain('第 5 件，共 20 件');
    await page.close();
  });

  test('the server renders the slide and step a link names, before any script runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/present?slide=3&step=5`);
    expect(await page.locator(CURRENT_SLIDE).getAttribute('aria-label')).toMatch(new RegExp(`^3 / ${SLIDES}: `));
    expect(await page.locator(CURRENT_SLIDE).getAttribute('data-step')).toBe('5');
    expect(await page.locator('.present-caption[data-caption="5"]').evaluate((node) => getComputedStyle(node).visibility)).toBe('visible');
    // One chart drawn per shape of screen; this one's is the only one shown.
    const shown = await page
      .locator(`${CURRENT_SLIDE} svg`)
      .evaluateAll((svgs) => svgs.filter((svg) => svg.getClientRects().length > 0).length);
    expect(shown).toBe(1);
    await context.close();
  });

  test('the trends slide plays a milestone a step, drawn on the server: the lines up to its year, then every year', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // What the shown chart draws: its milestones' labels, and where its lines end (the last year of each).
    const shownChart = () =>
      page.locator(`${CURRENT_SLIDE} svg`).evaluateAll((svgs) => {
        const svg = svgs.find((node) => node.getClientRects().length > 0)!;
        return {
          events: [...svg.querySelectorAll('.trends-events text')].map((text) => text.textContent),
          lastYears: [...svg.querySelectorAll('.trends-lines > g')].map((line) => {
            const tips = [...line.querySelectorAll('circle[data-tip]')].map((circle) => circle.getAttribute('data-tip')!);
            return Number(/(\d{4})/.exec(tips.at(-1) ?? '')?.[1]);
          }),
        };
      });
    const caption = () =>
      page
        .locator(`${CURRENT_SLIDE} .present-step-caption__text`)
        .evaluateAll((nodes) => nodes.filter((node) => node.getClientRects().length > 0).map((node) => node.textContent));

    await page.goto(`${BASE_URL}/en/present?slide=${TRENDS}&step=2`);
    expect(await page.locator(CURRENT_SLIDE).getAttribute('data-step')).toBe('2');
    expect(await caption()).toEqual([expect.stringMatching(/^Step 2 of 5 1999: The Government Online Project/)]);
    expect(await shownChart()).toEqual({ events: ['Golden Projects', 'Gov. Online'], lastYears: [1999, 1999, 1999, 1999, 1999] });

    await page.goto(`${BASE_URL}/en/present?slide=${TRENDS}&step=5`);
    expect(await caption()).toEqual([expect.stringMatching(/^Step 5 of 5 1990–2023: every year/)]);
    const whole = await shownChart();
    expect(whole.events).toEqual(['Golden Projects', 'Gov. Online', 'Doc. No. 17', 'gov.cn']);
    expect(Math.max(...whole.lastYears)).toBe(2023);
    await context.close();
  });

  test.each(['zh', 'en'])(
    '/%s: the application modes come a mode a step, drawn on the server, then the whole tree without the definitions',
    async (locale) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 768 } });
      const page = await context.newPage();
      // The modes the shown chart draws, and how many definitions and systems it has.
      const shownChart = () =>
        page.locator(`${CURRENT_SLIDE} svg`).evaluateAll((svgs) => {
          const svg = svgs.find((node) => node.getClientRects().length > 0)!;
          const modes = [...svg.querySelectorAll('.application-mode')];
          return {
            modes: modes.map((mode) => /application-mode--(\w+)/.exec(mode.getAttribute('class')!)![1]),
            systems: modes.map((mode) => mode.querySelectorAll('g[data-tip] rect').length - 1),
            text: svg.textContent!,
          };
        });
      const definition = { zh: '政府通过网络系统为公民提供', en: 'Government serves citizens online' }[locale]!;
      for (const [step, mode, systems] of [
        [1, 'g2g', 7],
        [2, 'g2b', 4],
        [3, 'g2c', 8],
      ] as const) {
        await page.goto(`${BASE_URL}/${locale}/present?slide=${MODES}&step=${step}`);
        const shown = await shownChart();
        expect(shown.modes).toEqual([mode]);
        expect(shown.systems).toEqual([systems]);
        expect(shown.text.includes(definition)).toBe(mode === 'g2c');
      }
      await page.goto(`${BASE_URL}/${locale}/present?slide=${MODES}&step=4`);
      const whole = await shownChart();
      expect(whole.modes).toEqual(['g2g', 'g2b', 'g2c']);
      expect(whole.systems).toEqual([7, 4, 8]);
      expect(whole.text).not.toContain(definition);
      await context.close();
    },
  );

  test('a slide number then Enter jumps to that slide', async () => {
    const { page } = await openDeck('?slide=6&step=1');
    await page.keyboard.press('2');
    await expect.poll(() => page.getByTestId('present-progress').innerText()).toContain('跳到第 2 页');
    await page.keyboard.press('Enter');
    await expectAt(page, { slide: 2, step: 1 });
    await page.close();
  });

  test('B blanks the screen and any key brings the same slide back', async () => {
    const { page } = await openDeck('?slide=4&step=1');
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.present-blank').isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.present-blank').isVisible()).toBe(false);
    expect(positionInUrl(page)).toEqual({ slide: 4, step: 1 });
    expect(await shownPosition(page)).toEqual({ slide: 4, step: 1 });
    await page.close();
  });

  test('a swipe to the left goes forward and a swipe to the right goes back', async () => {
    const { page } = await openDeck('?slide=3&step=2');
    const swipe = (dx: number) =>
      page.locator('.present-deck').evaluate((deck, dx) => {
        const at = (x: number) => [new Touch({ identifier: 1, target: deck, clientX: x, clientY: 300 })];
        deck.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, touches: at(600), changedTouches: at(600) }));
        deck.dispatchEvent(new TouchEvent('touchend', { bubbles: true, touches: [], changedTouches: at(600 + dx) }));
      }, dx);
    await swipe(-200);
    await expectAt(page, { slide: 3, step: 3 });
    await swipe(200);
    await swipe(200);
    await expectAt(page, { slide: 3, step: 1 });
    await page.close();
  });

  test('keeps working when the network drops after it loaded: every chart is already in the page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await gotoHydrated(page, `${BASE_URL}/zh/present?slide=3&step=21`);
    await page.waitForSelector('.present-deck[data-listening]');
    await context.setOffline(true);
    for (let slide = 4; slide <= 7; slide++) {
      await page.keyboard.press('PageDown');
      await expectAt(page, { slide, step: 1 });
      // A slide of steps holds a chart per step; the current step's shows.
      const shown = await page
        .locator(`${CURRENT_SLIDE} .present-chart--wide svg.chart-svg`)
        .evaluateAll((svgs) => svgs.filter((svg) => svg.getClientRects().length > 0).length);
      expect(shown).toBe(1);
    }
    await context.close();
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`at ${width}×${height} no slide's text or chart runs past its 16:9 box, in either language`, async () => {
      for (const locale of ['zh', 'en']) {
        const page = await browser.newPage({ viewport: { width, height } });
        await gotoHydrated(page, `${BASE_URL}/${locale}/present`);
        const overflowing = await page.locator('.present-slide').evaluateAll((slides: HTMLElement[]) =>
          slides.flatMap((slide) => {
            const hidden = slide.hidden;
            slide.hidden = false;
            const box = slide.getBoundingClientRect();
            const out = [...slide.querySelectorAll('*')].filter((node) => {
              const r = node.getBoundingClientRect();
              return r.width > 0 && (r.bottom > box.bottom + 1 || r.right > box.right + 1);
            });
            slide.hidden = hidden;
            return out.map((node) => `${slide.className}: ${node.className}`);
          }),
        );
        expect(overflowing, locale).toEqual([]);
        await page.close();
      }
    });
  }

  test('the English deck has every slide and keeps its place after a reload', async () => {
    const { page, errors } = await openDeck('?slide=5&step=1', 'en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('section[aria-roledescription="slide"]').count()).toBe(SLIDES);
    await page.keyboard.press('PageDown');
    await expectAt(page, { slide: 6, step: 1 });
    await page.reload();
    await waitForHydration(page);
    expect(await shownPosition(page)).toEqual({ slide: 6, step: 1 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
