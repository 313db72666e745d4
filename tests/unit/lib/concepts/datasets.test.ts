import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { clearDatasetCache, loadDataset } = await import('@/lib/datasets/load');

const shipped = (id: string) => readFileSync(path.join(process.cwd(), 'data', `${id}.csv`), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'egov-concepts-'));
  vi.stubEnv('DATA_DIR', dir);
  clearDatasetCache();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  clearDatasetCache();
  rmSync(dir, { recursive: true, force: true });
});

describe('the definitions datasets through the loader', () => {
  test('shipped: six definitions in the deck’s order, every row from slides 13–18', () => {
    const definitions = loadDataset('definitions');
    expect(definitions.rows.map((r) => r.definition_id)).toEqual(['world-bank', 'un', 'oecd', 'gartner', 'wang-yukai', 'deck']);
    const elements = loadDataset('definition-elements');
    expect(elements.rows.length).toBeGreaterThan(0);
    for (const row of [...definitions.rows, ...elements.rows]) expect(row.source_slide).toBeGreaterThanOrEqual(13);
    for (const row of [...definitions.rows, ...elements.rows]) expect(row.source_slide).toBeLessThanOrEqual(18);
  });

  test('a DATA_DIR file with an unknown element is refused, naming file, line and column', () => {
    const lines = shipped('definition-elements').trimEnd().split('\n');
    lines[3] = lines[3]!.replace(',participation,', ',happiness,');
    writeFileSync(path.join(dir, 'definition-elements.csv'), lines.join('\n'));
    const loaded = loadDataset('definition-elements');
    expect(loaded.origin).toBe('shipped');
    expect(loaded.rejected?.file).toBe('DATA_DIR/definition-elements.csv');
    expect(loaded.rejected?.problems[0]).toMatchObject({ line: 4, column: 'element_id' });
    expect(loaded.rejected?.problems[0]?.message).toContain('happiness');
  });

  test('a definition without its slide is refused at that line and column', () => {
    const lines = shipped('definitions').trimEnd().split('\n');
    lines[2] = lines[2]!.replace(/,14$/, ',');
    writeFileSync(path.join(dir, 'definitions.csv'), lines.join('\n'));
    const loaded = loadDataset('definitions');
    expect(loaded.rejected?.problems[0]).toMatchObject({ line: 3, column: 'source_slide' });
  });
});
