import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

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

/** A port the OS says is free, never 3000 or 3001 (the shared servers). */
export async function findFreePort() {
  for (;;) {
    const port = await new Promise((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address();
        probe.close(() => resolve(port));
      });
    });
    if (!AVOIDED_PORTS.has(port)) return port;
  }
}

async function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Starts `next start` (the binary itself, so stopping its PID stops the server) on 127.0.0.1.
 * Returns {baseUrl, pid, stop}.
 */
export async function startServer() {
  const port = await findFreePort();
  const child = spawn(NEXT_BIN, ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    env: ENV,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await Promise.race([
    waitForServer(`${baseUrl}/api/datasets`, 60_000),
    exited.then(() => Promise.reject(new Error('next start exited before it answered'))),
  ]);
  return {
    baseUrl,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
