import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { localeFiles } from './scripts/locales';

// Permissions are the whole list docs/design.md allows ("Activation and permissions"); a unit test
// (tests/manifest.test.ts) builds the manifest and fails if anything else appears.
//
// Firefox gets Manifest V3 too (`-b firefox --mv3` in package.json), not MV2, because activation
// needs, with one code path for both browsers:
// - `optional_host_permissions`, the MV3 key for "Always scan this site" (MV2 mixes hosts into
//   `optional_permissions`);
// - `scripting.registerContentScripts` with `persistAcrossSessions`, honoured since Firefox 105
//   (bugzil.la/1751436), and `matchOriginAsFallback` for about:blank/srcdoc frames;
// - `action` and `_execute_action` as in Chrome (MV2 has `browser_action`);
// - a background that Firefox MV3 runs as an event page (`background.scripts`, which WXT writes
//   for Firefox): our listeners are all registered at start-up and keep no state in memory
//   (lib/background/badge.ts keeps counts in storage.session), so being stopped when idle is fine;
// - the host permissions of `content_scripts` (the known hosts) are granted at install since
//   Firefox 127 (MDN host_permissions), below our floor of 140.
// `web-ext lint` on this build: 0 errors (tests/manifest.test.ts and CI's addon lint step).

/**
 * Content security policy of the extension's own pages (docs/design.md, "Reliability
 * and security"): scripts only from
 * the package, no plugins, no <base> tricks, no form posts anywhere, and network access only to
 * the extension's own files. Images allow data: and blob: for the QR code; inline styles stay
 * allowed because Preact writes `style` attributes.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

/**
 * Keyboard shortcuts: open the popup (the browser's `_execute_action`, which also
 * grants `activeTab`, so the popup can scan the page) and jump to the next finding. Chromium
 * drops a suggested key it will not take without a word: Alt+Shift+W, N and X came back unset
 * in Chromium on Linux, S and J were accepted (checked by tests/e2e/activation-scan.spec.ts with
 * `commands.getAll()`). Users can change both in the browser's shortcut settings.
 */
const COMMANDS = {
  _execute_action: {
    suggested_key: { default: 'Alt+Shift+S' },
    description: '__MSG_commandOpen__',
  },
  'next-finding': {
    suggested_key: { default: 'Alt+Shift+J' },
    description: '__MSG_commandNextFinding__',
  },
};

/**
 * The toolbar and store icon, drawn from public/icon/icon.svg into PNGs by `npm run icons` (the
 * PNGs are committed). Listed for `icons` (extensions page, store) and for the action (toolbar):
 * Chromium does not take an SVG there, and each browser picks the size its screen needs.
 */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`]));

export default defineConfig({
  // Several builds can run side by side (tests, helpers): WHICH_SOC_OUT_DIR gives each its own folder.
  outDir: process.env.WHICH_SOC_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip addons.mozilla.org reviewers rebuild the Firefox zip from (`npm run release`
  // checks that they get identical files): what the build reads, the lockfile and the README's
  // steps. Tests, benchmarks, the demo and the screenshots play no part in the build.
  zip: {
    excludeSources: [
      'bench/**',
      'demo/**',
      'docs/**',
      'scripts/**',
      'tests/**',
      'eslint.config.js',
      'vitest.config.ts',
      'vitest.e2e.config.ts',
    ],
  },
  imports: false,
  hooks: {
    // The extension's words live in one file per screen and language (locales/); the browsers
    // want one messages.json per language, written here into the build.
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles());
    },
  },
  manifest: ({ browser }) => ({
    name: 'Which SOC?',
    // In the browser's language (locales/*/manifest.json), at most 132 characters: the Chrome Web
    // Store's limit for the manifest description, which it shows as the listing's summary.
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: ICONS,
    action: { default_icon: ICONS, default_title: 'Which SOC?' },
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    commands: COMMANDS,
    storage: { managed_schema: 'managed-schema.json' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'which-soc@sideguy.solutions',
              // The CSS Custom Highlight API, which draws every highlight, ships in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 (web-ext lint
            // KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION), so Android starts there.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    build: {
      rollupOptions: {
        // lib/rules is pure (no DOM, no globals written at load), and every page reaches it
        // through lib/rules/index.ts. Saying so lets Rollup leave out the rules modules a page
        // does not use, instead of loading, say, the phrase rules into the options page.
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]lib[\\/]rules[\\/]/.test(id) },
      },
    },
  }),
});
