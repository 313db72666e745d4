import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DECK_SLIDE_IDS } from '@/components/present/deck-charts';
import { collectErrors, gotoHydrated, launchBrowser } from './browser';
import { BASE_URL } from './server';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  // One browser profile: the lecturer's laptop, with the audience window on the projector.
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

function positionInUrl(page: Page): string {
  const search = new URL(page.url()).searchParams;
  return `${search.get('slide')}/${search.get('step')}`;
}

async function open(path: string, ready: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectErrors(page);
  expect((await gotoHydrated(page, `${BASE_URL}${path}`))?.status()).toBe(200);
  await page.waitForSelector(ready);
  return { page, errors };
}

describe('presenter view', () => {
  test('a key in the presenter moves the audience window, and a key there moves the presenter', async () => {
    const audience = await open('/en/present?slide=2&step=1', '.present-deck[data-listening]');
    const presenter = await open('/en/present/presenter', '.presenter[data-listening]');
    // The presenter opens where the audience already is, and says the audience window answers.
    await expect.poll(() => positionInUrl(presenter.page)).toBe('2/1');
    await presenter.page.locator('.presenter__status[data-connected]').waitFor();

    await presenter.page.keyboard.press('PageDown');
    await expect.poll(() => positionInUrl(audience.page)).toBe('3/1');
    expect(await audience.page.locator('section[aria-roledescription="slide"]:not([hidden])').getAttribute('aria-label')).toMatch(/^3 \//);
    expect(await presenter.page.getByTestId('presenter-next').textContent()).toMatch(/step 2 of/);

    await audience.page.keyboard.press('ArrowLeft');
    await expect.poll(() => positionInUrl(presenter.page)).toBe('2/1');
    expect(await presenter.page.getByTestId('presenter-progress').textContent()).toMatch(/^Now: slide 2 of \d+$/);

    // The current slide's notes: what it shows and the deck's slides it comes from.
    await presenter.page.keyboard.press('4');
    await presenter.page.keyboard.press('Enter');
    await expect.poll(() => positionInUrl(audience.page)).toBe('4/1');
    const notes = presenter.page.locator('.presenter__notes');
    expect(await notes.textContent()).toMatch(/slide 58/);
    expect(await notes.textContent()).toMatch(/2,000-plus/);

    await presenter.page.keyboard.press('b');
    await expect.poll(() => audience.page.locator('.present-blank').isVisible()).toBe(true);
    expect([...audience.errors, ...presenter.errors]).toEqual([]);
    await Promise.all([audience.page.close(), presenter.page.close()]);
  });

  test('on the trends slide the notes say what to tell at each step: the year’s milestone and shares', async () => {
    const slide = DECK_SLIDE_IDS.indexOf('trends') + 1;
    const presenter = await open(`/en/present/presenter?slide=${slide}&step=1`, '.presenter[data-listening]');
    const note = presenter.page.getByTestId('presenter-step-note');
    expect(await note.textContent()).toMatch(/^Up to 1993: The “Three Golden Projects” begin.*China 0\.00017%/);
    expect(await presenter.page.getByTestId('presenter-next').textContent()).toMatch(/step 2 of 5 · Up to 1999: Gov\. Online/);
    await presenter.page.keyboard.press('PageDown');
    await expect.poll(() => note.textContent()).toMatch(/^Up to 1999: The Government Online Project/);
    expect(presenter.errors).toEqual([]);
    await presenter.page.close();
  });

  test('on the application modes the notes say each mode’s definition and systems at its step, and what comes next', async () => {
    const slide = DECK_SLIDE_IDS.indexOf('application-modes') + 1;
    const presenter = await open(`/en/present/presenter?slide=${slide}&step=3`, '.presenter[data-listening]');
    const note = presenter.page.getByTestId('presenter-step-note');
    expect(await note.textContent()).toMatch(
      /^Government to citizens \(G2C\) \(the deck, slide 28\)\. Government serves citizens.*8 systems/,
    );
    expect(await presenter.page.getByTestId('presenter-next').textContent()).toMatch(/step 4 of 4 · The whole tree: 3 modes, 19 systems/);
    await presenter.page.keyboard.press('PageDown');
    await expect.poll(() => note.textContent()).toMatch(/^The whole tree.*G2G with 7 systems/);
    expect(presenter.errors).toEqual([]);
    await presenter.page.close();
  });

  test('P in the presentation opens the presenter view at the same place', async () => {
    const audience = await open('/zh/present?slide=4&step=1', '.present-deck[data-listening]');
    const [popup] = await Promise.all([context.waitForEvent('page'), audience.page.keyboard.press('p')]);
    await popup.waitForSelector('.presenter[data-listening]');
    expect(new URL(popup.url()).pathname).toBe('/zh/present/presenter');
    expect(positionInUrl(popup)).toBe('4/1');
  });
});
