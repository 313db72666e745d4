import 'server-only';
import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** A dataset's file name in `dir`: its own, or else the last name there its pattern matches (`EGOV_DATA_2024.csv`). */
function resolveFileName(id: DatasetId, dir: string): string {
  const { file, filePattern } = getDefinition(id);
  if (!filePattern || existsSync(path.join(dir, file))) return file;
  try {
    return (
      readdirSync(dir)
        .filter((name) => filePattern.test(name))
        .sort()
        .at(-1) ?? file
    );
  } catch {
    return file;
  }
}

function readDatasetFile<Id extends DatasetId>(id: Id, dir: string, label: string, limits: { bytes: number; rows: number }) {
  const definition = getDefinition(id);
  const name = resolveFileName(id, dir);
  const file = `${label}/${name}`;
  const read = readRegularFile(path.join(dir, name), limits.bytes);
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
  if (shipped.missing && getDefinition(id).optional) return { id, rows: [], origin: 'shipped', file: shipped.file, rejected };
  if (shipped.missing) throw new DatasetError(shipped.file, [toProblem(0, null, 'empty_file')]);
  if (shipped.errors.length > 0) throw new DatasetError(shipped.file, shipped.errors);
  return { id, rows: shipped.rows, origin: 'shipped', file: shipped.file, rejected };
}

/** What a cached copy was read from: DATA_DIR's value, and the versions of the files it depends on (see getCacheStamp). */
type Stamp = { dataDir: string; override: string; shipped: string };
type CacheEntry = { stamp: Stamp; checkedAt: number; loaded: LoadedDataset<DatasetId> };

/**
 * One store for the whole process: the App Router pages, the image route and the startup check are
 * bundled apart, each with its own copy of this module, yet the files are read once (and once per change).
 * `generation` counts the reads: anything drawn from the data is stale once it has moved on.
 */
type DatasetStore = { cache: Map<DatasetId, CacheEntry>; generation: number };
const STORE_KEY = Symbol.for('egov-dashboard.datasets');
const store: DatasetStore = ((globalThis as { [STORE_KEY]?: DatasetStore })[STORE_KEY] ??= { cache: new Map(), generation: 0 });
const cache = store.cache;

/** In production, how long a DATA_DIR file is trusted before it is looked at again (one stat call per dataset at most this often). */
export const DATA_DIR_CHECK_INTERVAL_MS = 2_000;

/** Which reading of the data files is current; changes whenever a dataset is read again (a file changed in DATA_DIR, or in development). */
export function getDataGeneration(): number {
  return store.generation;
}

/** A file's identity and version without opening it (a pipe is not waited on): replaced, rewritten, grown, appeared or gone. */
function modifiedAt(file: string) {
  try {
    const { ino, mtimeMs, ctimeMs, size } = statSync(file);
    return `${ino}:${mtimeMs}:${ctimeMs}:${size}`;
  } catch {
    return 'missing';
  }
}

/**
 * What the cached copy of a dataset depends on. In production that is the DATA_DIR file, so an edit
 * there is followed without a restart, but not the shipped `data/` file, which changes only with a
 * new release; in development the shipped file's version is part of it too.
 */
function getCacheStamp(id: DatasetId): Stamp {
  const dataDir = process.env.DATA_DIR ?? '';
  const { file } = getDefinition(id);
  // Not a path for the build to trace: the folder is named when the server starts.
  const dir = dataDir ? path.resolve(/*turbopackIgnore: true*/ dataDir) : '';
  const name = dir ? resolveFileName(id, dir) : file;
  // The name too: a file appearing under another name the pattern takes is a change.
  const override = dir ? `${name}:${modifiedAt(path.join(dir, name))}` : '';
  const shipped = process.env.NODE_ENV === 'production' ? '' : modifiedAt(path.join(SHIPPED_DATA_DIR, file));
  return { dataDir, override, shipped };
}

const sameStamp = (a: Stamp, b: Stamp) => a.dataDir === b.dataDir && a.override === b.override && a.shipped === b.shipped;

/** Whether a cached copy is served without looking at the files: in production, until DATA_DIR_CHECK_INTERVAL_MS after the last look. */
function isFresh(entry: CacheEntry, now: number) {
  if (process.env.NODE_ENV !== 'production' || entry.stamp.dataDir !== (process.env.DATA_DIR ?? '')) return false;
  const since = now - entry.checkedAt;
  return since >= 0 && since < DATA_DIR_CHECK_INTERVAL_MS;
}

/** The line the server log gets when a DATA_DIR file changed and was read again (a rejected file's problems are logged above it). */
function reportChange(before: LoadedDataset<DatasetId>, after: LoadedDataset<DatasetId>) {
  const file = `DATA_DIR/${getDefinition(after.id).file}`;
  if (after.origin === 'data-dir')
    console.log(`${file} changed: read again (${after.rows.length} ${after.rows.length === 1 ? 'row' : 'rows'})`);
  else if (after.rejected) console.log(`${file} changed: rejected (shipped file served, problems above)`);
  else if (before.origin === 'data-dir' || before.rejected) console.log(`${file} is gone: serving ${after.file}`);
}

/**
 * A dataset's validated rows. Read once per process, and again when its DATA_DIR file changes
 * (looked at no more than every DATA_DIR_CHECK_INTERVAL_MS in production; on every load in
 * development, shipped files included). Throws DatasetError for a bad shipped file.
 */
export function loadDataset<Id extends DatasetId>(id: Id): LoadedDataset<Id> {
  const now = Date.now();
  const hit = cache.get(id);
  if (hit && isFresh(hit, now)) return hit.loaded as LoadedDataset<Id>;
  const stamp = getCacheStamp(id);
  if (hit && sameStamp(hit.stamp, stamp)) {
    hit.checkedAt = now;
    return hit.loaded as LoadedDataset<Id>;
  }
  const loaded = loadUncached(id);
  cache.set(id, { stamp, checkedAt: now, loaded: loaded as LoadedDataset<DatasetId> });
  store.generation += 1;
  if (hit && stamp.dataDir && hit.stamp.dataDir === stamp.dataDir && hit.stamp.override !== stamp.override) {
    reportChange(hit.loaded, loaded);
  }
  return loaded;
}

export function loadRows<Id extends DatasetId>(id: Id): RowOf<Id>[] {
  return loadDataset(id).rows;
}

const versions = new WeakMap<LoadedDataset<DatasetId>, string>();

/**
 * A short fingerprint of what a dataset is now: its rows, where they came from and a rejected
 * file's problems. It changes with every reading that differs, and costs one hash per reading.
 * The open data pages poll it (`GET /api/datasets/versions`) to know when to re-render.
 */
export function getDatasetVersion(id: DatasetId): string {
  const loaded = loadDataset(id);
  let version = versions.get(loaded);
  if (!version) {
    version = createHash('sha256').update(JSON.stringify(loaded)).digest('base64url').slice(0, 16);
    versions.set(loaded, version);
  }
  return version;
}

/** Forgets what was read, so the next load reads the files again (tests). */
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

let dataVersion = { generation: -1, version: '' };

/**
 * A fingerprint of every dataset as it is now (each one's getDatasetVersion), for tags on what is
 * drawn from the data: it changes when any file read changes, and stays the same across restarts
 * and processes while the files do. Looks at the files as loadDataset does, hashing only after a new reading.
 */
export function getDataVersion(): string {
  for (const id of DATASET_IDS) loadDataset(id);
  if (dataVersion.generation !== store.generation) {
    const versions = DATASET_IDS.map((id) => `${id}:${getDatasetVersion(id)}`).join('|');
    dataVersion = { generation: store.generation, version: createHash('sha256').update(versions).digest('base64url').slice(0, 16) };
  }
  return dataVersion.version;
}
