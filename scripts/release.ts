/**
 * `npm run release`: everything the stores take, made and checked in one go.
 *
 * 1. The version is package.json's; CHANGELOG.md must have a section for it.
 * 2. Builds and zips both browsers (`wxt zip`, `wxt zip -b firefox --mv3`): the Chrome zip (for the
 *    Chrome Web Store and Edge Add-ons), the Firefox zip, and the sources zip addons.mozilla.org
 *    asks for when the code is bundled.
 * 3. `web-ext lint` on the Firefox build: any error stops the release.
 * 4. Rebuilds the Firefox build from the sources zip the way a reviewer would (README: unzip,
 *    `npm ci`, `npm run build:firefox`) in a temporary folder, and stops unless every file is
 *    identical to the one in the Firefox zip.
 * 5. Prints each file with its size and SHA-256, and writes them to .output/SHA256SUMS.
 */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const OUT = join(ROOT, '.output');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The environment of every command: the release always builds into .output. */
function releaseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.WHICH_SOC_OUT_DIR;
  return env;
}

function run(command: string, args: string[], options: ExecFileSyncOptions = {}): void {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: ROOT, env: releaseEnv(), stdio: 'inherit', ...options });
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Every file under `dir`, as paths relative to it, sorted. */
function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(dir, path));
    }
  };
  walk(dir);
  return files.sort();
}

/** Stops the release with a message (no stack trace: the message says what to do). */
function fail(message: string): never {
  console.error(`\nRelease stopped: ${message}`);
  process.exit(1);
}

function checkChangelog(version: string): void {
  let changelog = '';
  try {
    changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  } catch {
    fail('CHANGELOG.md is missing.');
  }
  const heading = new RegExp(`^## \\[?${version.replaceAll('.', '\\.')}\\]?(\\s|$)`, 'm');
  if (!heading.test(changelog)) {
    fail(`CHANGELOG.md has no "## ${version}" section: say what this version changes first.`);
  }
}

function lintFirefoxBuild(): void {
  const report = join(OUT, 'web-ext-lint.json');
  console.log(`\n$ ${npx} web-ext lint --source-dir .output/firefox-mv3 --output json`);
  let output: string;
  try {
    output = execFileSync(
      npx,
      ['web-ext', 'lint', '--source-dir', join(OUT, 'firefox-mv3'), '--output', 'json'],
      { cwd: ROOT, env: releaseEnv(), encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 },
    );
  } catch (error) {
    // web-ext exits non-zero on errors, with the report still on stdout.
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  writeFileSync(report, output);
  let parsed: {
    summary: { errors: number; warnings: number; notices: number };
    errors: { code: string; message: string; file?: string }[];
    warnings: { code: string; message: string; file?: string }[];
  };
  try {
    parsed = JSON.parse(output) as typeof parsed;
  } catch {
    fail(`web-ext lint gave no report (see ${relative(ROOT, report)}).`);
  }
  const { errors, warnings, notices } = parsed.summary;
  console.log(`web-ext lint: ${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`);
  for (const item of [...parsed.errors, ...parsed.warnings]) {
    console.log(`  ${item.code} ${item.file ?? ''} ${item.message}`);
  }
  if (errors > 0) fail('web-ext lint found errors in the Firefox build.');
}

/** Rebuilds from the sources zip as the README tells a reviewer, and compares with our build. */
function checkSourcesRebuild(sourcesZip: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'which-soc-sources-'));
  try {
    run('unzip', ['-q', sourcesZip, '-d', dir]);
    run(npm, ['ci', '--no-audit', '--no-fund'], { cwd: dir });
    run(npm, ['run', 'build:firefox'], { cwd: dir });
    const ours = join(OUT, 'firefox-mv3');
    const theirs = join(dir, '.output', 'firefox-mv3');
    const expected = listFiles(ours);
    const rebuilt = listFiles(theirs);
    const differences = [
      ...expected.filter((file) => !rebuilt.includes(file)).map((file) => `missing: ${file}`),
      ...rebuilt.filter((file) => !expected.includes(file)).map((file) => `extra: ${file}`),
      ...expected
        .filter((file) => rebuilt.includes(file))
        .filter((file) => sha256(join(ours, file)) !== sha256(join(theirs, file)))
        .map((file) => `different: ${file}`),
    ];
    if (differences.length > 0) {
      fail(
        `the sources zip does not rebuild the same Firefox build:\n  ${differences.join('\n  ')}`,
      );
    }
    console.log(
      `\nThe sources zip rebuilds the Firefox build file for file (${expected.length} files identical).`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  console.log(`Releasing ${name} ${version}`);
  checkChangelog(version);

  rmSync(OUT, { recursive: true, force: true });
  run(npx, ['wxt', 'zip']);
  run(npx, ['wxt', 'zip', '-b', 'firefox', '--mv3']);
  const files = ['chrome', 'firefox', 'sources'].map((kind) =>
    join(OUT, `${name}-${version}-${kind}.zip`),
  );
  for (const file of files) {
    try {
      statSync(file);
    } catch {
      fail(`${relative(ROOT, file)} was not made.`);
    }
  }

  lintFirefoxBuild();
  checkSourcesRebuild(files[2]!);

  const sums = files.map((file) => `${sha256(file)}  ${relative(OUT, file)}`);
  writeFileSync(join(OUT, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  console.log(`\nRelease ${version} (also in .output/SHA256SUMS):`);
  for (const file of files) {
    console.log(
      `  ${relative(ROOT, file).padEnd(40)} ${String(statSync(file).size).padStart(9)} bytes  sha256 ${sha256(file)}`,
    );
  }
  console.log(
    '\nChrome Web Store and Edge Add-ons: the chrome zip. addons.mozilla.org: the firefox zip, ' +
      'and the sources zip when asked for source code. Steps: docs/store/README.md.',
  );
}

main();
