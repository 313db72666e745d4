import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { clearDatasetCache } = await import('@/lib/datasets/load');
const { reportDataDir } = await import('@/lib/datasets/data-dir-report');
const { DATASET_IDS } = await import('@/lib/datasets/registry');

const COVERAGE =
  'level_id,level_rank,level_zh,level_en,units_total,units_total_qualifier,share_pct,share_qualifier,as_of,note_zh,note_en,source_slide\n' +
  'my-province,1,本省,My province,120,exact,55,exact,2024-06,,,58\n';

let dir: string;
let errors: string[];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'egov-data-dir-report-'));
  clearDatasetCache();
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  clearDatasetCache();
  rmSync(dir, { recursive: true, force: true });
});

describe('reportDataDir at startup', () => {
  test('says which files DATA_DIR supplies, and logs a rejected file with its line, column and reason', () => {
    writeFileSync(path.join(dir, 'website-coverage.csv'), COVERAGE);
    writeFileSync(path.join(dir, 'milestones.csv'), 'id,date\nx,2002-13-01\n');
    vi.stubEnv('DATA_DIR', dir);
    const lines: string[] = [];
    reportDataDir((line) => lines.push(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('using DATA_DIR/website-coverage.csv');
    expect(lines[0]).toContain('rejected (shipped file served, problems above): milestones');
    expect(lines[0]).toContain(`${DATASET_IDS.length - 1} of ${DATASET_IDS.length} datasets from data/`);
    expect(errors.join('\n')).toContain('DATA_DIR/milestones.csv line 1');
  });

  test('a DATA_DIR that does not exist is said plainly, and nothing else happens', () => {
    vi.stubEnv('DATA_DIR', path.join(dir, 'nope'));
    const lines: string[] = [];
    reportDataDir((line) => lines.push(line));
    expect(lines).toEqual([`DATA_DIR=${path.join(dir, 'nope')}: no such folder; serving the shipped data/ files.`]);
  });

  test('without DATA_DIR it says nothing', () => {
    const lines: string[] = [];
    reportDataDir((line) => lines.push(line));
    expect(lines).toEqual([]);
  });
});
