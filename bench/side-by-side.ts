/**
 * `npx tsx bench/side-by-side.ts [--ref main] [--rounds 15] [--edits 60] [--only CHECK] [--shape synthetic|real] [--wall]`:
 * a short, fair comparison of this working tree's core against another git
 * ref's core (its `server/src` and `dictionaries/`, extracted to
 * `.bench-ref/`), in ONE process with the runs interleaved, so that noise on a
 * shared machine hits both alike. Measures the 20,000-word full check (block
 * cache cleared each run, median) and the one-word re-check (p50/p95 of the
 * same edits through each side's DocumentChecker). `--shape real` uses the
 * 20,000-word document shaped like real guidance (footnotes, reference links,
 * tables; bench/corpus.ts) instead of the synthetic policy. Times are CPU time
 * unless `--wall` is given. Prints a Markdown table; paste it into bench/results.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editOneWord, rng, writeCorpus } from './corpus.ts';
import { median, percentile, timeIt as wallTime } from './stats.ts';
import { loadCore, type LoadedCore } from './load-core.ts';
import { extractRef, flag, option } from './ref-tree.ts';

const ref = option('ref', 'main');
const rounds = Number(option('rounds', '15'));
const editCount = Number(option('edits', '60'));
const onlyCheck = option('only', '');
const shape = option('shape', 'synthetic');
// --wall: wall-clock time. The default is this thread's CPU time (user + system), which waiting
// for a core on a busy shared machine does not inflate.
const wall = flag('wall');
const timeIt = (run: () => unknown): number => {
  if (wall) return wallTime(run);
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const repo = new URL('../', import.meta.url).pathname;
const log = (line: string): void => void process.stderr.write(`${line}\n`);

// The reference core, extracted from git (read-only: nothing else in the tree changes).
const refDir = extractRef(ref);

type Core = LoadedCore & { settings: import('../server/src/core/types.ts').Settings };
async function load(root: string): Promise<Core> {
  const core = await loadCore(root);
  // Default settings moved from core/settings.ts to engine/settings.ts (issue 15): a ref may have either.
  const settingsModule = existsSync(join(root, 'server/src/engine/settings.ts')) ? 'server/src/engine/settings.ts' : 'server/src/core/settings.ts';
  const st = (await import(join(root, settingsModule))) as typeof import('../server/src/engine/settings.ts');
  const settings = st.defaultSettings();
  // --only risk: every other check off, to see one check's own cost
  if (onlyCheck) for (const id of Object.keys(settings.checks) as Array<keyof typeof settings.checks>) settings.checks[id].enabled = id === onlyCheck;
  return { ...core, settings };
}

const before = await load(refDir);
const current = await load(repo);
// The word-form library (compromise) loads once per process, on first use; timed on its own here.
const morphology = (await import(join(repo, 'server/src/core/morphology.ts'))) as { loadMorphology?: () => number };
const morphologyLoad = morphology.loadMorphology?.();

const corpus = writeCorpus();
const doc20k = readFileSync(shape === 'real' ? corpus.real20k : corpus.doc20k, 'utf8');
const sides = { before, current } as const;

// First check in the process: includes compiling the dictionaries.
const first: Record<string, number> = {};
for (const [name, core] of Object.entries(sides)) first[name] = timeIt(() => core.checkText(doc20k, { format: 'markdown', settings: core.settings }));

log(`full check, ${rounds} interleaved rounds…`);
const full: Record<string, number[]> = { before: [], current: [] };
for (let i = 0; i < rounds; i++) {
  for (const [name, core] of i % 2 ? Object.entries(sides).reverse() : Object.entries(sides)) {
    core.clearBlockCache();
    full[name]!.push(timeIt(() => core.checkText(doc20k, { format: 'markdown', settings: core.settings })));
  }
}

log(`one-word re-check, ${editCount} edits…`);
const edits: Record<string, number[]> = { before: [], current: [] };
{
  const checkers = Object.fromEntries(Object.entries(sides).map(([name, core]) => [name, new core.DocumentChecker('markdown')]));
  for (const [name, core] of Object.entries(sides)) checkers[name]!.check(doc20k, core.settings);
  let text = doc20k;
  const r = rng(6);
  for (let i = 0; i < editCount; i++) {
    text = editOneWord(text, r);
    for (const [name, core] of i % 2 ? Object.entries(sides).reverse() : Object.entries(sides)) {
      edits[name]!.push(timeIt(() => checkers[name]!.check(text, core.settings)));
    }
  }
}

const mean = (list: readonly number[]): number => list.reduce((sum, n) => sum + n, 0) / list.length;
const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
const fb = median(full.before!);
const fc = median(full.current!);
const eb = percentile(edits.before!, 95);
const ec = percentile(edits.current!, 95);
const lines = [
  `| measure (same process, interleaved; ${wall ? 'wall-clock' : 'CPU'} time) | ${ref} | this tree | ratio |`,
  '|---|---|---|---|',
  `| full check, 20k-word Markdown (${shape}), median of ${rounds} | ${ms(fb)} ms | ${ms(fc)} ms | ${ratio(fc, fb)} |`,
  `| one-word re-check p50 (${editCount} edits) | ${ms(percentile(edits.before!, 50))} ms | ${ms(percentile(edits.current!, 50))} ms | ${ratio(percentile(edits.current!, 50), percentile(edits.before!, 50))} |`,
  `| one-word re-check p95 | ${ms(eb)} ms | ${ms(ec)} ms | ${ratio(ec, eb)} |`,
  `| one-word re-check mean (steadier than p95 on a busy machine) | ${ms(mean(edits.before!))} ms | ${ms(mean(edits.current!))} ms | ${ratio(mean(edits.current!), mean(edits.before!))} |`,
  `| first check in the process (loads and compiles dictionaries) | ${ms(first.before!)} ms | ${ms(first.current!)} ms | ${ratio(first.current!, first.before!)} |`,
];
if (morphologyLoad !== undefined) lines.push(`| word-form library (compromise) load, once per process | | ${ms(morphologyLoad)} ms | |`);
process.stdout.write(`${lines.join('\n')}\n`);
