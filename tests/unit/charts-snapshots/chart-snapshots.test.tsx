import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import type { ChartId } from '@/components/charts/registry';
import { DEFAULT_IMAGE_SIZE } from '@/lib/charts/image-params';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { VARIANT_WIDTHS } from '@/lib/charts/variants';
import { LOCALES, type Locale } from '@/lib/i18n/routing';
import { normaliseSvg } from './normalise-svg';

vi.mock('server-only', () => ({}));
// The snapshots pin the shipped figures: a DATA_DIR from the environment would draw other rows.
vi.stubEnv('DATA_DIR', undefined);
const { CHART_IDS, getChartRenderer } = await import('@/components/charts/registry');
const { renderChartImage } = await import('@/delivery/image-chart');
const { getTimelineView } = await import('@/lib/charts/timeline/view');
const { getTimelineChartData } = await import('@/components/charts/timeline/data');
const { renderTimelineSvg } = await import('@/components/charts/timeline/render');

const IMAGE = `image-${DEFAULT_IMAGE_SIZE.width}x${DEFAULT_IMAGE_SIZE.height}` as const;
const LAYOUTS = ['narrow', 'wide', IMAGE] as const;
type Layout = (typeof LAYOUTS)[number];

async function draw(chart: ChartId, locale: Locale, layout: Layout): Promise<string> {
  if (layout === IMAGE) return (await renderChartImage({ chart, ...DEFAULT_IMAGE_SIZE, locale, theme: 'light' }))!;
  // As pages and embeds draw them: colours from CSS variables, so one SVG follows the theme.
  const render = getChartRenderer(chart)!;
  return renderToStaticMarkup(await render({ locale, palette: CSS_PALETTE, width: VARIANT_WIDTHS[layout], links: 'same-tab' }));
}

const CASES = LOCALES.flatMap((locale) => LAYOUTS.map((layout) => [locale, layout] as const));

describe.each(CHART_IDS)('%s draws as stored', (chart) => {
  test.each(CASES)('%s, %s', async (locale, layout) => {
    const markup = normaliseSvg(await draw(chart, locale, layout));
    await expect(markup).toMatchFileSnapshot(`./__snapshots__/${chart}-${locale}-${layout}.svg`);
  });
});

// The timeline's page draws a client-side explorer; its server-drawn form is the embed's, whose
// default view must stay the registry's drawing for the snapshots above to cover it.
test.each(LOCALES)('the timeline embed’s default view is the registry’s drawing (%s)', async (locale) => {
  const { data, ...view } = getTimelineView(getTimelineChartData(), new URLSearchParams());
  const width = VARIANT_WIDTHS.wide;
  const embed = renderToStaticMarkup(await renderTimelineSvg({ locale, palette: CSS_PALETTE, width, data, view }));
  expect(embed).toBe(await draw('timeline', locale, 'wide'));
});
