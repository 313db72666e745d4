import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Seeds fast-check (tests/unit/property.ts) so a property failure replays with the same inputs.
    setupFiles: ['tests/unit/setup.ts'],
    // Route tests post many megabytes in a moment; the upload budget itself has its own test.
    env: { UPLOAD_CHECK_BYTES_PER_SECOND: String(1e12) },
  },
});
