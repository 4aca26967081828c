/**
 * `outdated`: names of bodies, laws and tools that have changed, with the
 * current name and the date of the change.
 */
import { matchCase, quote, type Candidate, type Check } from '../core/check-api.ts';
import { esc, list, ruleHeading, type CatalogueInput, type CatalogueSection } from '../core/catalogue-text.ts';
import type { OutdatedEntry } from '../core/dictionary-types.ts';
import { PhraseIndex } from '../core/phrase-index.ts';
import { normalizeWord } from '../core/words.ts';
import { notOurWords } from './quoted.ts';

interface Compiled {
  index: PhraseIndex<OutdatedEntry>;
  before: Map<OutdatedEntry, Set<string>>;
  after: Map<OutdatedEntry, Set<string>>;
}

const compiled = new WeakMap<object, Compiled>();

function compile(entries: OutdatedEntry[]): Compiled {
  let result = compiled.get(entries);
  if (!result) {
    const words = (list: string[] | undefined): Set<string> => new Set((list ?? []).map((word) => normalizeWord(word.replace(/[()]/g, ''))));
    result = {
      index: new PhraseIndex(entries.map((entry) => ({ entry, phrases: entry.phrases, caseSensitive: entry.caseSensitive }))),
      before: new Map(entries.map((entry) => [entry, words(entry.notPrecededBy)])),
      after: new Map(entries.map((entry) => [entry, words(entry.notFollowedBy)])),
    };
    compiled.set(entries, result);
  }
  return result;
}

/** Collects outdated names in one block. */
export const outdated: Check = {
  id: 'outdated',
  title: 'Outdated names',
  titleOne: 'Outdated name',
  description: 'Names of bodies, laws and tools that have changed, with the current name and when it changed.',
  priority: 3,
  defaultSeverity: 'warning',
  report: { explain: 'Old names of laws, organisations and systems that readers may not recognise.', weight: 2, colour: '#8e3e86', order: 4 },
  catalogue: catalogueSection,
  reach: { edge: 0 },
  collect(block, { dictionaries }) {
    const { index, before, after } = compile(dictionaries.outdated.entries);
    const out: Candidate[] = [];
    for (const sentence of block.sentences) {
      const { tokens } = sentence;
      const matches = index.match(tokens, undefined, ({ target, from, to }) => {
        const previous = tokens[from - 1];
        const next = tokens[to];
        if (previous && before.get(target.entry)?.has(previous.norm)) return false;
        if (next && after.get(target.entry)?.has(next.norm)) return false;
        return true;
      });
      for (const { target, from, to } of matches) {
        const entry = target.entry;
        const start = tokens[from]!.start;
        const end = tokens[to - 1]!.end;
        const actual = block.text.slice(start, end);
        const current = entry.current.map((name) => matchCase(actual, name));
        out.push({
          check: 'outdated',
          ruleId: entry.id,
          start,
          end,
          actual,
          expected: current,
          fixKind: current.length > 0 ? 'replace' : 'none',
          safe: current.length === 1 && !target.inflected,
          message:
            current.length > 0
              ? `${quote(actual)} is an old name: since ${entry.changed} it is ${current.map(quote).join(' or ')}.`
              : `${quote(actual)} no longer exists (since ${entry.changed}).`,
          note: entry.reason,
          ...(entry.severity ? { severity: entry.severity } : {}),
        });
      }
    }
    return out;
  },
  finalize(candidates, document) {
    // An old name in a quotation, a list of references or the title of a linked document is history, not a mistake.
    return candidates.filter((candidate) => !notOurWords(document, candidate.start, candidate.end));
  },
};

/** Its part of the rule catalogue: each outdated name and what replaced it. */
function catalogueSection({ dictionaries: d }: CatalogueInput): CatalogueSection {
  const lines: string[] = [];
  for (const e of d.outdated.entries) {
    lines.push(ruleHeading('outdated', e.id, e.phrases[0] ?? e.id));
    lines.push(`- Matches: ${list(e.phrases)}`);
    lines.push(`- Now: ${e.current.length > 0 ? list(e.current) : 'no direct successor'} (since ${esc(e.changed)})`);
    lines.push(`- Why: ${esc(e.reason)}`, '');
  }
  return { entries: d.outdated.entries.length, lines };
}
