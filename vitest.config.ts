import './scripts/node-compat';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    mockReset: true,
    restoreMocks: true,
    include: ['tests/**/*.test.{ts,tsx}'],
    // The extension's words in English, as a browser with an English UI shows them.
    setupFiles: ['tests/setup-i18n.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
