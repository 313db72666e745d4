// `next start` on a production build, for the browser tests and the benchmark.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
const NEXT_BIN = path.join(ROOT, 'node_modules/.bin/next');

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
 * Starts the `next` binary itself (so stopping its PID stops the server) on 127.0.0.1:port with `env`
 * added, and resolves once it answers. `output`: 'inherit' shows the server's log, 'pipe' keeps it
 * for `log()`, 'ignore' drops it (errors still show).
 */
export async function startProductionServer({ port, env = {}, output = 'pipe' }) {
  const child = spawn(NEXT_BIN, ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env },
    stdio: ['ignore', output, output === 'ignore' ? 'inherit' : output],
  });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk) => (log += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await Promise.race([
    waitForServer(`${baseUrl}/api/datasets`, 60_000),
    exited.then(() => Promise.reject(new Error(`next start exited before it answered:\n${log}`))),
  ]);
  return {
    baseUrl,
    pid: child.pid,
    log: () => log,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
