import { performance } from 'node:perf_hooks';
import { median, percentile, round } from './stats.mjs';

async function timeRequest(url) {
  const start = performance.now();
  const response = await fetch(url, { cache: 'no-store' });
  const body = new Uint8Array(await response.arrayBuffer());
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return { ms, bytes: body.byteLength };
}

/** Time to first full response for each url: `warmup` untimed requests, then `runs` timed ones, one at a time. */
export async function measureResponseTimes(baseUrl, urls, { warmup = 3, runs = 20 } = {}) {
  const results = [];
  for (const url of urls) {
    for (let i = 0; i < warmup; i++) await timeRequest(baseUrl + url);
    const times = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const timing = await timeRequest(baseUrl + url);
      times.push(timing.ms);
      bytes = timing.bytes;
    }
    results.push({ url, runs, bytes, medianMs: round(median(times)), p95Ms: round(percentile(times, 95)) });
  }
  return results;
}
