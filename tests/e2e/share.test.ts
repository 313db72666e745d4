import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, gotoHydrated, launchBrowser } from './browser';
import { SHARE_PAGES, getPageCases, getPageUrl, openThemedPage } from './pages';
import { BASE_URL } from './server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(getPageCases(SHARE_PAGES))('share panel on $name', ({ locale, page }) => {
  test('offers the embed code and image URL in the page’s language and theme, and downloads that work', async () => {
    const tab = await openThemedPage(browser, 'dark', { viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(tab);
    await gotoHydrated(tab, getPageUrl(locale, page));
    const panel = tab.locator('.chart-frame .share-panel');
    await expect(panel.count()).resolves.toBe(1);
    await panel.locator('summary').click();

    const fields = await panel.locator('textarea').evaluateAll((nodes) => nodes.map((node) => (node as HTMLTextAreaElement).value));
    const [snippet, fixed, imageUrl] = fields;
    expect(snippet).toContain(`src="${BASE_URL}/embed/${page.share}?lang=${locale}&amp;theme=dark"`);
    expect(snippet).toContain('<script');
    expect(fixed).toMatch(/^<iframe [^>]*height="\d+"/);
    expect(imageUrl).toBe(`${BASE_URL}/charts/${page.share}.png?preset=16x9&${locale === 'en' ? 'lang=en&' : ''}theme=dark`);

    // Picking a size changes the image links; the PNG behind them is that size.
    await panel.locator('.share-panel__size select').selectOption('4x3');
    const png = await panel.locator('a[href*=".png"]').getAttribute('href');
    expect(png).toContain('preset=4x3');
    const response = await fetch(`${BASE_URL}${png}`);
    expect(response.headers.get('content-type')).toBe('image/png');
    const bytes = new DataView(await response.arrayBuffer());
    expect([bytes.getUint32(16), bytes.getUint32(20)]).toEqual([1024, 768]);

    const svg = await panel.locator('a[href*=".svg"]').getAttribute('href');
    expect((await fetch(`${BASE_URL}${svg}`)).headers.get('content-type')).toContain('image/svg+xml');
    for (const csv of await panel.locator('a[href*="format=csv"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')))) {
      expect((await fetch(`${BASE_URL}${csv}`)).status, csv!).toBe(200);
    }
    expect(errors).toEqual([]);
    await tab.context().close();
  }, 60_000);
});

describe('oEmbed discovery', () => {
  test.each(SHARE_PAGES.map((page) => page.path))('the page at /en%s links to its oEmbed, which names its chart', async (path) => {
    const html = await (await fetch(`${BASE_URL}/en${path}`)).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    // Absolute, naming the page's absolute URL, as oEmbed consumers expect (oEmbed §4).
    expect(href).toBe(`${BASE_URL}/api/oembed?url=${encodeURIComponent(`${BASE_URL}/en${path}`)}&format=json`);
    const oembed = (await (await fetch(href!)).json()) as { html: string; thumbnail_url: string };
    const chart = SHARE_PAGES.find((page) => page.path === path)!.share;
    expect(oembed.html).toContain(`/embed/${chart}?lang=en`);
    expect(oembed.thumbnail_url).toContain(`/charts/${chart}.png`);
  });
});

describe('sharing a view of the timeline', () => {
  test('the embed code carries the open milestone, filters and zoom, and the embed shows them', async () => {
    const tab = await openThemedPage(browser, 'light', { viewport: { width: 1280, height: 800 } });
    await gotoHydrated(tab, `${BASE_URL}/en/timeline?m=document-17&stage=development&from=2001&to=2004`);
    const panel = tab.locator('.chart-frame .share-panel');
    await panel.locator('summary').click();
    // The panel reads the page's view when it opens: wait for the code to carry it.
    const field = panel.locator('textarea').first();
    await expect.poll(() => field.inputValue()).toContain('m=document-17');
    const snippet = await field.inputValue();
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
    const url = new URL(src);
    expect(url.pathname).toBe('/embed/timeline');
    expect(Object.fromEntries(url.searchParams)).toEqual({ lang: 'en', m: 'document-17', stage: 'development', from: '2001', to: '2004' });

    const embed = await tab.context().newPage();
    await embed.goto(src);
    const selected = await embed
      .locator('.responsive-chart__wide .timeline-mark[data-selected]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));
    expect(selected).toEqual(['document-17']);
    const shown = await embed
      .locator('.responsive-chart__wide .timeline-mark')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));
    expect(shown).not.toContain('gov-cn-launch');
    await tab.context().close();
  });

  test('the image links give the same close-up: a 2001–2006 slide for a lecture', async () => {
    const tab = await openThemedPage(browser, 'light', { viewport: { width: 1280, height: 800 } });
    await gotoHydrated(tab, `${BASE_URL}/zh/timeline?from=2001&to=2006`);
    const panel = tab.locator('.chart-frame .share-panel');
    await panel.locator('summary').click();
    const png = panel.locator('a[href*="/charts/timeline.png"]');
    await expect.poll(() => png.getAttribute('href')).toContain('from=2001');
    const href = new URL((await png.getAttribute('href'))!, BASE_URL);
    expect(href.searchParams.get('to')).toBe('2006');
    const svg = await (await fetch(new URL(href.pathname.replace('.png', '.svg') + href.search, BASE_URL))).text();
    expect(svg).toContain('2001年12月25日');
    expect(svg).not.toContain('1999年');
    const image = await fetch(href);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    await tab.context().close();
  });
});

describe('sharing a view of trends', () => {
  test('the PowerPoint link carries the page’s countries and years, and its file draws those lines', async () => {
    const tab = await openThemedPage(browser, 'light', { viewport: { width: 1280, height: 800 } });
    await gotoHydrated(tab, `${BASE_URL}/en/trends?countries=CHN,SGP&from=1995`);
    const panel = tab.locator('.chart-frame .share-panel');
    await panel.locator('summary').click();
    const pptx = panel.locator('a[href*="/charts/trends.pptx"]');
    await expect.poll(() => pptx.getAttribute('href')).toContain('countries=CHN,SGP');
    const href = new URL((await pptx.getAttribute('href'))!, BASE_URL);
    expect(Object.fromEntries(href.searchParams)).toEqual({ lang: 'en', countries: 'CHN,SGP', from: '1995' });
    const file = await fetch(href);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('presentationml');
    await tab.context().close();
  });
});

describe('the CSV of a view of trends', () => {
  test('the panel’s CSV link gives the rows shown (countries, years), each with its source; the whole dataset stays offered', async () => {
    const tab = await openThemedPage(browser, 'light', { viewport: { width: 1280, height: 800 } });
    await gotoHydrated(tab, `${BASE_URL}/en/trends?countries=CHN,SGP&from=1995&to=2000`);
    const panel = tab.locator('.chart-frame .share-panel');
    await panel.locator('summary').click();
    const view = panel.locator('a[href^="/charts/trends.csv"]');
    await expect.poll(() => view.getAttribute('href')).toBe('/charts/trends.csv?countries=CHN,SGP&from=1995&to=2000');
    expect(await view.textContent()).toBe('Download CSV of this view: trends.csv');
    expect(await panel.locator('a[href="/api/datasets/internet-users?format=csv"]').count()).toBe(1);

    const answer = await fetch(new URL((await view.getAttribute('href'))!, BASE_URL));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="trends.csv"');
    const lines = (await answer.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('code,entity_zh,entity_en,year,internet_users_pct,source');
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 4).join(','))).toEqual([
      ...[1995, 1996, 1997, 1998, 1999, 2000].map((year) => `CHN,中国,China,${year}`),
      ...[1995, 1996, 1997, 1998, 1999, 2000].map((year) => `SGP,新加坡,Singapore,${year}`),
    ]);
    expect(lines.slice(1).every((line) => line.endsWith('ITU via World Bank WDI (IT.NET.USER.ZS); Our World in Data'))).toBe(true);
    await tab.context().close();
  });

  test('a view it does not know is refused with what it takes; a chart without a view CSV is not found', async () => {
    const unknown = await fetch(`${BASE_URL}/charts/trends.csv?countries=XXX`);
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error).toContain('Unknown country "XXX"');
    const param = await fetch(`${BASE_URL}/charts/trends.csv?scale=2`);
    expect(param.status).toBe(400);
    expect((await param.json()).error).toContain('takes: countries, axis, from, to');
    const none = await fetch(`${BASE_URL}/charts/coverage.csv`);
    expect(none.status).toBe(404);
    expect((await none.json()).error).toContain('Available: trends.csv');
  });
});

describe('the fixed-height embed code', () => {
  const fixedHeight = async (path: string, width: string) => {
    const tab = await openThemedPage(browser, 'light', { viewport: { width: 1280, height: 800 } });
    await gotoHydrated(tab, `${BASE_URL}${path}`);
    const panel = tab.locator('.chart-frame .share-panel').first();
    await panel.locator('summary').click();
    await panel.locator('.share-panel__width select').selectOption(width);
    const field = panel.locator('textarea').nth(1);
    // The panel measures the embed at that width; wait for the code to carry its height instead of the default.
    await expect.poll(() => field.inputValue(), { timeout: 15_000 }).not.toContain('height="560"');
    const snippet = await field.inputValue();
    await tab.context().close();
    return { height: Number(/height="(\d+)"/.exec(snippet)![1]), src: /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&') };
  };

  const embedHeightAt = async (src: string, width: number) => {
    const tab = await openThemedPage(browser, 'light', { viewport: { width, height: 600 } });
    await tab.goto(src);
    await tab.waitForLoadState('networkidle');
    const height = await tab.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await tab.context().close();
    return height;
  };

  test('is as tall as the chart at the chosen column width, per chart: the timeline on a phone is not cut off', async () => {
    const timeline = await fixedHeight('/zh/timeline', '360');
    expect(timeline.height).toBeGreaterThan(800);
    expect(Math.abs(timeline.height - (await embedHeightAt(timeline.src, 360)))).toBeLessThanOrEqual(2);
  });

  test('and the coverage chart leaves no blank band under it', async () => {
    const coverage = await fixedHeight('/en/coverage', '640');
    expect(coverage.height).toBeLessThan(560);
    expect(Math.abs(coverage.height - (await embedHeightAt(coverage.src, 640)))).toBeLessThanOrEqual(2);
  });
});
