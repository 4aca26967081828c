/**
 * `jargon`: technical IT jargon in IG writing. Replace-entries offer plain
 * alternatives; explain-entries keep the term and add a short gloss the first
 * time it appears. Words with an everyday meaning are flagged only when the
 * sentence is about IT (the entry's `context` words).
 */
import { matchCase, quote, toNonSpace, type Candidate, type Check } from '../core/check-api.ts';
import { esc, list, ruleHeading, type CatalogueInput, type CatalogueSection } from '../core/catalogue-text.ts';
import type { AcronymEntry, JargonEntry } from '../core/dictionary-types.ts';
import { PhraseIndex, wordForms } from '../core/phrase-index.ts';
import { insideProperName, properNames } from '../core/proper-names.ts';
import { notOurWords } from './quoted.ts';

interface Compiled {
  index: PhraseIndex<JargonEntry>;
  context: Map<JargonEntry, Set<string>>;
}

const compiled = new WeakMap<object, Compiled>();

function compile(entries: JargonEntry[]): Compiled {
  let result = compiled.get(entries);
  if (!result) {
    const context = new Map<JargonEntry, Set<string>>();
    for (const entry of entries) {
      if (entry.context) context.set(entry, new Set(entry.context.flatMap((word) => wordForms(word))));
    }
    result = {
      index: new PhraseIndex(entries.map((entry) => ({ entry, phrases: entry.phrases, caseSensitive: entry.caseSensitive }))),
      context,
    };
    compiled.set(entries, result);
  }
  return result;
}

/** Little words that do not make a bracket an explanation ("Picture Archiving and Communication System"). */
const LINKING_WORDS = new Set(['and', 'the', 'for', 'of', 'with', 'or', 'in', 'on', 'to', 'see', 'etc']);

/**
 * True when an explanation in brackets follows `end`: the bracket holds words
 * in plain lower case, not just an abbreviation ("(RTO)") or product names
 * ("(FileVault/BitLocker)"). A bracket with an abbreviation may be followed by
 * the explanation in a second one.
 */
export function glossFollows(text: string, end: number): boolean {
  let at = end;
  for (let bracket = 0; bracket < 2; bracket++) {
    const open = /^\s*\(([^()]{1,200})\)/.exec(text.slice(at, at + 220));
    if (!open) return false;
    const words = (open[1] ?? '').split(/[\s/,;:]+/).filter((word) => word.length > 0);
    if (words.some((word) => /^[a-z][a-z'-]{2,}$/.test(word) && !LINKING_WORDS.has(word))) return true;
    at += open[0].length;
  }
  return false;
}

/** True for a Markdown heading: "# Title", or a title underlined with "=" or "-". */
function markdownHeading(text: string, start: number, end: number): boolean {
  return text[start] === '#' || /\n[ \t]*(=+|-+)[ \t]*$/.test(text.slice(start, end));
}

/** True for a document's first line when it reads as its title: one line with no full stop, and more text after it. */
function titleLine(text: string, start: number, end: number): boolean {
  if (text.slice(0, start).trim() !== '' || text.slice(end).trim() === '') return false;
  const line = text.slice(start, end);
  return !line.includes('\n') && !/[.!?:;]$/.test(line.trim());
}

const knownAcronyms = new WeakMap<object, Set<string>>();

/**
 * True when the term is followed by an acronym the acronym dictionary knows, in
 * brackets ("Information Asset Owner (IAO)"): that is the acronym check's own
 * way of defining it, so the two checks do not ask for more than one of each.
 */
function knownAcronymFollows(text: string, end: number, entries: readonly AcronymEntry[]): boolean {
  let known = knownAcronyms.get(entries);
  if (!known) {
    known = new Set(entries.map((entry) => entry.acronym));
    knownAcronyms.set(entries, known);
  }
  const open = /^\s*\(([^()\s]{2,16})\)/.exec(text.slice(end, end + 24));
  return open !== null && (known.has(open[1]!) || known.has(open[1]!.replace(/s$/, '')));
}

/** Collects jargon in one block. */
export const jargon: Check = {
  id: 'jargon',
  title: 'IT jargon',
  titleOne: 'IT jargon',
  description: 'Technical IT words that front-line staff and the public may not follow, with plain alternatives or a short explanation.',
  priority: 4,
  defaultSeverity: 'warning',
  report: { explain: 'Technical words that people outside IT may not know.', weight: 2, colour: '#0b5fa5', order: 3 },
  catalogue: catalogueSection,
  // A term to explain: two characters before it and the white space to the next character after it; when that is a
  // bracket, up to two glosses in brackets (220 characters each) or an acronym.
  reach: {
    edge: 0,
    around: (candidate, text) => {
      if (candidate.fixKind !== 'explain') return 0;
      const after = toNonSpace(text, candidate.end, 1);
      return text[candidate.end + after - 1] === '(' ? Math.max(440, after) : Math.max(2, after);
    },
  },
  collect(block, { settings, dictionaries }) {
    const { index, context } = compile(dictionaries.jargon.entries);
    const out: Candidate[] = [];
    for (const sentence of block.sentences) {
      let words: Set<string> | undefined;
      const matches = index.match(sentence.tokens, undefined, ({ target }) => {
        const entry = target.entry;
        if (entry.audience === 'public' && settings.audience !== 'public') return false;
        const needed = context.get(entry);
        if (!needed) return true;
        words ??= new Set(sentence.tokens.map((token) => token.norm));
        for (const word of words) if (needed.has(word)) return true;
        return false;
      });
      let names: Array<[number, number]> | undefined;
      for (const { target, from, to } of matches) {
        // A word inside the capitalised name of a role, team or product is part of that name.
        names ??= properNames(sentence.tokens);
        if (insideProperName(names, from, to)) continue;
        const entry = target.entry;
        const start = sentence.tokens[from]!.start;
        const end = sentence.tokens[to - 1]!.end;
        const actual = block.text.slice(start, end);
        const base = { check: 'jargon' as const, ruleId: entry.id, start, end, actual, note: entry.reason, ...(entry.severity ? { severity: entry.severity } : {}) };
        if (entry.action === 'explain') {
          // A Markdown heading names the subject; the explanation belongs with the first use in
          // the text. (A plain-text line without a full stop is only a guessed heading.)
          if ((block.kind === 'heading' && markdownHeading(block.text, block.base, block.end)) || titleLine(block.text, block.base, block.end)) continue;
          // Explained: a gloss in brackets follows, or the term is the short form in brackets
          // after its spelled-out form ("application programming interface (API)").
          const explained =
            glossFollows(block.text, end) ||
            knownAcronymFollows(block.text, end, dictionaries.acronym.entries) ||
            (target.caseSensitive && /\(\s*$/.test(block.text.slice(Math.max(0, start - 2), start)) && /^\s*\)/.test(block.text.slice(end, end + 2)));
          out.push({
            ...base,
            expected: [`${actual} (${entry.gloss ?? ''})`],
            fixKind: 'explain',
            safe: true,
            message: `Explain ${quote(actual)} the first time you use it: many readers will not know it.`,
            key: entry.id,
            role: explained ? 'definition' : 'use',
            severity: entry.severity ?? 'info',
          });
        } else {
          const alternatives = (entry.alternatives ?? []).map((alt) => matchCase(actual, alt));
          out.push({
            ...base,
            expected: alternatives,
            fixKind: 'replace',
            safe: alternatives.length === 1 && !target.inflected,
            message: `${quote(actual)} is ${entry.category === 'buzzwords' ? 'a buzzword' : 'IT jargon'}. Try ${alternatives.map(quote).join(' or ')}.`,
          });
        }
      }
    }
    return out;
  },
  finalize(candidates, document) {
    const seen = new Set<string>();
    return candidates.filter((candidate) => {
      if (notOurWords(document, candidate.start, candidate.end)) return false;
      if (candidate.fixKind !== 'explain') return true;
      const key = candidate.key ?? candidate.ruleId;
      if (seen.has(key)) return false;
      seen.add(key);
      return candidate.role === 'use';
    });
  },
};

/** Its part of the rule catalogue: entries by category. */
function catalogueSection({ dictionaries: d }: CatalogueInput): CatalogueSection {
  const lines: string[] = [];
  const categories = [...new Set(d.jargon.entries.map((e) => e.category ?? 'other'))];
  for (const category of categories) {
    lines.push(`### ${category}`, '');
    for (const e of d.jargon.entries.filter((x) => (x.category ?? 'other') === category)) {
      lines.push(ruleHeading('jargon', e.id, e.phrases[0] ?? e.id));
      lines.push(`- Matches: ${list(e.phrases)}${e.caseSensitive ? ' (exact case)' : ''}${e.context ? `, only near: ${e.context.join(', ')}` : ''}`);
      if (e.action === 'explain') lines.push(`- Keep the term and explain it on first use: “${esc(e.gloss ?? '')}”`);
      else lines.push(`- Instead: ${list(e.alternatives ?? [])}`);
      lines.push(`- Why: ${esc(e.reason)}`);
      if (e.audience) lines.push(`- Flagged only for audience: ${e.audience}`);
      lines.push('');
    }
  }
  return { entries: d.jargon.entries.length, lines };
}
