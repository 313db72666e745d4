// npm run test:load: 30 s at 50 connections over every page and chart image on 127.0.0.1, against the
// production build (built first when there is none). Fails on any error, any non-2xx answer, or when
// the server's RSS after the run is more than 25 % above its RSS after warm-up. Then hostile traffic:
// a student's page loads timed on a quiet server and again while one client posts 1 MB bodies of
// blank lines, letters and commas and another asks for new scale-3 PNG sizes (fails when the median
// is more than 1.5 times the quiet one, or any answer is a 5xx); and 10,000 junk URLs (fails when
// RSS grows more than 10 %).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sendJunk, spawnHostileClients, timePageLoads } from './bench/hostile.mjs';
import { getPageUrls, getPngUrls, getSvgUrls, probe } from './bench/routes.mjs';
import { build, hasBuild, startServer } from './bench/server.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

// Warm-up at full concurrency, so the heap has grown to its working size before the baseline is taken.
const WARMUP = { connections: 50, duration: 10 };
const LOAD = { connections: 50, duration: 30 };
const MAX_RSS_GROWTH = 0.25;
const STUDENT_PAGES = ['/zh/coverage', '/en/timeline', '/zh', '/api/datasets'];
const STUDENT_LOADS = 60;
const MAX_HOSTILE_SLOWDOWN = 1.5;
const JUNK_URLS = 10_000;
const MAX_JUNK_RSS_GROWTH = 0.1;

const readRssBytes = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)[1]) * 1024;
const toMb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));

function run(baseUrl, paths, { connections, duration }) {
  return autocannon({ url: baseUrl, connections, duration, requests: paths.map((path) => ({ method: 'GET', path })) });
}

if (!hasBuild()) build();
const server = await startServer();
const failures = [];
try {
  const { found, missing } = await probe(server.baseUrl, [...getPageUrls().map((page) => page.url), ...getSvgUrls(), ...getPngUrls()]);
  for (const { url, status } of missing) console.log(`not there yet, left out: ${url} (${status})`);
  console.log(`load test over ${found.length} URLs at ${server.baseUrl} (server pid ${server.pid})`);

  await run(server.baseUrl, found, WARMUP);
  await settle();
  const rssAfterWarmup = readRssBytes(server.pid);

  const result = await run(server.baseUrl, found, LOAD);
  await settle();
  const rssAfterRun = readRssBytes(server.pid);
  const growth = rssAfterRun / rssAfterWarmup - 1;

  console.log(
    `${LOAD.duration} s at ${LOAD.connections} connections: ${result.requests.total} requests, ${Math.round(result.requests.average)} req/s`,
  );
  console.log(`latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, 5xx ${result['5xx']}`);
  console.log(`RSS after warm-up ${toMb(rssAfterWarmup)}, after the run ${toMb(rssAfterRun)} (${(growth * 100).toFixed(1)} %)`);

  if (found.length === 0) failures.push('no URL answered');
  if (result.errors || result.timeouts) failures.push(`${result.errors} errors and ${result.timeouts} timeouts`);
  if (result.non2xx) failures.push(`${result.non2xx} non-2xx answers (${result['5xx']} of them 5xx)`);
  if (growth > MAX_RSS_GROWTH) failures.push(`RSS grew ${(growth * 100).toFixed(1)} % (limit ${MAX_RSS_GROWTH * 100} %)`);

  const quiet = await timePageLoads(server.baseUrl, STUDENT_PAGES, STUDENT_LOADS);
  const hostile = await spawnHostileClients(server.baseUrl, { uploads: 1, images: 1 });
  const busy = await timePageLoads(server.baseUrl, STUDENT_PAGES, STUDENT_LOADS);
  const hostileStatuses = await hostile.stop();
  const slowdown = busy.median / quiet.median;
  console.log(
    `student page loads: median ${quiet.median.toFixed(1)} ms quiet, ${busy.median.toFixed(1)} ms under hostile traffic (${slowdown.toFixed(2)}×)`,
  );
  console.log(`hostile answers: ${JSON.stringify(hostileStatuses)}`);
  if (slowdown > MAX_HOSTILE_SLOWDOWN)
    failures.push(`student pages ${slowdown.toFixed(2)}× slower under hostile traffic (limit ${MAX_HOSTILE_SLOWDOWN}×)`);
  if ([...quiet.statuses, ...busy.statuses].some((status) => status !== 200)) failures.push('a student page load did not answer 200');
  const hostile5xx = Object.values(hostileStatuses)
    .flatMap((byStatus) => Object.entries(byStatus))
    .filter(([status]) => status !== '503' && !(Number(status) < 500));
  if (hostile5xx.length) failures.push(`hostile requests got ${JSON.stringify(hostile5xx)}`);

  await sendJunk(server.baseUrl, JUNK_URLS / 5); // warm-up: the 404 path's code and buffers
  await settle();
  const rssBeforeJunk = readRssBytes(server.pid);
  const junkStatuses = await sendJunk(server.baseUrl, JUNK_URLS);
  await settle();
  const junkGrowth = readRssBytes(server.pid) / rssBeforeJunk - 1;
  console.log(
    `${JUNK_URLS} junk URLs: ${JSON.stringify(junkStatuses)}; RSS ${toMb(rssBeforeJunk)} before, ${(junkGrowth * 100).toFixed(1)} % after`,
  );
  if (junkGrowth > MAX_JUNK_RSS_GROWTH)
    failures.push(`junk URLs grew RSS ${(junkGrowth * 100).toFixed(1)} % (limit ${MAX_JUNK_RSS_GROWTH * 100} %)`);
  if (Object.keys(junkStatuses).some((status) => status !== '404'))
    failures.push(`junk URLs answered ${JSON.stringify(junkStatuses)}, not only 404`);
} finally {
  await server.stop();
}

if (failures.length) {
  console.log(`load test FAILED: ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('load test passed');
}
