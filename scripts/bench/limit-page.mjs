import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR, ROOT } from './server.mjs';

/** The chart a page can at best match: its page's first chart SVG (the phone layout) and theme CSS, nothing else. */
export const LIMIT_SOURCE = '/en/coverage';

/** The first `<svg role="img">` element of some HTML, nested <svg> elements included. */
export function extractChartSvg(html) {
  const start = html.search(/<svg\b[^>]*\brole="img"/);
  if (start < 0) throw new Error('no chart <svg role="img"> in the page');
  const tag = /<\/?svg\b/g;
  tag.lastIndex = start;
  let depth = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    depth += match[0] === '<svg' ? 1 : -1;
    if (depth === 0) return html.slice(start, html.indexOf('>', match.index) + 1);
  }
  throw new Error('chart <svg> is not closed');
}

/**
 * A plain HTML file with the same chart's SVG inline: the page's inline theme CSS, the heading, the
 * SVG; no stylesheet, no script. Ready time and blocking time of the chart pages are compared with it.
 */
export function buildLimitPage(html) {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
  const title = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>limit</title><style>${styles}\nbody{margin:0 16px;font-family:system-ui,sans-serif}svg{max-width:100%;height:auto}</style>` +
    `</head><body><h1>${title}</h1>${extractChartSvg(html)}</body></html>`
  );
}

/**
 * Writes the limit page into the build's static files, so that the same `next start` serves it
 * (at `/_next/static/bench/…`, as a plain file) once it is (re)started. Returns its path.
 */
export async function writeLimitPage(baseUrl) {
  const page = buildLimitPage(await (await fetch(baseUrl + LIMIT_SOURCE)).text());
  const name = `limit${LIMIT_SOURCE.replace(/\//g, '-')}.html`;
  mkdirSync(path.join(ROOT, DIST_DIR, 'static/bench'), { recursive: true });
  writeFileSync(path.join(ROOT, DIST_DIR, 'static/bench', name), page);
  return `/_next/static/bench/${name}`;
}
