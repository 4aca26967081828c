// The sampled mutation runs (scripts/mutation-sample.ts, scripts/mutation.ts):
// the draw is reproducible from its seed, the ranges (with the ignorer) make
// Stryker's own instrumenter mutate exactly what was drawn, and the summary's
// estimates and intervals are right on made-up results.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strykerPlugins } from '../../scripts/mutation-sample-ignorer.mjs';
import { drawSample, enumerateMutants, estimate, mutantKey, rangesFor, selectedBy, wilson, type MutantId } from '../../scripts/mutation-sample.js';

const SOURCE = `export function grade(score: number, names: string[]): string {
  if (score >= 90 && names.length > 0) {
    return names.map((name) => name.trim() + '!').join(', ');
  }
  const parts = [score > 50 ? 'pass' : 'fail', String(score - 1)];
  while (parts.length < 4) parts.push('');
  return parts.filter((part) => part !== '').join(' / ');
}
`;

let root: string;
let mutants: MutantId[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'plain-ig-sample-test-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src/a.ts'), SOURCE);
  writeFileSync(join(root, 'src/b.ts'), SOURCE.replace('grade', 'mark'));
  mutants = await enumerateMutants(root, ['src/a.ts', 'src/b.ts']);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const keys = (sample: ReturnType<typeof drawSample>, file: string): string[] => sample.get(file)!.sampled.map(mutantKey);

describe('drawing a sample', () => {
  it('enumerates every mutant of each file, located as the report locates them (line and column from 1)', () => {
    const a = mutants.filter((m) => m.file === 'src/a.ts');
    expect(a.length).toBe(mutants.length / 2);
    expect(a.length).toBeGreaterThan(30);
    // `score >= 90` is on line 2, from column 7 (1-based) to 18.
    expect(a.some((m) => m.mutatorName === 'EqualityOperator' && m.replacement === 'score > 90' && m.location.start.line === 2 && m.location.start.column === 7 && m.location.end.column === 18)).toBe(true);
  });

  it('draws the same mutants from the same seed, and others from another seed', () => {
    const one = drawSample(mutants, 0.25, 1);
    expect(keys(drawSample([...mutants].reverse(), 0.25, 1), 'src/a.ts')).toEqual(keys(one, 'src/a.ts'));
    expect(keys(drawSample(mutants, 0.25, 2), 'src/a.ts')).not.toEqual(keys(one, 'src/a.ts'));
  });

  it('draws round(fraction × mutants) distinct mutants per file, at least one', () => {
    const a = mutants.filter((m) => m.file === 'src/a.ts');
    const sample = drawSample(mutants, 0.25, 7).get('src/a.ts')!;
    expect(sample.population).toBe(a.length);
    expect(sample.sampled.length).toBe(Math.round(0.25 * a.length));
    expect(new Set(sample.sampled.map(mutantKey)).size).toBe(sample.sampled.length);
    expect(drawSample(mutants, 0.001, 7).get('src/a.ts')!.sampled.length).toBe(1);
    expect(() => drawSample(mutants, 0, 1)).toThrow(/fraction/);
  });

  it("draws a file's mutants the same whichever other files are asked", () => {
    const alone = drawSample(mutants.filter((m) => m.file === 'src/b.ts'), 0.3, 5);
    expect(keys(alone, 'src/b.ts')).toEqual(keys(drawSample(mutants, 0.3, 5), 'src/b.ts'));
  });

  it('is not biased to the start of the file: over many seeds each mutant is drawn about as often', () => {
    const a = mutants.filter((m) => m.file === 'src/a.ts');
    const times = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++) for (const key of keys(drawSample(a, 0.2, seed), 'src/a.ts')) times.set(key, (times.get(key) ?? 0) + 1);
    const expected = (2000 * Math.round(0.2 * a.length)) / a.length;
    for (const m of a) expect(Math.abs((times.get(mutantKey(m)) ?? 0) - expected)).toBeLessThan(expected * 0.35);
  });
});

describe('the ranges of a sample', () => {
  /** The keys Stryker's instrumenter makes with these ranges (and the sample ignorer, when given), not ignored. */
  async function instrumented(ranges: string[], withIgnorer: boolean, checked: string[] = []): Promise<Set<string>> {
    const spans = ranges.map((range) => /^src\/a\.ts:(\d+):(\d+)-(\d+):(\d+)$/.exec(range)!.slice(1).map(Number) as [number, number, number, number]);
    const ignorers: unknown[] = [];
    if (withIgnorer) {
      const file = join(root, 'sample.json');
      writeFileSync(file, JSON.stringify({ spans: { [join(root, 'src/a.ts')]: spans.map(([sl, sc, el, ec]) => `${sl}:${sc}-${el}:${ec}`) }, keys: checked }));
      process.env.PLAIN_IG_MUTATION_SAMPLE = file;
      // The ignorer reads the sample file at its first use (this test's only one).
      ignorers.push((strykerPlugins as Array<{ value: unknown }>)[0]!.value);
    }
    const logger = new Proxy({}, { get: (_, name) => (String(name).startsWith('is') ? () => false : () => undefined) });
    const result = await new Instrumenter(logger as never).instrument(
      // Stryker's project reader gives the instrumenter lines from 0 and columns as written.
      [{ name: join(root, 'src/a.ts'), content: SOURCE, mutate: spans.map(([sl, sc, el, ec]) => ({ start: { line: sl - 1, column: sc }, end: { line: el - 1, column: ec } })) }],
      { plugins: null, excludedMutations: [], ignorers } as never,
    );
    return new Set(
      result.mutants
        .filter((m) => !m.statusReason)
        .map((m) => mutantKey({ file: 'src/a.ts', mutatorName: m.mutatorName, replacement: m.replacement, location: { start: { line: m.location.start.line + 1, column: m.location.start.column + 1 }, end: { line: m.location.end.line + 1, column: m.location.end.column + 1 } } })),
    );
  }

  it('make Stryker mutate every sampled mutant, and selectedBy agrees with Stryker on what else comes along', async () => {
    const sampled = drawSample(mutants, 0.2, 3).get('src/a.ts')!.sampled;
    const ranges = rangesFor(sampled);
    const made = await instrumented(ranges, false);
    for (const m of sampled) expect(made).toContain(mutantKey(m));
    const a = mutants.filter((m) => m.file === 'src/a.ts');
    expect(new Set(a.filter((m) => selectedBy(ranges, m)).map(mutantKey))).toEqual(made);
  });

  it('with the ignorer, leave out the mutants nested in a sampled block', async () => {
    // The function body's block: every mutant of the file lies inside it.
    const block = mutants.find((m) => m.file === 'src/a.ts' && m.mutatorName === 'BlockStatement' && m.location.start.line === 1)!;
    const inner = mutants.find((m) => m.file === 'src/a.ts' && m.replacement === 'score > 90')!;
    const ranges = rangesFor([block, inner]);
    const without = await instrumented(ranges, false);
    const withIgnorer = await instrumented(ranges, true, [mutantKey(block), mutantKey(inner)]);
    expect(without.size).toBeGreaterThan(30);
    expect(withIgnorer).toContain(mutantKey(block));
    expect(withIgnorer).toContain(mutantKey(inner));
    // What still comes along: other mutants on the same nodes, and on the nodes between them.
    expect(withIgnorer.size).toBeLessThan(12);
    expect([...withIgnorer].every((key) => without.has(key))).toBe(true);
    // The checker lets only the two drawn through, from Stryker's mutants (lines and columns from 0).
    const Checker = (strykerPlugins as Array<{ kind: string; injectableClass?: new () => { check(m: unknown[]): Promise<Record<string, { status: string }>> } }>).find((p) => p.kind === 'Checker')!.injectableClass!;
    const stryker = [...withIgnorer].map((k, i) => {
      const m = mutants.find((x) => mutantKey(x) === k)!;
      const { start, end } = m.location;
      return { id: String(i), fileName: join(root, 'src/a.ts'), mutatorName: m.mutatorName, replacement: m.replacement, location: { start: { line: start.line - 1, column: start.column - 1 }, end: { line: end.line - 1, column: end.column - 1 } } };
    });
    const results = await new Checker().check(stryker);
    const passed = stryker.filter((m) => results[m.id]!.status === 'passed').map((m) => m.id);
    expect(passed.map((id) => [...withIgnorer][Number(id)]).sort()).toEqual([mutantKey(block), mutantKey(inner)].sort());
    expect(Object.values(results).filter((r) => r.status === 'compileError')).toHaveLength(withIgnorer.size - 2);
    const pass = mutants.find((m) => m.file === 'src/a.ts' && m.mutatorName === 'StringLiteral' && m.location.start.line === 5)!;
    expect(without).toContain(mutantKey(pass));
    expect(withIgnorer).not.toContain(mutantKey(pass));
  });
});

describe('the estimate and its interval', () => {
  it('gives the Wilson interval of known cases', () => {
    const [low, high] = wilson(8, 10);
    expect(low).toBeCloseTo(0.4902, 4);
    expect(high).toBeCloseTo(0.9433, 4);
    expect(wilson(0, 10)[0]).toBe(0);
    expect(wilson(0, 10)[1]).toBeCloseTo(0.2775, 4);
    expect(wilson(10, 10)[0]).toBeCloseTo(0.7225, 4);
    expect(wilson(10, 10)[1]).toBe(1);
  });

  it('counts files measured in full exactly', () => {
    expect(estimate([{ kind: 'full', detected: 80, valid: 100 }, { kind: 'full', detected: 10, valid: 20 }])).toEqual({ score: 0.75, low: 0.75, high: 0.75, mutants: 120, exact: true });
  });

  it("gives one sampled file its sample's score and Wilson interval, standing for its mutants that count", () => {
    // 12 sampled of 120; 2 ignored, so 100 of the 120 are estimated to count.
    const e = estimate([{ kind: 'sample', detected: 9, valid: 10, sampled: 12, population: 120 }]);
    expect(e.score).toBeCloseTo(0.9, 10);
    expect(e.mutants).toBeCloseTo(100, 10);
    expect([e.low, e.high]).toEqual(wilson(9, 10));
    expect(e.exact).toBe(false);
  });

  it('weights a sampled file by its mutants beside a file measured in full, each side of the interval from its Wilson side', () => {
    const e = estimate([
      { kind: 'full', detected: 80, valid: 100 },
      { kind: 'sample', detected: 9, valid: 10, sampled: 12, population: 120 },
    ]);
    // (80 + 100 × 0.9) / (100 + 100)
    expect(e.score).toBeCloseTo(0.85, 10);
    const [low, high] = wilson(9, 10);
    // The sampled file's 100 mutants of the 200 carry its uncertainty: half of each side.
    expect(e.high - e.score).toBeCloseTo((high - 0.9) / 2, 10);
    expect(e.score - e.low).toBeCloseTo((0.9 - low) / 2, 10);
  });

  it('adds two sampled files as independent strata', () => {
    const e = estimate([
      { kind: 'sample', detected: 9, valid: 10, sampled: 10, population: 100 },
      { kind: 'sample', detected: 5, valid: 10, sampled: 10, population: 300 },
    ]);
    expect(e.score).toBeCloseTo((90 + 150) / 400, 10);
    const [l1] = wilson(9, 10);
    const [l2] = wilson(5, 10);
    expect(e.score - e.low).toBeCloseTo(Math.hypot(100 * (0.9 - l1), 300 * (0.5 - l2)) / 400, 10);
  });
});
