import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Which build serves the site: a new release may draw the same data differently, so what is tagged
 * or versioned by the data is by the build too. Without a build (unit tests, `next dev`), the time
 * the process started stands in for it.
 */
export const BUILD_ID = (() => {
  try {
    const dist = process.env.NEXT_DIST_DIR || '.next';
    return readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), dist, 'BUILD_ID'), 'utf8').trim();
  } catch {
    return `started-${Date.now()}`;
  }
})();
