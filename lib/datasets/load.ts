import 'server-only';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeCsvBytes } from '../csv/decode';
import { validateCsv } from '../csv/validate-csv';
import { formatProblem, toProblem, type Problem } from './problems';
import { DATASET_IDS, getDefinition, type DatasetId, type RowOf } from './registry';

export type LoadedDataset<Id extends DatasetId> = {
  id: Id;
  rows: RowOf<Id>[];
  /** Where the rows came from: the shipped `data/` folder or the DATA_DIR override. */
  origin: 'shipped' | 'data-dir';
  /** File path shown to people, e.g. `data/milestones.csv`. */
  file: string;
  /** Problems with a DATA_DIR file that was rejected in favour of the shipped one. */
  rejected: { file: string; problems: Problem[] } | null;
};

export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(`Invalid dataset file:\n${problems.map((p) => `  ${formatProblem(file, p)}`).join('\n')}`);
    this.name = 'DatasetError';
  }
}

export const SHIPPED_DATA_DIR = path.join(process.cwd(), 'data');

function readDatasetFile<Id extends DatasetId>(id: Id, dir: string, label: string) {
  const definition = getDefinition(id);
  const file = `${label}/${definition.file}`;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path.join(dir, definition.file)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, missing: true as const };
    throw error;
  }
  const decoded = decodeCsvBytes(bytes);
  if (!decoded) return { file, missing: false as const, rows: [], errors: [toProblem(0, null, 'not_text')] };
  const { rows, errors } = validateCsv(decoded.text, definition);
  return { file, missing: false as const, rows, errors };
}

function loadUncached<Id extends DatasetId>(id: Id): LoadedDataset<Id> {
  const dataDir = process.env.DATA_DIR;
  let rejected: LoadedDataset<Id>['rejected'] = null;
  if (dataDir) {
    const override = readDatasetFile(id, path.resolve(dataDir), dataDir.replace(/\/$/, ''));
    if (!override.missing && override.errors.length === 0) {
      return { id, rows: override.rows, origin: 'data-dir', file: override.file, rejected: null };
    }
    if (!override.missing) {
      rejected = { file: override.file, problems: override.errors };
      console.error(new DatasetError(override.file, override.errors).message, '\n(serving the shipped file instead)');
    }
  }
  const shipped = readDatasetFile(id, SHIPPED_DATA_DIR, 'data');
  if (shipped.missing) throw new DatasetError(shipped.file, [toProblem(0, null, 'empty_file')]);
  if (shipped.errors.length > 0) throw new DatasetError(shipped.file, shipped.errors);
  return { id, rows: shipped.rows, origin: 'shipped', file: shipped.file, rejected };
}

type CacheEntry = { stamp: string; loaded: LoadedDataset<DatasetId> };

const cache = new Map<DatasetId, CacheEntry>();
/** Counts the reads: anything drawn from the data is stale once this has moved on. */
let generation = 0;

/** Which reading of the data files is current; changes whenever a dataset is read again (development, DATA_DIR edits). */
export function getDataGeneration(): number {
  return generation;
}

function modifiedAt(file: string) {
  try {
    const { mtimeMs, size } = statSync(file);
    return `${mtimeMs}:${size}`;
  } catch {
    return 'missing';
  }
}

/**
 * What the cached copy of a dataset depends on. In production the files are read once per
 * process; in development the files' modification times are part of it, so that editing a
 * file in DATA_DIR shows on the next request without a restart.
 */
function getCacheStamp(id: DatasetId) {
  const dataDir = process.env.DATA_DIR ?? '';
  if (process.env.NODE_ENV === 'production') return dataDir;
  const { file } = getDefinition(id);
  const override = dataDir ? modifiedAt(path.join(path.resolve(dataDir), file)) : '';
  return [dataDir, override, modifiedAt(path.join(SHIPPED_DATA_DIR, file))].join('|');
}

/** A dataset's validated rows, read once per process (per file change in development). Throws DatasetError for a bad shipped file. */
export function loadDataset<Id extends DatasetId>(id: Id): LoadedDataset<Id> {
  const stamp = getCacheStamp(id);
  const hit = cache.get(id);
  if (hit && hit.stamp === stamp) return hit.loaded as LoadedDataset<Id>;
  const loaded = loadUncached(id);
  cache.set(id, { stamp, loaded: loaded as LoadedDataset<DatasetId> });
  generation += 1;
  return loaded;
}

export function loadRows<Id extends DatasetId>(id: Id): RowOf<Id>[] {
  return loadDataset(id).rows;
}

/** Forgets what was read, so the next load reads the files again (tests; DATA_DIR edits in dev). */
export function clearDatasetCache() {
  cache.clear();
  generation += 1;
}

/** Where each dataset's rows come from now: DATA_DIR, the shipped file, or the shipped file because DATA_DIR's was rejected. */
export function describeDataSources(): { id: DatasetId; origin: LoadedDataset<DatasetId>['origin']; file: string; rejected: boolean }[] {
  return DATASET_IDS.map((id) => {
    const loaded = loadDataset(id);
    return { id, origin: loaded.origin, file: loaded.file, rejected: loaded.rejected !== null };
  });
}
