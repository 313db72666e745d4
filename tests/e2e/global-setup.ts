import { E2E_PORT } from './server';
import { startTestServer, type RunningServer } from './start-server';

let server: RunningServer | undefined;

/** Starts `next start` on the production build for the browser tests, and stops it after. */
export async function setup() {
  server = await startTestServer(E2E_PORT, {}, { inherit: true });
}

export async function teardown() {
  await server?.stop();
}
