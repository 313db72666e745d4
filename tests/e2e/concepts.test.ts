import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectErrors, gotoHydrated, launchBrowser } from './browser';
import { BASE_URL } from './server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('/{locale}/concepts, the definitions', () => {
  test('without JavaScript the six definitions stand side by side, each cell in the definition’s own words', async () => {
    const html = await (await fetch(`${BASE_URL}/en/concepts`)).text();
    for (const name of ['World Bank', 'UN', 'OECD', 'Gartner', 'Wang Yukai', 'The deck']) expect(html).toContain(`>${name}</a></th>`);
    expect(html).toContain('raise government transparency');
    expect(html).toMatch(/November 2001/);
    expect(html.match(/<article class="definition"/g)).toHaveLength(6);
    const zh = await (await fetch(`${BASE_URL}/zh/concepts`)).text();
    expect(zh).toContain('电子政务的定义');
    expect(zh).toContain('提高政府透明度');
  });

  test('on a 390 px phone the comparison fits the screen and a column heading leads to that definition in full', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const errors = collectErrors(page);
    await gotoHydrated(page, `${BASE_URL}/en/concepts`);
    const fit = await page.evaluate(() => {
      const scroll = document.querySelector('.definition-matrix')!.parentElement!;
      return { page: document.documentElement.scrollWidth, table: scroll.scrollWidth - scroll.clientWidth };
    });
    expect(fit.page).toBeLessThanOrEqual(390);
    expect(fit.table).toBeLessThanOrEqual(0);
    await page.locator('.definition-matrix thead a', { hasText: 'Gartner' }).click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#definition-gartner');
    await expect(page.locator('#definition-gartner').isVisible()).resolves.toBe(true);
    await expect(page.locator('#definition-gartner h4').innerText()).resolves.toContain('Gartner');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the site’s navigation leads to the page and marks it as the current one', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await gotoHydrated(page, `${BASE_URL}/zh`);
    await page.locator('.site-nav a', { hasText: '基本概念' }).click();
    await page.waitForURL(`${BASE_URL}/zh/concepts`);
    await expect(page.locator('.site-nav a[aria-current="page"]').innerText()).resolves.toBe('基本概念');
    await expect(page.locator('main h1').innerText()).resolves.toBe('电子政务的基本概念');
    await page.close();
  });
});

describe('/{locale}/concepts, its other sections', () => {
  test('without JavaScript on a 390 px phone, the contents lead to every section: networks drawn, tables folded, each row with its slide', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/concepts`);
    const toc = await page.locator('.concepts-toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(toc).toEqual(['#definitions', '#comparisons', '#countries', '#networks', '#reengineering', '#organisation']);
    for (const href of toc) await expect(page.locator(`section${href} h2`).count()).resolves.toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The phone's drawing of the networks is the one shown, a column with the frame of “one site, two networks”.
    const diagram = page.locator('#networks svg.network-diagram:visible');
    await expect(diagram.count()).resolves.toBe(1);
    await expect(diagram.locator('title').textContent()).resolves.toBe('How the three networks and the internet are isolated');
    await expect(diagram.locator('desc').textContent()).resolves.toContain('Extranet and the internet: logically isolated');
    const box = await diagram.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(box!.height).toBeGreaterThan(box!.width);

    // Tables fold into cards: cells stacked, each under its column's name.
    const cell = page.locator('#network-extranet td').first();
    await expect(cell.evaluate((td) => getComputedStyle(td).display)).resolves.toBe('block');
    await expect(cell.evaluate((td) => getComputedStyle(td, '::before').content)).resolves.toBe('"Built on"');

    // Each item names its slide and links to its own place.
    await expect(page.locator('#reengineering-eliminate .slide-link').getAttribute('href')).resolves.toBe('#reengineering-eliminate');
    await expect(page.locator('#reengineering-eliminate .slide-link').textContent()).resolves.toBe('Slide 87');
    await expect(page.locator('#reengineering .concept-cards--methods > li').count()).resolves.toBe(11);
    await expect(page.locator('#reengineering-signals + p + ol > li').count()).resolves.toBe(7);
    await expect(page.locator('#singapore-un-rank').textContent()).resolves.toContain('12th');
    await expect(page.locator('#countries svg.country-years:visible text', { hasText: 'July 2002' }).count()).resolves.toBe(1);
    await expect(page.locator('#comparison-e-commerce-funding td').nth(2).textContent()).resolves.toBe('not in the deck’s text');
    await context.close();
  });
});
