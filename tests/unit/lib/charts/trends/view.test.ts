import { describe, expect, test } from 'vitest';
import type { InternetUsersRow } from '@/lib/datasets/internet-users';
import {
  checkTrendsView,
  getDefaultView,
  getTrendsFigure,
  getTrendsView,
  getTrendsViewRows,
  toTrendsQuery,
} from '@/lib/charts/trends/view';

const row = (code: string, year: number): InternetUsersRow => ({
  code,
  entity_zh: null,
  entity_en: code,
  year,
  internet_users_pct: 1,
  source: null,
});
const ROWS = ['CHN', 'FRA', 'SGP', 'USA', 'OWID_WRL', 'DEU'].flatMap((code) => [1990, 2000, 2023].map((year) => row(code, year)));
const query = (text: string) => new URLSearchParams(text);

describe('getTrendsView(rows, query)', () => {
  test('opens on China, the US, France, Singapore and the World, linear, every year', () => {
    expect(getTrendsView(ROWS, query(''))).toEqual({
      countries: ['CHN', 'USA', 'FRA', 'SGP', 'OWID_WRL'],
      axis: 'linear',
      from: 1990,
      to: 2023,
    });
  });

  test('reads countries joined by commas or repeated (a form without JavaScript), dropping codes the data lacks', () => {
    expect(getTrendsView(ROWS, query('countries=CHN,DEU,XXX')).countries).toEqual(['CHN', 'DEU']);
    expect(getTrendsView(ROWS, { countries: ['SGP', 'CHN'] }).countries).toEqual(['SGP', 'CHN']);
    expect(getTrendsView(ROWS, query('countries=')).countries).toEqual([]);
  });

  test('clamps years to the data, swaps a from after to, and ignores an unknown axis', () => {
    expect(getTrendsView(ROWS, query('from=1980&to=2050'))).toMatchObject({ from: 1990, to: 2023 });
    expect(getTrendsView(ROWS, query('from=2010&to=1995'))).toMatchObject({ from: 1995, to: 2010 });
    expect(getTrendsView(ROWS, query('axis=cubic')).axis).toBe('linear');
  });
});

describe('toTrendsQuery(view, defaults)', () => {
  test('writes only what differs from the page as it opens, and reads back as the same view', () => {
    const defaults = getDefaultView(ROWS);
    const view = { ...defaults, countries: ['CHN', 'SGP'], axis: 'log' as const, from: 1995 };
    const written = toTrendsQuery(view, defaults);
    expect(written).toBe('countries=CHN,SGP&axis=log&from=1995');
    expect(getTrendsView(ROWS, query(written))).toEqual(view);
    expect(toTrendsQuery(defaults, defaults)).toBe('');
  });
});

describe('checkTrendsView(view, rows)', () => {
  test('accepts a view of the data and names what is wrong with any other', () => {
    expect(checkTrendsView(query('countries=CHN,SGP&axis=log&from=1995&to=2010'), ROWS)).toBeNull();
    expect(checkTrendsView(query('countries=CHN,ATL'), ROWS)).toMatch(/^Unknown country "ATL"/);
    expect(checkTrendsView(query('axis=cubic'), ROWS)).toMatch(/^Unknown axis "cubic"/);
    expect(checkTrendsView(query('from=1980'), ROWS)).toBe('from must be a year from 1990 to 2023, got "1980".');
    expect(checkTrendsView(query('from=2010&to=2000'), ROWS)).toMatch(/^from must not be after to/);
  });

  test('show names the figure: internet or egdi, and nothing else', () => {
    expect(checkTrendsView(query('show=egdi&countries=CHN,FRA'), ROWS)).toBeNull();
    expect(checkTrendsView(query('show=internet'), ROWS)).toBeNull();
    expect(checkTrendsView(query('show=EGDI'), ROWS)).toBe(
      'Unknown show "EGDI": give internet or egdi (internet use, or the UN\'s EGDI from your own file).',
    );
    expect(checkTrendsView(query('show='), ROWS)).toMatch(/^Unknown show ""/);
  });
});

describe('getTrendsFigure(query)', () => {
  test('is egdi only where show says so: an embed or page shows internet use for anything else', () => {
    expect(getTrendsFigure(query('show=egdi'))).toBe('egdi');
    expect(getTrendsFigure({ show: ['egdi', 'internet'] })).toBe('egdi');
    for (const text of ['', 'show=internet', 'show=EGDI', 'show=']) expect(getTrendsFigure(query(text))).toBe('internet');
    expect(getTrendsFigure({})).toBe('internet');
  });
});

describe('getTrendsViewRows(rows, view)', () => {
  test('gives the rows a view shows: its countries in its order, their years from `from` to `to`', () => {
    const rows = getTrendsViewRows(ROWS, { countries: ['SGP', 'CHN'], axis: 'log', from: 1995, to: 2023 });
    expect(rows.map((r) => `${r.code} ${r.year}`)).toEqual(['SGP 2000', 'SGP 2023', 'CHN 2000', 'CHN 2023']);
  });
});
