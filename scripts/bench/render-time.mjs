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

/**
 * Per group, the time of responses requested round-robin over every url of every group, so each
 * url comes back only after all the others: with more urls than the server caches, none is a cache hit.
 */
export async function measureRoundRobin(baseUrl, groups, { warmupRounds = 1, runsPerGroup = 20, cacheEntries = 0 } = {}) {
  const urls = groups.flatMap((group) => group.urls.map((url) => ({ label: group.label, url })));
  const perGroup = Math.min(...groups.map((group) => group.urls.length));
  // With no more urls than the cache holds, only the first request of each is a miss: time just that.
  const rounds = urls.length > cacheEntries ? Math.ceil(runsPerGroup / perGroup) : 1;
  if (urls.length <= cacheEntries) warmupRounds = 0;
  const times = new Map(groups.map((group) => [group.label, []]));
  const bytes = new Map();
  for (let round = 0; round < warmupRounds + rounds; round++) {
    for (const { label, url } of urls) {
      const timing = await timeRequest(baseUrl + url);
      if (round < warmupRounds) continue;
      times.get(label).push(timing.ms);
      bytes.set(label, timing.bytes);
    }
  }
  return groups.map(({ label }) => {
    const values = times.get(label);
    return {
      url: label,
      runs: values.length,
      bytes: bytes.get(label),
      medianMs: round(median(values)),
      p95Ms: round(percentile(values, 95)),
    };
  });
}
