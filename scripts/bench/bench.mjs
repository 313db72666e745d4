// npm run bench: measures a production build on 127.0.0.1 and fails when a budget in bench/budgets.json breaks.
// Uses the build in NEXT_DIST_DIR (default .next); builds it when there is none, or always with --build.
// --only=js,render,vitals,load picks parts; --runs=N sets the page loads per URL for the vitals (default 5);
// --pages=/en/coverage,/en/timeline measures only those pages (the limit page is always measured).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBrokenBudgets, readBudgets } from './budgets.mjs';
import { writeLimitPage } from './limit-page.mjs';
import { readRouteBundleStats } from './client-js.mjs';
import { measurePages } from './html.mjs';
import { measureResponseTimes, measureRoundRobin } from './render-time.mjs';
import { formatReport } from './report.mjs';
import {
  PNG_CACHE_ENTRIES,
  PNG_QUERY,
  THROUGHPUT_PATHS,
  getEmbedUrls,
  getPageUrls,
  getPngUrls,
  getPngVariantUrls,
  getSvgUrls,
  probe,
} from './routes.mjs';
import { DIST_DIR, ROOT, build, hasBuild, startServer } from './server.mjs';
import { measureThroughput } from './throughput.mjs';
import { measureWebVitals } from './web-vitals.mjs';

const ALL_PARTS = ['js', 'render', 'vitals', 'load'];
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const parts = new Set(option('only')?.split(',') ?? ALL_PARTS);
const vitalRuns = Number(option('runs') ?? 5);
const onlyPages = option('pages')?.split(',');

if (process.argv.includes('--build') || !hasBuild()) build();
// The limit page is written into the build's static files from a first server, then served by the one measured.
const firstServer = await startServer();
const limitUrl = await writeLimitPage(firstServer.baseUrl).finally(() => firstServer.stop());
const server = await startServer();
console.error(`bench: next start (pid ${server.pid}) at ${server.baseUrl}, build ${DIST_DIR}`);

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((load) => Math.round(load * 100) / 100),
  },
  budgets: readBudgets(),
  missing: [],
};

try {
  const pageUrls = getPageUrls().filter((page) => !onlyPages || onlyPages.includes(page.url));
  const pagesFound = await probe(
    server.baseUrl,
    pageUrls.map((page) => page.url),
  );
  const embeds = await probe(server.baseUrl, getEmbedUrls());
  const svgs = await probe(server.baseUrl, getSvgUrls());
  const pngs = await probe(server.baseUrl, getPngUrls());
  const throughputUrls = await probe(server.baseUrl, THROUGHPUT_PATHS);
  results.missing = [pagesFound, embeds, svgs, pngs, throughputUrls].flatMap((probed) => probed.missing);
  const pages = pageUrls.filter((page) => pagesFound.found.includes(page.url)).map((page) => ({ ...page, kind: 'page' }));

  if (parts.has('js')) {
    console.error('bench: client JS and HTML ...');
    results.routeBundles = readRouteBundleStats();
    results.pages = await measurePages(server.baseUrl, [...pages, ...embeds.found.map((url) => ({ url, kind: 'embed', chart: true }))]);
  }
  if (parts.has('render')) {
    console.error('bench: server response times ...');
    results.pageRender = await measureResponseTimes(
      server.baseUrl,
      pages.map((page) => page.url),
    );
    results.svgRender = await measureResponseTimes(server.baseUrl, svgs.found);
    // Uncached first: a 4:3 image of each chart warms fonts and code without caching a 1920×1080 bitmap.
    await measureResponseTimes(
      server.baseUrl,
      pngs.found.map((url) => url.replace(PNG_QUERY, 'preset=4x3')),
      { warmup: 1, runs: 1 },
    );
    const pngGroups = pngs.found.map((url) => ({ label: url, urls: getPngVariantUrls(url) }));
    if (pngGroups.length) results.pngRender = await measureRoundRobin(server.baseUrl, pngGroups, { cacheEntries: PNG_CACHE_ENTRIES });
    results.pngCached = await measureResponseTimes(server.baseUrl, pngs.found);
  }
  if (parts.has('vitals')) {
    console.error(`bench: mobile page loads (${vitalRuns} per page) ...`);
    results.webVitals = await measureWebVitals(server.baseUrl, [limitUrl, ...pages.map((page) => page.url)], { runs: vitalRuns });
    results.limitPage = limitUrl;
  }
  if (parts.has('load')) {
    console.error('bench: throughput ...');
    results.throughput = await measureThroughput(server.baseUrl, throughputUrls.found);
  }
} finally {
  await server.stop();
}

results.brokenBudgets = findBrokenBudgets(results, results.budgets);
mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(formatReport(results));
console.log('');
if (results.brokenBudgets.length) {
  console.log(`Budgets broken (${results.brokenBudgets.length}):\n${results.brokenBudgets.map((line) => `- ${line}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('All budgets hold.');
}
