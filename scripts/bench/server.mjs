import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { startProductionServer } from '../production-server.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';
const NEXT_BIN = path.join(ROOT, 'node_modules/.bin/next');
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', NEXT_DIST_DIR: DIST_DIR };
const AVOIDED_PORTS = new Set([3000, 3001]);

export function hasBuild() {
  return existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'));
}

// `next build` points tsconfig.json and next-env.d.ts at its dist dir's types. A build into another
// dist dir (beside a running dev server) must leave those shared files as they were.
const FILES_KEPT_BY_SIDE_BUILDS = ['tsconfig.json', 'next-env.d.ts'];

function keepFiles(files) {
  const saved = files.map((file) => {
    const fullPath = path.join(ROOT, file);
    return { fullPath, bytes: existsSync(fullPath) ? readFileSync(fullPath) : null };
  });
  return () => {
    for (const { fullPath, bytes } of saved) {
      if (bytes) writeFileSync(fullPath, bytes);
      else rmSync(fullPath, { force: true });
    }
  };
}

/** Runs `next build` into DIST_DIR; throws when it fails. */
export function build() {
  console.error(`bench: building into ${DIST_DIR} ...`);
  const restore = DIST_DIR === '.next' ? () => {} : keepFiles(FILES_KEPT_BY_SIDE_BUILDS);
  try {
    const result = spawnSync(NEXT_BIN, ['build'], { cwd: ROOT, env: ENV, stdio: ['ignore', process.stderr, process.stderr] });
    if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  } finally {
    restore();
  }
}

/** Tries to listen on `port` (0: any) on 127.0.0.1; the port it got, or null when it is taken. */
function probePort(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(null));
    probe.listen(port, '127.0.0.1', () => {
      const { port: got } = probe.address();
      probe.close(() => resolve(got));
    });
  });
}

/**
 * A port the OS says is free, never 3000 or 3001 (the shared servers); within BENCH_PORTS
 * (e.g. `3250-3259`) when it is set, for machines where each user keeps to a range.
 */
export async function findFreePort() {
  const range = /^(\d+)-(\d+)$/.exec(process.env.BENCH_PORTS ?? '');
  if (range) {
    for (let port = Number(range[1]); port <= Number(range[2]); port++) if (await probePort(port)) return port;
    throw new Error(`No free port in BENCH_PORTS=${process.env.BENCH_PORTS}`);
  }
  for (;;) {
    const port = await probePort(0);
    if (port !== null && !AVOIDED_PORTS.has(port)) return port;
  }
}

/** `next start` on a free port on 127.0.0.1 with the build in DIST_DIR. Returns {baseUrl, pid, stop}. */
export async function startServer() {
  return startProductionServer({ port: await findFreePort(), env: { NEXT_DIST_DIR: DIST_DIR }, output: 'ignore' });
}
