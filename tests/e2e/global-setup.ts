import { E2E_PORT } from './server';
import { startProductionServer, type RunningServer } from './start-server';

let server: RunningServer | undefined;

/** Starts `next start` on the production build for the browser tests, and stops it after. */
export async function setup() {
  server = await startProductionServer(E2E_PORT, {}, { inherit: true });
}

export async function teardown() {
  await server?.stop();
}
