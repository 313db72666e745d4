import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BASE_URL, E2E_PORT } from './server';

let server: ChildProcess | undefined;

async function waitForServer(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer at ${url} within ${timeoutMs} ms`);
}

/** Starts `next start` on the production build for the browser tests, and stops it after. */
export async function setup() {
  const root = path.resolve(__dirname, '../..');
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npx next build` before the browser tests (npm test does).');
  }
  server = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(E2E_PORT), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForServer(`${BASE_URL}/api/datasets`, 60_000);
}

export async function teardown() {
  if (!server || server.exitCode !== null) return;
  server.kill('SIGTERM');
  await new Promise((resolve) => server!.once('exit', resolve));
}
