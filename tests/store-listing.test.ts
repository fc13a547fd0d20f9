/**
 * What the stores are given stays true to the extension: the images in docs/store/images/ have
 * the sizes the stores take and no transparency (the Chrome Web Store refuses alpha), the
 * listing's summary is the manifest's description, every permission the manifest asks for has a
 * justification, and CHANGELOG.md has a section for the version `npm run release` packages.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import config from '../wxt.config';
import { readTable } from '../scripts/locales';

const ROOT = resolve(import.meta.dirname, '..');
const STORE = join(ROOT, 'docs', 'store');

/** Width, height and colour type of a PNG, from its IHDR chunk. */
function pngHeader(file: string): { width: number; height: number; colourType: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25]! };
}

/** The manifest wxt.config.ts gives the Chrome build (the fields written by hand). */
function chromeManifest(): { description?: string; permissions?: string[] } {
  const manifest = config.manifest as (env: { browser: string }) => {
    description?: string;
    permissions?: string[];
  };
  return manifest({ browser: 'chrome' });
}

describe('store images', () => {
  test.each([
    ['1-questionnaire-card.png', 1280, 800],
    ['2-popup.png', 1280, 800],
    ['3-cheat-sheet.png', 1280, 800],
    ['4-options.png', 1280, 800],
    ['small-tile.png', 440, 280],
  ])('%s is %i x %i, RGB without alpha', (name, width, height) => {
    // Colour type 2 is truecolour RGB; 6 would be RGBA.
    expect(pngHeader(join(STORE, 'images', name))).toEqual({ width, height, colourType: 2 });
  });
});

describe('the listing', () => {
  const listing = readFileSync(join(STORE, 'listing.md'), 'utf8');

  test('gives the manifest description, in English, as the summary', () => {
    // The manifest names a message; the English listing shows that message's English text.
    const name = /^__MSG_(\w+)__$/.exec(chromeManifest().description ?? '')?.[1] ?? '';
    const description = readTable('en')[name] ?? '';
    expect(description.length).toBeGreaterThan(0);
    expect(listing).toContain(`\n${description}\n`);
  });

  test('justifies every permission the manifest asks for', () => {
    const permissions = chromeManifest().permissions ?? [];
    expect(permissions.length).toBeGreaterThan(0);
    for (const permission of permissions) expect(listing).toContain(`**${permission}**`);
  });

  test('has a CHANGELOG section for the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog.split('\n')).toContain(`## ${version}`);
  });
});
