import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium: one file at a time, generous timeouts.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // The content script settles for 250 ms and WXT notices SPA route changes within about a second.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
