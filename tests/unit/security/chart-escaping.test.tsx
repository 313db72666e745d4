import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { THEME_PALETTES } from '@/lib/charts/palette';
import type { ChartRenderOptions } from '@/lib/charts/render-options';

vi.mock('server-only', () => ({}));

type ChartModule = {
  /** Whether the SVG shows text from the data (the France chart takes its labels from messages). */
  showsDataText: boolean;
  getData: () => unknown;
  render: (options: ChartRenderOptions<never>) => Promise<ReactElement>;
};

/** Charts whose render module has landed; add each new chart here. */
const CHARTS: Record<string, () => Promise<ChartModule>> = {
  timeline: async () => ({
    showsDataText: true,
    getData: (await import('@/components/charts/timeline/data')).getTimelineChartData,
    render: (await import('@/components/charts/timeline/render')).renderTimelineSvg as ChartModule['render'],
  }),
  coverage: async () => ({
    showsDataText: true,
    getData: (await import('@/components/charts/coverage/data')).getCoverageChartData,
    render: (await import('@/components/charts/coverage/render')).renderCoverageSvg as ChartModule['render'],
  }),
  france: async () => ({
    showsDataText: false,
    getData: (await import('@/components/charts/france/data')).getFranceChartData,
    render: (await import('@/components/charts/france/render')).renderFranceSvg as ChartModule['render'],
  }),
  'united-states': async () => ({
    showsDataText: true,
    getData: (await import('@/components/charts/united-states/data')).getUnitedStatesChartData,
    render: (await import('@/components/charts/united-states/render')).renderUnitedStatesSvg as ChartModule['render'],
  }),
  'application-modes': async () => ({
    showsDataText: true,
    getData: (await import('@/components/charts/application-modes/data')).getApplicationModesChartData,
    render: (await import('@/components/charts/application-modes/render')).renderApplicationModesSvg as ChartModule['render'],
  }),
  overview: async () => {
    const { renderOverviewSvg } = await import('@/components/charts/overview/render');
    const small = ['timeline', 'coverage', 'france', 'united-states', 'application-modes'] as const;
    const modules = await Promise.all(small.map(async (id) => [id, await CHARTS[id]!()] as const));
    // The small charts get the hostile data too, through the same renderers the overview is given.
    const renderers = Object.fromEntries(
      modules.map(([id, chart]) => [
        id,
        (options: ChartRenderOptions<never>) => chart.render({ ...options, data: withHostileText(chart.getData()) as never }),
      ]),
    );
    return {
      showsDataText: true,
      getData: (await import('@/components/charts/overview/data')).getOverviewChartData,
      render: (options) => renderOverviewSvg(options, renderers),
    };
  },
};

const HOSTILE = `<script>alert("x")</script>&'中文`;

/** The same data with the hostile text appended to every human-readable field (`*_zh`, `*_en`). */
function withHostileText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withHostileText);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [
        key,
        /_(zh|en)$/.test(key) && typeof field === 'string' ? `${field} ${HOSTILE}` : withHostileText(field),
      ]),
    );
  }
  return value;
}

describe.each(Object.keys(CHARTS))('%s chart with markup in its data', (chart) => {
  test.each(['zh', 'en'] as const)('renders in %s with the text escaped, never as markup', async (locale) => {
    const { getData, render, showsDataText } = await CHARTS[chart]!();
    const data = withHostileText(getData()) as never;
    const svg = renderToStaticMarkup(await render({ locale, palette: THEME_PALETTES.light, width: 960, data }));
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toContain('alert("x")');
    if (showsDataText) expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#x?[0-9a-f]+);)/i);
  });
});
