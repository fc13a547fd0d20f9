/**
 * `npm run icons`: draws public/icon/icon.svg into the PNGs the manifest lists
 * (public/icon/<size>.png), in real Chromium, and a preview of the icon on a light and a dark
 * toolbar (tests/e2e/.artifacts/icon-toolbars.png) for a person to look at.
 *
 * The PNGs are committed, so a build needs neither this script nor an image library: run it
 * again after changing the SVG. Chromium rather than an npm image library (sharp, through
 * `@wxt-dev/auto-icons`) because the tests already need Chromium, and a native image
 * dependency would be one more download for every install.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ARTIFACTS_DIR, chromiumPath, ROOT } from '../tests/e2e/harness';
import { ICON_SIZES } from '../wxt.config';

const ICON_DIR = join(ROOT, 'public', 'icon');

/** Chromium's and Firefox's toolbar colours (light, then dark), for the preview. */
const TOOLBARS = [
  { name: 'light', background: '#f1f3f4' },
  { name: 'dark', background: '#2b2a33' },
];

async function main(): Promise<void> {
  const svg = readFileSync(join(ICON_DIR, 'icon.svg'), 'utf8');
  const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--force-color-profile=srgb'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
          `<img src="${source}" width="${size}" height="${size}">`,
      );
      await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
      const file = join(ICON_DIR, `${size}.png`);
      await page.screenshot({ path: file, omitBackground: true });
      console.log(`wrote ${file}`);
    }

    // The preview: 16 and 32 px on both toolbars, as drawn and magnified 4x without smoothing
    // (the pixels the browser shows), and the SVG at 96 px.
    const png = (size: number) =>
      `data:image/png;base64,${readFileSync(join(ICON_DIR, `${size}.png`)).toString('base64')}`;
    const rows = TOOLBARS.map(({ name, background }) => {
      const label = name === 'dark' ? '#fbfbfe' : '#1b1f24';
      const icons = [16, 32]
        .map(
          (size) =>
            `<img src="${png(size)}" width="${size}" height="${size}">` +
            `<img src="${png(size)}" width="${size * 4}" style="image-rendering:pixelated">`,
        )
        .join('');
      return (
        `<div style="background:${background};padding:12px;display:flex;gap:16px;align-items:center">` +
        `<span style="color:${label};font:14px sans-serif;width:40px">${name}</span>` +
        `${icons}<img src="${source}" width="96" height="96"></div>`
      );
    }).join('');
    const previewPage = await browser.newPage({ viewport: { width: 560, height: 100 } });
    await previewPage.setContent(`<body style="margin:0">${rows}</body>`);
    await previewPage.waitForLoadState('load');
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const preview = join(ARTIFACTS_DIR, 'icon-toolbars.png');
    await previewPage.screenshot({ path: preview, fullPage: true });
    console.log(`wrote ${preview}`);
  } finally {
    await browser.close();
  }
}

await main();
