// The summary scripts/mutation.ts writes into docs/testing.md, on made-up
// runs: a file measured in full counts exactly, a sampled file only through
// its sampled mutants (two samples of it joined by mutant key), a run of a
// line range never stands for the whole file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutantKey, wilson } from '../../scripts/mutation-sample.js';

let dir: string;
let summary: () => string;
let survivors: () => string[];

const at = (line: number) => ({ start: { line, column: 3 }, end: { line, column: 9 } });
const mutant = (line: number, status: string) => ({ id: String(line), mutatorName: 'ConditionalExpression', replacement: 'true', status, location: at(line) });
const key = (file: string, line: number): string => mutantKey({ file, mutatorName: 'ConditionalExpression', replacement: 'true', location: at(line) });
const source = Array.from({ length: 80 }, (_, i) => `  line ${i + 1} of the file`).join('\n');

function run(name: string, date: string, files: Record<string, ReturnType<typeof mutant>[]>, info: object): void {
  const report = { files: Object.fromEntries(Object.entries(files).map(([file, mutants]) => [file, { language: 'typescript', source, mutants }])), testFiles: {} };
  writeFileSync(join(dir, `${name}.incremental.json`), JSON.stringify(report));
  writeFileSync(join(dir, `${name}.run.json`), JSON.stringify({ date, commit: 'abc1234', ...info }));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plain-ig-mutation-summary-'));
  const fit = 'server/src/core/fit.ts';
  // A sample of 10: 8 killed, 1 survived, 1 ignored; and a mutant nested in a sampled range (survived, not drawn).
  const first = [...Array.from({ length: 8 }, (_, i) => mutant(i + 1, 'Killed')), mutant(9, 'Survived'), mutant(10, 'Ignored')];
  run('sample-one', '2026-12-02 03:00', { [fit]: [...first, mutant(40, 'Survived')] }, {
    mutate: first.map((m) => `${fit}:${m.location.start.line}:2-${m.location.end.line}:8`),
    sample: { seed: 1, fraction: 0.1, files: { [fit]: { population: 100, sampled: first.map((m) => key(fit, m.location.start.line)) } } },
  });
  // Another sample of the same file, same source: five more, all killed.
  const second = Array.from({ length: 5 }, (_, i) => mutant(20 + i, 'Killed'));
  run('sample-two', '2026-12-02 03:30', { [fit]: second }, {
    mutate: second.map((m) => `${fit}:${m.location.start.line}:2-${m.location.end.line}:8`),
    sample: { seed: 2, fraction: 0.05, files: { [fit]: { population: 100, sampled: second.map((m) => key(fit, m.location.start.line)) } } },
  });
  // A file measured in full: 45 killed, 5 survived.
  run('subset-words', '2026-12-02 02:00', { 'server/src/core/words.ts': Array.from({ length: 50 }, (_, i) => mutant(i + 1, i < 45 ? 'Killed' : 'Survived')) }, { mutate: ['server/src/core/words.ts'] });
  // A line range of a file: measured in part only.
  run('subset-range', '2026-12-02 02:30', { 'server/src/core/run.ts': [mutant(2, 'Killed'), mutant(3, 'Killed'), mutant(4, 'Killed')] }, { mutate: ['server/src/core/run.ts:1-20'] });
  process.env.PLAIN_IG_MUTATION_REPORTS = dir;
  ({ summary, survivors } = await import('../../scripts/mutation.js'));
});

afterAll(() => {
  delete process.env.PLAIN_IG_MUTATION_REPORTS;
  rmSync(dir, { recursive: true, force: true });
});

const lineOf = (text: string, start: string): string => text.split('\n').find((line) => line.startsWith(start)) ?? '';
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

describe('the mutation summary', () => {
  it('counts a file measured in full exactly, and only that file, in the measured table', () => {
    const text = summary();
    expect(text).toContain('**Measured in full** (every mutant tested; 1 files)');
    expect(lineOf(text, '| `server/src/core/` | 45 |')).toBe('| `server/src/core/` | 45 | 0 | 5 | 0 | 0 | 0 | 90.0% |');
    expect(lineOf(text, '| **all measured in full**')).toBe('| **all measured in full** | 45 | 0 | 5 | 0 | 0 | 0 | 90.0% |');
  });

  it('shows a sampled file from its sampled mutants only, two samples joined by mutant key, with its Wilson interval', () => {
    const [low, high] = wilson(13, 14);
    // 15 sampled of 100: 13 killed, 1 survived, 1 ignored; the nested survivor is not counted.
    expect(lineOf(summary(), '| `server/src/core/fit.ts`')).toBe(`| \`server/src/core/fit.ts\` | 100 | 15 | 13 | 0 | 1 | 0 | 1 | ≈ ${pct(13 / 14)} | ${pct(low)} to ${pct(high)} |`);
  });

  it("joins the full file and the sampled one in the folder's estimate, weighted by mutants that count", () => {
    const [low, high] = wilson(13, 14);
    const weight = (100 * 14) / 15;
    const score = (45 + (weight * 13) / 14) / (50 + weight);
    const from = score - (weight * (13 / 14 - low)) / (50 + weight);
    const to = score + (weight * (high - 13 / 14)) / (50 + weight);
    expect(lineOf(summary(), '| `server/src/core/` | 1 |')).toBe(`| \`server/src/core/\` | 1 | 1 | 14 | ${Math.round(50 + weight)} | ≈ ${pct(score)} | ${pct(from)} to ${pct(to)} |`);
    expect(lineOf(summary(), '| **all** |')).toBe(`| **all** | 1 | 1 | 14 | ${Math.round(50 + weight)} | ≈ ${pct(score)} | ${pct(from)} to ${pct(to)} |`);
  });

  it('never counts a line-range run as the whole file', () => {
    const text = summary();
    expect(text).toContain('Measured only in part (a line range; counted nowhere above): `server/src/core/run.ts` (3 mutants).');
    expect(text).not.toContain('| `server/src/core/run.ts` |');
  });

  it('lists the survivors of every run, the nested ones too, with file and line', () => {
    const list = survivors();
    expect(list.filter((line) => line.startsWith('server/src/core/fit.ts:')).map((line) => line.split(' ')[0])).toEqual(['server/src/core/fit.ts:9:3', 'server/src/core/fit.ts:40:3']);
    expect(list.filter((line) => line.startsWith('server/src/core/words.ts:'))).toHaveLength(5);
  });
});
