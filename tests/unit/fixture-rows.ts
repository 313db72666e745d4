import path from 'node:path';
import { vi } from 'vitest';

/** The tiny, valid copies of every dataset (tests/fixtures/README.md). */
export const FIXTURES_DIR = path.resolve('tests/fixtures');

/**
 * A dataset's rows from tests/fixtures rather than the shipped data/, read through the loader
 * (DATA_DIR pointed at the fixtures just for this read), so a correction to the deck's figures
 * does not break tests about layout, labels or rendering. Callers mock `server-only` first.
 */
export async function loadFixtureRows<Id extends Parameters<typeof import('@/lib/datasets/load').loadRows>[0]>(id: Id) {
  const { loadRows, clearDatasetCache } = await import('@/lib/datasets/load');
  vi.stubEnv('DATA_DIR', FIXTURES_DIR);
  clearDatasetCache();
  try {
    return loadRows(id);
  } finally {
    vi.unstubAllEnvs();
    clearDatasetCache();
  }
}
