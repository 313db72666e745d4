import { describe, expect, test, vi } from 'vitest';
import { getDefaultView } from '@/lib/charts/trends/view';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { layoutEgdi, toEgdiSeries } = await import('@/lib/charts/trends/egdi');
const { getTranslator } = await import('@/lib/i18n/translator');
const rows = await loadFixtureRows('egdi');
const internet = await loadFixtureRows('internet-users');
const view = getDefaultView(internet);

describe('toEgdiSeries(rows, internet, view, locale)', () => {
  test('matches the chosen countries by the UN’s name, trailing spaces and all, in survey order', () => {
    const series = toEgdiSeries(rows, internet, view, 'en');
    expect(series.map((s) => [s.code, s.name, s.points.map((p) => p.year)])).toEqual([
      ['CHN', 'China', [2020, 2022]],
      ['FRA', 'France', [2020, 2022]],
    ]);
    expect(toEgdiSeries(rows, internet, { ...view, countries: ['OWID_WRL'] }, 'en')).toEqual([]);
  });
});

describe('layoutEgdi(series, t, {width})', () => {
  test('draws EGDI and its three components in a panel each, the rank in every dot’s tooltip', async () => {
    const t = await getTranslator('en', 'trends');
    const layout = layoutEgdi(toEgdiSeries(rows, internet, view, 'en'), t, { width: 960 });
    expect(layout.panels.map((panel) => panel.title.text)).toEqual([
      'EGDI',
      'Online services',
      'Human capital',
      'Telecommunication infrastructure',
    ]);
    expect(layout.panels[0]!.lines[0]!.points[1]!.tip).toBe('China, 2022: EGDI 0.4444, rank 111');
    expect(layout.legend.map((item) => item.label.text)).toEqual(['China', 'France']);
  });
});

describe('layoutEgdi(series, t, {width, height, minFontSize}) for images', () => {
  const inside = (text: { x: number; width: number }, left: number, right: number) =>
    text.x >= left - 0.5 && text.x + text.width <= right + 0.5;

  test.each([
    [1832, 790, 22.5],
    [1208, 520, 15],
    [936, 560, 16],
    [936, 470, 16],
  ])('at %i×%i fills the height with no text under %d, each year under its own plot', async (width, height, minFontSize) => {
    for (const locale of ['zh', 'en'] as const) {
      const t = await getTranslator(locale, 'trends');
      const series = toEgdiSeries(rows, internet, { ...view, countries: ['CHN', 'USA', 'FRA', 'SGP'] }, locale);
      const layout = layoutEgdi(series, t, { width, height, minFontSize });
      expect(layout.fontSize).toBeGreaterThanOrEqual(minFontSize);
      expect(layout.height).toBeLessThanOrEqual(height);
      expect(layout.height).toBeGreaterThan(height - layout.fontSize * 2);
      for (const panel of layout.panels) {
        const right = panel.plot.x + panel.plot.width;
        for (const tick of panel.xTicks) expect(inside(tick.label.box, panel.plot.x - layout.fontSize, right + layout.fontSize)).toBe(true);
        // The panel's title ends above its top tick label.
        expect(panel.title.y).toBeLessThan(panel.yTicks.at(-1)!.label.y - layout.fontSize);
      }
      const plots = layout.panels.map((panel) => panel.plot);
      for (const [i, a] of plots.entries())
        for (const b of plots.slice(i + 1)) {
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart).toBe(true);
        }
    }
  });

  test('says so where none of the chosen countries is in the file, and draws no empty panels', async () => {
    const t = await getTranslator('en', 'trends');
    const layout = layoutEgdi([], t, { width: 936, height: 560, minFontSize: 16, emptyText: t('egdi.noneChosen') });
    expect(layout.panels).toEqual([]);
    expect(layout.empty?.text).toBe('None of the chosen countries is in the file.');
    expect(layout.empty!.fontSize).toBe(16);
    expect(layout.height).toBe(560);
  });
});
