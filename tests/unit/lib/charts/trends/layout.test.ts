import { describe, expect, test, vi } from 'vitest';
import { boxesIntersect } from '@/lib/charts/shared/box';
import type { InternetUsersRow } from '@/lib/datasets/internet-users';
import type { TrendsChartData } from '@/lib/charts/trends/types';
import { getDefaultView, type TrendsView } from '@/lib/charts/trends/view';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { layoutTrends } = await import('@/lib/charts/trends/layout');
const { toTrendsInput } = await import('@/lib/charts/trends/input');
const { getTranslator } = await import('@/lib/i18n/translator');
const T = { zh: await getTranslator('zh', 'trends'), en: await getTranslator('en', 'trends') };

/** Seven countries that end close together, so their end labels must move apart; one misses 1995. */
const CODES = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG'];
const ROWS: InternetUsersRow[] = CODES.flatMap((code, c) =>
  Array.from({ length: 34 }, (_, i) => 1990 + i)
    .filter((year) => !(code === 'CCC' && year === 1995))
    .map((year) => ({
      code,
      entity_zh: `国家${c}`,
      entity_en: `Country ${code}`,
      year,
      internet_users_pct: year < 1993 ? 0 : Math.min(100, 0.001 * 1.6 ** (year - 1992) + c * 0.7),
      source: null,
    })),
);
const DATA: TrendsChartData = {
  rows: ROWS,
  milestones: await loadFixtureRows('milestones'),
  stages: await loadFixtureRows('stages'),
};
const VIEW: TrendsView = { ...getDefaultView(ROWS), countries: CODES };
const layout = (
  locale: 'zh' | 'en',
  width: number,
  view: Partial<TrendsView> = {},
  options: { height?: number; minFontSize?: number } = {},
) => layoutTrends(toTrendsInput(DATA, { ...VIEW, ...view }, locale, T[locale]), { width, ...options });

const WIDTHS = [320, 360, 480, 768, 960, 1920];

describe('layoutTrends(toTrendsInput(data, view, locale, t), {width})', () => {
  for (const locale of ['zh', 'en'] as const) {
    for (const axis of ['linear', 'log'] as const) {
      test.each(WIDTHS)(`end labels never overlap one another or leave the chart (${locale}, ${axis}, width %i)`, (width) => {
        const { lines, height } = layout(locale, width, { axis });
        expect(lines).toHaveLength(CODES.length);
        const boxes = lines.map((line) => line.label.box);
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) expect(boxesIntersect(a, b)).toBe(false);
          expect(a.x + a.width).toBeLessThanOrEqual(width);
          expect(a.y).toBeGreaterThanOrEqual(0);
          expect(a.y + a.height).toBeLessThanOrEqual(height);
        }
      });
    }
  }

  test.each(WIDTHS)('milestone labels never overlap one another and stay on the chart (width %i)', (width) => {
    const { events } = layout('en', width);
    for (const [i, a] of events.entries()) {
      for (const b of events.slice(i + 1)) expect(boxesIntersect(a.label.box, b.label.box)).toBe(false);
      expect(a.label.box.x).toBeGreaterThanOrEqual(0);
      expect(a.label.box.x + a.label.box.width).toBeLessThanOrEqual(width + 1);
    }
  });

  test('draws each milestone of the fixture at its date, and leaves out those outside the years shown', () => {
    const { events, plot } = layout('en', 960);
    const xOf = (year: number) => plot.x + ((year - 1990) / (2023 - 1990)) * plot.width;
    const doc17 = events.find((event) => event.id === 'document-17')!;
    expect(doc17.x).toBeGreaterThan(xOf(2002.5));
    expect(doc17.x).toBeLessThan(xOf(2002.75));
    expect(doc17.label.text).toBe('Doc. No. 17');
    expect(layout('en', 960, { from: 2003 }).events.map((event) => event.id)).not.toContain('document-17');
  });

  test('a year without a measurement breaks the line instead of bridging it', () => {
    const lines = layout('en', 960).lines;
    expect(lines.find((line) => line.code === 'CCC')!.paths).toHaveLength(2);
    expect(lines.find((line) => line.code === 'AAA')!.paths).toHaveLength(1);
  });

  test('a log axis leaves out the years at 0% and ticks at powers of ten up to 100%', () => {
    const linear = layout('en', 960).lines[0]!;
    const log = layout('en', 960, { axis: 'log' });
    expect(linear.points).toHaveLength(34);
    expect(log.lines[0]!.points).toHaveLength(31);
    expect(log.yTicks.at(-1)!.label.text).toBe('100%');
    for (const tick of log.yTicks) expect(tick.label.text).toMatch(/^(0\.0*)?10*%$/);
  });

  test('the stages are shaded periods named under the axis, in order and apart', () => {
    const { bands } = layout('zh', 360);
    expect(bands.map((band) => band.id)).toEqual(['exploration', 'development', 'maturity']);
    for (const [i, band] of bands.slice(1).entries()) {
      expect(band.x).toBeCloseTo(bands[i]!.x + bands[i]!.width, 0);
      expect(band.label!.box.x).toBeGreaterThanOrEqual(bands[i]!.label!.box.x + bands[i]!.label!.box.width);
    }
  });

  test('an image asks for a least text size, and nothing is drawn smaller', () => {
    const drawn = layout('zh', 1024, {}, { height: 768, minFontSize: 16 });
    const texts = [
      ...drawn.lines.map((line) => line.label),
      ...drawn.events.map((event) => event.label),
      ...drawn.yTicks.map((tick) => tick.label),
      ...drawn.xTicks.map((tick) => tick.label),
      ...drawn.bands.flatMap((band) => (band.label ? [band.label] : [])),
    ];
    for (const text of texts) expect(text.fontSize).toBeGreaterThanOrEqual(16);
    expect(drawn.height).toBe(768);
  });

  test('with no country chosen it says how to draw one', () => {
    expect(layout('en', 960, { countries: [] }).empty?.text).toBe('Choose a country to draw its line');
  });
});
