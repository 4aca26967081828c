/**
 * Where the browser page's start-up goes: loads the page with `#example` in a
 * headless Chromium (cold, a new context each run) and prints the page's own
 * timings (window.plainIg.timings: worker ready, first findings, the worker's
 * check time), plus the script timings the browser records.
 * Usage: npx tsx bench/web-probe.ts [dist/web …] [--runs N]. Builds nothing.
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startPageServer } from '../server/src/cli/serve.ts';
import { median } from './stats.ts';

const repo = new URL('../', import.meta.url).pathname;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const dirs = process.argv.slice(2).filter((arg, i, all) => arg !== '--runs' && all[i - 1] !== '--runs');
const sites = dirs.length > 0 ? dirs : [join(repo, 'dist/web')];
const servers = await Promise.all(sites.map((dir) => startPageServer(dir)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const rows: Record<string, number[]>[] = sites.map(() => ({}));
for (let run = 0; run < RUNS; run++) {
  for (const [i, server] of servers.entries()) {
    const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#example`, { waitUntil: 'commit' });
    await page.waitForSelector('body[data-state="checked"]', { timeout: 60_000 });
    const timings = (await page.evaluate('window.plainIg.timings')) as Record<string, number>;
    const nav = (await page.evaluate('JSON.stringify(performance.getEntriesByType("resource").map((e) => [e.name.split("/").pop(), Math.round(e.responseEnd)]))')) as string;
    for (const [key, value] of Object.entries(timings)) if (typeof value === 'number') (rows[i]![key] ??= []).push(value);
    for (const [name, end] of JSON.parse(nav) as Array<[string, number]>) (rows[i]![`loaded ${name}`] ??= []).push(end);
    await context.close();
  }
}
for (const [i, site] of sites.entries()) {
  process.stdout.write(`${site}\n`);
  for (const [key, values] of Object.entries(rows[i]!)) process.stdout.write(`  ${key.padEnd(24)} median ${Math.round(median(values))}  (${values.map((v) => Math.round(v)).join(' ')})\n`);
}
await browser.close();
await Promise.all(servers.map((server) => server.close()));
