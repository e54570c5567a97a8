import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // Builds dist/cli (the compiled `tickmark` the CLI tests run) before any test.
    globalSetup: ['test/unit/buildCliBundle.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Every result and event is parsed against the contract (app/backend/router/contractChecks.ts).
    env: { TICKMARK_CHECK_CONTRACT: '1' },
  },
});
