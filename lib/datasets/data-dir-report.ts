import 'server-only';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeDataSources } from './load';

/**
 * Reads every dataset once when the server starts with DATA_DIR set, so a rejected file is logged
 * (file, line, column, why) at startup rather than at the first request that needs it, and says
 * which files DATA_DIR supplies.
 */
export function reportDataDir(log: (line: string) => void = console.log): void {
  const dataDir = process.env.DATA_DIR;
  if (!dataDir) return;
  const resolved = path.resolve(dataDir);
  if (!existsSync(resolved) || !statSync(resolved).isDirectory()) {
    log(`DATA_DIR=${dataDir}: no such folder; serving the shipped data/ files.`);
    return;
  }
  const sources = describeDataSources();
  const fromDataDir = sources.filter((source) => source.origin === 'data-dir').map((source) => source.file);
  const rejected = sources.filter((source) => source.rejected).map((source) => source.id);
  log(
    [
      `DATA_DIR=${dataDir}: ${fromDataDir.length ? `using ${fromDataDir.join(', ')}` : 'no dataset file found there'}`,
      rejected.length ? `; rejected (shipped file served, problems above): ${rejected.join(', ')}` : '',
      `; ${sources.length - fromDataDir.length} of ${sources.length} datasets from data/.`,
    ].join(''),
  );
}
