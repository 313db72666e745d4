import { gzipSync } from 'node:zlib';
import { measurePageScripts } from './client-js.mjs';

const CHART_SVG = /<svg\b[^>]*\brole="img"/;

/** HTML size, whether the chart SVG is in it, and the client JS it loads, for each url. */
export async function measurePages(baseUrl, pages) {
  const scriptCache = new Map();
  const results = [];
  for (const page of pages) {
    const response = await fetch(baseUrl + page.url);
    const html = await response.text();
    results.push({
      url: page.url,
      kind: page.kind,
      status: response.status,
      htmlBytes: Buffer.byteLength(html),
      htmlGzipBytes: gzipSync(html, { level: 9 }).byteLength,
      chartSvgInHtml: CHART_SVG.test(html),
      chartExpected: page.chart,
      js: await measurePageScripts(baseUrl, html, scriptCache),
    });
  }
  return results;
}
