import { describe, expect, test, vi } from 'vitest';
import { toFranceFigures } from '@/lib/charts/france/figures';
import { layoutFrance as layoutFigures, type FranceLayout } from '@/lib/charts/france/layout';
import { getTranslator } from '@/lib/i18n/translator';
import type { Box } from '@/lib/charts/france/types';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const rows = await loadFixtureRows('france-internet');
const { loadRows } = await import('@/lib/datasets/load');
/** The shipped data/, for the tests that pin the deck's own figures (named so). */
const shippedRows = loadRows('france-internet');
const T = { zh: await getTranslator('zh', 'france'), en: await getTranslator('en', 'france') };
/** The chain the renderer runs: rows reshaped for a language, then laid out. */
const layoutFrance = (data: typeof rows, { locale, ...size }: { width: number; height?: number; locale: 'zh' | 'en' }) =>
  layoutFigures(toFranceFigures(data, locale), { ...size, locale, t: T[locale] });

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const allTexts = (layout: FranceLayout) => [...layout.gdp.texts, ...layout.panels.flatMap((p) => p.texts)];
const allText = (layout: FranceLayout) =>
  allTexts(layout)
    .map((t) => t.text)
    .join(' ');
const bar = (layout: FranceLayout, key: string) => layout.panels.flatMap((p) => p.bars).find((b) => b.key === key)!;

describe('layoutFrance', () => {
  test('draws three panels: people, households, adults', () => {
    const layout = layoutFrance(rows, { width: 960, locale: 'en' });
    expect(layout.panels.map((p) => p.id)).toEqual(['people', 'households', 'adults']);
  });

  test('shows the computed 38.9% next to the deck’s 40.6%, each with its note marker (pins the shipped data)', () => {
    const rows = shippedRows;
    const en = allText(layoutFrance(rows, { width: 360, locale: 'en' }));
    expect(en).toContain('users ÷ population = 38.9%²');
    expect(en).toContain('40.6%³');
    const zh = allText(layoutFrance(rows, { width: 360, locale: 'zh' }));
    expect(zh).toContain('38.9%²');
    expect(zh).toContain('40.6%³');
  });

  test('draws the users bar at 38.9% of the population bar and the deck’s 40.6% as a dashed line', () => {
    const layout = layoutFrance(rows, { width: 960, locale: 'en' });
    const population = bar(layout, 'population');
    expect(bar(layout, 'users').width / population.width).toBeCloseTo(0.389, 2);
    const stated = layout.panels[0]!.rules.find((r) => r.key === 'stated')!;
    expect(stated.dashed).toBe(true);
    expect((stated.x1 - population.x) / population.width).toBeCloseTo(0.406, 2);
  });

  test('households online are drawn on the scale of households with a PC (pins the shipped data)', () => {
    const rows = shippedRows;
    const layout = layoutFrance(rows, { width: 960, locale: 'en' });
    expect(bar(layout, 'online').width / bar(layout, 'with-pc').width).toBeCloseTo(0.7, 2);
    expect(allText(layout)).toContain('Households with a PC: about 10 million⁴');
  });

  test('the adults bar stacks 20% already, 40% more willing and 40% rest, summing to the full 100%', () => {
    const layout = layoutFrance(rows, { width: 960, locale: 'en' });
    const adults = layout.panels[2]!;
    const segments = ['already', 'willing', 'rest'].map((key) => adults.bars.find((b) => b.key === key)!);
    expect(layout.figures.adultsOnline + layout.figures.adultsWilling + layout.figures.adultsRest).toBe(100);
    expect(segments.map((s) => Math.round((s.width / adults.box.width) * 100))).toEqual([20, 40, 40]);
    expect(segments[1]!.x).toBeCloseTo(segments[0]!.x + segments[0]!.width, 0);
    expect(segments.reduce((sum, s) => sum + s.width, 0)).toBeCloseTo(adults.box.width, 0);
    expect(segments[1]!.fill).toBe('hatch-2');
  });

  test('shows GDP as the deck states it, in each language’s way, with its note marker', () => {
    expect(allText(layoutFrance(rows, { width: 360, locale: 'en' }))).toContain('US$165.4 billion¹');
    expect(allText(layoutFrance(rows, { width: 360, locale: 'zh' }))).toContain('1654亿美元¹');
    expect(allText(layoutFrance(rows, { width: 360, locale: 'zh' }))).toContain('人口：6001万');
    expect(allText(layoutFrance(rows, { width: 360, locale: 'en' }))).toContain('Population: 60,011,200');
  });

  test('numbers the six notes in reading order (pins the shipped data)', () => {
    const rows = shippedRows;
    const layout = layoutFrance(rows, { width: 360, locale: 'en' });
    expect(layout.notes.map((n) => `${n.marker}${n.metricId}`)).toEqual([
      '¹gdp',
      '²internet-users',
      '³internet-penetration',
      '⁴households-with-pc',
      '⁵households-online',
      '⁶adults-egov-willing',
    ]);
  });

  for (const locale of ['zh', 'en'] as const) {
    for (const width of [320, 360, 768, 960, 1440, 1920]) {
      test(`${locale} at ${width}: no text overlaps another or leaves the chart`, () => {
        const layout = layoutFrance(rows, { width, locale });
        const boxes = allTexts(layout).map((t) => t.box);
        for (const box of boxes) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(width);
          expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
        }
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => expect(intersects(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false)),
        );
      });
    }
  }

  test('fits an exact image size and scales type up for a wide image', () => {
    const layout = layoutFrance(rows, { width: 1920, height: 1080, locale: 'zh' });
    expect(layout.height).toBe(1080);
    expect(layout.fontSize).toBeGreaterThanOrEqual(24);
    const panelsBottom = Math.max(...layout.panels.map((p) => p.box.y + p.box.height));
    expect(panelsBottom).toBeLessThanOrEqual(1080);
    const small = layoutFrance(rows, { width: 1024, height: 400, locale: 'en' });
    expect(Math.max(...small.panels.map((p) => p.box.y + p.box.height))).toBeLessThanOrEqual(400);
  });
});
