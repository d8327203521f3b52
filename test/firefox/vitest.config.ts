import { defineConfig } from 'vitest/config';

// The Firefox smoke runs on its own: a real browser with the built extension, no WXT fake
// browser and no unit-test setup. `npx vitest run --config test/firefox/vitest.config.ts`.
export default defineConfig({
  test: {
    root: '.',
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
