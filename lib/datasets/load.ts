import 'server-only';
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
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

/** What a DATA_DIR file may hold (docs/DATA.md): a mistake there must not take the site down. */
export const DATA_DIR_LIMITS = { bytes: 10 * 1024 * 1024, rows: 10_000 } as const;

type FileRead = { bytes: Uint8Array } | { missing: true } | { problem: Problem };

/**
 * A regular file's bytes, up to `maxBytes`. Opened without blocking and checked through its own
 * descriptor, so a folder, a named pipe or a device under a dataset's name is reported, never read.
 */
function readRegularFile(filePath: string, maxBytes: number): FileRead {
  let fd: number;
  try {
    fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { missing: true };
    return { problem: toProblem(0, null, code === 'EISDIR' ? 'not_a_file' : 'unreadable') };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: toProblem(0, null, 'not_a_file') };
    if (stat.size > maxBytes) return { problem: toProblem(0, null, 'too_large', { max: maxBytes }) };
    const bytes = new Uint8Array(readFileSync(fd));
    if (bytes.byteLength > maxBytes) return { problem: toProblem(0, null, 'too_large', { max: maxBytes }) };
    return { bytes };
  } catch {
    return { problem: toProblem(0, null, 'unreadable') };
  } finally {
    closeSync(fd);
  }
}

function readDatasetFile<Id extends DatasetId>(id: Id, dir: string, label: string, limits: { bytes: number; rows: number }) {
  const definition = getDefinition(id);
  const file = `${label}/${definition.file}`;
  const read = readRegularFile(path.join(dir, definition.file), limits.bytes);
  if ('missing' in read) return { file, missing: true as const };
  if ('problem' in read) return { file, missing: false as const, rows: [], errors: [read.problem] };
  const decoded = decodeCsvBytes(read.bytes);
  if (!decoded) return { file, missing: false as const, rows: [], errors: [toProblem(0, null, 'not_text')] };
  const { rows, errors } = validateCsv(decoded.text, definition);
  if (rows.length + errors.length > limits.rows) {
    return { file, missing: false as const, rows: [], errors: [toProblem(0, null, 'too_many_rows', { max: limits.rows })] };
  }
  return { file, missing: false as const, rows, errors };
}

function loadUncached<Id extends DatasetId>(id: Id): LoadedDataset<Id> {
  const dataDir = process.env.DATA_DIR;
  let rejected: LoadedDataset<Id>['rejected'] = null;
  if (dataDir) {
    // Named relative to DATA_DIR: the server's own paths are nobody's business on a public page.
    const override = readDatasetFile(id, path.resolve(dataDir), 'DATA_DIR', DATA_DIR_LIMITS);
    if (!override.missing && override.errors.length === 0) {
      return { id, rows: override.rows, origin: 'data-dir', file: override.file, rejected: null };
    }
    if (!override.missing) {
      rejected = { file: override.file, problems: override.errors };
      console.error(new DatasetError(override.file, override.errors).message, '\n(serving the shipped file instead)');
    }
  }
  const shipped = readDatasetFile(id, SHIPPED_DATA_DIR, 'data', { bytes: Number.POSITIVE_INFINITY, rows: Number.POSITIVE_INFINITY });
  if (shipped.missing) throw new DatasetError(shipped.file, [toProblem(0, null, 'empty_file')]);
  if (shipped.errors.length > 0) throw new DatasetError(shipped.file, shipped.errors);
  return { id, rows: shipped.rows, origin: 'shipped', file: shipped.file, rejected };
}

type CacheEntry = { stamp: string; loaded: LoadedDataset<DatasetId> };

/**
 * One store for the whole process: the App Router pages, the image route and the startup check are
 * bundled apart, each with its own copy of this module, yet the files are read once.
 * `generation` counts the reads: anything drawn from the data is stale once it has moved on.
 */
type DatasetStore = { cache: Map<DatasetId, CacheEntry>; generation: number };
const STORE_KEY = Symbol.for('egov-dashboard.datasets');
const store: DatasetStore = ((globalThis as { [STORE_KEY]?: DatasetStore })[STORE_KEY] ??= { cache: new Map(), generation: 0 });
const cache = store.cache;

/** Which reading of the data files is current; changes whenever a dataset is read again (development, DATA_DIR edits). */
export function getDataGeneration(): number {
  return store.generation;
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
  store.generation += 1;
  return loaded;
}

export function loadRows<Id extends DatasetId>(id: Id): RowOf<Id>[] {
  return loadDataset(id).rows;
}

/** Forgets what was read, so the next load reads the files again (tests; DATA_DIR edits in dev). */
export function clearDatasetCache() {
  cache.clear();
  store.generation += 1;
}

/** Where each dataset's rows come from now: DATA_DIR, the shipped file, or the shipped file because DATA_DIR's was rejected. */
export function describeDataSources(): { id: DatasetId; origin: LoadedDataset<DatasetId>['origin']; file: string; rejected: boolean }[] {
  return DATASET_IDS.map((id) => {
    const loaded = loadDataset(id);
    return { id, origin: loaded.origin, file: loaded.file, rejected: loaded.rejected !== null };
  });
}
