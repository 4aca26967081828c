// Screenshots a report page in headless Chromium for the docs:
//   npx tsx scripts/screenshot-report.ts REPORT.html OUT.png [HEIGHT] [SECTION]
// The page is opened from the file with every other request blocked, at
// 1200 pixels wide; HEIGHT (default 1500) is how much is kept, from the top
// or from the heading with the id SECTION (such as h-rank).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [input, output, height = '1500', section] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: npx tsx scripts/screenshot-report.ts REPORT.html OUT.png [HEIGHT]\n');
  process.exit(2);
}
const url = pathToFileURL(resolve(input)).href;
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: Number(height) } });
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  if (section) await page.locator(`#${section}`).evaluate((node) => (node as unknown as { scrollIntoView(): void }).scrollIntoView());
  await page.screenshot({ path: output });
} finally {
  await browser.close();
}
