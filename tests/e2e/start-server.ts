import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startProductionServer } from '../../scripts/production-server.mjs';

export type RunningServer = Awaited<ReturnType<typeof startProductionServer>>;

/** `next start` on the production build at 127.0.0.1:port, with `env` added; resolves once it answers. */
export async function startTestServer(port: number, env: Record<string, string> = {}, { inherit = false } = {}): Promise<RunningServer> {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npx next build` before the browser tests (npm test does).');
  }
  return startProductionServer({ port, env, output: inherit ? 'inherit' : 'pipe' });
}
