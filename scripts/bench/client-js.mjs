import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST_DIR, ROOT } from './server.mjs';

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).byteLength;

/** The per-route first-load JS that `next build` used to print, from its diagnostics file. */
export function readRouteBundleStats() {
  const file = path.join(ROOT, DIST_DIR, 'diagnostics', 'route-bundle-stats.json');
  if (!existsSync(file)) return [];
  const stats = JSON.parse(readFileSync(file, 'utf8'));
  return stats.map(({ route, firstLoadUncompressedJsBytes, firstLoadChunkPaths }) => {
    const files = firstLoadChunkPaths.map((chunk) => path.join(ROOT, chunk.replace(/^\.next\//, `${DIST_DIR}/`)));
    const gzipBytes = files.reduce((sum, file) => sum + (existsSync(file) ? gzipSize(readFileSync(file)) : 0), 0);
    return { route, rawBytes: firstLoadUncompressedJsBytes, gzipBytes, chunks: files.length };
  });
}

// Modern browsers skip `noModule` scripts (Next's legacy polyfills), so they are not counted.
const SCRIPT_TAG = /<script\b([^>]*)>/g;
const getScriptSources = (html) =>
  [...html.matchAll(SCRIPT_TAG)]
    .map((match) => match[1])
    .filter((attributes) => !/\bnomodule\b/i.test(attributes))
    .map((attributes) => attributes.match(/\bsrc="([^"]+)"/)?.[1])
    .filter(Boolean)
    .map((src) => src.replaceAll('&amp;', '&'));
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The scripts a page's HTML asks for: external files (fetched, gzip-sized) and inline script bytes. */
export async function measurePageScripts(baseUrl, html, cache = new Map()) {
  let gzipBytes = 0;
  let rawBytes = 0;
  const sources = getScriptSources(html);
  for (const src of new Set(sources)) {
    if (!cache.has(src)) {
      const response = await fetch(new URL(src, baseUrl));
      const bytes = new Uint8Array(await response.arrayBuffer());
      cache.set(src, { raw: bytes.byteLength, gzip: gzipSize(bytes) });
    }
    rawBytes += cache.get(src).raw;
    gzipBytes += cache.get(src).gzip;
  }
  const inline = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1]).join('');
  return {
    scripts: new Set(sources).size,
    rawBytes,
    gzipBytes,
    inlineBytes: Buffer.byteLength(inline),
    inlineGzipBytes: inline ? gzipSize(Buffer.from(inline)) : 0,
  };
}
