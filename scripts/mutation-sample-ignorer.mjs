// A Stryker ignorer for sampled runs (scripts/mutation-sample.ts): it leaves
// only the sampled mutants to test. A `mutate` range brings every node inside
// it, so a sampled mutant on a block would bring the hundreds of mutants nested
// in it; this ignores each node that neither is a sampled node nor holds one.
// Ignored mutants cost no test (Stryker reports them as "Ignored", with the
// reason below, and scripts/mutation.ts drops them from the run's results).
// What still comes along (other mutants on a sampled node, another mutator or
// replacement; mutants on a node that holds a sampled one) is stopped by the
// checker below, which passes only the sampled mutants, by their key, and
// marks the rest as not compiling ("CompileError" with the reason below, which
// costs no test either; scripts/mutation.ts drops those results too).
//
// Plain JavaScript: Stryker's worker processes load every plugin file, without
// a TypeScript loader. The sample is read from the file named by
// PLAIN_IG_MUTATION_SAMPLE: `{ "spans": { "<absolute file>": ["line:column-line:column", …] },
// "keys": ["<file>:line:column-line:column mutator replacement", …] }`: the spans
// with lines from 1 and columns from 0 (Babel's), the keys as scripts/mutation-sample.ts
// makes them (file relative to the repository, lines and columns from 1).
import { readFileSync } from 'node:fs';
import { CheckStatus } from '@stryker-mutator/api/check';
import { PluginKind, declareClassPlugin, declareValuePlugin } from '@stryker-mutator/api/plugin';

/** Why a mutant was left out; scripts/mutation.ts drops mutants with this reason. */
export const NOT_SAMPLED = 'Not in the sample (plain-ig sampled run)';

/** @type {{ spans: Map<string, Array<[number, number, number, number]>>, keys: Set<string>, files: string[] } | undefined} */
let sample;

function read() {
  if (!sample) {
    const path = process.env.PLAIN_IG_MUTATION_SAMPLE;
    /** @type {{ spans: Record<string, string[]>, keys: string[] }} */
    const raw = path ? JSON.parse(readFileSync(path, 'utf8')) : { spans: {}, keys: [] };
    sample = {
      spans: new Map(Object.entries(raw.spans).map(([name, spans]) => [name, spans.map((span) => /** @type {[number, number, number, number]} */ (span.split(/[-:]/).map(Number)))])),
      keys: new Set(raw.keys),
      files: [...new Set(raw.keys.map((key) => key.slice(0, key.search(/:\d+:\d+-\d+:\d+ /))))],
    };
  }
  return sample;
}

function sampled(file) {
  return read().spans.get(file);
}

/** A mutant's key as scripts/mutation-sample.ts makes it (`mutantKey`), from Stryker's mutant (lines and columns from 0). */
function keyOf(mutant) {
  const name = mutant.fileName.replaceAll('\\', '/');
  const file = read().files.find((f) => name === f || name.endsWith(`/${f}`));
  const { start, end } = mutant.location;
  return file && `${file}:${start.line + 1}:${start.column + 1}-${end.line + 1}:${end.column + 1} ${mutant.mutatorName} ${mutant.replacement}`;
}

/** Passes the sampled mutants, stops the others before any test runs. */
class SampleChecker {
  async init() {}

  /** One group: the check is a look-up. */
  async group(mutants) {
    return [mutants.map((mutant) => mutant.id)];
  }

  async check(mutants) {
    const keys = read().keys;
    return Object.fromEntries(
      mutants.map((mutant) => {
        const key = keyOf(mutant);
        return [mutant.id, key && keys.has(key) ? { status: CheckStatus.Passed } : { status: CheckStatus.CompileError, reason: NOT_SAMPLED }];
      }),
    );
  }
}

/** True when the span (sl, sc)–(el, ec) lies inside `loc`, ends included. */
function inside(loc, [sl, sc, el, ec]) {
  const startIn = loc.start.line < sl || (loc.start.line === sl && loc.start.column <= sc);
  const endIn = loc.end.line > el || (loc.end.line === el && loc.end.column >= ec);
  return startIn && endIn;
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'plain-ig-sample', {
    shouldIgnore(path) {
      const loc = path.node?.loc;
      const file = path.hub?.file?.opts?.filename;
      const spans = file ? sampled(file) : undefined;
      // Not a sampled run's file (or no location): leave it alone.
      if (!loc || !spans) return undefined;
      return spans.some((span) => inside(loc, span)) ? undefined : NOT_SAMPLED;
    },
  }),
  declareClassPlugin(PluginKind.Checker, 'plain-ig-sample', SampleChecker),
];
