import Module, { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Lets the Pages Router load modules marked `import 'server-only'`. That marker only resolves to its
 * empty file under the App Router's `react-server` condition; a Pages API route (a server too) gets
 * the throwing file. Caching the empty module under its path makes the marker a no-op here, while
 * client bundles, which are built and not required, keep their check.
 */
export function allowServerOnlyImports() {
  const nodeRequire = createRequire(path.join(process.cwd(), 'package.json'));
  const file = nodeRequire.resolve('server-only');
  if (nodeRequire.cache[file]) return;
  const marker = new Module(file);
  marker.filename = file;
  marker.loaded = true;
  marker.exports = {};
  nodeRequire.cache[file] = marker;
}
