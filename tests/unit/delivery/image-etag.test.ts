import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
vi.mock('@/delivery/image-chart', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/delivery/image-chart')>();
  return { ...actual, renderChartImage: vi.fn(actual.renderChartImage) };
});
const { respondChartImage } = await import('@/delivery/image-response');
const { renderChartImage } = await import('@/delivery/image-chart');
const { clearDatasetCache } = await import('@/lib/datasets/load');

const COVERAGE_HEADER =
  'level_id,level_rank,level_zh,level_en,units_total,units_total_qualifier,share_pct,share_qualifier,as_of,note_zh,note_en,source_slide';
const coverage = (share: string) => `${COVERAGE_HEADER}\nmy-province,1,本省,My province,120,exact,${share},exact,2024-06,,,58\n`;

const get = (file: string, query: string, headers: Record<string, string> = {}) =>
  respondChartImage(new Request(`http://localhost/charts/${file}?${query}`, { headers }), file);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'egov-image-etag-'));
  writeFileSync(path.join(dir, 'website-coverage.csv'), coverage('50'));
  vi.stubEnv('DATA_DIR', dir);
  vi.spyOn(console, 'log').mockImplementation(() => {});
  clearDatasetCache();
});
afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  clearDatasetCache();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /charts/{chart}.png|svg with If-None-Match', { timeout: 30_000 }, () => {
  test('a second request with the ETag gets 304 without the chart being drawn; a DATA_DIR edit changes the ETag', async () => {
    const first = await get('coverage.png', 'preset=4x3&lang=en');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);

    vi.mocked(renderChartImage).mockClear();
    // The same image asked for in other words: defaults spelled out, parameters in another order.
    const again = await get('coverage.png', 'theme=light&lang=en&preset=4x3&scale=1', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(renderChartImage).not.toHaveBeenCalled();

    expect((await get('coverage.png', 'preset=4x3&lang=zh', { 'if-none-match': etag })).status).toBe(200);
    expect((await get('coverage.svg', 'preset=4x3&lang=en', { 'if-none-match': etag })).status).toBe(200);

    writeFileSync(path.join(dir, 'website-coverage.csv'), coverage('75.5'));
    const edited = await get('coverage.png', 'preset=4x3&lang=en', { 'if-none-match': etag });
    expect(edited.status).toBe(200);
    expect(edited.headers.get('etag')).not.toBe(etag);
  });

  test('an SVG is answered 304 the same way', async () => {
    const etag = (await get('coverage.svg', 'w=800&h=450')).headers.get('etag')!;
    vi.mocked(renderChartImage).mockClear();
    expect((await get('coverage.svg', 'h=450&w=800', { 'if-none-match': `W/${etag}` })).status).toBe(304);
    expect(renderChartImage).not.toHaveBeenCalled();
  });
});
