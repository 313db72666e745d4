import { describe, expect, test, vi } from 'vitest';
import type { InternetUsersRow } from '@/lib/datasets/internet-users';
import type { TrendsChartData } from '@/lib/charts/trends/types';
import { getDefaultView } from '@/lib/charts/trends/view';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { toCategoryPosition, toTrendsPptx } = await import('@/lib/charts/trends/pptx');
const { getTranslator } = await import('@/lib/i18n/translator');
const T = { zh: await getTranslator('zh', 'trends'), en: await getTranslator('en', 'trends') };

/** China from 0% in 1990, the US without 1995: a zero stays a zero, a missing year stays missing. */
const row = (code: string, year: number, value: number): InternetUsersRow => ({
  code,
  entity_zh: code === 'CHN' ? '中国' : '美国',
  entity_en: code === 'CHN' ? 'China' : 'United States of America',
  year,
  internet_users_pct: value,
  source: null,
});
const YEARS = Array.from({ length: 34 }, (_, i) => 1990 + i);
const ROWS = [
  ...YEARS.map((year) => row('CHN', year, year < 1993 ? 0 : Math.min(80, 0.0002 * 1.6 ** (year - 1993)))),
  ...YEARS.filter((year) => year !== 1995).map((year) => row('USA', year, Math.min(95, 0.8 * 1.4 ** (year - 1990)))),
];
const DATA: TrendsChartData = { rows: ROWS, milestones: await loadFixtureRows('milestones'), stages: await loadFixtureRows('stages') };
const VIEW = getDefaultView(ROWS);

function chartOf(content: ReturnType<typeof toTrendsPptx>) {
  if (content.body.kind !== 'lines') throw new Error(content.body.kind);
  return content.body.chart;
}

describe('toTrendsPptx(data, view, locale, t)', () => {
  test('is a line per country over every year of the view, a missing year empty and a zero kept', () => {
    const chart = chartOf(toTrendsPptx(DATA, VIEW, 'en', T.en));
    expect(chart.categories).toEqual(YEARS.map(String));
    expect(chart.series.map((s) => s.name)).toEqual(['China', 'United States']);
    const [china, us] = chart.series;
    expect(china!.values.slice(0, 3)).toEqual([0, 0, 0]);
    expect(us!.values[YEARS.indexOf(1995)]).toBeNull();
    expect(us!.values.filter((value) => value === null)).toHaveLength(1);
    expect(chart).toMatchObject({ numberFormat: '0"%"', max: 100 });
  });

  test('names the deck’s milestones at their place on the axis, in order, and its stages as periods', () => {
    const chart = chartOf(toTrendsPptx(DATA, VIEW, 'zh', T.zh));
    expect(chart.events.map((event) => event.label)).toEqual(['“金”字工程', '17号文件', '中国政府网']);
    const positions = chart.events.map((event) => event.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // gov.cn, 1 January 2006: on 2006's point, the 17th of 34 years.
    expect(positions[2]).toBeCloseTo(16.5 / 34, 2);
    expect(chart.bands.map((band) => band.rank)).toEqual([1, 2, 3]);
    expect(chart.bands.every((band) => band.start < band.end && band.start >= 0 && band.end <= 1)).toBe(true);
  });

  test('follows the view: its years, and on a log axis leaves 0% out instead of drawing it', () => {
    const chart = chartOf(toTrendsPptx(DATA, { ...VIEW, from: 1990, to: 2000, axis: 'log' }, 'en', T.en));
    expect(chart.categories).toEqual(YEARS.slice(0, 11).map(String));
    expect(chart.series[0]!.values.slice(0, 3)).toEqual([null, null, null]);
    expect(chart.log!.min).toBeLessThanOrEqual(0.0002);
    expect(chart.events.map((event) => event.label)).toEqual(['Golden Projects']);
    expect(chart.bands).toHaveLength(1);
  });
});

describe('toCategoryPosition(time, from, to)', () => {
  test('puts a year on its point, the centre of its slot, and keeps times inside the axis', () => {
    expect(toCategoryPosition(1990, 1990, 1999)).toBeCloseTo(0.05);
    expect(toCategoryPosition(1999, 1990, 1999)).toBeCloseTo(0.95);
    expect(toCategoryPosition(1980, 1990, 1999)).toBe(0);
    expect(toCategoryPosition(2010, 1990, 1999)).toBe(1);
  });
});
