/**
 * `npm run bench`: measures Plain IG and, in the same run, the reference
 * pipelines (remark + remark-retext + retext-simplify; alex) and, with
 * `--before REV` (for example the commit before the first performance work), Plain IG at an earlier git revision (built from a copy in a
 * temporary folder), on two shapes of seeded corpus from bench/corpus.ts: the
 * synthetic policies and documents shaped like real public guidance
 * (footnotes, reference links, grid and GFM tables, long list items). Runs
 * are interleaved so that noise from other processes hits every pipeline
 * alike. Writes bench/results.md.
 *
 *   npx tsx bench/run.ts [--quick] [--no-cli] [--no-lsp] [--before REV] [--edits N]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { editOneWord, rng, writeCorpus } from './corpus.ts';
import { measureLsp, type LspResult } from './lsp.ts';
import { median, percentile, timeIt } from './stats.ts';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-cli': { type: 'boolean', default: false },
    'no-lsp': { type: 'boolean', default: false },
    before: { type: 'string' },
    edits: { type: 'string' },
  },
});
const quick = options.quick;
const repo = new URL('../', import.meta.url).pathname;
const notes: string[] = [];
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const command = `npx tsx bench/run.ts ${process.argv.slice(2).join(' ')}`.trim();

const loadAtStart = os.loadavg().map((n) => n.toFixed(1)).join(' / ');
log('writing the corpus…');
const corpus = writeCorpus();
log('building the bundles…');
execFileSync(process.execPath, [join(repo, 'scripts/build.mjs')], { cwd: repo, stdio: 'inherit' });

/** An earlier revision of Plain IG, copied out of git and built, to measure beside this one. */
let beforeDir: string | undefined;
let beforeLabel = '';
if (options.before) {
  const rev = execFileSync('git', ['rev-parse', '--short', options.before], { cwd: repo, encoding: 'utf8' }).trim();
  beforeLabel = `Plain IG at ${rev}`;
  beforeDir = mkdtempSync(join(os.tmpdir(), `plain-ig-before-${rev}-`));
  log(`copying and building ${rev} in ${beforeDir}…`);
  execFileSync('sh', ['-c', `git archive ${rev} | tar -x -C ${JSON.stringify(beforeDir)}`], { cwd: repo });
  symlinkSync(join(repo, 'node_modules'), join(beforeDir, 'node_modules'));
  execFileSync(process.execPath, [join(beforeDir, 'scripts/build.mjs')], { cwd: beforeDir, stdio: 'inherit' });
}

const { loadCore } = await import('./load-core.ts');
const { checkText, clearBlockCache, DocumentChecker } = await loadCore(repo);
const { defaultSettings } = await import('../server/src/engine/settings.ts');
const earlier = beforeDir ? await loadCore(beforeDir) : undefined;
const { unified } = await import('unified');
const { default: remarkParse } = await import('remark-parse');
const { default: retextEnglish } = await import('retext-english');
const { default: retextSimplify } = await import('retext-simplify');
const { VFile } = await import('vfile');
const { toNlcst } = await import('mdast-util-to-nlcst');
const { ParseEnglish } = await import('parse-english');
const alex = await import('alex');

const settings = defaultSettings();
const words = (text: string): number => text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
/** The documents, by shape. */
const docs = {
  synthetic2k: readFileSync(corpus.doc2k, 'utf8'),
  synthetic20k: readFileSync(corpus.doc20k, 'utf8'),
  real5k: readFileSync(corpus.real5k, 'utf8'),
  real20k: readFileSync(corpus.real20k, 'utf8'),
};
const docName: Record<keyof typeof docs, string> = {
  synthetic2k: `synthetic, ${words(docs.synthetic2k).toLocaleString('en-GB')} words`,
  synthetic20k: `synthetic, ${words(docs.synthetic20k).toLocaleString('en-GB')} words`,
  real5k: `real-shaped, ${words(docs.real5k).toLocaleString('en-GB')} words`,
  real20k: `real-shaped, ${words(docs.real20k).toLocaleString('en-GB')} words`,
};

const remarkAlone = unified().use(remarkParse);
// remark + remark-retext + retext-simplify, run synchronously: remark-retext's bridge
// converts with mdast-util-to-nlcst and ParseEnglish, then runs the retext plugins.
const retextSimplifyProcessor = unified().use(retextEnglish).use(retextSimplify);
const remarkSimplify = (text: string): unknown => {
  const file = new VFile(text);
  return retextSimplifyProcessor.runSync(toNlcst(remarkAlone.parse(file), file, ParseEnglish) as never, file);
};

const NOW = 'Plain IG, all checks (cold cache)';
const BEFORE = `${beforeLabel}, all checks (cold cache)`;
/** The pipelines measured in-process on one document (each cold: no cache carried between runs). */
const pipelines: Record<string, (text: string) => unknown> = {
  [NOW]: (text) => {
    clearBlockCache();
    return checkText(text, { format: 'markdown', settings });
  },
  ...(earlier
    ? {
        [BEFORE]: (text: string) => {
          earlier.clearBlockCache();
          return earlier.checkText(text, { format: 'markdown', settings });
        },
      }
    : {}),
  'remark parse alone': (text) => remarkAlone.parse(text),
  'remark + retext-simplify': remarkSimplify,
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

const cold: Partial<Record<keyof typeof docs, Record<string, number[]>>> = {};
for (const key of Object.keys(docs) as Array<keyof typeof docs>) {
  log(`in-process, ${docName[key]}…`);
  cold[key] = measureInProcess(docs[key], key.endsWith('20k') ? (quick ? 3 : 7) : quick ? 5 : 11);
}

const editCount = Number(options.edits ?? (quick ? 40 : 100));
interface EditTimes {
  now: number[];
  earlier: number[];
  /** The whole remark + retext-simplify pipeline again, as unified-language-server does on every change. */
  unified: number[];
}
const edits: Partial<Record<'synthetic20k' | 'real20k', EditTimes>> = {};
for (const key of ['synthetic20k', 'real20k'] as const) {
  log(`re-check after one-word edits (in-process), ${docName[key]}…`);
  const times: EditTimes = { now: [], earlier: [], unified: [] };
  clearBlockCache();
  earlier?.clearBlockCache();
  const checker = new DocumentChecker('markdown');
  const earlierChecker = earlier ? new earlier.DocumentChecker('markdown') : undefined;
  let text = docs[key];
  checker.check(text, settings);
  earlierChecker?.check(text, settings);
  const r = rng(6);
  for (let i = 0; i < editCount; i++) {
    text = editOneWord(text, r);
    // Alternate which goes first, so neither always runs on a warmer machine.
    const runNow = (): void => void times.now.push(timeIt(() => checker.check(text, settings)));
    const runEarlier = (): void => void (earlierChecker && times.earlier.push(timeIt(() => earlierChecker.check(text, settings))));
    if (i % 2) {
      runEarlier();
      runNow();
    } else {
      runNow();
      runEarlier();
    }
    if (i < (quick ? 5 : 15)) times.unified.push(timeIt(() => remarkSimplify(text)));
  }
  checker.dispose();
  earlierChecker?.dispose();
  edits[key] = times;
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
if (!options['no-cli']) {
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

const lsp: Partial<Record<'synthetic20k' | 'real20k', { now: LspResult[]; earlier: LspResult[] }>> = {};
if (!options['no-lsp']) {
  for (const key of ['synthetic20k', 'real20k'] as const) {
    const file = key === 'synthetic20k' ? corpus.doc20k : corpus.real20k;
    const runs = { now: [] as LspResult[], earlier: [] as LspResult[] };
    for (let round = 0; round < (quick ? 1 : 2); round++) {
      log(`language server over stdio, ${docName[key]}, round ${round + 1}…`);
      try {
        runs.now.push(await measureLsp(join(repo, 'dist/server.mjs'), file, quick ? 30 : editCount));
        if (beforeDir) runs.earlier.push(await measureLsp(join(beforeDir, 'dist/server.mjs'), file, quick ? 30 : editCount));
      } catch (error) {
        notes.push(`The language-server benchmark failed: ${(error as Error).message}`);
      }
    }
    lsp[key] = runs;
  }
}

// ---- the report ----
const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const s = (n: number): string => n.toFixed(2);
const m = (list: number[]): number => median(list);
const ratio = (a: number, b: number): string => `${(b / a).toFixed(1)}×`;
const ok = (met: boolean): string => (met ? '**met**' : '**not met**');
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

const rows: string[] = ['| target | Plain IG | target | | same run: before, and references |', '|---|---|---|---|---|'];
for (const key of ['synthetic20k', 'real20k'] as const) {
  const times = cold[key]!;
  const ig = m(times[NOW]!);
  const prev = earlier ? m(times[BEFORE]!) : undefined;
  rows.push(
    `| full check, ${docName[key]}, all checks on (median, in-process, cold) | ${ms(ig)} ms | ≤ 120 ms; no slower than before | ${ok(ig <= 120)}${prev !== undefined ? `; ${ig <= prev * 1.05 ? 'no slower' : '**slower**'}` : ''} | ${prev !== undefined ? `${beforeLabel} ${ms(prev)} ms (${ratio(ig, prev)}); ` : ''}remark + retext-simplify ${ms(m(times['remark + retext-simplify']!))} ms; alex ${ms(m(times.alex!))} ms; remark parse alone ${ms(m(times['remark parse alone']!))} ms |`,
  );
}
for (const key of ['synthetic20k', 'real20k'] as const) {
  const times = edits[key]!;
  const p95 = percentile(times.now, 95);
  rows.push(
    `| re-check after a one-word edit, ${docName[key]} (p95 of ${times.now.length}, in-process DocumentChecker) | ${ms(p95)} ms (p50 ${ms(percentile(times.now, 50))}, max ${ms(Math.max(...times.now))}) | ≤ 10 ms p95 | ${ok(p95 <= 10)} | ${times.earlier.length ? `${beforeLabel} p95 ${ms(percentile(times.earlier, 95))} ms, p50 ${ms(percentile(times.earlier, 50))} ms (p50 ${ratio(percentile(times.now, 50), percentile(times.earlier, 50))}); ` : ''}full re-check like unified-language-server ${ms(m(times.unified))} ms median |`,
  );
}
for (const key of ['synthetic20k', 'real20k'] as const) {
  const runs = lsp[key];
  if (!runs || runs.now.length === 0) continue;
  const p50 = m(runs.now.map((r) => r.p50));
  const p95 = m(runs.now.map((r) => r.p95));
  const earlierText = runs.earlier.length
    ? `${beforeLabel} p50 ${ms(m(runs.earlier.map((r) => r.p50)))} ms, p95 ${ms(m(runs.earlier.map((r) => r.p95)))} ms (p50 ${ratio(p50, m(runs.earlier.map((r) => r.p50)))}), ${kb(m(runs.earlier.map((r) => r.bytes)))} per publish`
    : '';
  rows.push(
    `| edit → publishDiagnostics over stdio, ${docName[key]} (real server, debounce 0; median of ${runs.now.length} runs × ${runs.now[0]!.edits} edits) | p50 ${ms(p50)} ms, p95 ${ms(p95)} ms; ${runs.now[0]!.diagnostics} diagnostics, ${kb(m(runs.now.map((r) => r.bytes)))} per publish | p50 ≤ 15 ms, p95 ≤ 30 ms | ${ok(p50 <= 15 && p95 <= 30)} | ${earlierText} |`,
  );
}
const startReady = lsp.synthetic20k?.now[0]?.startToReady;
if (startReady !== undefined) rows.push(`| server start to ready (spawn → initialize result) | ${s(startReady / 1000)} s | ≤ 0.3 s | ${ok(startReady <= 300)} | |`);
if (library) {
  const best = library.plainIg.slice().sort((a, b) => a.wall - b.wall)[Math.floor(library.plainIg.length / 2)]!;
  rows.push(
    `| CLI over 200 Markdown files, ~1,000,000 words (wall, peak RSS) | ${s(best.wall)} s, ${best.peakMb.toFixed(0)} MB | ≤ 15 s, ≤ 400 MB | ${ok(best.wall <= 15 && best.peakMb <= 400)} | ${library.alex ? `alex ${s(library.alex.wall)} s, ${library.alex.peakMb.toFixed(0)} MB (${ratio(best.wall, library.alex.wall)})` : 'alex not run (--quick)'} |`,
  );
}
if (startup) {
  const ig = m(startup.plainIg);
  const ax = m(startup.alex);
  rows.push(`| CLI start-up on an empty file (median wall) | ${s(ig)} s | ≤ 0.25 s | ${ok(ig <= 0.25)} | alex ${s(ax)} s (${ratio(ig, ax)}) |`);
}

const detail = (title: string, times: Record<string, number[]>): string[] => [
  `| in-process, ${title} | median | min | max |`,
  '|---|---|---|---|',
  ...Object.entries(times).map(([name, list]) => `| ${name} | ${ms(m(list))} ms | ${ms(Math.min(...list))} ms | ${ms(Math.max(...list))} ms |`),
];
const editLine = (key: 'synthetic20k' | 'real20k'): string => {
  const t = edits[key]!;
  const one = (name: string, list: number[]): string => `${name} p50 ${ms(percentile(list, 50))} ms, p95 ${ms(percentile(list, 95))} ms, max ${ms(Math.max(...list))} ms`;
  return `- ${docName[key]}: ${one('Plain IG', t.now)}${t.earlier.length ? `; ${one(beforeLabel, t.earlier)}` : ''} (${t.now.length} edits, interleaved).`;
};
const lspLine = (key: 'synthetic20k' | 'real20k'): string[] => {
  const runs = lsp[key];
  if (!runs) return [];
  const one = (name: string, r: LspResult): string =>
    `${name}: p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms, max ${ms(r.max)} ms, first diagnostics after didOpen ${ms(r.open)} ms, ${r.diagnostics} diagnostics, ${kb(r.bytes)} per publish`;
  return [...runs.now.map((r) => `- ${docName[key]}, ${one('Plain IG', r)}.`), ...runs.earlier.map((r) => `- ${docName[key]}, ${one(beforeLabel, r)}.`)];
};
const load = os.loadavg().map((n) => n.toFixed(1)).join(' / ');

const report = [
  '# Benchmark results',
  '',
  `Written by \`${command}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average ${loadAtStart} at the start and ${load} at the end (1 / 5 / 15 minutes; the machine is shared: compare rows of one run, not runs).`,
  `Corpus (bench/corpus.ts, seeded): synthetic policies of ${words(docs.synthetic2k).toLocaleString('en-GB')} and ${words(docs.synthetic20k).toLocaleString('en-GB')} words; real-shaped documents (footnotes, reference links, grid and GFM tables, long list items, front matter) of ${words(docs.real5k).toLocaleString('en-GB')} and ${words(docs.real20k).toLocaleString('en-GB')} words; a library of 200 files.${beforeLabel ? ` "${beforeLabel}" is that revision, copied out of git and built, measured in the same run.` : ''}`,
  '',
  ...rows,
  '',
  '## Detail',
  '',
  ...(Object.keys(docs) as Array<keyof typeof docs>).flatMap((key) => [...detail(docName[key], cold[key]!), '']),
  'Re-check after a one-word edit (in-process DocumentChecker, one seeded edit sequence per document):',
  '',
  editLine('synthetic20k'),
  editLine('real20k'),
  '',
  ...(lsp.synthetic20k || lsp.real20k ? ['Language server over stdio (from sending didChange to receiving publishDiagnostics for that version; bytes are the JSON of one publish):', '', ...lspLine('synthetic20k'), ...lspLine('real20k'), ''] : []),
  ...(library ? [`CLI library runs (wall s, peak MB): ${library.plainIg.map((t) => `${s(t.wall)} s / ${t.peakMb.toFixed(0)} MB`).join('; ')}.`, ''] : []),
  ...(notes.length ? ['## Notes', '', ...notes.map((n) => `- ${n}`), ''] : []),
].join('\n');

const extra = readFileSync(new URL('./results-notes.md', import.meta.url), 'utf8');
writeFileSync(new URL('./results.md', import.meta.url), `${report}\n${extra}`);
process.stdout.write(`${report}\n`);
if (beforeDir) rmSync(beforeDir, { recursive: true, force: true });
