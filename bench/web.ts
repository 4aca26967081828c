/**
 * `npm run bench:web`: the browser page in a real headless Chromium, served by
 * `plain-ig serve`'s server. Measures, on the page's own clock (milliseconds
 * since navigation started, cold cache: a new browser context each run):
 *  - load to first findings for the example policy (1,830 words);
 *  - load, then open a 20,000-word Markdown file, to its first findings;
 *  - after typing stops, the time until findings are shown for a 5,000-word
 *    document (the page waits 120 ms after the last key, then checks);
 * and the size of dist/web (raw and gzip) with what is in each script.
 * Writes bench/web-results.md. Option: --runs N (default 5).
 *
 * With `--ref REV`: this tree's page against REV's, side by side in one run
 * (REV's web/, server/src, dictionaries/, examples/ and scripts/ extracted to
 * `.bench-ref/`, built there with this tree's node_modules; runs interleaved,
 * so noise on a shared machine hits both alike). Prints a table of medians and
 * ratios instead of writing the results file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startPageServer } from '../server/src/cli/serve.ts';
import { policyDocument } from './corpus.ts';
import { median, percentile } from './stats.ts';

const repo = new URL('../', import.meta.url).pathname;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const refArg = process.argv.indexOf('--ref');
const REF = refArg > 0 ? process.argv[refArg + 1] : undefined;
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The page's test hook (see web/src/main.ts); functions run in the page use it (no eval: the page's policy forbids it). */
interface InPage {
  plainIg: { timings: Timings; findingsVersion(): number; source: { version: number } };
}

const pageReady = (): boolean => (globalThis as unknown as Partial<InPage>).plainIg !== undefined;
const hasAllFindings = (): boolean => (globalThis as unknown as InPage).plainIg?.timings.allFindings !== undefined;
const refreshed = (): boolean => {
  const { plainIg } = globalThis as unknown as InPage;
  return plainIg.findingsVersion() === plainIg.source.version && (plainIg.timings.lastRender ?? 0) > (plainIg.timings.lastChange ?? 0);
};

interface Timings {
  workerStarted?: number;
  workerWarmedUp?: number;
  workerReady?: number;
  lastCheckMs?: number;
  fileOpened?: number;
  firstFindings?: number;
  allFindings?: number;
  panelDrawn?: number;
  lastChange?: number;
  lastRender?: number;
}

log('building the page…');
execFileSync(process.execPath, [join(repo, 'scripts/build-web.mjs'), '--quiet'], { cwd: repo, stdio: 'inherit' });

/** Extracts REV's page sources and builds its page; returns its dist/web. */
function buildRef(ref: string): string {
  const refDir = join(repo, '.bench-ref', `web-${ref.replace(/[^\w.-]/g, '_')}`);
  rmSync(refDir, { recursive: true, force: true });
  mkdirSync(refDir, { recursive: true });
  const archive = execFileSync('git', ['archive', ref, 'web', 'server/src', 'dictionaries', 'examples', 'scripts', 'package.json', 'tsconfig.json'], { cwd: repo, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', refDir], { input: archive });
  symlinkSync(join(repo, 'node_modules'), join(refDir, 'node_modules'));
  log(`building ${ref}'s page…`);
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--quiet'], { cwd: refDir, stdio: 'inherit' });
  return join(refDir, 'dist/web');
}

// The same seeded policies as npm run bench (bench/corpus.ts): varied paragraphs, so the block cache does not flatter.
const long20k = policyDocument(20_000, 20);
const long5k = policyDocument(5_000, 5);

const server = await startPageServer(join(repo, 'dist/web'));
const refServer = REF ? await startPageServer(buildRef(REF)) : undefined;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

async function freshPage(hash = '', url = server.url): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}${hash}`, { waitUntil: 'commit' });
  return page;
}

/** The core on the same text in Node, after a warm-up on other text, block cache cleared: the in-process figure of npm run bench. */
const nodeCheck = async (text: string): Promise<number> => {
  const { clearBlockCache } = await import('../server/src/core/run.ts');
  const { checkText } = await import('../server/src/engine/check-text.ts');
  const { defaultSettings } = await import('../server/src/engine/settings.ts');
  checkText(policyDocument(2_000, 2), { format: 'markdown', settings: defaultSettings() });
  clearBlockCache();
  const started = performance.now();
  checkText(text, { format: 'markdown', settings: defaultSettings() });
  return performance.now() - started;
};

const timingsOf = (page: Page): Promise<Timings> => page.evaluate('window.plainIg.timings');
const wordsShown = async (page: Page): Promise<string> => (await page.locator('#status').textContent()) ?? '';

/** Loads the page at #example; its timings (firstFindings is the figure; the worker's start-up times say where it went). */
async function exampleLoad(url = server.url): Promise<Timings & { firstFindings: number }> {
  const page = await freshPage('#example', url);
  await page.waitForSelector('body[data-state="checked"]', { timeout: 60_000 });
  const timings = await timingsOf(page);
  await page.context().close();
  return { ...timings, firstFindings: timings.firstFindings! };
}

/** Every finding has its entry on the panel (it draws a long list in batches). */
const panelComplete = (): boolean => {
  const { plainIg } = globalThis as unknown as { plainIg: { findings(): unknown[] } };
  return (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('.finding').length === plainIg.findings().length;
};

async function openLong(text: string, url = server.url): Promise<{ first: number; all: number; panel: number; status: string }> {
  const page = await freshPage('', url);
  await page.waitForFunction(pageReady, undefined, { polling: 10 });
  await page.setInputFiles('#file-input', { name: 'long-policy.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await page.waitForFunction(hasAllFindings, undefined, { timeout: 60_000, polling: 20 });
  await page.waitForFunction(panelComplete, undefined, { timeout: 60_000, polling: 20 });
  const { firstFindings, allFindings, panelDrawn } = await timingsOf(page);
  const status = await wordsShown(page);
  await page.context().close();
  // A page without the panelDrawn timing (an older ref) draws its whole panel with its findings.
  return { first: firstFindings!, all: allFindings!, panel: panelDrawn ?? allFindings!, status };
}

async function refreshAfterTyping(text: string, edits: number): Promise<number[]> {
  const page = await freshPage();
  await page.waitForFunction(pageReady, undefined, { polling: 10 });
  await page.setInputFiles('#file-input', { name: 'policy-5k.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await page.waitForFunction(hasAllFindings, undefined, { timeout: 60_000, polling: 50 });
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    // Type a word in the middle of the document, as a writer would.
    const at = Math.floor(text.length / 2) + i * 97;
    await page.evaluate(`window.plainIg.source.view.dispatch({ changes: { from: ${at}, insert: 'very ' }, userEvent: 'input.type' })`);
    await page.waitForFunction(refreshed, undefined, { timeout: 30_000, polling: 10 });
    const { lastChange, lastRender } = await timingsOf(page);
    times.push(lastRender! - lastChange!);
  }
  await page.context().close();
  return times;
}

if (refServer) {
  // Side by side: interleaved cold loads of both pages, then medians and ratios.
  const sides = { ref: refServer.url, tree: server.url } as const;
  const rows: Record<keyof typeof sides, { example: number[]; first: number[]; all: number[]; panel: number[] }> = {
    ref: { example: [], first: [], all: [], panel: [] },
    tree: { example: [], first: [], all: [], panel: [] },
  };
  log(`${REF} against this tree, ${RUNS} interleaved runs…`);
  for (let i = 0; i < RUNS; i++) {
    for (const side of (i % 2 === 0 ? ['ref', 'tree'] : ['tree', 'ref']) as Array<keyof typeof sides>) {
      rows[side].example.push((await exampleLoad(sides[side])).firstFindings);
      const long = await openLong(long20k, sides[side]);
      rows[side].first.push(long.first);
      rows[side].all.push(long.all);
      rows[side].panel.push(Math.max(long.all, long.panel));
    }
  }
  await browser.close();
  await server.close();
  await refServer.close();
  const row = (what: string, key: 'example' | 'first' | 'all' | 'panel'): string =>
    `| ${what} | ${Math.round(median(rows.ref[key]))} ms | ${Math.round(median(rows.tree[key]))} ms | ${(median(rows.tree[key]) / median(rows.ref[key])).toFixed(2)}× |`;
  process.stdout.write(
    [
      `| page clock, median of ${RUNS} interleaved cold loads | ${REF} | this tree | ratio |`,
      '| --- | --- | --- | --- |',
      row('load to first findings, example policy', 'example'),
      row('load, open 20,000 words, first findings', 'first'),
      row('… all findings (underlines, counts, first entries)', 'all'),
      row('… every panel entry drawn', 'panel'),
      '',
      `Load average at the end ${os.loadavg().map((n) => n.toFixed(1)).join(' / ')} (on ${os.cpus().length} cores).`,
      '',
    ].join('\n'),
  );
  process.exit(0);
}

const exampleRuns: number[] = [];
const exampleTimings: Timings[] = [];
const long20kRuns: number[] = [];
const long20kAll: number[] = [];
let long20kStatus = '';
log(`cold loads, ${RUNS} runs each…`);
for (let i = 0; i < RUNS; i++) {
  const example = await exampleLoad();
  exampleRuns.push(example.firstFindings);
  exampleTimings.push(example);
  const long = await openLong(long20k);
  long20kRuns.push(long.first);
  long20kAll.push(long.all);
  long20kStatus = long.status;
}
// For scale on a shared machine: the same 20,000 words checked by the core in Node, in the same run.
const nodeWarm = await nodeCheck(long20k);
log('typing in a 5,000-word document…');
const typing = await refreshAfterTyping(long5k, Math.max(10, RUNS * 2));

await browser.close();
await server.close();

const sizes = JSON.parse(readFileSync(join(repo, 'dist/web/sizes.json'), 'utf8')) as Array<{ name: string; bytes: number; gzip: number }>;
const contents = JSON.parse(readFileSync(join(repo, 'dist/web-contents.json'), 'utf8')) as Record<string, Record<string, number>>;
const kb = (n: number): string => `${Math.round(n / 1024).toLocaleString('en-GB')} KB`;
const ms = (n: number): string => `${Math.round(n)} ms`;
const total = sizes.reduce((sum, file) => sum + file.bytes, 0);
const totalGzip = sizes.reduce((sum, file) => sum + file.gzip, 0);
const top = (script: string, n: number): string =>
  Object.entries(contents[script] ?? {})
    .slice(0, n)
    .map(([name, bytes]) => `${name} ${kb(bytes)}`)
    .join(', ');

/** The median of one timing over the example loads. */
const exampleMedian = (key: keyof Timings): string => {
  const values = exampleTimings.map((t) => t[key]).filter((v): v is number => v !== undefined);
  return values.length > 0 ? ms(median(values)) : 'not recorded';
};

const lines = [
  '# Browser page: benchmark',
  '',
  `Measured with \`npm run bench:web\` (bench/web.ts) on ${new Date().toISOString().slice(0, 10)}: headless Debian Chromium driven by`,
  `playwright-core, the page served by \`plain-ig serve\`'s server on 127.0.0.1, ${os.cpus().length} CPU cores`,
  `(${os.cpus()[0]?.model ?? 'unknown CPU'}), shared with other work, so figures are noisy; ${RUNS} runs each.`,
  'Times are on the page’s own clock (milliseconds since navigation started); each load is a new browser',
  'context, so the cache is cold.',
  '',
  '| what | target | median | worst |',
  '| --- | --- | --- | --- |',
  `| load to first findings, example policy (1,830 words) | ≤ 1 s | ${ms(median(exampleRuns))} | ${ms(Math.max(...exampleRuns))} |`,
  `| load, open a 20,000-word document, first findings (those in its first part, shown while the rest is checked) | ≤ 2 s | ${ms(median(long20kRuns))} | ${ms(Math.max(...long20kRuns))} |`,
  `| … and all its findings (${long20kStatus.replace(/ \(checked.*$/, '')}) | | ${ms(median(long20kAll))} | ${ms(Math.max(...long20kAll))} |`,
  `| typing stops → findings shown, 5,000 words (${typing.length} edits; includes the 120 ms pause) | ≤ 300 ms | ${ms(median(typing))} | ${ms(Math.max(...typing))} (p95 ${ms(percentile(typing, 95))}) |`,
  '',
  `For scale, in the same run: the core checked the same 20,000 words in Node (warmed up, cache cleared, as npm run bench does) in ${ms(nodeWarm)};`,
  `load average at the end ${os.loadavg().map((n) => n.toFixed(1)).join(' / ')} (on ${os.cpus().length} cores).`,
  '',
  `Where the example's time goes (medians, page clock): the checking worker's script starts to run at ${exampleMedian('workerStarted')}`,
  `(boot.js starts the worker; then the worker's set-up, fetching and compiling worker.js), its warm-up check (compiling`,
  `the dictionaries) ends at ${exampleMedian('workerWarmedUp')}, the page hears it is ready at ${exampleMedian('workerReady')} and asks for the`,
  `example's check, which takes ${exampleMedian('lastCheckMs')} in the worker; then the page draws the findings.`,
  '',
  'A document over 16,000 characters is checked in two steps when it is opened or pasted: the findings of its first',
  '8,000 characters appear first, then all of them (web/src/main.ts, firstPartOf). The panel draws its first 60',
  'entries with the underlines and the rest in batches just after (web/src/panel.ts); "all findings" is when the',
  'underlines, counts and first entries are shown.',
  '',
  '## Size of dist/web',
  '',
  '| file | size | gzip |',
  '| --- | --- | --- |',
  ...sizes.filter((file) => file.name !== 'sizes.json').map((file) => `| ${file.name} | ${kb(file.bytes)} | ${kb(file.gzip)} |`),
  `| **all** | **${kb(total)}** | **${kb(totalGzip)}** |`,
  '',
  `- **app.js** (the page, main thread): ${top('app.js', 8)}.`,
  `- **worker.js** (the checks and the board report, off the main thread): ${top('worker.js', 12)}.`,
  `- **reader.js** (reading Word and PDF files, its own worker): ${top('reader.js', 6)}.`,
  '- **boot.js** starts the checking worker while app.js is still loading.',
  '',
  'PDF.js (inside unpdf) is most of the page. It lives in its own worker, started once the first findings',
  'are shown, so neither its loading nor the checks wait for each other, and a PDF still opens with no request',
  'after load. The dictionaries and the word forms made at build time (dist/word-forms.json: compromise\'s lexicon',
  'and the forms of every dictionary phrase) are embedded as JSON text, so the first findings need no',
  'compromise set-up; compromise (in worker.js) is set up once they are shown, for words of later documents.',
  'ajv and yaml (for extra YAML dictionaries, which the page does not read) are left out.',
  '',
];
writeFileSync(join(repo, 'bench/web-results.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
