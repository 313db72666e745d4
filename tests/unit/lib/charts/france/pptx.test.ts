import { describe, expect, test, vi } from 'vitest';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { toFrancePptx } = await import('@/lib/charts/france/pptx');
const { getTranslator } = await import('@/lib/i18n/translator');

const rows = await loadFixtureRows('france-internet');
const value = (id: string) => rows.find((row) => row.metric_id === id)!.value;

describe('toFrancePptx(rows, locale, t, tp)', () => {
  test('gives each comparison its own chart of the deck’s values, and the GDP as the deck states it', async () => {
    const { body } = toFrancePptx(rows, 'en', await getTranslator('en', 'france'), await getTranslator('en', 'pptx'));
    if (body.kind !== 'panels') throw new Error(body.kind);
    const [people, households, adults, gdp] = body.panels;
    expect(people!.chart!.series[0]!.values).toEqual([value('population'), value('internet-users')]);
    expect(households!.chart!.series[0]!.values).toEqual([value('households-with-pc'), value('households-online')]);
    expect(adults!.chart).toMatchObject({ stacked: true, max: 100 });
    expect(adults!.chart!.series.map((series) => series.values[0])).toEqual([
      value('adults-egov-users'),
      value('adults-egov-willing'),
      100 - value('adults-egov-users') - value('adults-egov-willing'),
    ]);
    expect(gdp!.figure).toBe('US$165.4 billion');
  });

  test('sets users ÷ population beside the penetration the deck states', async () => {
    const { body } = toFrancePptx(rows, 'en', await getTranslator('en', 'france'), await getTranslator('en', 'pptx'));
    if (body.kind !== 'panels') throw new Error(body.kind);
    const computed = ((value('internet-users') / value('population')) * 100).toFixed(1);
    expect(body.panels[0]!.lines![0]).toContain(`= ${computed}%`);
    expect(body.panels[0]!.lines![0]).toContain(`the deck states ${value('internet-penetration')}%`);
  });
});
