import { describe, expect, test, vi } from 'vitest';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { toCoveragePptx } = await import('@/lib/charts/coverage/pptx');
const { getTranslator } = await import('@/lib/i18n/translator');

const rows = await loadFixtureRows('website-coverage');

describe('toCoveragePptx(rows, locale, t, tp)', () => {
  test('is one bar chart of the shares, top of the hierarchy first, on a 0–100 % axis', async () => {
    const { body } = toCoveragePptx(rows, 'en', await getTranslator('en', 'coverage'), await getTranslator('en', 'pptx'));
    if (body.kind !== 'panels') throw new Error(body.kind);
    const chart = body.panels[0]!.chart!;
    expect(chart.categories[0]).toBe('State Council departments');
    expect(chart.series[0]!.values).toEqual([...rows].sort((a, b) => a.level_rank - b.level_rank).map((row) => row.share_pct));
    expect(chart).toMatchObject({ direction: 'bar', max: 100, numberFormat: '0"%"' });
  });

  test('lists the totals the deck gives under the chart, in Chinese too', async () => {
    const { body } = toCoveragePptx(rows, 'zh', await getTranslator('zh', 'coverage'), await getTranslator('zh', 'pptx'));
    if (body.kind !== 'panels') throw new Error(body.kind);
    const withTotal = rows.filter((row) => row.units_total !== null);
    expect(body.panels[0]!.lines).toHaveLength(withTotal.length);
    expect(body.panels[0]!.lines!.join('')).toMatch(/课件/);
  });
});
