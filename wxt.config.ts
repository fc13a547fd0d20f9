import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Permissions are the whole list DESIGN.md allows ("Activation and permissions"); a unit test
// (tests/manifest.test.ts) builds the manifest and fails if anything else appears.
export default defineConfig({
  // Several builds can run side by side (tests, helpers): WHICH_SOC_OUT_DIR gives each its own folder.
  outDir: process.env.WHICH_SOC_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Which SOC?',
    description:
      'Finds every request for a SOC report on a security questionnaire, says which report is meant and what to answer. Nothing leaves your browser.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'which-soc@sideguy.solutions',
              // The CSS Custom Highlight API, which draws every highlight, ships in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
  }),
});
