/**
 * The cost of the trust and leadership checks on the bench's 20,000-word full
 * check, side by side in one run:
 *
 *   npx tsx bench/trust-cost.ts [--before DIR] [--rounds 15]
 *
 * Rows, interleaved round by round so that noise from other processes hits
 * each alike (block cache cleared before every run, after a warm-up):
 * - this tree, every check on;
 * - this tree, trust and leadership switched off;
 * - with `--before DIR`: a checkout of an earlier commit (for example
 *   `git archive main | tar -x -C DIR`, with node_modules linked), every check on.
 * Prints a Markdown table of medians and ratios, in wall time and in CPU time
 * (process.cpuUsage, which a busy shared machine disturbs less).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.ts';
import { median, timeIt } from './stats.ts';

const { values } = parseArgs({ options: { before: { type: 'string' }, rounds: { type: 'string' } } });
const rounds = Number(values.rounds ?? 15);
const corpus = writeCorpus();
const text = readFileSync(corpus.doc20k, 'utf8');

type Run = { checkText: (t: string, o: { format: 'markdown'; settings: unknown }) => { findings: unknown[] }; clearBlockCache: () => void };
const here = (await import('../server/src/core/run.ts')) as unknown as Run;
const { applySettings, defaultSettings } = await import('../server/src/core/settings.ts');
const all = defaultSettings();
const without = applySettings(defaultSettings(), { checks: { trust: false, leadership: false } }).settings;

const rows: Array<{ name: string; run: () => number; times: number[]; cpu: number[] }> = [
  { name: 'this tree, every check on', run: () => here.checkText(text, { format: 'markdown', settings: all }).findings.length, times: [], cpu: [] },
  { name: 'this tree, trust and leadership off', run: () => here.checkText(text, { format: 'markdown', settings: without }).findings.length, times: [], cpu: [] },
];
const clears: Array<() => void> = [here.clearBlockCache, here.clearBlockCache];
if (values.before) {
  const before = (await import(join(values.before, 'server/src/core/run.ts'))) as Run;
  const beforeSettings = (await import(join(values.before, 'server/src/core/settings.ts'))).defaultSettings();
  rows.push({ name: `before (${values.before}), every check on`, run: () => before.checkText(text, { format: 'markdown', settings: beforeSettings }).findings.length, times: [], cpu: [] });
  clears.push(before.clearBlockCache);
}
for (const [i, row] of rows.entries()) {
  clears[i]!();
  row.run(); // warm-up: JIT, dictionaries, compiled patterns
}
for (let round = 0; round < rounds; round++) {
  for (const [i, row] of rows.entries()) {
    clears[i]!();
    const cpu = process.cpuUsage();
    row.times.push(timeIt(row.run));
    const used = process.cpuUsage(cpu);
    row.cpu.push((used.user + used.system) / 1000);
  }
}
const base = median(rows[rows.length - 1]!.times);
const baseCpu = median(rows[rows.length - 1]!.cpu);
const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
process.stdout.write(
  `| 20,020-word full check, cold block cache (${rounds} rounds, interleaved) | wall median | wall min | wall max | ratio | CPU median | CPU ratio |\n|---|---|---|---|---|---|---|\n`,
);
for (const row of rows) {
  const m = median(row.times);
  const c = median(row.cpu);
  process.stdout.write(
    `| ${row.name} | ${fmt(m)} | ${fmt(Math.min(...row.times))} | ${fmt(Math.max(...row.times))} | ${(m / base).toFixed(2)}× | ${fmt(c)} | ${(c / baseCpu).toFixed(2)}× |\n`,
  );
}
