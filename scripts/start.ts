/**
 * `npm start`: build the Chrome extension, then open Chromium with it loaded on the demo
 * questionnaire (demo/questionnaire.html), served as https://acme.my.onetrust.com/demo/... by the
 * e2e harness's local server, so the release content script runs on it as on a real portal.
 *
 * - With a display (DISPLAY or WAYLAND_DISPLAY, or macOS/Windows): a normal browser window that
 *   stays open until you close it or press Ctrl+C.
 * - Without one (a server, CI): headless. It waits for the highlights, prints the findings,
 *   saves a screenshot to tests/e2e/.artifacts/demo.png and exits 0.
 *
 * CHROMIUM_PATH overrides the browser (default /usr/bin/chromium); `--no-build` skips the build;
 * `--headless` forces headless mode even with a display.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, FindingsResponse } from '../lib/messages';
import { reportName } from '../lib/rules';
import {
  ARTIFACTS_DIR,
  ROOT,
  chromiumPath,
  highlightCounts,
  launch,
  revealFirstHighlight,
  totalHighlights,
  waitForHighlights,
  type Harness,
} from '../tests/e2e/harness';

const DEMO = 'demo/questionnaire.html';
const args = new Set(process.argv.slice(2));

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function build(): void {
  console.log('Building the Chrome extension (wxt build)…');
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    console.error('\nThe build failed (see above). Fix it, or run `npm run build` to see why.');
    process.exit(result.status ?? 1);
  }
}

function isFindingsResponse(value: unknown): value is FindingsResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { findings?: unknown }).findings)
  );
}

function describeFinding(finding: Finding, position: number): string {
  const question = finding.question.replace(/\s+/g, ' ').trim();
  const short = question.length > 90 ? `${question.slice(0, 87)}…` : question;
  return `  ${String(position + 1).padStart(2)}. ${reportName(finding.report, finding.type).padEnd(16)} "${finding.text}" in: ${short}`;
}

async function runHeadless(harness: Harness): Promise<void> {
  const page = await harness.open(DEMO);
  console.log(`Opened ${page.url()} (headless: no display found).`);
  let counts: Record<string, number>;
  try {
    counts = await waitForHighlights(page, 1, 20_000);
  } catch {
    counts = await highlightCounts(page);
  }
  await revealFirstHighlight(page);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const screenshot = join(ARTIFACTS_DIR, 'demo.png');
  await page.screenshot({ path: screenshot });

  const response = await harness.findings(page).catch(() => null);
  if (isFindingsResponse(response) && response.findings.length > 0) {
    console.log(`\nThe extension found ${response.findings.length} report request(s):`);
    response.findings.forEach((finding, index) => console.log(describeFinding(finding, index)));
  } else {
    console.log(
      `\nHighlighted ranges: ${totalHighlights(counts)} ` +
        `(${Object.entries(counts)
          .map(([name, size]) => `${name}: ${size}`)
          .join(', ')}); the content script gave no findings list.`,
    );
  }
  console.log(`\nScreenshot: ${screenshot}`);
  if (totalHighlights(counts) === 0) {
    console.error('\nNo highlights appeared on the demo questionnaire: something is wrong.');
    process.exitCode = 1;
    return;
  }
  console.log(
    '\nNo display, so this ran headless and exits now. On a machine with a display,' +
      ' `npm start` opens a browser window that stays open until you close it.',
  );
}

async function runHeaded(harness: Harness): Promise<void> {
  // Use the window's first tab for the demo rather than leaving an empty tab beside it.
  const page = harness.context.pages()[0] ?? (await harness.context.newPage());
  await page.goto(harness.url(DEMO));
  console.log(
    `Opened ${page.url()}\n` +
      'Which SOC? is loaded: click a highlighted request, or the extension button in the toolbar ' +
      '(puzzle piece > Which SOC?). Close the browser window or press Ctrl+C to quit.',
  );
  await new Promise<void>((done) => {
    harness.context.on('close', () => done());
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}

async function main(): Promise<void> {
  chromiumPath(); // Fail fast, before building, with the install hint.
  if (!args.has('--no-build')) build();
  const headless = args.has('--headless') || !hasDisplay();
  const harness = await launch({ headless, viewport: headless ? undefined : null });
  try {
    if (headless) await runHeadless(harness);
    else await runHeaded(harness);
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
