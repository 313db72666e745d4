import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The page list comes from the chart manifests, which are server modules: here they are only read.
  resolve: {
    alias: { '@': path.resolve(import.meta.dirname), 'server-only': path.resolve(import.meta.dirname, 'tests/e2e/server-only.ts') },
  },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
