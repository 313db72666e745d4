import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { clearDatasetCache, DATA_DIR_CHECK_INTERVAL_MS, getDatasetVersion } = await import('@/lib/datasets/load');
const { getLiveVersion } = await import('@/components/data/live-data');
const versions = await import('@/app/api/datasets/versions/route');
const { DATASET_IDS } = await import('@/lib/datasets/registry');

const COVERAGE_HEADER =
  'level_id,level_rank,level_zh,level_en,units_total,units_total_qualifier,share_pct,share_qualifier,as_of,note_zh,note_en,source_slide';
const coverage = (share: string, rank = '1') =>
  `${COVERAGE_HEADER}\nmy-province,${rank},本省,My province,120,exact,${share},exact,2024-06,,,58\n`;

const get = (query: string, headers: Record<string, string> = {}) =>
  versions.GET(new Request(`http://localhost/api/datasets/versions${query}`, { headers }));

let dir: string;
/** Saves the coverage file as an editor would and lets the check interval pass. */
function edit(text: string) {
  const file = path.join(dir, 'website-coverage.csv');
  writeFileSync(file, text);
  const later = new Date(Date.now() + 1_000);
  utimesSync(file, later, later);
  vi.advanceTimersByTime(DATA_DIR_CHECK_INTERVAL_MS);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'egov-live-version-'));
  vi.stubEnv('DATA_DIR', dir);
  vi.stubEnv('NODE_ENV', 'production');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  clearDatasetCache();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  clearDatasetCache();
  rmSync(dir, { recursive: true, force: true });
});

describe('what an open data page polls to follow DATA_DIR', () => {
  test('GET /api/datasets/versions answers what the page was rendered with, for the asked datasets or all', async () => {
    const response = get('?ids=website-coverage,milestones');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const body = (await response.json()) as Record<string, string>;
    expect(Object.keys(body)).toEqual(['website-coverage', 'milestones']);
    expect(`${body['website-coverage']} ${body.milestones}`).toBe(getLiveVersion(['website-coverage', 'milestones']));
    expect(Object.keys((await get('').json()) as object)).toHaveLength(DATASET_IDS.length);
  });

  test('asked again with its ETag it answers 304; unknown names are a 400 that echoes nothing', async () => {
    const etag = get('?ids=stages').headers.get('etag')!;
    expect(get('?ids=stages', { 'If-None-Match': etag }).status).toBe(304);
    const refused = get('?ids=stages,<script>');
    expect(refused.status).toBe(400);
    expect(await refused.text()).not.toContain('<script>');
    expect(get(`?ids=${'stages,'.repeat(DATASET_IDS.length)}stages`).status).toBe(400);
  });

  test('a version changes when an edit is read, and only then', () => {
    edit(coverage('55'));
    const first = getDatasetVersion('website-coverage');
    expect(getDatasetVersion('website-coverage')).toBe(first);
    vi.advanceTimersByTime(DATA_DIR_CHECK_INTERVAL_MS);
    expect(getDatasetVersion('website-coverage')).toBe(first);
    edit(coverage('66'));
    expect(getDatasetVersion('website-coverage')).not.toBe(first);
    edit(coverage('55'));
    expect(getDatasetVersion('website-coverage')).toBe(first);
  });

  test('an edit that changes only the problems of a rejected file changes the version too (the page lists them)', () => {
    edit(coverage('120'));
    const rejected = getDatasetVersion('website-coverage');
    edit(coverage('55', 'one'));
    expect(getDatasetVersion('website-coverage')).not.toBe(rejected);
  });
});
