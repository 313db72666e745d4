import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import type { AnyChartManifest as Manifest } from '@/components/charts/manifest-types';
import { THEME_PALETTES } from '@/lib/charts/palette';

vi.mock('server-only', () => ({}));

const { CHART_MANIFESTS } = await import('@/components/charts/registry');

/** Charts that take their labels from messages rather than the data (France). */
const NO_DATA_TEXT = new Set(['france']);

/** Every chart with the hostile text in its rows, the overview's small charts too, through the same list the overview draws from. */
const HOSTILE_CHARTS: readonly Manifest[] = (CHART_MANIFESTS as readonly Manifest[]).map((chart) => ({
  ...chart,
  getData: (charts) => withHostileText(chart.getData(charts)),
  render: (options, charts) => chart.render({ ...options, data: options.data ?? withHostileText(chart.getData(charts)) }, charts),
}));

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

describe.each(HOSTILE_CHARTS.map((chart) => chart.id))('%s chart with markup in its data', (id) => {
  test.each(['zh', 'en'] as const)('renders in %s with the text escaped, never as markup', async (locale) => {
    const chart = HOSTILE_CHARTS.find((manifest) => manifest.id === id)!;
    const showsDataText = !NO_DATA_TEXT.has(id);
    const data = chart.getData(HOSTILE_CHARTS);
    const svg = renderToStaticMarkup(await chart.render({ locale, palette: THEME_PALETTES.light, width: 960, data }, HOSTILE_CHARTS));
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toContain('alert("x")');
    if (showsDataText) expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#x?[0-9a-f]+);)/i);
  });
});
