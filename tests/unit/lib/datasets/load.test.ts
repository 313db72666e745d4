import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { clearDatasetCache, DATA_DIR_CHECK_INTERVAL_MS, DATA_DIR_LIMITS, getDataGeneration, loadDataset, loadRows } =
  await import('@/lib/datasets/load');

const COVERAGE_HEADER =
  'level_id,level_rank,level_zh,level_en,units_total,units_total_qualifier,share_pct,share_qualifier,as_of,note_zh,note_en,source_slide';
const coverage = (share: string) =>
  [
    COVERAGE_HEADER,
    `my-province,1,本省,My province,120,exact,${share},exact,2024-06,,,58`,
    'my-cities,2,地市,Cities,,,88,exact,2024-06,,,58',
  ].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'egov-data-dir-'));
  vi.stubEnv('DATA_DIR', dir);
  clearDatasetCache();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  clearDatasetCache();
  rmSync(dir, { recursive: true, force: true });
});

describe('loadDataset(id) with DATA_DIR', () => {
  test('a file in DATA_DIR replaces the shipped one', () => {
    writeFileSync(path.join(dir, 'website-coverage.csv'), coverage('55'));
    const loaded = loadDataset('website-coverage');
    expect(loaded.origin).toBe('data-dir');
    expect(loaded.file).toBe('DATA_DIR/website-coverage.csv');
    expect(loaded.rows.map((r) => [r.level_id, r.share_pct])).toEqual([
      ['my-province', 55],
      ['my-cities', 88],
    ]);
    expect(loaded.rejected).toBeNull();
  });

  test('a dataset missing from DATA_DIR falls back to the shipped file', () => {
    writeFileSync(path.join(dir, 'website-coverage.csv'), coverage('55'));
    const loaded = loadDataset('milestones');
    expect(loaded.origin).toBe('shipped');
    expect(loaded.file).toBe('data/milestones.csv');
    expect(loaded.rows).toHaveLength(20);
    expect(loaded.rejected).toBeNull();
  });

  test('an invalid file falls back to the shipped data and records which line, column and why', () => {
    writeFileSync(path.join(dir, 'website-coverage.csv'), coverage('120'));
    const loaded = loadDataset('website-coverage');
    expect(loaded.origin).toBe('shipped');
    expect(loaded.rows.map((r) => r.share_pct)).toEqual([96, 90, 94, 77]);
    expect(loaded.rejected).toEqual({
      file: 'DATA_DIR/website-coverage.csv',
      problems: [
        expect.objectContaining({
          line: 2,
          column: 'share_pct',
          message: '"120" is above the maximum 100',
          message_zh: '"120" 大于最大值 100',
        }),
      ],
    });
    expect(console.error).toHaveBeenCalledWith(
      expect.stringContaining(`DATA_DIR/website-coverage.csv line 2, column share_pct: "120" is above the maximum 100`),
      expect.stringContaining('shipped'),
    );
  });

  test('a binary file in DATA_DIR is rejected as not text', () => {
    writeFileSync(path.join(dir, 'stages.csv'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const loaded = loadDataset('stages');
    expect(loaded.origin).toBe('shipped');
    expect(loaded.rejected?.problems.map((p) => [p.line, p.code])).toEqual([[0, 'not_text']]);
  });

  test("names the file relative to DATA_DIR, never by the server's absolute path", () => {
    writeFileSync(path.join(dir, 'stages.csv'), 'nonsense');
    const loaded = loadDataset('stages');
    expect(loaded.rejected?.file).toBe('DATA_DIR/stages.csv');
    expect(JSON.stringify(loaded)).not.toContain(dir);
  });

  test("a folder under a dataset's name is reported, and the shipped file serves", () => {
    mkdirSync(path.join(dir, 'website-coverage.csv'));
    const loaded = loadDataset('website-coverage');
    expect(loaded.origin).toBe('shipped');
    expect(loaded.rows.map((r) => r.share_pct)).toEqual([96, 90, 94, 77]);
    expect(loaded.rejected?.problems.map((p) => [p.code, p.message])).toEqual([
      ['not_a_file', 'is not a regular file (a folder, a pipe or a device)'],
    ]);
  });

  test('a named pipe is reported without waiting on it', () => {
    execFileSync('mkfifo', [path.join(dir, 'stages.csv')]);
    const loaded = loadDataset('stages');
    expect(loaded.origin).toBe('shipped');
    expect(loaded.rejected?.problems.map((p) => p.code)).toEqual(['not_a_file']);
  });

  test('a file over the size limit is refused without being read', () => {
    const file = path.join(dir, 'milestones.csv');
    writeFileSync(file, '');
    truncateSync(file, 200 * 1024 * 1024); // 200 MB, sparse: nothing is written
    const loaded = loadDataset('milestones');
    expect(loaded.origin).toBe('shipped');
    expect(loaded.rejected?.problems).toEqual([
      expect.objectContaining({ code: 'too_large', message: `the file is larger than ${DATA_DIR_LIMITS.bytes} bytes` }),
    ]);
  });

  test('a file with more rows than the limit is refused', () => {
    const rows = Array.from({ length: DATA_DIR_LIMITS.rows + 1 }, (_, i) => `l${i},${i + 1},本省,Level ${i},,,50,exact,2024-06,,,58`);
    writeFileSync(path.join(dir, 'website-coverage.csv'), [COVERAGE_HEADER, ...rows].join('\n'));
    const loaded = loadDataset('website-coverage');
    expect(loaded.origin).toBe('shipped');
    expect(loaded.rejected?.problems.map((p) => p.code)).toEqual(['too_many_rows']);
  });

  test('one store for the process: another copy of the loader module reads nothing again', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    writeFileSync(path.join(dir, 'website-coverage.csv'), coverage('55'));
    const first = loadDataset('website-coverage');
    vi.resetModules();
    const copy = await import('@/lib/datasets/load');
    expect(copy.loadDataset('website-coverage')).toBe(first);
  });

  test('outside production, an edited file is read again on the next load', () => {
    const file = path.join(dir, 'website-coverage.csv');
    writeFileSync(file, coverage('55'));
    expect(loadRows('website-coverage')[0]?.share_pct).toBe(55);
    expect(loadRows('website-coverage')[0]?.share_pct).toBe(55);
    writeFileSync(file, coverage('66'));
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(loadRows('website-coverage')[0]?.share_pct).toBe(66);
  });
});

describe('in production, DATA_DIR files are followed: looked at again at most every DATA_DIR_CHECK_INTERVAL_MS', () => {
  const file = () => path.join(dir, 'website-coverage.csv');
  /** Saves the file as an editor would, its modification time a moment later than the last save. */
  const save = (text: string) => {
    writeFileSync(file(), text);
    const later = new Date(Date.now() + 1_000);
    utimesSync(file(), later, later);
  };
  beforeEach(() => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.useFakeTimers({ toFake: ['Date'] });
  });

  test('an edit is read again once the interval has passed, not before, and the log says so', () => {
    save(coverage('55'));
    const first = loadDataset('website-coverage');
    expect(first.rows[0]?.share_pct).toBe(55);
    const generation = getDataGeneration();

    save(coverage('66'));
    vi.advanceTimersByTime(DATA_DIR_CHECK_INTERVAL_MS - 1);
    expect(loadDataset('website-coverage')).toBe(first);
    expect(getDataGeneration()).toBe(generation);
    expect(console.log).not.toHaveBeenCalled();

    vi.advanceTimersByTime(1);
    expect(loadRows('website-coverage')[0]?.share_pct).toBe(66);
    expect(getDataGeneration()).toBe(generation + 1);
    expect(console.log).toHaveBeenCalledWith('DATA_DIR/website-coverage.csv changed: read again (2 rows)');
  });

  test('an unchanged file is not read again: the same rows, the same generation, nothing logged', () => {
    save(coverage('55'));
    const first = loadDataset('website-coverage');
    const generation = getDataGeneration();
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(DATA_DIR_CHECK_INTERVAL_MS);
      expect(loadDataset('website-coverage')).toBe(first);
    }
    expect(getDataGeneration()).toBe(generation);
    expect(console.log).not.toHaveBeenCalled();
  });

  test('a file that appears later replaces the shipped data after the interval; removed, the shipped data come back', () => {
    expect(loadDataset('website-coverage').origin).toBe('shipped');
    save(coverage('55'));
    expect(loadDataset('website-coverage').origin).toBe('shipped');
    vi.advanceTimersByTime(DATA_DIR_CHECK_INTERVAL_MS);
    const loaded = loadDataset('website-coverage');
    expect([loaded.origin, loaded.file, loaded.rows[0]?.share_pct]).toEqual(['data-dir', 'DATA_DIR/website-coverage.csv', 55]);
    expect(console.log).toHaveBeenCalledWith('DATA_DIR/website-coverage.csv changed: read again (2 rows)');

    rmSync(file());
    vi.advanceTimersByTime(DATA_DIR_CHECK_INTERVAL_MS);
    expect(loadDataset('website-coverage').origin).toBe('shipped');
    expect(console.log).toHaveBeenLastCalledWith('DATA_DIR/website-coverage.csv is gone: serving data/website-coverage.csv');
  });

  test('a file edited into an invalid one falls back to the shipped data, with the rejection recorded and logged; fixed, it serves again', () => {
    save(coverage('55'));
    expect(loadDataset('website-coverage').origin).toBe('data-dir');
    save(coverage('120'));
    vi.advanceTimersByTime(DATA_DIR_CHECK_INTERVAL_MS);
    const loaded = loadDataset('website-coverage');
    expect(loaded.origin).toBe('shipped');
    expect(loaded.rows.map((r) => r.share_pct)).toEqual([96, 90, 94, 77]);
    expect(loaded.rejected).toEqual({
      file: 'DATA_DIR/website-coverage.csv',
      problems: [expect.objectContaining({ line: 2, column: 'share_pct', message: '"120" is above the maximum 100' })],
    });
    expect(console.error).toHaveBeenCalledWith(
      expect.stringContaining('DATA_DIR/website-coverage.csv line 2, column share_pct: "120" is above the maximum 100'),
      expect.stringContaining('shipped'),
    );
    expect(console.log).toHaveBeenLastCalledWith('DATA_DIR/website-coverage.csv changed: rejected (shipped file served, problems above)');

    save(coverage('77'));
    vi.advanceTimersByTime(DATA_DIR_CHECK_INTERVAL_MS);
    expect(loadDataset('website-coverage')).toMatchObject({ origin: 'data-dir', rejected: null });
    expect(loadRows('website-coverage')[0]?.share_pct).toBe(77);
  });

  test('each dataset keeps its own interval, and another copy of the loader module shares it', async () => {
    save(coverage('55'));
    loadDataset('website-coverage');
    vi.advanceTimersByTime(DATA_DIR_CHECK_INTERVAL_MS / 2);
    const milestones = loadDataset('milestones');
    save(coverage('66'));
    vi.advanceTimersByTime(DATA_DIR_CHECK_INTERVAL_MS / 2);
    vi.resetModules();
    const copy = await import('@/lib/datasets/load');
    expect(copy.loadRows('website-coverage')[0]?.share_pct).toBe(66);
    expect(copy.loadDataset('milestones')).toBe(milestones);
  });
});
