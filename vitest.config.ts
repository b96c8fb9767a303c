import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/fixtures/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});
