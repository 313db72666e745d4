/** Where the production server started by global-setup listens. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3107);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
