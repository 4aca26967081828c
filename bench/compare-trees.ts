/**
 * Side-by-side timing of this tree's core against another checkout's, in one process:
 * the 20,000-word bench policy, cold (block cache cleared), alternating runs.
 *
 *   git archive <commit> | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/node_modules
 *   npx tsx bench/compare-trees.ts /tmp/before 41
 *
 * Prints the minimum and median of each, and their ratio (this tree / the other). Used for
 * issue 12 (the fit step's cost); see bench/results.md.
 */
import { join, resolve } from 'node:path';
import { policyDocument } from './corpus.ts';

const other = resolve(process.argv[2] ?? '');
const runs = Number(process.argv[3] ?? 31);
type Core = typeof import('../server/src/core/run.ts');
const after = (await import('../server/src/core/run.ts')) as Core;
const before = (await import(join(other, 'server/src/core/run.ts'))) as Core;
const { defaultSettings } = await import('../server/src/core/settings.ts');
const settings = defaultSettings();
const text = policyDocument(20_000, 1);

function time(core: Core): number {
  core.clearBlockCache();
  const started = performance.now();
  core.checkText(text, { format: 'markdown', settings });
  return performance.now() - started;
}

for (let i = 0; i < 5; i++) {
  time(before);
  time(after);
}
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < runs; i++) {
  b.push(time(before));
  a.push(time(after));
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const min = (xs: number[]): number => Math.min(...xs);
const f = (x: number): string => x.toFixed(1);
process.stdout.write(
  `runs ${runs}; other tree: min ${f(min(b))} ms, median ${f(median(b))} ms; this tree: min ${f(min(a))} ms, median ${f(median(a))} ms; ratio min ${(min(a) / min(b)).toFixed(3)}, median ${(median(a) / median(b)).toFixed(3)}\n`,
);
