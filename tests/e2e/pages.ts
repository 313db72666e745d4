import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { CHART_MANIFESTS, type ChartId } from '@/components/charts/registry';
import { LOCALES } from '@/lib/i18n/routing';
import { THEMES, THEME_STORAGE_KEY, type Theme } from '@/lib/theme';
import { BASE_URL } from './server';

export { LOCALES, THEMES };

/**
 * A page of the site, under each locale. `chart`: the page shows a chart SVG; `figures`: its charts sit in
 * chart frames (title, source, table toggle), which the keyboard test walks through.
 */
export type SitePage = { slug: string; path: string; chart: boolean; figures?: boolean; share?: ChartId };

/** Each chart's page, the front page (the overview) first, from the list of chart manifests. */
const CHART_PAGE_LIST: SitePage[] = CHART_MANIFESTS.map((chart) =>
  // The overview's small charts are thumbnails of the others, without marks of their own to focus.
  chart.route === ''
    ? { slug: chart.id, path: '', chart: true, figures: false, share: chart.id }
    : { slug: chart.id, path: chart.route, chart: true, share: chart.id },
);

/** The pages the browser tests visit: every chart's page, and each other page as it lands. */
export const PAGES: readonly SitePage[] = [
  ...CHART_PAGE_LIST.filter((page) => page.path === ''),
  ...CHART_PAGE_LIST.filter((page) => page.path !== ''),
  { slug: 'concepts', path: '/concepts', chart: false },
  { slug: 'quiz', path: '/quiz', chart: false },
  { slug: 'data', path: '/data', chart: false },
  { slug: 'data-milestones', path: '/data/milestones', chart: true, figures: false },
];

export const CHART_PAGES = PAGES.filter((page) => page.chart);
/** The pages of one chart each, whose frame has a share panel. */
export const SHARE_PAGES = PAGES.filter((page) => page.share);
export const FIGURE_PAGES = CHART_PAGES.filter((page) => page.figures !== false);

export const getPageUrl = (locale: string, page: SitePage) => `${BASE_URL}/${locale}${page.path}`;

/** Each page under each locale, with `name` ("/zh/timeline") for test titles. */
export function getPageCases(pages: readonly SitePage[] = PAGES) {
  return LOCALES.flatMap((locale) => pages.map((page) => ({ locale, page, name: `/${locale}${page.path}` })));
}

/** The chart's SVG as the server sends it: what a reader with JavaScript off gets. */
export const CHART_SVG = /<svg\b[^>]*\brole="img"/;

/** A new page in a fresh context whose stored theme choice is `theme`, set before any script runs. */
export async function openThemedPage(browser: Browser, theme: Theme, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  await context.addInitScript(
    ([key, value]) => {
      window.localStorage.setItem(key, value);
    },
    [THEME_STORAGE_KEY, theme] as const,
  );
  return context.newPage();
}
