import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

/** Runs `next build` into DIST_DIR; throws when it fails. */
export function build() {
  console.error(`bench: building into ${DIST_DIR} ...`);
  const result = spawnSync(NEXT_BIN, ['build'], { cwd: ROOT, env: ENV, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
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
