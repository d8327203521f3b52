import { defineConfig } from '@playwright/test';

// The built extension (.output/chrome-mv3) is loaded into Debian's Chromium by the fixture in
// test/e2e/fixtures.ts; `npm test` builds it first.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  webServer: {
    command: 'node scripts/serve-demo.mjs --port 4517',
    url: 'http://127.0.0.1:4517/demo/dashboard.html',
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  },
});
