import './scripts/node-compat';
import { defineConfig } from 'vitest/config';

// Real-browser tests: playwright-core drives Debian's Chromium, and puppeteer-core Firefox ESR
// (current and 140), with the release builds loaded.
// One file at a time: each launches its own browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: process.env.CI ? 1 : 0,
    allowOnly: !process.env.CI,
  },
});
