// A Stryker ignorer for sampled runs (scripts/mutation-sample.ts): it leaves
// only the sampled mutants to test. A `mutate` range brings every node inside
// it, so a sampled mutant on a block would bring the hundreds of mutants nested
// in it; this ignores each node that neither is a sampled node nor holds one.
// Ignored mutants cost no test (Stryker reports them as "Ignored", with the
// reason below, and scripts/mutation.ts drops them from the run's results).
// What still comes along: other mutants on a sampled node (another mutator or
// replacement), and mutants on a node that holds a sampled one; they are tested
// and kept, but not counted in the estimate.
//
// Plain JavaScript: Stryker's worker processes load every plugin file, without
// a TypeScript loader. The sample is read from the file named by
// PLAIN_IG_MUTATION_SAMPLE: `{ "<absolute file>": ["line:column-line:column", …] }`,
// lines from 1 and columns from 0 (Babel's locations).
import { readFileSync } from 'node:fs';
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

/** Why a mutant was left out; scripts/mutation.ts drops mutants with this reason. */
export const NOT_SAMPLED = 'Not in the sample (plain-ig sampled run)';

/** @type {Map<string, Array<[number, number, number, number]>> | undefined} */
let sample;

function sampled(file) {
  if (!sample) {
    const path = process.env.PLAIN_IG_MUTATION_SAMPLE;
    /** @type {Record<string, string[]>} */
    const raw = path ? JSON.parse(readFileSync(path, 'utf8')) : {};
    sample = new Map(Object.entries(raw).map(([name, spans]) => [name, spans.map((span) => /** @type {[number, number, number, number]} */ (span.split(/[-:]/).map(Number)))]));
  }
  return sample.get(file);
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
];
