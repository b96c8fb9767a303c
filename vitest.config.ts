import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/fixtures/**'],
    setupFiles: ['tests/setup.ts'],
    // Builds dist/ once for tests/cli, which run the built `supabase-auth` command.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
  },
});
