// Renders the extension icon (an SVG drawn here) to the PNG sizes the manifest wants, with
// Chromium, so no image tool is needed. Run after changing the drawing: `npx tsx scripts/make-icons.ts`.
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH } from '../test/e2e/chromium-launch';

const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#1d4ed8"/>
  <circle cx="56" cy="56" r="30" fill="none" stroke="#fff" stroke-width="12"/>
  <circle cx="56" cy="56" r="9" fill="#fcc44f"/>
  <path d="M78 78 L104 104" stroke="#fff" stroke-width="14" stroke-linecap="round"/>
</svg>`;

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" src="data:image/svg+xml,${encodeURIComponent(ICON_SVG)}"></body></html>`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log('Wrote public/icon/{16,32,48,128}.png');
