// Hostile traffic against a running server, for the load test and the browser suite: uploads of
// 1 MB of blank lines, letters and commas, previews of them, new PNG sizes at scale 3, and junk URLs.
// Run as a script (`node hostile.mjs <baseUrl> <uploads> <images> <junk>`) it sends until SIGTERM and
// prints the statuses it got, so timing can be measured from another process, as a visitor would see it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

const MB = 1_000_000;
export const HOSTILE_BODIES = {
  newlines: '\n'.repeat(MB - 1),
  letters: 'a'.repeat(MB - 1),
  commas: ','.repeat(MB - 1),
};

const JUNK_PATTERNS = [
  (i) => `/x${i}.php`,
  (i) => `/.env${i}`,
  (i) => `/%5C${i}evil.com`,
  (i) => `/wp-${i}/wp-login.php`,
  (i) => `/charts/x${i}.png`,
];

/** The i-th junk URL a scanner might try. */
export const getJunkPath = (i) => JUNK_PATTERNS[i % JUNK_PATTERNS.length](i);

/** A PNG size no one asked for before: each i gives another width, so the server's cache never helps. */
export const getNewPngPath = (i, chart = 'timeline') => `/charts/${chart}.png?w=${1000 + (i % 2000)}&h=${600 + (i % 400)}&scale=3`;

async function send(baseUrl, path, init) {
  const response = await fetch(baseUrl + path, { redirect: 'manual', ...init });
  const body = await response.arrayBuffer();
  return { status: response.status, bytes: body.byteLength };
}

/**
 * Starts hostile clients that loop until `stop()`: each answer's status is counted per kind, so a
 * caller can check that none was a 5xx (503 "busy" is the intended answer to too much image work).
 */
export function startHostileClients(baseUrl, { uploads = 1, images = 1, junk = 0 } = {}) {
  let running = true;
  const statuses = {};
  const count = (kind, status) => {
    statuses[kind] ??= {};
    statuses[kind][status] = (statuses[kind][status] ?? 0) + 1;
  };
  const loop = async (kind, next) => {
    for (let i = 0; running; i++) {
      try {
        const { status } = await next(i);
        count(kind, status);
        // A refused client waits as it was told before it asks again, as a well-behaved one would.
        if (status === 503) await new Promise((resolve) => setTimeout(resolve, 200));
      } catch {
        count(kind, 'network-error');
      }
    }
  };
  const bodies = Object.values(HOSTILE_BODIES);
  const clients = [
    ...Array.from({ length: uploads }, (_, k) =>
      loop('upload', (i) =>
        send(baseUrl, `/api/datasets/milestones/${(i + k) % 2 ? 'preview' : 'validate'}`, {
          method: 'POST',
          body: bodies[(i + k) % bodies.length],
        }),
      ),
    ),
    ...Array.from({ length: images }, (_, k) => loop('image', (i) => send(baseUrl, getNewPngPath(i * images + k)))),
    ...Array.from({ length: junk }, (_, k) => loop('junk', (i) => send(baseUrl, getJunkPath(i * junk + k)))),
  ];
  return {
    statuses,
    async stop() {
      running = false;
      await Promise.all(clients);
      return statuses;
    },
  };
}

/** How long a student's page takes, `runs` times one after another: each time in ms, and the median. */
export async function timePageLoads(baseUrl, paths, runs) {
  const times = [];
  const statuses = [];
  for (let i = 0; i < runs; i++) {
    const path = paths[i % paths.length];
    const start = performance.now();
    const { status } = await send(baseUrl, path);
    times.push(performance.now() - start);
    statuses.push(status);
  }
  return { times, statuses, median: median(times) };
}

/** Requests `count` junk URLs, `concurrency` at a time; the statuses seen. */
export async function sendJunk(baseUrl, count, concurrency = 10) {
  const statuses = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const { status } = await send(baseUrl, getJunkPath(next++));
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  return statuses;
}

/** startHostileClients in a child process, so the hostile clients take no time from the measuring one. */
export async function spawnHostileClients(baseUrl, { uploads = 1, images = 1, junk = 0 } = {}) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), baseUrl, String(uploads), String(images), String(junk)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise((resolve) => setTimeout(resolve, 500));
  return {
    async stop() {
      child.kill('SIGTERM');
      await exited;
      return JSON.parse(output || '{}');
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [baseUrl, uploads, images, junk] = process.argv.slice(2);
  const clients = startHostileClients(baseUrl, { uploads: Number(uploads), images: Number(images), junk: Number(junk) });
  const keepAlive = setInterval(() => {}, 1000);
  process.once('SIGTERM', async () => {
    clearInterval(keepAlive);
    process.stdout.write(JSON.stringify(await clients.stop()));
    process.exit(0);
  });
}
