/**
 * Sampled mutation runs (`npm run test:mutation -- --sample 0.2 --seed 1 …`):
 * every mutant of the chosen files, enumerated with Stryker's own
 * instrumenter (the mutators and options a run uses), a seeded random sample
 * per file, the sample as exact `mutate` ranges, and the estimate of a file's
 * (and a folder's) score from the sampled mutants, with a 95% interval.
 *
 * How a range selects: Stryker's instrumenter mutates every node whose
 * location lies inside a range (`locationIncluded` in its babel transformer),
 * so a sampled mutant on a block or a whole expression also brings the
 * mutants on the nodes inside it, and the other mutants on the same node.
 * Those are tested and kept (they are results like any other), but the
 * estimate is made from the sampled mutants only: the extra ones are not a
 * random draw (they cluster inside big nodes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';
// The benches' seeded generator (mulberry32): the same seed gives the same numbers on every machine.
import { rng } from '../bench/corpus.ts';

/** One mutant, located as in Stryker's JSON report (line and column both from 1). */
export interface MutantId {
  file: string;
  mutatorName: string;
  replacement: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}

/** A mutant's key: the same mutant in two runs of the same source has the same key. */
export function mutantKey(m: MutantId): string {
  const { start, end } = m.location;
  return `${m.file}:${start.line}:${start.column}-${end.line}:${end.column} ${m.mutatorName} ${m.replacement}`;
}

const quietLogger = {
  isTraceEnabled: () => false,
  isDebugEnabled: () => false,
  isInfoEnabled: () => false,
  isWarnEnabled: () => false,
  isErrorEnabled: () => false,
  isFatalEnabled: () => false,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  fatal: () => undefined,
};

/**
 * Every mutant of `files` (paths relative to `root`), as Stryker's run would
 * make them: its instrumenter with the run's options (no mutator plugins, no
 * excluded mutations, no ignorers: stryker.config.mjs sets none). Mutants
 * that `ignoreStatic` later reports as ignored are among them; the run tells
 * which.
 */
export async function enumerateMutants(root: string, files: readonly string[]): Promise<MutantId[]> {
  const instrumenter = new Instrumenter(quietLogger as never);
  const out: MutantId[] = [];
  for (const file of files) {
    const content = readFileSync(join(root, file), 'utf8');
    const result = await instrumenter.instrument([{ name: join(root, file), content, mutate: true }], {
      plugins: null,
      excludedMutations: [],
      ignorers: [],
    } as never);
    for (const m of result.mutants) {
      out.push({
        file,
        mutatorName: m.mutatorName,
        replacement: m.replacement,
        // The instrumenter counts lines from 0 and columns from 0; the report from 1 and 1.
        location: {
          start: { line: m.location.start.line + 1, column: m.location.start.column + 1 },
          end: { line: m.location.end.line + 1, column: m.location.end.column + 1 },
        },
      });
    }
  }
  return out;
}

/** A number from a seed and a file name (FNV-1a), so each file's draw does not depend on which other files were asked. */
function seedFor(seed: number, file: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}\u0000${file}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A file's sample: how many mutants it has, and the ones drawn. */
export interface FileSample {
  population: number;
  sampled: MutantId[];
}

/**
 * A seeded simple random sample of each file's mutants, without replacement:
 * `round(fraction × mutants)` of them (at least one where the file has any).
 * The mutants are put in key order first, so the draw depends only on the
 * file's mutants, the fraction and the seed.
 */
export function drawSample(mutants: readonly MutantId[], fraction: number, seed: number): Map<string, FileSample> {
  if (!(fraction > 0 && fraction <= 1)) throw new Error(`--sample takes a fraction above 0 and at most 1, not ${fraction}`);
  const byFile = new Map<string, MutantId[]>();
  for (const m of mutants) byFile.set(m.file, [...(byFile.get(m.file) ?? []), m]);
  const out = new Map<string, FileSample>();
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const pool = [...list].sort((a, b) => (mutantKey(a) < mutantKey(b) ? -1 : mutantKey(a) > mutantKey(b) ? 1 : 0));
    const size = Math.max(1, Math.round(fraction * pool.length));
    const random = rng(seedFor(seed, file));
    // Partial Fisher–Yates: the first `size` places get a uniform draw.
    for (let i = 0; i < size; i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    out.set(file, { population: pool.length, sampled: pool.slice(0, size) });
  }
  return out;
}

/**
 * Stryker `mutate` ranges that select the sampled mutants: `file:L:C-L:C`,
 * the line from 1 and the column from 0 as Stryker reads them (its
 * `MUTATION_RANGE_REGEX`; both ends included). One range per distinct location.
 */
export function rangesFor(sampled: readonly MutantId[]): string[] {
  const ranges = new Set<string>();
  for (const { file, location: { start, end } } of sampled) ranges.add(`${file}:${start.line}:${start.column - 1}-${end.line}:${end.column - 1}`);
  return [...ranges];
}

/** True when Stryker's instrumenter, given `ranges`, mutates `m` (its node lies inside one of them). */
export function selectedBy(ranges: readonly string[], m: MutantId): boolean {
  return ranges.some((range) => {
    const match = /^(.*):(\d+):(\d+)-(\d+):(\d+)$/.exec(range);
    if (!match || match[1] !== m.file) return false;
    const [sl, sc, el, ec] = match.slice(2).map(Number) as [number, number, number, number];
    const { start, end } = m.location;
    const startIn = sl < start.line || (sl === start.line && sc <= start.column - 1);
    const endIn = el > end.line || (el === end.line && ec >= end.column - 1);
    return startIn && endIn;
  });
}

/** A 95% Wilson score interval for `k` successes in `n` trials (low, high; both 0 to 1). */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** What is known of one file: measured in full (exact counts), or a sample of it. */
export type FilePart =
  | { kind: 'full'; detected: number; valid: number }
  | {
      kind: 'sample';
      /** Sampled mutants that were detected (killed or timed out). */
      detected: number;
      /** Sampled mutants that count in a score (not ignored, not an error). */
      valid: number;
      /** Sampled mutants with a result (valid, ignored or error). */
      sampled: number;
      /** All the file's mutants. */
      population: number;
    };

/** An estimate of a score: the point, its 95% interval, and the (estimated) number of mutants that count. */
export interface Estimate {
  score: number;
  low: number;
  high: number;
  mutants: number;
  exact: boolean;
}

/**
 * A file's or a folder's score from its parts. Files measured in full count
 * exactly. A sampled file stands for its estimated number of mutants that
 * count (its mutants × the share of its sample that counts, since ignored
 * and error mutants are not in a score) at its sample's score. Its
 * uncertainty is its Wilson interval, each side taken as 1.96 standard
 * errors on that side (the interval is lopsided near 100%), and the files'
 * errors add as independent strata: the folder's lower side is
 * √Σ(wᵢ·(pᵢ − lowᵢ))² / Σw, its upper side likewise. A single sampled file
 * so gets its own Wilson interval exactly. No finite-population correction:
 * the interval is a little wider than need be.
 */
export function estimate(parts: readonly FilePart[]): Estimate {
  let detected = 0;
  let mutants = 0;
  let below = 0;
  let above = 0;
  let exact = true;
  for (const part of parts) {
    if (part.kind === 'full') {
      detected += part.detected;
      mutants += part.valid;
      continue;
    }
    if (part.valid === 0) continue;
    exact = false;
    const weight = (part.population * part.valid) / part.sampled;
    const p = part.detected / part.valid;
    const [low, high] = wilson(part.detected, part.valid);
    detected += weight * p;
    mutants += weight;
    below += (weight * (p - low)) ** 2;
    above += (weight * (high - p)) ** 2;
  }
  if (mutants === 0) return { score: Number.NaN, low: Number.NaN, high: Number.NaN, mutants: 0, exact };
  const score = detected / mutants;
  return { score, low: Math.max(0, score - Math.sqrt(below) / mutants), high: Math.min(1, score + Math.sqrt(above) / mutants), mutants, exact };
}
