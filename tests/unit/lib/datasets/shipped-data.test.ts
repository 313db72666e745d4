import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { validateCsv } from '@/lib/csv/validate-csv';
import { DATASET_IDS, getDefinition } from '@/lib/datasets/registry';

vi.mock('server-only', () => ({}));
const { loadRows } = await import('@/lib/datasets/load');

const readShipped = (file: string) => readFileSync(path.join(process.cwd(), 'data', file), 'utf8');

describe('the shipped CSV files', () => {
  test('the UN’s EGDI is not shipped: data/ has no file of it, and it loads with no rows', () => {
    expect(readdirSync(path.join(process.cwd(), 'data')).filter((name) => /egov|egdi/i.test(name))).toEqual([]);
    expect(loadRows('egdi')).toEqual([]);
  });

  test.each(DATASET_IDS.filter((id) => !getDefinition(id).optional))('%s passes its schema with no errors and no warnings', (id) => {
    const definition = getDefinition(id);
    const { rows, errors, warnings } = validateCsv(readShipped(definition.file), definition);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
    // Every row names its slide, but data from beyond the deck, which names its source instead.
    if (definition.credit) expect(definition.columns.map((column) => column.name)).not.toContain('source_slide');
    else for (const row of rows) expect((row as { source_slide: number }).source_slide).toBeGreaterThanOrEqual(1);
  });
});

describe('internet use (ITU via World Bank WDI / Our World in Data)', () => {
  test('keeps the export values unchanged and its missing years absent', () => {
    const rows = loadRows('internet-users');
    const value = (code: string, year: number) => rows.find((r) => r.code === code && r.year === year)?.internet_users_pct;
    expect(value('CHN', 1993)).toBe(0.00016868);
    expect(value('CHN', 2005)).toBe(8.52326);
    expect([value('FRA', 2002), value('FRA', 2003)]).toEqual([30.18, 36.14]);
    expect(value('USA', 2023)).toBeUndefined();
    expect(new Set(rows.map((r) => r.code))).toEqual(new Set(['CHN', 'USA', 'FRA', 'SGP', 'OWID_WRL']));
  });
});

describe('figures match the deck digit for digit', () => {
  test('website coverage (slide 58): 96 %, 90 %, 94 % of 300-plus, nearly 77 % of 2,000-plus', () => {
    const rows = loadRows('website-coverage');
    expect(rows.map((r) => [r.level_id, r.share_pct, r.share_qualifier, r.units_total, r.units_total_qualifier])).toEqual([
      ['state-council-departments', 96, 'exact', null, null],
      ['provinces', 90, 'exact', null, null],
      ['prefecture-cities', 94, 'exact', 300, 'more_than'],
      ['county-cities', 77, 'nearly', 2000, 'more_than'],
    ]);
  });

  test('France (slide 41): population, GDP, users, penetration, households, adults', () => {
    const values = Object.fromEntries(loadRows('france-internet').map((r) => [r.metric_id, r.value]));
    expect(values).toEqual({
      population: 60011200,
      gdp: 165400000000,
      'internet-users': 23352522,
      'internet-penetration': 40.6,
      'households-with-pc': 10000000,
      'households-online': 7000000,
      'adults-egov-users': 20,
      'adults-egov-willing': 40,
    });
  });

  test('France notes flag the users/penetration mismatch and the GDP unit', () => {
    const rows = loadRows('france-internet');
    expect(rows.find((r) => r.metric_id === 'internet-users')?.note_en).toContain('38.9 %');
    expect(rows.find((r) => r.metric_id === 'gdp')?.note_en).toMatch(/factor of ten/);
  });

  test('United States (slide 74): six figures for 1992–1996', () => {
    const rows = loadRows('us-downsizing');
    expect(rows.map((r) => [r.metric_id, r.value, r.qualifier])).toEqual([
      ['federal-employees-cut', 240000, 'exact'],
      ['offices-closed', 2000, 'more_than'],
      ['programmes-abolished', 200, 'nearly'],
      ['spending-cut', 118000000000, 'exact'],
      ['regulations-abolished', 16000, 'more_than'],
      ['rules-simplified', 31000, 'more_than'],
    ]);
    expect(new Set(rows.map((r) => `${r.period_start}-${r.period_end}`))).toEqual(new Set(['1992-1996']));
  });

  test('milestones run from 1992 to 2006 in date order, Document No. 17 on 2002-08-17', () => {
    const rows = loadRows('milestones');
    expect(rows).toHaveLength(20);
    expect(rows[0]?.date).toBe('1992');
    expect(rows.at(-1)?.date.startsWith('2006')).toBe(true);
    const dates = rows.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates);
    expect(rows.find((r) => r.id === 'document-17')).toMatchObject({ date: '2002-08-17', stage: 'development', source_slide: 52 });
    expect(rows.find((r) => r.id === 'gov-cn-launch')).toMatchObject({ date: '2006-01-01', stage: 'maturity', source_slide: 57 });
  });

  test('every milestone falls inside the stage it is assigned to', () => {
    const stages = loadRows('stages');
    for (const row of loadRows('milestones')) {
      const stage = stages.find((s) => s.stage_id === row.stage)!;
      expect(row.date >= stage.start.slice(0, row.date.length), row.id).toBe(true);
      if (stage.end) expect(row.date.slice(0, stage.end.length) <= stage.end, row.id).toBe(true);
    }
  });

  test('application modes: 7 G2G, 4 G2B and 8 G2C systems (slides 26–28)', () => {
    const rows = loadRows('application-modes');
    const count = (mode: string) => rows.filter((r) => r.mode_id === mode).length;
    expect([count('g2g'), count('g2b'), count('g2c')]).toEqual([7, 4, 8]);
  });

  test('country profiles: US 1993, Singapore 1981, China 1992, France with no year', () => {
    const years = Object.fromEntries(loadRows('country-profiles').map((r) => [r.country_id, r.start_year]));
    expect(years).toEqual({ china: 1992, 'united-states': 1993, france: null, singapore: 1981 });
  });
});
