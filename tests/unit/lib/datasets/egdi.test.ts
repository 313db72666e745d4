import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { validateCsv } from '@/lib/csv/validate-csv';
import { egdi } from '@/lib/datasets/egdi';

vi.mock('server-only', () => ({}));
const { clearDatasetCache, loadDataset } = await import('@/lib/datasets/load');

/** The UN's export in its own form, with clearly fictional values: names with trailing spaces, two survey years in one file. */
const UN_FILE = readFileSync(path.resolve('tests/fixtures/EGOV_DATA.csv'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'egov-egdi-'));
  vi.stubEnv('DATA_DIR', dir);
  clearDatasetCache();
});
afterEach(() => {
  vi.unstubAllEnvs();
  clearDatasetCache();
  rmSync(dir, { recursive: true, force: true });
});

describe('the egdi dataset', () => {
  test('reads the UN Data Center’s CSV as downloaded: its own headers, trailing spaces, several years, an empty e-participation', () => {
    const { rows, errors, warnings } = validateCsv(UN_FILE, egdi);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(rows).toHaveLength(6);
    expect(rows[1]).toEqual({
      'Survey Year': 2020,
      'Country Name': 'France',
      'E-Government Rank': 102,
      'E-Government Index': 0.2222,
      'E-Participation Index': null,
      'Online Service Index': 0.2,
      'Human Capital Index': 0.22,
      'Telecommunication Infrastructure Index': 0.2466,
    });
  });

  test('an index outside 0–1 is an error naming its line and column', () => {
    const { errors } = validateCsv(UN_FILE.replace('0.4444,0.5555', '4.444,0.5555'), egdi);
    expect(errors).toMatchObject([{ line: 5, column: 'E-Government Index', code: 'above_max' }]);
  });

  test('without a file it has no rows and nothing fails; the UN’s EGOV_DATA_2022.csv dropped into DATA_DIR is read as it is named', () => {
    expect(loadDataset('egdi')).toMatchObject({ rows: [], origin: 'shipped' });
    writeFileSync(path.join(dir, 'EGOV_DATA_2022.csv'), UN_FILE);
    clearDatasetCache();
    const loaded = loadDataset('egdi');
    expect(loaded).toMatchObject({ origin: 'data-dir', file: 'DATA_DIR/EGOV_DATA_2022.csv' });
    expect(loaded.rows).toHaveLength(6);
  });
});
