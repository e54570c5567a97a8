import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/e2e/support/chromiumLaunchOptions';

// Every result and event is parsed against the contract (app/backend/router/contractChecks.ts);
// set here so the workers' in-process backends and spawned servers inherit it.
process.env.TICKMARK_CHECK_CONTRACT = '1';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
