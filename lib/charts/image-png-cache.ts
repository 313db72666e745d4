import 'server-only';
import { createHash } from 'node:crypto';
import { renderPng, type PngOptions } from './image-png';

const MAX_ENTRIES = 24;
const cache = new Map<string, Uint8Array>();

/**
 * PNGs of recently asked-for SVG documents. Keyed by the SVG itself, so a data change
 * (a new SVG) never serves a stale bitmap.
 */
export function getPng(svg: string, { scale, fontFiles, straightQuotes }: PngOptions): Uint8Array {
  const key = createHash('sha256').update(svg).update(`|${scale}|${straightQuotes}|${fontFiles.join('|')}`).digest('base64url');
  const hit = cache.get(key);
  if (hit) return hit;
  const png = renderPng(svg, { scale, fontFiles, straightQuotes });
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, png);
  return png;
}
