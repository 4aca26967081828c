/**
 * `npm run bench`: measures Plain IG and, in the same run, the reference
 * pipelines (remark + remark-retext + retext-simplify; alex) and Plain IG's
 * core as it was before the performance work (test/perf/reference), on the
 * seeded corpus from bench/corpus.ts. Runs are interleaved so that noise from
 * other processes hits every pipeline alike. Writes bench/results.md.
 *
 * Options: --quick (fewer rounds, skips the alex CLI run), --no-cli, --no-lsp.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './corpus.ts';
import { measureLsp, type LspResult } from './lsp.ts';
import { median, percentile, timeIt } from './stats.ts';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const repo = new URL('../', import.meta.url).pathname;
const notes: string[] = [];
const log = (line: string): void => void process.stderr.write(`${line}\n`);


log('writing the corpus…');
const corpus = writeCorpus();
log('building the bundles…');
execFileSync(process.execPath, [join(repo, 'scripts/build.mjs')], { cwd: repo, stdio: 'inherit' });

const { checkText, clearBlockCache } = await import('../server/src/core/run.ts');
const { DocumentChecker } = await import('../server/src/core/document-checker.ts');
const { defaultSettings } = await import('../server/src/core/settings.ts');
const before = await import('../test/perf/reference/run.ts');
const { unified } = await import('unified');
const { default: remarkParse } = await import('remark-parse');
const { default: remarkRetext } = await import('remark-retext');
const { default: retextEnglish } = await import('retext-english');
const { default: retextSimplify } = await import('retext-simplify');
const { VFile } = await import('vfile');
const { toNlcst } = await import('mdast-util-to-nlcst');
const { ParseEnglish } = await import('parse-english');
const alex = await import('alex');
const { rng } = await import('./corpus.ts');

const settings = defaultSettings();
const doc2k = readFileSync(corpus.doc2k, 'utf8');
const doc20k = readFileSync(corpus.doc20k, 'utf8');
const words = (text: string): number => text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;

const remarkAlone = unified().use(remarkParse);
// remark + remark-retext + retext-simplify, run synchronously: remark-retext's bridge
// converts with mdast-util-to-nlcst and ParseEnglish, then runs the retext plugins.
const retextSimplifyProcessor = unified().use(retextEnglish).use(retextSimplify);
const remarkSimplify = {
  parse: (file: InstanceType<typeof VFile>) => remarkAlone.parse(file),
  runSync: (tree: ReturnType<typeof remarkAlone.parse>, file: InstanceType<typeof VFile>) =>
    retextSimplifyProcessor.runSync(toNlcst(tree, file, ParseEnglish) as never, file),
};
void remarkRetext;

/** The pipelines measured in-process on one document (each cold: no cache carried between runs). */
const pipelines: Record<string, (text: string) => unknown> = {
  'Plain IG, all checks (cold cache)': (text) => {
    clearBlockCache();
    return checkText(text, { format: 'markdown', settings });
  },
  'Plain IG before this work (cold cache)': (text) => {
    before.clearBlockCache();
    return before.checkText(text, { format: 'markdown', settings });
  },
  'remark parse alone': (text) => remarkAlone.parse(text),
  'remark + retext-simplify': (text) => {
    const file = new VFile(text);
    return remarkSimplify.runSync(remarkSimplify.parse(file), file);
  },
  alex: (text) => alex.markdown(text),
};

function measureInProcess(text: string, rounds: number): Record<string, number[]> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(pipelines).map((name) => [name, []]));
  for (const run of Object.values(pipelines)) run(text); // warm-up: JIT, dictionaries
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(pipelines)) times[name]!.push(timeIt(() => run(text)));
  }
  return times;
}

log('in-process, 2k words…');
const small = measureInProcess(doc2k, quick ? 5 : 15);
log('in-process, 20k words…');
const large = measureInProcess(doc20k, quick ? 3 : 9);

/** A one-word edit at a random place: replaces one word with another. */
function editOneWord(text: string, r: () => number): string {
  const replacements = ['policy', 'backend', 'utilise', 'share', 'records', 'portal', 'data', 'team'];
  for (;;) {
    const at = Math.floor(r() * text.length);
    const match = /[A-Za-z]{3,}/.exec(text.slice(at, at + 40));
    if (!match) continue;
    const from = at + match.index;
    return text.slice(0, from) + replacements[Math.floor(r() * replacements.length)] + text.slice(from + match[0].length);
  }
}

log('re-check after one-word edits (in-process)…');
const edits = { incremental: [] as number[], beforeWork: [] as number[], unified: [] as number[] };
{
  clearBlockCache();
  const checker = new DocumentChecker('markdown');
  let text = doc20k;
  checker.check(text, settings);
  before.checkText(text, { format: 'markdown', settings });
  const r = rng(6);
  for (let i = 0; i < 100; i++) {
    text = editOneWord(text, r);
    edits.incremental.push(timeIt(() => checker.check(text, settings)));
    // The old DocumentChecker: checkText with the block cache, whole remark parse.
    if (i < (quick ? 5 : 20)) edits.beforeWork.push(timeIt(() => before.checkText(text, { format: 'markdown', settings })));
    // What unified-language-server does: the whole pipeline again.
    if (i < (quick ? 5 : 20)) edits.unified.push(timeIt(() => pipelines['remark + retext-simplify']!(text)));
  }
  checker.dispose();
}

interface Timed {
  wall: number;
  peakMb: number;
  code: number | null;
}

/** Runs a command under /usr/bin/time for wall time and peak resident memory. */
function timed(command: string, argv: string[]): Timed {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...argv], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
  const line = result.stderr.trim().split('\n').at(-1) ?? '';
  const [wall = 'NaN', kb = 'NaN'] = line.split(' ');
  return { wall: Number(wall), peakMb: Number(kb) / 1024, code: result.status };
}

// The CLI leaves out git-ignored paths (bench/corpus/ is one), so it reads a copy outside the repository.
const outside = join(os.tmpdir(), 'plain-ig-bench');
rmSync(outside, { recursive: true, force: true });
cpSync(corpus.library, join(outside, 'library'), { recursive: true });
copyFileSync(corpus.empty, join(outside, 'empty.md'));
const libraryDir = join(outside, 'library');
const emptyFile = join(outside, 'empty.md');
const cli = join(repo, 'bin/plain-ig.js');
const alexCli = join(repo, 'node_modules/alex/cli.js');
let startup: { plainIg: number[]; alex: number[] } | undefined;
let library: { plainIg: Timed[]; alex?: Timed } | undefined;
if (!args.has('--no-cli')) {
  log('CLI start-up on an empty file…');
  startup = { plainIg: [], alex: [] };
  for (let i = 0; i < (quick ? 3 : 9); i++) {
    startup.plainIg.push(timeIt(() => spawnSync(process.execPath, [cli, 'check', emptyFile], { cwd: repo })) / 1000);
    startup.alex.push(timeIt(() => spawnSync(process.execPath, [alexCli, emptyFile], { cwd: repo })) / 1000);
  }
  log('CLI over the 200-file library…');
  library = { plainIg: [] };
  for (let i = 0; i < (quick ? 1 : 3); i++) library.plainIg.push(timed(process.execPath, [cli, 'check', libraryDir]));
  if (!quick) {
    log('alex CLI over the library (about a minute)…');
    library.alex = timed(process.execPath, [alexCli, libraryDir]);
  }
}

let lsp: LspResult | undefined;
if (!args.has('--no-lsp')) {
  log('language server over stdio…');
  try {
    lsp = await measureLsp(join(repo, 'dist/server.mjs'), corpus.doc20k, quick ? 30 : 100);
  } catch (error) {
    notes.push(`The language-server benchmark failed: ${(error as Error).message}`);
  }
}

// ---- the report ----
const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const s = (n: number): string => n.toFixed(2);
const m = (list: number[]): number => median(list);
const ratio = (a: number, b: number): string => `${(b / a).toFixed(1)}×`;
const ok = (met: boolean): string => (met ? '**met**' : '**not met**');

const ig20 = m(large['Plain IG, all checks (cold cache)']!);
const remark20 = m(large['remark parse alone']!);
const simplify20 = m(large['remark + retext-simplify']!);
const alex20 = m(large['alex']!);
const before20 = m(large['Plain IG before this work (cold cache)']!);
const editP95 = percentile(edits.incremental, 95);
const rows: string[] = [
  '| target | Plain IG | target | | reference, same run |',
  '|---|---|---|---|---|',
  `| full check, 20k-word Markdown, all checks on (median, in-process) | ${ms(ig20)} ms | ≤ 120 ms | ${ok(ig20 <= 120)} | remark + retext-simplify ${ms(simplify20)} ms (${ratio(ig20, simplify20)}); alex ${ms(alex20)} ms (${ratio(ig20, alex20)}); remark parse alone ${ms(remark20)} ms; Plain IG before ${ms(before20)} ms |`,
  `| re-check after a one-word edit, 20k words (p95 of 100, in-process DocumentChecker) | ${ms(editP95)} ms (p50 ${ms(percentile(edits.incremental, 50))}, max ${ms(Math.max(...edits.incremental))}) | ≤ 10 ms p95 | ${ok(editP95 <= 10)} | full re-check like unified-language-server ${ms(m(edits.unified))} ms median; Plain IG before ${ms(m(edits.beforeWork))} ms |`,
];
if (lsp) {
  rows.push(
    `| edit → publishDiagnostics over stdio, 20k words (real server, debounce 0) | p95 ${ms(lsp.p95)} ms (p50 ${ms(lsp.p50)}, max ${ms(lsp.max)}) | ≤ 10 ms p95 (server side) | ${ok(lsp.p95 <= 10)} | |`,
    `| server start to ready (spawn → initialize result) | ${s(lsp.startToReady / 1000)} s | ≤ 0.3 s | ${ok(lsp.startToReady <= 300)} | |`,
  );
}
if (library) {
  const best = library.plainIg.slice().sort((a, b) => a.wall - b.wall)[Math.floor(library.plainIg.length / 2)]!;
  rows.push(
    `| CLI over 200 Markdown files, ${(words(readFileSync(corpus.doc20k, 'utf8')) > 0 ? '~1,000,000' : '')} words (wall, peak RSS) | ${s(best.wall)} s, ${best.peakMb.toFixed(0)} MB | ≤ 15 s, ≤ 400 MB | ${ok(best.wall <= 15 && best.peakMb <= 400)} | ${library.alex ? `alex ${s(library.alex.wall)} s, ${library.alex.peakMb.toFixed(0)} MB (${ratio(best.wall, library.alex.wall)})` : 'alex not run (--quick)'} |`,
  );
}
if (startup) {
  const ig = m(startup.plainIg);
  const ax = m(startup.alex);
  rows.push(`| CLI start-up on an empty file (median wall) | ${s(ig)} s | ≤ 0.25 s | ${ok(ig <= 0.25)} | alex ${s(ax)} s (${ratio(ig, ax)}) |`);
}

const detail = (title: string, times: Record<string, number[]>): string[] => [
  `| ${title} | median | min | max |`,
  '|---|---|---|---|',
  ...Object.entries(times).map(([name, list]) => `| ${name} | ${ms(m(list))} ms | ${ms(Math.min(...list))} ms | ${ms(Math.max(...list))} ms |`),
];

const report = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')} at the end (the machine is shared: compare rows of one run, not runs).`,
  `Corpus (bench/corpus.ts, seeded): ${words(doc2k).toLocaleString('en-GB')}- and ${words(doc20k).toLocaleString('en-GB')}-word policies; a library of 200 files.`,
  '',
  ...rows,
  '',
  '## Detail',
  '',
  ...detail(`in-process, ${words(doc2k).toLocaleString('en-GB')} words`, small),
  '',
  ...detail(`in-process, ${words(doc20k).toLocaleString('en-GB')} words`, large),
  '',
  `Re-check after a one-word edit (20k words): Plain IG DocumentChecker p50 ${ms(percentile(edits.incremental, 50))} ms, p95 ${ms(editP95)} ms, max ${ms(Math.max(...edits.incremental))} ms over 100 edits.`,
  ...(lsp ? [`Language server over stdio: ${lsp.edits} edits, p50 ${ms(lsp.p50)} ms, p95 ${ms(lsp.p95)} ms, max ${ms(lsp.max)} ms from sending didChange to receiving publishDiagnostics for that version; first diagnostics after didOpen ${ms(lsp.open)} ms.`] : []),
  ...(library ? [`CLI library runs (wall s, peak MB): ${library.plainIg.map((t) => `${s(t.wall)} s / ${t.peakMb.toFixed(0)} MB`).join('; ')}.`] : []),
  '',
  ...(notes.length ? ['## Notes', '', ...notes.map((n) => `- ${n}`), ''] : []),
].join('\n');

const extra = readFileSync(new URL('./results-notes.md', import.meta.url), 'utf8');
writeFileSync(new URL('./results.md', import.meta.url), `${report}\n${extra}`);
process.stdout.write(`${report}\n`);

void spawn;
