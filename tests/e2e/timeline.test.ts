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

async function open(path: string, width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = collectErrors(page);
  const response = await gotoHydrated(page, `${BASE_URL}${path}`);
  expect(response?.status()).toBe(200);
  await page.waitForSelector('.timeline-explorer[data-hydrated]');
  return { page, errors };
}

const WIDE_MARKS = '.timeline-explorer .responsive-chart__wide .timeline-mark';

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
const listIds = (page: Page) =>
  page.locator('.timeline-list li[data-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
const chartIds = (page: Page) => page.locator(WIDE_MARKS).evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));

/** Presses → from the first milestone until focus stops moving; returns the ids visited. */
async function walk(page: Page) {
  await page.locator(`${WIDE_MARKS}[tabindex="0"]`).focus();
  await page.keyboard.press('Home');
  const visited = [await activeId(page)];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('ArrowRight');
    // A step that pans a zoomed window moves focus once the chart is redrawn (its code may still be loading).
    await page
      .waitForFunction((last) => document.activeElement?.getAttribute('data-id') !== last, visited[visited.length - 1], { timeout: 2_000 })
      .catch(() => undefined);
    const id = await activeId(page);
    if (id === visited[visited.length - 1]) break;
    visited.push(id);
  }
  return visited;
}

describe('timeline explorer', () => {
  test('Tab reaches the chart; → walks every visible milestone in date order and announces each', async () => {
    const { page, errors } = await open('/en/timeline');
    await page.locator('#timeline-search').focus();
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('timeline-mark') ?? false);
    }
    expect(reached).toBe(true);
    const visited = await walk(page);
    expect(visited).toHaveLength(20);
    expect(visited).toEqual(await listIds(page));
    expect(visited[0]).toBe('office-decision-system-notice');
    expect(visited[19]).toBe('egov-overall-framework');
    await expect(page.locator('[aria-live="polite"].visually-hidden').innerText()).resolves.toContain('Overall Framework for E-Government');
    await page.keyboard.press('Home');
    expect(await activeId(page)).toBe('office-decision-system-notice');
    await page.keyboard.press('End');
    expect(await activeId(page)).toBe('egov-overall-framework');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('reached from another page by its link, the chart is drawn and a milestone opens on a click', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await gotoHydrated(page, `${BASE_URL}/en/coverage`);
    await page.locator('.site-nav a[href="/en/timeline"]').click();
    await page.waitForSelector('.timeline-explorer[data-hydrated]');
    expect(await chartIds(page)).toHaveLength(20);
    await page.locator(`${WIDE_MARKS}[data-id="egov-overall-framework"]`).click();
    await expect(page.locator(`${WIDE_MARKS}[data-selected]`).getAttribute('data-id')).resolves.toBe('egov-overall-framework');
    expect(errors).toEqual([]);
    await page.close();
  });

  test("keys pressed while the chart's drawing code is still loading are not lost", async () => {
    // At this width the server's drawing fits the plot, so the drawing code loads only when the keyboard comes.
    const { page } = await open('/en/timeline', 1000);
    // On a slow network that code arrives late: hold every script asked for from now on.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let heldCount = 0;
    await page.route('**/_next/static/**', async (route) => {
      heldCount++;
      await held;
      await route.continue();
    });
    await page.locator(`${WIDE_MARKS}[tabindex="0"]`).focus();
    await page.keyboard.press('Home');
    const first = await activeId(page);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(heldCount).toBeGreaterThan(0);
    release();
    const expected = (await listIds(page))[4];
    expect(expected).not.toBe(first);
    // Generous: on a busy machine the held code, the layout and the redraw take a while.
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-id') === id, expected, { timeout: 10_000 });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-id') === id, (await listIds(page))[5], {
      timeout: 10_000,
    });
    await page.close();
  });

  test('the walk follows the filters, panning a zoomed window to keep each milestone in view', async () => {
    const { page } = await open('/en/timeline?stage=development&from=2002.5&to=2003.5');
    const visited = await walk(page);
    expect(visited).toHaveLength(8);
    const to = Number(new URL(page.url()).searchParams.get('to'));
    expect(to).toBeGreaterThan(2005.8);
    await page.close();
  });

  test('Enter opens the detail with neighbours, Esc closes it; Back and Forward move between states', async () => {
    const { page } = await open('/en/timeline');
    await page.locator(`${WIDE_MARKS}[data-id="document-17"]`).focus();
    await page.keyboard.press('Enter');
    const detail = page.locator('.timeline-detail');
    await expect(detail.getAttribute('data-id')).resolves.toBe('document-17');
    await expect(detail.innerText()).resolves.toContain('17 Aug 2002');
    await expect(detail.locator('.timeline-detail__previous').innerText()).resolves.toContain('Second meeting');
    await expect(detail.locator('.timeline-detail__next').innerText()).resolves.toContain('16th Party Congress');
    expect(new URL(page.url()).searchParams.get('m')).toBe('document-17');
    await page.keyboard.press('Escape');
    await expect(detail.count()).resolves.toBe(0);

    await page.locator(`${WIDE_MARKS}[data-id="gov-cn-launch"]`).click();
    await page.locator('.timeline-controls input[value="maturity"]').check();
    expect(new URL(page.url()).searchParams.get('stage')).toBe('maturity');
    await page.goBack();
    await expect(page.locator('.timeline-controls input[value="maturity"]').isChecked()).resolves.toBe(false);
    expect(new URL(page.url()).searchParams.get('m')).toBe('gov-cn-launch');
    await page.goBack();
    await expect(detail.count()).resolves.toBe(0);
    await page.goForward();
    await expect(detail.getAttribute('data-id')).resolves.toBe('gov-cn-launch');
    await page.close();
  });

  test.each(['zh', 'en'])('a deep link restores selection, filters and zoom in %s, also in the server HTML', async (locale) => {
    const query = 'm=document-17&stage=development&category=policy,meeting&from=2001&to=2004';
    const html = await (await fetch(`${BASE_URL}/${locale}/timeline?${query}`)).text();
    expect(html).toContain('class="timeline-detail"');
    expect(html).toMatch(/<input[^>]*checked=""[^>]*value="development"/);

    const { page, errors } = await open(`/${locale}/timeline?${query}`);
    await expect(page.locator('.timeline-detail').getAttribute('data-id')).resolves.toBe('document-17');
    for (const value of ['development', 'policy', 'meeting']) {
      await expect(page.locator(`.timeline-controls input[value="${value}"]`).isChecked()).resolves.toBe(true);
    }
    await expect(page.locator('.timeline-controls input[value="exploration"]').isChecked()).resolves.toBe(false);
    expect(await chartIds(page)).toEqual([
      'document-17',
      'sixteenth-party-congress',
      'leading-group-third-meeting',
      'wen-jiabao-innovation-speech',
    ]);
    await expect(page.locator('.timeline-explorer__window').innerText()).resolves.toContain('2001');
    expect(new URL(page.url()).search).toBe(`?${query}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each([
    ['en', '17号文件', false],
    ['en', 'Document No. 17', true],
    ['zh', 'Document No. 17', false],
    ['zh', '17号文件', true],
    ['zh', '十七号文件', false],
    ['en', 'Document 17', false],
  ])('on /%s, searching “%s” finds Document No. 17, marked in the chart and counted', async (locale, query, inPageLanguage) => {
    const { page } = await open(`/${locale}/timeline`);
    await page.locator('#timeline-search').fill(query);
    await expect.poll(() => chartIds(page)).toEqual(['document-17']);
    expect(await listIds(page)).toEqual(['document-17']);
    await expect(page.locator('.timeline-controls__count').innerText()).resolves.toMatch(/1/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    await expect(page.locator(`${WIDE_MARKS}[data-id="document-17"]`).getAttribute('data-match')).resolves.toBe('true');
    await page.locator(`${WIDE_MARKS}[data-id="document-17"]`).click();
    await expect(page.locator('.timeline-detail').getAttribute('data-id')).resolves.toBe('document-17');
    // The match is highlighted in the text when the query is in the page's language.
    await expect(
      page
        .locator('.timeline-detail mark')
        .count()
        .then((n) => n > 0),
    ).resolves.toBe(inPageLanguage);
    await page.close();
  });

  test('the list view shows the chart’s visible set; below 640 px it replaces the chart', async () => {
    const { page } = await open('/en/timeline?category=meeting,website');
    const ids = await chartIds(page);
    expect(ids).toHaveLength(11);
    expect(await listIds(page)).toEqual(ids);
    await page.locator('.timeline-controls__view-link').nth(1).click();
    await expect(page.locator('.timeline-list').isVisible()).resolves.toBe(true);
    await expect(page.locator('.timeline-explorer__chart').isVisible()).resolves.toBe(false);
    expect(new URL(page.url()).searchParams.get('view')).toBe('list');
    await page.close();

    const phone = await open('/zh/timeline', 360);
    await expect(phone.page.locator('.timeline-list').isVisible()).resolves.toBe(true);
    await expect(phone.page.locator('.timeline-explorer__chart').isVisible()).resolves.toBe(false);
    expect(await listIds(phone.page)).toHaveLength(20);
    await phone.page.close();
  });

  test('printing shows the chart and the list on white, without controls', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => localStorage.setItem('egov-theme', 'dark'));
    await gotoHydrated(page, `${BASE_URL}/en/timeline?m=document-17`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.timeline-controls', '.timeline-explorer__overview', '.timeline-detail__nav', '.site-header']) {
      await expect(page.locator(selector).first().isVisible()).resolves.toBe(false);
    }
    await expect(page.locator('.timeline-explorer .responsive-chart__wide svg').isVisible()).resolves.toBe(true);
    await expect(page.locator('.timeline-list').isVisible()).resolves.toBe(true);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  test('highlight and note in the URL are drawn in the server HTML, without JavaScript, and stay when the view changes', async () => {
    const note = 'gov.cn: the portal the whole deck leads to';
    const path = `/en/timeline?highlight=gov-cn-launch&note=${encodeURIComponent(note)}`;
    const html = await (await fetch(`${BASE_URL}${path}`)).text();
    expect(html).toContain('class="chart-annotation__note"');
    expect(html).toContain(note);
    expect(html).toMatch(/data-mark="gov-cn-launch" data-emphasis="highlighted"/);

    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const still = await context.newPage();
    await still.goto(`${BASE_URL}${path}`);
    await expect(still.locator('.responsive-chart__wide .chart-annotation__note').textContent()).resolves.toContain('gov.cn: the portal');
    await context.close();

    const { page, errors } = await open(path);
    await page.locator(`${WIDE_MARKS}[data-id="document-17"]`).click();
    await expect.poll(() => page.locator(`${WIDE_MARKS}[data-selected]`).getAttribute('data-id')).toBe('document-17');
    await expect(page.locator('.responsive-chart__wide .chart-annotation__note').textContent()).resolves.toContain('gov.cn: the portal');
    expect(errors).toEqual([]);
    await page.close();
  });
});
