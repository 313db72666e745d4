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
