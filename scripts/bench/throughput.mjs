import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

/** Requests/s, latency and errors for each url under `connections` concurrent clients for `seconds`. */
export async function measureThroughput(baseUrl, urls, { connections = 20, seconds = 10 } = {}) {
  const results = [];
  for (const url of urls) {
    const result = await autocannon({ url: baseUrl + url, connections, duration: seconds });
    results.push({
      url,
      connections,
      seconds,
      requestsPerSecond: Math.round(result.requests.average),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
    });
  }
  return results;
}
