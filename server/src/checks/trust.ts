/**
 * `trust`: who acts and who decides. Flags owners nobody can find ("the
 * appropriate person", "senior management") where staff must ask, report or
 * get a decision, and decisions or permissions written without anyone making
 * them ("approval must be sought", "a decision will be made", "where
 * appropriate"). Precision first: a finding is lifted when the sentence names a
 * role or team outside the flagged words, when "by …" or "from …" follows
 * them, when the next sentence in the block says who decides, or when the words
 * are written as a name ("the Senior Management Team").
 */
import { quote, type Candidate, type Check } from '../core/check-api.ts';
import { esc, list, ruleHeading, type CatalogueInput, type CatalogueSection } from '../core/catalogue-text.ts';
import type { TrustDictionary, TrustEntry } from '../core/dictionary-types.ts';
import { compilePattern, matchAt, mayMatch, rarestAnchor, type CompiledPattern } from '../core/pattern.ts';
import { phraseTokens, wordSet, type Token } from '../core/words.ts';

/** One pattern of one entry. */
interface TrustPattern {
  entry: TrustEntry;
  pattern: CompiledPattern;
}

interface CompiledTrust {
  byFirstWord: Map<string, TrustPattern[]>;
  /**
   * Each pattern under the words of its rarest required element (a pattern can
   * only match a sentence that has one of them): most sentences have none, and
   * are passed over without building anything.
   */
  byGateWord: Map<string, TrustPattern[]>;
  actors: string[][];
  needs: Map<TrustEntry, string[][]>;
  context: Map<TrustEntry, string[][]>;
}

const compiled = new WeakMap<object, CompiledTrust>();

/** Compiles the trust dictionary once (patterns indexed by their possible first words). */
export function compileTrust(dictionary: TrustDictionary): CompiledTrust {
  let result = compiled.get(dictionary);
  if (result) return result;
  const byFirstWord = new Map<string, TrustPattern[]>();
  const byGateWord = new Map<string, TrustPattern[]>();
  const needs = new Map<TrustEntry, string[][]>();
  const context = new Map<TrustEntry, string[][]>();
  for (const entry of dictionary.entries) {
    for (const source of entry.patterns) {
      const pattern = compilePattern(source, dictionary.macros ?? {});
      const record: TrustPattern = { entry, pattern };
      for (const word of pattern.firstWords) {
        const list = byFirstWord.get(word) ?? [];
        list.push(record);
        byFirstWord.set(word, list);
      }
      for (const word of rarestAnchor(pattern)) {
        const list = byGateWord.get(word) ?? [];
        list.push(record);
        byGateWord.set(word, list);
      }
    }
    if (entry.needs) needs.set(entry, entry.needs.map(phraseTokens));
    if (entry.context) context.set(entry, entry.context.map(phraseTokens));
  }
  result = { byFirstWord, byGateWord, actors: dictionary.actors.map(phraseTokens), needs, context };
  compiled.set(dictionary, result);
  return result;
}

const NONE: readonly TrustPattern[] = [];

/** How far (in words) before and after the flagged words a `needs` cue may be. */
const NEEDS_BEFORE = 8;
const NEEDS_AFTER = 6;

/** Single words that, just before the flagged words, name who acts ("Manager approval", "Caldicott approval"). */
const ROLE_BEFORE = new Set(['manager', 'managers', "manager's", 'guardian', "guardian's", 'caldicott', 'director', 'board', "board's", 'lead', 'officer', 'clinician', "clinician's", 'consultant', 'gp', "gp's", 'doctor', "doctor's", 'partner', 'partners', 'siro', 'dpo', 'committee', 'panel', 'supervisor']);

/** Words right after the flagged words that introduce names ("the appropriate authorities, such as the police"). */
const NAMES_FOLLOW = /^[\s,]*(?:\(|:|—|–|-\s|such as\b|for example\b|e\.g\.?|eg\b|including\b|namely\b|i\.e\.?|that is\b)/i;

/** True when a `needs` phrase occurs close to the match (not elsewhere in a long sentence). */
function needsNear(tokens: readonly Token[], phrases: readonly string[][], words: ReadonlySet<string>, from: number, to: number): boolean {
  const lo = Math.max(0, from - NEEDS_BEFORE);
  const hi = Math.min(tokens.length, to + NEEDS_AFTER);
  for (const phrase of phrases) {
    if (phrase.length === 0 || !words.has(phrase[0]!)) continue;
    if (findPhrase(tokens, phrase, lo, from) >= 0 || findPhrase(tokens, phrase, to, hi) >= 0) return true;
  }
  return false;
}

/** Index of the first place `phrase` occurs in `tokens[from, to)`, or -1. */
function findPhrase(tokens: readonly Token[], phrase: readonly string[], from = 0, to = tokens.length): number {
  outer: for (let i = from; i + phrase.length <= to; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k]!.norm !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}

/** True when any phrase occurs in `tokens` outside `[skipFrom, skipTo)`. */
function hasAnyOutside(tokens: readonly Token[], phrases: readonly string[][], words: ReadonlySet<string>, skipFrom = 0, skipTo = 0): boolean {
  for (const phrase of phrases) {
    if (phrase.length === 0 || !words.has(phrase[0]!)) continue;
    if (findPhrase(tokens, phrase, 0, skipFrom) >= 0 || findPhrase(tokens, phrase, skipTo) >= 0) return true;
  }
  return false;
}

const hasAny = (tokens: readonly Token[], phrases: readonly string[][], words: ReadonlySet<string>): boolean =>
  phrases.some((phrase) => phrase.length > 0 && words.has(phrase[0]!) && findPhrase(tokens, phrase) >= 0);

/** Small words that stay lower case inside a name ("Head of Information Governance"). */
const NAME_GLUE = new Set(['of', 'the', 'and', 'for', 'a', 'an']);

/** True when the words are written as a name: each word that matters starts with a capital. */
function writtenAsName(tokens: readonly Token[], from: number, to: number): boolean {
  let capitals = 0;
  for (let i = from; i < to; i++) {
    const text = tokens[i]!.text;
    if (NAME_GLUE.has(text.toLowerCase())) continue;
    const first = text[0] ?? '';
    if (first === first.toLowerCase()) return false;
    capitals++;
  }
  // The first word of a sentence is capitalised anyway: it takes two capitals to make a name.
  return capitals >= 2 || (capitals === 1 && from > 0);
}

/** Words after the match that introduce the one who acts ("made by", "sought from"). */
const AGENT_WORDS = new Set(['by', 'from']);

/** True when "by" or "from" comes within three words after the match and is followed by a word. */
function agentFollows(tokens: readonly Token[], to: number): boolean {
  for (let i = to; i < Math.min(tokens.length - 1, to + 3); i++) {
    if (AGENT_WORDS.has(tokens[i]!.norm)) return true;
  }
  return false;
}

const MESSAGES: Record<TrustEntry['form'], (matched: string) => string> = {
  'vague-owner': (matched) => `Who exactly? ${quote(matched)} does not tell staff whom to ask or how to reach them.`,
  'no-actor': (matched) => `Say who decides: ${quote(matched)} does not say who makes this decision or gives this permission.`,
};

/** Collects vague owners and decisions without a decider in one block. */
export const trust: Check = {
  id: 'trust',
  title: 'Who acts and who decides',
  titleOne: 'Who acts and who decides',
  description: 'Owners nobody can find (“the appropriate person”) and decisions nobody makes (“approval must be sought”), with a suggestion to name the role and how to reach it.',
  priority: 2,
  defaultSeverity: 'info',
  report: { explain: 'Owners nobody can find and decisions nobody makes (“approval must be sought”).', weight: 5, colour: '#6b4e16', order: 1 },
  catalogue: catalogueSection,
  // Up to 16 characters after a match, for a name that follows it.
  reach: { edge: 16 },
  collect(block, { dictionaries }) {
    const c = compileTrust(dictionaries.trust);
    const out: Candidate[] = [];
    if (block.kind === 'blockquote' || block.kind === 'heading') return out;
    const { sentences } = block;
    for (let s = 0; s < sentences.length; s++) {
      const { tokens } = sentences[s]!;
      if (tokens.length === 0) continue;
      let gated: Set<TrustPattern> | undefined;
      for (const token of tokens) {
        const list = c.byGateWord.get(token.norm);
        if (list) for (const record of list) (gated ??= new Set()).add(record);
      }
      if (!gated) continue;
      const words = wordSet(tokens);
      const seen = new Set<TrustEntry['form']>();
      const viable = new Map<CompiledPattern, boolean>();
      for (let i = 0; i < tokens.length; i++) {
        let best: { entry: TrustEntry; to: number } | undefined;
        for (const record of c.byFirstWord.get(tokens[i]!.norm) ?? NONE) {
          if (!gated.has(record)) continue;
          const { entry, pattern } = record;
          if (seen.has(entry.form)) continue;
          let possible = viable.get(pattern);
          if (possible === undefined) viable.set(pattern, (possible = mayMatch(pattern, words)));
          if (!possible) continue;
          const to = matchAt(pattern, tokens, i);
          if (to < 0 || (best && to <= best.to)) continue;
          best = { entry, to };
        }
        if (!best) continue;
        const { entry, to } = best;
        const needs = c.needs.get(entry);
        if (needs && !needsNear(tokens, needs, words, i, to)) continue;
        if (hasAny(tokens, c.context.get(entry) ?? [], words)) continue;
        if (hasAnyOutside(tokens, c.actors, words, i, to)) continue;
        if (agentFollows(tokens, to)) continue;
        if (i > 0 && ROLE_BEFORE.has(tokens[i - 1]!.norm)) continue;
        if (NAMES_FOLLOW.test(block.text.slice(tokens[to - 1]!.end, tokens[to - 1]!.end + 16))) continue;
        if (entry.form === 'vague-owner' && writtenAsName(tokens, i, to)) continue;
        const next = sentences[s + 1];
        if (next && next.tokens.length > 0 && hasAny(next.tokens, c.actors, wordSet(next.tokens))) {
          const nextWords = wordSet(next.tokens);
          if (nextWords.has('by') || nextWords.has('decides') || nextWords.has('decide') || nextWords.has('approves') || nextWords.has('from')) continue;
        }
        const start = tokens[i]!.start;
        const end = tokens[to - 1]!.end;
        const matched = block.text.slice(start, end);
        seen.add(entry.form);
        out.push({
          check: 'trust',
          ruleId: entry.id,
          start,
          end,
          actual: matched,
          expected: [],
          fixKind: 'none',
          safe: false,
          message: `${MESSAGES[entry.form](matched)} ${entry.suggestion}`,
          note: entry.reason,
          form: entry.form,
          ...(entry.severity ? { severity: entry.severity } : {}),
        });
        i = to - 1;
      }
    }
    return out;
  },
};

/** Its part of the rule catalogue: what lifts a finding, the entries, the roles and the pattern macros. */
function catalogueSection({ dictionaries: d }: CatalogueInput): CatalogueSection {
  const lines: string[] = [
    'A finding is lifted when the sentence names a role or team outside the flagged words, when “by …” or “from …” follows them, when the next sentence says who decides, or when the words are written as a name (“the Senior Management Team”).',
    '',
  ];
  for (const e of d.trust.entries) {
    lines.push(ruleHeading('trust', e.id, e.id.replace(/-/g, ' ')));
    lines.push(`- Shape: ${e.form === 'vague-owner' ? 'an owner nobody can find (“who exactly?”)' : 'a decision or permission nobody makes (“say who decides”)'}`);
    lines.push(`- Patterns: ${e.patterns.map((p) => `\`${p}\``).join(', ')}`);
    if (e.needs) lines.push(`- Only when the sentence also has: ${list(e.needs)}`);
    lines.push(`- Instead: ${esc(e.suggestion)}`);
    lines.push(`- Why: ${esc(e.reason)}`);
    if (e.examples?.hit?.length) lines.push(`- For example: ${list(e.examples.hit)}`);
    lines.push('');
  }
  lines.push('### Roles and teams that lift a finding', '', list(d.trust.actors), '');
  lines.push('### Trust pattern macros', '');
  for (const [name, values] of Object.entries(d.trust.macros ?? {})) lines.push(`- \`{${name}}\`: ${values.join(', ')}`);
  lines.push('');
  return { entries: d.trust.entries.length, lines };
}
