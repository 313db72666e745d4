import { createHash } from 'node:crypto';
import path from 'node:path';
import type { PngOptions } from './image-png';

/**
 * What identifies a PNG before it is drawn: the SVG (which already encodes the data and the
 * parameters), the scale, the quotes and the font subsets (their names carry a hash of their
 * characters): the key of the bitmap cache and of drawings shared by requests that arrive together.
 */
export function getPngKey(svg: string, { scale, fontFiles, straightQuotes = false }: PngOptions): string {
  const fonts = fontFiles.map((file) => path.basename(file)).join('|');
  return createHash('sha256').update(svg).update(`|png|${scale}|${straightQuotes}|${fonts}`).digest('base64url');
}

export type PngCache = {
  get(key: string): Uint8Array | undefined;
  set(key: string, png: Uint8Array): void;
  readonly size: { entries: number; bytes: number };
};

/** Recently used PNGs, bounded by count and by total bytes (one 5760×3240 bitmap can be megabytes). */
export function createPngCache({ maxEntries, maxBytes }: { maxEntries: number; maxBytes: number }): PngCache {
  const pngs = new Map<string, Uint8Array>();
  let bytes = 0;

  const remove = (key: string) => {
    bytes -= pngs.get(key)?.byteLength ?? 0;
    pngs.delete(key);
  };

  return {
    get(key) {
      const png = pngs.get(key);
      if (png) {
        // Map order is insertion order: moving a hit to the end keeps the least recently used first.
        pngs.delete(key);
        pngs.set(key, png);
      }
      return png;
    },
    set(key, png) {
      remove(key);
      if (png.byteLength > maxBytes) return;
      pngs.set(key, png);
      bytes += png.byteLength;
      while (pngs.size > maxEntries || bytes > maxBytes) remove(pngs.keys().next().value!);
    },
    get size() {
      return { entries: pngs.size, bytes };
    },
  };
}
