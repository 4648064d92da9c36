import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname), 'server-only': path.resolve(import.meta.dirname, 'scripts/server-only-stub.ts') } },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**', '.data/**'],
    environment: 'node',
    globalSetup: ['db/testing/global-setup.ts'],
    setupFiles: ['lib/signing/testing.ts'],
    // Vitest's default leaves one core free (one worker on a 2-core machine); each database file
    // has its own fresh database, so files run side by side on every core.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
  },
});
