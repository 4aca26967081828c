/** REFERENCE COPY (test only) of the pre-optimisation code; see run.ts here. */
/**
 * `plain-words`: general plain English through the retext-simplify package
 * itself. Plain IG switches off the entries that clash with IG terms of art,
 * offers UK-friendly alternatives for some, and turns very common ones into
 * hints (see `dictionaries/plain-words.yml`).
 */
import retextSimplify from 'retext-simplify';
import type { Root as NlcstRoot } from 'nlcst';
import { VFile } from 'vfile';
import { matchCase, quote, type Candidate, type Check } from '../../../server/src/core/check-api.ts';
import type { PlainWordsEntry } from '../../../server/src/core/dictionary-types.ts';
import { inPrinciplesList } from '../../../server/src/checks/quoted.ts';

interface Compiled {
  transformer: (tree: NlcstRoot, file: VFile) => void;
  byRule: Map<string, PlainWordsEntry>;
}

const compiled = new WeakMap<object, Compiled>();

const ruleIdOf = (phrase: string): string => phrase.replace(/\s+/g, '-').toLowerCase();

function compile(entries: PlainWordsEntry[]): Compiled {
  let result = compiled.get(entries);
  if (!result) {
    const ignore = entries.filter((entry) => entry.action === 'off').map((entry) => entry.phrase);
    result = {
      transformer: retextSimplify({ ignore }) as unknown as Compiled['transformer'],
      byRule: new Map(entries.map((entry) => [ruleIdOf(entry.phrase), entry])),
    };
    compiled.set(entries, result);
  }
  return result;
}

const GENERAL_NOTE =
  'Plain words help every reader, including people reading in a hurry, in a second language, or with a reading difficulty.';

/** Collects pompous or wordy phrases in one block. */
export const plainWords: Check = {
  id: 'plain-words',
  title: 'Plain words',
  titleOne: 'Plain words',
  priority: 6,
  report: { explain: '', weight: 1, colour: '#a86800', order: 6 },
  description: 'Pompous or wordy phrases with plainer alternatives (word list from retext-simplify, adjusted for IG writing).',
  collect(block, { dictionaries }) {
    // Quotations (of the law, the Caldicott principles, guidance) are not ours to reword.
    if (block.kind === 'blockquote') return [];
    const { transformer, byRule } = compile(dictionaries['plain-words'].entries);
    const file = new VFile();
    transformer(block.tree, file);
    const out: Candidate[] = [];
    for (const message of file.messages) {
      const start = (message.place && 'start' in message.place ? message.place.start.offset : undefined) ?? -1;
      const end = (message.place && 'end' in message.place ? message.place.end.offset : undefined) ?? -1;
      if (start < 0 || end < 0) continue;
      const ruleId = message.ruleId ?? 'plain-words';
      const override = byRule.get(ruleId);
      const actual = block.text.slice(block.base + start, block.base + end);
      const removable = /remove it/.test(message.reason);
      const expected = (override?.action === 'alternatives' ? override.alternatives ?? [] : (message.expected as string[] | undefined) ?? []).map(
        (alt) => matchCase(actual, alt),
      );
      const offer = expected.length > 0 ? `Try ${expected.map(quote).join(' or ')}` : '';
      const text = removable && expected.length === 0 ? `You can usually leave out ${quote(actual)}.` : `${quote(actual)} has a plainer alternative. ${offer}${removable ? ', or leave it out' : ''}.`;
      out.push({
        check: 'plain-words',
        ruleId,
        start: block.base + start,
        end: block.base + end,
        actual,
        expected,
        fixKind: expected.length > 0 ? 'replace' : removable ? 'replace' : 'none',
        safe: expected.length === 1 && !removable,
        message: text,
        note: override?.reason ?? GENERAL_NOTE,
        ...(override?.action === 'quiet' ? { severity: 'hint' as const } : {}),
      });
    }
    return out;
  },
  finalize(candidates, document) {
    return candidates.filter((candidate) => !inPrinciplesList(document, candidate.start));
  },
};
