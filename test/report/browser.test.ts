// Opens a real report in headless Chromium: no console errors, no network,
// the numbers on the page match the JSON summary, and axe finds no serious or
// critical accessibility problems. Screenshots go to test-results/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const AXE = resolve('node_modules/axe-core/axe.min.js');
const RESULTS = resolve('test-results');

interface Summary {
  files: Array<Record<string, unknown> & { path: string; per1000: Record<string, number> }>;
  summary: Record<string, unknown>;
}

/** Just enough of the page's globals for the functions run inside it (the tsconfig has no DOM library). */
interface InPage {
  document: { querySelectorAll(selector: string): { forEach(each: (element: { open: boolean }) => void): void } };
  axe: { run(context: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
}

let browser: Browser;
let page: Page;
let summary: Summary;
let reportUrl: string;
const consoleErrors: string[] = [];
const requests: string[] = [];

function plainIg(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['bin/plain-ig.js', ...args], { encoding: 'utf8' });
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plain-ig-browser-'));
  // A baseline over one example, so the report shows a change and new documents.
  writeFileSync(join(dir, 'baseline.json'), plainIg('check', '--format', 'json', 'examples/information-sharing-policy.md').stdout);
  writeFileSync(join(dir, 'scan.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 1, 2]));
  const html = join(dir, 'report.html');
  const run = plainIg('report', 'examples/', join(dir, 'scan.md'), '--out', html, '--json', join(dir, 'summary.json'), '--compare', join(dir, 'baseline.json'));
  expect(run.stderr).toMatch(/wrote/);
  expect(run.status).toBe(0);
  summary = JSON.parse(await readFile(join(dir, 'summary.json'), 'utf8')) as Summary;
  reportUrl = pathToFileURL(html).href;

  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  // bypassCSP lets the test inject axe; it also means "no requests" below is the page's own doing, not the CSP's.
  page = await browser.newPage({ viewport: { width: 1200, height: 1400 }, bypassCSP: true });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.route('**/*', (route) => (route.request().url() === reportUrl ? route.continue() : route.abort()));
  await page.goto(reportUrl, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
});

/** The number shown in an element's text ("1,234" → 1234); null for "not scored". */
const shown = (text: string): number | null => {
  if (text.trim() === 'not scored') return null;
  // A rate that rounds to 0 while something was found is shown as "under 0.1"; the JSON keeps the rounded 0.
  if (text.trim() === 'under 0.1') return 0;
  return Number(text.replace(/,/g, ''));
};

/** A value in the summary by dotted path, such as "per1000.risk". */
const at = (object: Record<string, unknown>, path: string): unknown => path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], object);

describe('the report in Chromium', () => {
  it('renders without console errors and fetches nothing but itself', async () => {
    expect(await page.locator('h1').textContent()).toBe('Plain English report: policy library');
    expect(consoleErrors).toEqual([]);
    expect(requests.filter((url) => url !== reportUrl)).toEqual([]);
  });

  it('shows the same library numbers as the JSON summary', async () => {
    const metrics = await page.locator('[data-metric]').evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('data-metric')!, node.textContent ?? '']));
    const numeric = metrics.filter(([name]) => name !== 'sentence-summary');
    expect(numeric.length).toBeGreaterThanOrEqual(10);
    for (const [name, text] of numeric) expect({ name, value: shown(text!) }).toEqual({ name, value: at(summary.summary, name!) });
  });

  it('ranks every document with the numbers in the JSON summary', async () => {
    const rows = await page.locator('#ranking tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        path: tr.getAttribute('data-path'),
        cells: Object.fromEntries([...tr.querySelectorAll('[data-field]')].map((td) => [td.getAttribute('data-field'), td.textContent])),
        rank: tr.querySelector('td')?.textContent,
      })),
    );
    expect(rows.map((row) => row.path)).toEqual(summary.files.map((file) => file.path));
    for (const [i, row] of rows.entries()) {
      const file = summary.files[i]!;
      expect(Number(row.rank)).toBe(file['rank']);
      for (const [field, text] of Object.entries(row.cells)) expect({ field, value: shown(String(text)) }).toEqual({ field, value: at(file, field) });
    }
  });

  it('lists the binary file as not checked and shows the change since the last report', async () => {
    expect(await page.locator('#h-skipped + p + ul').textContent()).toMatch(/scan\.md: looks like a binary file/);
    expect(await page.locator('#h-compare').textContent()).toBe('Change since the last report');
    expect(await page.locator('section[aria-labelledby="h-compare"]').textContent()).toMatch(/New since the last report: .*examples\/privacy-notice\.txt/);
  });

  it('starts with five sentences to rewrite, led by risk-averse wording, each with its suggested wording', async () => {
    const items = page.locator('ol.start > li');
    expect(await items.count()).toBe(5);
    expect(await items.first().locator('.tag').textContent()).toBe('Risk-averse wording');
    for (const text of await items.locator('.suggest').allTextContents()) expect(text).toMatch(/^Suggested wording: \S/);
  });

  it('groups each document\'s findings by check, the most important open, the rest behind "Show all"', async () => {
    const first = page.locator('section.doc').first();
    const groups = first.locator('details.group');
    const checks = await groups.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-check')));
    const order = ['risk', 'trust', 'leadership', 'jargon', 'outdated', 'acronym', 'plain-words'];
    expect(checks).toEqual([...checks].sort((a, b) => order.indexOf(a!) - order.indexOf(b!)));
    expect(await groups.first().getAttribute('open')).toBe('');
    const more = page.locator('details.group details.more').first();
    const hidden = more.locator('li').first();
    await more.locator('xpath=ancestor::details[contains(@class, "group")]').evaluate((node) => ((node as unknown as { open: boolean }).open = true));
    expect(await hidden.isVisible()).toBe(false);
    await more.locator('summary').click();
    expect(await hidden.isVisible()).toBe(true);
  });

  it('has no serious or critical accessibility problems (axe), with every section open', async () => {
    await page.evaluate(() => (globalThis as unknown as InPage).document.querySelectorAll('details').forEach((details) => (details.open = true)));
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const { axe, document } = globalThis as unknown as InPage;
      const results = await axe.run(document);
      return results.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('runs its print script under its own Content Security Policy (opens every section before printing)', async () => {
    const strict = await browser.newPage();
    const errors: string[] = [];
    strict.on('console', (message) => errors.push(`${message.type()}: ${message.text()}`));
    await strict.route('**/*', (route) => (route.request().url() === reportUrl ? route.continue() : route.abort()));
    await strict.goto(reportUrl, { waitUntil: 'load' });
    const open = await strict.evaluate(() => {
      const page = globalThis as unknown as InPage & { dispatchEvent(event: unknown): void; Event: new (type: string) => unknown };
      page.dispatchEvent(new page.Event('beforeprint'));
      const states: boolean[] = [];
      page.document.querySelectorAll('details').forEach((details) => states.push(details.open));
      return states;
    });
    await strict.close();
    expect(errors).toEqual([]);
    expect(open.length).toBeGreaterThan(0);
    expect(open.every(Boolean)).toBe(true);
  });

  it('keeps screenshots as test artefacts, and hides the contents list in print', async () => {
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'report.png') });
    await page.screenshot({ path: join(RESULTS, 'report-full.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});
