/**
 * `npx tsx bench/parts.ts [--ref main] [--rounds 25] [--shape synthetic|real]`:
 * the checks' own work and the fit step's, this tree against another git ref,
 * in one process, interleaved, CPU time. The 20,000-word document is parsed
 * once per side; each round tokenises its sentences afresh (not timed), then
 * times every check's `collect` over all blocks, one check after another, and
 * `fitCandidates` over the candidates they give (fit cache emptied first).
 * What the full check's ratio hides: the parse is most of a cold check, and a
 * change to the checks moves the whole by a few per cent only. Prints the
 * fastest and the median round of each, and whether both sides gave the same
 * candidates and fitted findings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Candidate, Check, CheckContext, DocumentInput } from '../server/src/core/check-api.ts';
import { writeCorpus } from './corpus.ts';
import { median } from './stats.ts';
import { extractRef, option } from './ref-tree.ts';

const ref = option('ref', 'main');
const rounds = Number(option('rounds', '25'));
const shape = option('shape', 'synthetic');
const repo = new URL('../', import.meta.url).pathname;

// The reference tree's server/src and dictionaries, from git, beside the one side-by-side.ts makes.
const refDir = extractRef(ref, 'parts-');

const corpus = writeCorpus();
const text = readFileSync(shape === 'real' ? corpus.real20k : corpus.doc20k, 'utf8');

interface Side {
  /** One round: CPU ms of the checks and of the fit step, and what they gave. */
  round: () => { checks: number; fit: number; candidates: Candidate[]; fitted: Candidate[] };
}

const cpu = (run: () => void): number => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

async function side(root: string): Promise<Side> {
  const { CHECK_LIST } = (await import(join(root, 'server/src/checks/registry.ts'))) as { CHECK_LIST: readonly Check[] };
  const { dictionariesWith } = (await import(join(root, 'server/src/core/dictionaries.ts'))) as typeof import('../server/src/core/dictionaries.ts');
  const settingsFile = existsSync(join(root, 'server/src/engine/settings.ts')) ? 'server/src/engine/settings.ts' : 'server/src/core/settings.ts';
  const { defaultSettings } = (await import(join(root, settingsFile))) as typeof import('../server/src/engine/settings.ts');
  const { documentModel } = (await import(join(root, 'server/src/core/document.ts'))) as typeof import('../server/src/core/document.ts');
  const fit = (await import(join(root, 'server/src/core/fit.ts'))) as typeof import('../server/src/core/fit.ts');
  const words = (await import(join(root, 'server/src/core/words.ts'))) as typeof import('../server/src/core/words.ts');
  const settings = defaultSettings();
  const context: CheckContext = { settings, dictionaries: dictionariesWith(settings.dictionaries) };
  const model = documentModel(text, 'markdown');
  const document: DocumentInput = { text, sections: model.sections, blocks: model.blocks };
  const trees = model.blocks.map((block) => ({ block, tree: block.toNlcst() }));
  return {
    round() {
      const inputs = trees.map(({ block, tree }) => ({
        kind: block.kind,
        text,
        base: block.start,
        end: block.end,
        tree,
        sentences: words.sentencesOf(tree).map((sentence) => words.tokenizeSentence(sentence, block.start)),
      }));
      const perCheck: Candidate[][] = [];
      const checks = cpu(() => {
        for (const check of CHECK_LIST) {
          const list: Candidate[] = [];
          for (const input of inputs) for (const candidate of check.collect(input, context)) list.push(candidate);
          perCheck.push(list);
        }
      });
      // What the core would fit: each check's candidates in order, finalized, without the markers.
      const candidates: Candidate[] = [];
      CHECK_LIST.forEach((check, k) => {
        const list = perCheck[k]!.sort((a, b) => a.start - b.start);
        for (const c of check.finalize ? check.finalize(list, document, context) : list) if (c.role === undefined || c.role === 'use' || c.role === 'threat') candidates.push(c);
      });
      fit.clearFitCache();
      const copies = candidates.map((c) => ({ ...c }));
      let fitted: Candidate[] = [];
      const fitTime = cpu(() => void (fitted = fit.fitCandidates(copies, document, context.dictionaries)));
      return { checks, fit: fitTime, candidates, fitted };
    },
  };
}

const sides = { before: await side(refDir), current: await side(repo) };
const times = { before: { checks: [] as number[], fit: [] as number[] }, current: { checks: [] as number[], fit: [] as number[] } };
const last: Record<string, { candidates: Candidate[]; fitted: Candidate[] }> = {};
for (let i = 0; i <= rounds; i++) {
  for (const name of i % 2 ? (['current', 'before'] as const) : (['before', 'current'] as const)) {
    const result = sides[name].round();
    last[name] = result;
    // Round 0 warms both sides up.
    if (i === 0) continue;
    times[name].checks.push(result.checks);
    times[name].fit.push(result.fit);
  }
}
const same = (key: 'candidates' | 'fitted'): string => (JSON.stringify(last.before![key]) === JSON.stringify(last.current![key]) ? 'same' : 'DIFFERENT');
const ms = (n: number): string => n.toFixed(1);
const row = (label: string, b: number[], c: number[]): string =>
  `| ${label} | ${ms(Math.min(...b))} / ${ms(median(b))} ms | ${ms(Math.min(...c))} / ${ms(median(c))} ms | ${(Math.min(...c) / Math.min(...b)).toFixed(2)}× / ${(median(c) / median(b)).toFixed(2)}× |`;
process.stdout.write(
  [
    `| ${shape} 20k words, ${rounds} rounds, CPU time (min / median) | ${ref} | this tree | ratio (min / median) |`,
    '|---|---|---|---|',
    row(`every check's collect (${last.current!.candidates.length} findings to fit: ${same('candidates')})`, times.before.checks, times.current.checks),
    row(`fit step (${last.current!.fitted.length} findings fitted, ${same('fitted')})`, times.before.fit, times.current.fit),
  ].join('\n') + '\n',
);
