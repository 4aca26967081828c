/**
 * `acronym`: an acronym used before it is defined is flagged at its first use,
 * with the expansion as the fix ("data protection impact assessment (DPIA)").
 * Widely known ones pass; ambiguous ones offer each expansion.
 */
import { quote, type Candidate, type Check } from '../core/check-api.ts';
import type { AcronymDictionary, AcronymEntry, JargonEntry } from '../core/dictionary-types.ts';
import { phraseTokens } from '../core/words.ts';

interface Compiled {
  byAcronym: Map<string, AcronymEntry>;
  wellKnown: Set<string>;
  expansions: Map<AcronymEntry, string[]>;
}

/**
 * The jargon check's explanations of phrases that start with an acronym: its
 * fix, "KPI (a measure …)" or "SOC 2 (…)", also defines the acronym.
 */
const glosses = new WeakMap<object, Map<string, string[]>>();

function jargonGlosses(entries: readonly JargonEntry[]): Map<string, string[]> {
  let result = glosses.get(entries);
  if (!result) {
    result = new Map();
    for (const entry of entries) {
      if (entry.action !== 'explain' || !entry.gloss) continue;
      for (const phrase of entry.phrases) {
        const first = phrase.split(/[\s-]/, 1)[0] ?? phrase;
        result.set(first, [...(result.get(first) ?? []), squash(`${phrase} ${entry.gloss}`)]);
      }
    }
    glosses.set(entries, result);
  }
  return result;
}

const compiled = new WeakMap<object, Compiled>();

function compile(dictionary: AcronymDictionary): Compiled {
  let result = compiled.get(dictionary);
  if (!result) {
    result = {
      byAcronym: new Map(dictionary.entries.map((entry) => [entry.acronym, entry])),
      wellKnown: new Set(dictionary.wellKnown ?? []),
      expansions: new Map(dictionary.entries.map((entry) => [entry, entry.expansions.map((e) => phraseTokens(e).join(' '))])),
    };
    compiled.set(dictionary, result);
  }
  return result;
}

const squash = (text: string): string => phraseTokens(text).join(' ');

/** True when the acronym at [start, end) is being defined: "expansion (ACR)" or "ACR (expansion)". */
function isDefinition(text: string, start: number, end: number, expansions: string[], acronym: string): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  const after = text.slice(end, end + 160);
  if (/\(\s*$/.test(before)) {
    const words = squash(before.replace(/\(\s*$/, ''));
    if (expansions.some((expansion) => words.endsWith(expansion) || words.endsWith(`${expansion}s`))) return true;
    // Initials of the words before the bracket, ignoring small words.
    const initials = words
      .split(' ')
      .filter((word) => !['of', 'and', 'the', 'for', 'to', 'in', 'on', '&'].includes(word))
      .map((word) => word[0] ?? '')
      .join('');
    if (initials.endsWith(acronym.replace(/s$/, '').toLowerCase())) return true;
  }
  const open = /^\s*\(([^)]{3,150})\)/.exec(after);
  if (open) {
    const inside = squash(open[1] ?? '');
    if (expansions.some((expansion) => inside.startsWith(expansion))) return true;
  }
  return false;
}

/** Collects acronym uses and definitions in one block. */
export const acronym: Check = {
  id: 'acronym',
  title: 'Acronyms',
  description: 'Acronyms used before they are spelled out, with the expansion as the fix.',
  collect(block, { dictionaries }) {
    const { byAcronym, wellKnown, expansions } = compile(dictionaries.acronym);
    const explained = jargonGlosses(dictionaries.jargon.entries);
    const out: Candidate[] = [];
    for (const sentence of block.sentences) {
      for (const token of sentence.tokens) {
        if (!/^[A-Z0-9][A-Za-z0-9&]*[A-Z0-9]s?$/.test(token.text) || !/[A-Z].*[A-Z]|[A-Z]\d|\d[A-Z]/.test(token.text)) continue;
        if (wellKnown.has(token.text)) continue;
        const entry = byAcronym.get(token.text) ?? (token.text.endsWith('s') ? byAcronym.get(token.text.slice(0, -1)) : undefined);
        if (!entry || wellKnown.has(entry.acronym)) continue;
        const expanded = expansions.get(entry) ?? [];
        const glossed = explained.get(token.text);
        const defines =
          isDefinition(block.text, token.start, token.end, expanded, entry.acronym) ||
          (glossed !== undefined && glossed.some((gloss) => squash(block.text.slice(token.start, token.start + gloss.length + 40)).startsWith(gloss)));
        const plural = token.text !== entry.acronym;
        const options = entry.expansions.map((expansion) => `${expansion}${plural ? 's' : ''} (${token.text})`);
        const ambiguous = entry.expansions.length > 1;
        out.push({
          check: 'acronym',
          ruleId: entry.id,
          start: token.start,
          end: token.end,
          actual: token.text,
          expected: options,
          fixKind: 'expand',
          safe: !ambiguous,
          message: ambiguous
            ? `Spell out ${quote(token.text)} the first time you use it: it can mean ${entry.expansions.map(quote).join(' or ')}.`
            : `Spell out ${quote(token.text)} the first time you use it: ${quote(entry.expansions[0] ?? '')}.`,
          note:
            entry.note ??
            'Readers who do not know an abbreviation have to stop and guess. Spell it out the first time, with the short form in brackets, then use the short form.',
          key: entry.acronym,
          role: defines ? 'definition' : 'use',
        });
      }
    }
    return out;
  },
  finalize(candidates) {
    const firsts = new Map<string, Candidate>();
    const defined = new Set<string>();
    for (const candidate of candidates) {
      const key = candidate.key ?? candidate.ruleId;
      if (!firsts.has(key)) firsts.set(key, candidate);
      if (candidate.role === 'definition') defined.add(key);
    }
    const out: Candidate[] = [];
    for (const [key, first] of firsts) {
      if (first.role !== 'use') continue;
      out.push(defined.has(key) ? { ...first, message: `${first.message} It is defined later in the document, after this first use.` } : first);
    }
    return out;
  },
};
