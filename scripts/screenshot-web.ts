/**
 * Takes the README's screenshot of the browser page (docs/images/web-page.png):
 * the example policy checked, with why the first risk finding matters opened.
 * Run after `npm run build:web`: `npx tsx scripts/screenshot-web.ts`.
 */
import { chromium } from 'playwright-core';
import { startPageServer } from '../server/src/cli/serve.ts';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const server = await startPageServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  await page.goto(`${server.url}#example`);
  await page.waitForSelector('body[data-state="checked"]');
  await page.locator('.group.pig-risk .finding').first().locator('details summary').click();
  await page.screenshot({ path: 'docs/images/web-page.png' });
} finally {
  await browser.close();
  await server.close();
}
