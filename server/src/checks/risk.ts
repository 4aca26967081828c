/**
 * `risk`: wording that makes not sharing feel like the only safe choice.
 * Two matchers run on each sentence: the dictionary's entries (word patterns
 * with their own reframes) and, when none matches, the shape matcher
 * (`risk/shape.ts`), which recognises a restriction on a sharing act joined to
 * a gate, an absolute, a sanction or the law, in any words, tense or voice.
 * Every finding names its form (`consent-gate`, `threat`…) and carries a
 * message and reframe written for that form and the audience. The flagged span
 * is the sentence, and the reframe is offered as a suggestion, never applied
 * automatically. Precision traps are never flagged: credentials, quoted
 * principles, genuine legal restrictions, balanced sentences, and threats in a
 * section that also promises support to staff who share in good faith.
 */
import { quote, type Candidate, type Check } from '../core/check-api.ts';
import { inPrinciplesList, sectionIndex } from './quoted.ts';
import type { RiskDictionary, RiskEntry, RiskFormText } from '../core/dictionary-types.ts';
import { riskCatalogue } from './risk/catalogue.ts';
import { compileShape, findShape, permitsSharing } from './risk/shape.ts';
import { compilePattern, matchAt, mayMatch, rarestAnchor, type CompiledPattern } from '../core/pattern.ts';
import type { Audience, Evidence, Nation } from '../core/types.ts';
import { phraseTokens, wordSet, type Token } from '../core/words.ts';

/** Who a risk message speaks to: `auto` (audience not set) reads as a staff policy, as the other wording checks do. */
const readerOf = (audience: Audience | 'auto'): Audience => (audience === 'public' ? 'public' : 'staff');

/** A compiled pattern with its entry and its number (an index into {@link Compiled}'s marks). */
interface Indexed {
  entry: RiskEntry;
  pattern: CompiledPattern;
  id: number;
}

interface Compiled {
  byFirstWord: Map<string, Indexed[]>;
  /**
   * Every pattern under each word of its rarest required element: a sentence
   * with none of a pattern's words there cannot match it, so most sentences
   * are passed over after one lookup per distinct word.
   */
  byAnchor: Map<string, Indexed[]>;
  /**
   * Per pattern, the sentence (a number from {@link Compiled.sentence}) in
   * which it was last looked at, and last found viable: marks instead of a
   * Set made for every sentence.
   */
  looked: Uint32Array;
  viable: Uint32Array;
  sentence: number;
  credentials: string[][];
  legal: string[][];
  /** Statutory restrictions that exempt their whole paragraph. */
  statutory: string[][];
  support: string[][];
  context: Map<RiskEntry, string[][]>;
  balance: Map<RiskEntry, string[][]>;
}

const compiled = new WeakMap<object, Compiled>();

/** Compiles the risk dictionary once (patterns indexed by their possible first words). */
export function compileRisk(dictionary: RiskDictionary): Compiled {
  let result = compiled.get(dictionary);
  if (result) return result;
  const byFirstWord = new Map<string, Indexed[]>();
  const byAnchor = new Map<string, Indexed[]>();
  const context = new Map<RiskEntry, string[][]>();
  const balance = new Map<RiskEntry, string[][]>();
  let count = 0;
  for (const entry of dictionary.entries) {
    for (const source of entry.patterns) {
      const indexed: Indexed = { entry, pattern: compilePattern(source, dictionary.macros ?? {}), id: count++ };
      for (const word of indexed.pattern.firstWords) {
        const list = byFirstWord.get(word) ?? [];
        list.push(indexed);
        byFirstWord.set(word, list);
      }
      for (const word of rarestAnchor(indexed.pattern)) {
        const list = byAnchor.get(word) ?? [];
        list.push(indexed);
        byAnchor.set(word, list);
      }
    }
    if (entry.context) context.set(entry, entry.context.map(phraseTokens));
    if (entry.balancedBy) balance.set(entry, entry.balancedBy.map(phraseTokens));
  }
  const traps = dictionary.traps ?? {};
  result = {
    byFirstWord,
    byAnchor,
    looked: new Uint32Array(count),
    viable: new Uint32Array(count),
    sentence: 0,
    credentials: (traps.credentials ?? []).map(phraseTokens),
    legal: (traps.legalRestrictions ?? []).map(phraseTokens),
    statutory: (traps.statutory ?? []).map(phraseTokens),
    support: (traps.support ?? []).map(phraseTokens),
    context,
    balance,
  };
  compiled.set(dictionary, result);
  return result;
}

/** Index of the first place `phrase` occurs in `tokens` at or after `from`, or -1. */
function findPhrase(tokens: readonly Token[], phrase: readonly string[], from = 0): number {
  outer: for (let i = from; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k]!.norm !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}

/** True when any phrase occurs in `tokens` at or after `from`; `words` (the sentence's words) skips hopeless phrases cheaply. */
function containsAny(tokens: readonly Token[], phrases: readonly string[][], words: ReadonlySet<string>, from = 0): boolean {
  for (const phrase of phrases) if (phrase.length > 0 && words.has(phrase[0]!) && findPhrase(tokens, phrase, from) >= 0) return true;
  return false;
}

/**
 * Marks the patterns that can match a sentence with these words (`c.viable[id]`
 * set to the sentence's number, `c.sentence`, which this advances): found
 * through each pattern's rarest required element, then checked for every
 * required element. False when there are none (most sentences).
 */
function markViable(c: Compiled, words: ReadonlySet<string>): boolean {
  if (++c.sentence === 0xffffffff) {
    c.looked.fill(0);
    c.viable.fill(0);
    c.sentence = 1;
  }
  const now = c.sentence;
  let any = false;
  for (const word of words) {
    const list = c.byAnchor.get(word);
    if (!list) continue;
    for (const { pattern, id } of list) {
      if (c.looked[id] === now) continue;
      c.looked[id] = now;
      if (mayMatch(pattern, words)) {
        c.viable[id] = now;
        any = true;
      }
    }
  }
  return any;
}

const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

/** Quoted text of this many words or fewer is a term in scare quotes (“need to know”), not a quotation. */
const SCARE_QUOTE_WORDS = 4;

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /\w/.test(w)).length;

/** True when `[start, end)` sits inside a quotation (more than a term in scare quotes) within its sentence. */
function isQuoted(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, sentenceStart - 1), start);
  const after = text.slice(end, sentenceEnd + 2);
  const curlyOpen = count(before, /[“«]/g) > count(before, /[”»]/g);
  const straightOpen = count(before, /"/g) % 2 === 1;
  let open = -1;
  let close = -1;
  if (curlyOpen && /[”»]/.test(after)) {
    open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('«'));
    close = after.search(/[”»]/);
  } else if (straightOpen && /"/.test(after)) {
    open = before.lastIndexOf('"');
    close = after.indexOf('"');
  } else {
    return false;
  }
  const inner = `${before.slice(open + 1)}${text.slice(start, end)}${after.slice(0, close)}`;
  return wordCount(inner) > SCARE_QUOTE_WORDS;
}

/** Sentences that quote a numbered principle ("Principle 4: ..."). */
const PRINCIPLE_LABEL = /^\s*(?:caldicott\s+)?principle\s+\d+\s*[:.–—-]/i;

function evidenceFor(keys: readonly string[], dictionary: RiskDictionary, nation: Nation): Evidence[] {
  const out: Evidence[] = [];
  for (const key of keys) {
    const item = dictionary.evidence?.[key];
    if (!item) continue;
    if (item.nations && !item.nations.includes(nation)) continue;
    out.push({ title: item.title, text: item.text, url: item.url });
  }
  return out;
}

const KIND_MESSAGE: Record<NonNullable<RiskEntry['kind']>, string> = {
  wording: 'This wording may put staff off sharing information that someone’s care needs.',
  threat: 'This warns staff about sharing but says nothing about supporting those who share in good faith.',
  promise: 'This promise is stricter than the law, so staff who share for someone’s care would seem to break it.',
};

/** Curly apostrophes for messages written with straight ones in YAML. */
const typeset = (text: string): string => text.replace(/(\w)'(\w)/g, '$1’$2');

/** The form's message for this audience, or the entry kind's message when the dictionary has no text for the form. */
function messageFor(text: RiskFormText | undefined, audience: Audience, kind: NonNullable<RiskEntry['kind']>): string {
  if (kind === 'promise' || !text) return KIND_MESSAGE[kind];
  return typeset(text.message[audience]);
}

/** Collects risk-averse wording in one block. */
export const risk: Check = {
  id: 'risk',
  title: 'Risk-averse wording',
  titleOne: 'Risk-averse wording',
  description: 'Wording that discourages lawful sharing for someone’s care, with a suggested reframe and the evidence behind it.',
  priority: 0,
  defaultSeverity: 'warning',
  span: true,
  report: { explain: 'Wording that may put staff off sharing information that someone’s care needs, although the law allows it.', weight: 10, colour: '#b8420f', order: 0 },
  catalogue: riskCatalogue,
  // A quotation mark just before or after a sentence (isQuoted).
  reach: { edge: 2 },
  collect(block, { settings, dictionaries }) {
    const dictionary = dictionaries.risk;
    const c = compileRisk(dictionary);
    const shape = compileShape(dictionary);
    const out: Candidate[] = [];
    if (block.kind === 'blockquote') return out;
    // A paragraph about a statutory restriction (gender history, fertility records) states the law, not a policy
    // choice. Asked only once something matches, so most paragraphs never pay for it.
    let statutory: boolean | undefined;
    const isStatutory = (): boolean =>
      (statutory ??= block.sentences.some((s) => containsAny(s.tokens, c.statutory, wordSet(s.tokens))));
    for (const sentence of block.sentences) {
      const { tokens } = sentence;
      if (tokens.length === 0) continue;
      const sentenceStart = tokens[0]!.start;
      const quoteStart = sentence.start >= 0 ? Math.min(sentence.start, sentenceStart) : sentenceStart;
      const sentenceEnd = Math.max(sentence.end, tokens.at(-1)!.end);
      const words = wordSet(tokens);
      if (containsAny(tokens, c.support, words)) {
        out.push({ check: 'risk', ruleId: 'support-statement', start: sentenceStart, end: sentenceEnd, actual: '', expected: [], fixKind: 'none', safe: false, message: '', note: '', role: 'support' });
      }
      const sentenceText = block.text.slice(sentenceStart, sentenceEnd);
      if (PRINCIPLE_LABEL.test(sentenceText)) continue;
      let best: { entry: RiskEntry; from: number; to: number } | undefined;
      const viable = markViable(c, words);
      for (let i = 0; viable && i < tokens.length && !best; i++) {
        for (const { entry, pattern, id } of c.byFirstWord.get(tokens[i]!.norm) ?? []) {
          if (entry.audience === 'public' && settings.audience !== 'public') continue;
          if (c.viable[id] !== c.sentence) continue;
          const to = matchAt(pattern, tokens, i);
          if (to < 0) continue;
          if (best && to - i <= best.to - best.from) continue;
          if (containsAny(tokens, c.context.get(entry) ?? [], words)) continue;
          if (containsAny(tokens, c.balance.get(entry) ?? [], words, to)) continue;
          best = { entry, from: i, to };
        }
      }
      // The shape matcher looks only where no entry matched.
      const found = best || !shape ? undefined : findShape(shape, block.text, tokens);
      if (!best && !found) continue;
      if (containsAny(tokens, c.credentials, words) || containsAny(tokens, c.legal, words) || isStatutory()) continue;
      if (best && shape && permitsSharing(shape, tokens)) continue;
      if (best) {
        const matchStart = tokens[best.from]!.start;
        const matchEnd = tokens[best.to - 1]!.end;
        if (isQuoted(block.text, quoteStart, sentenceEnd, matchStart, matchEnd)) continue;
        const { entry } = best;
        const kind = entry.kind ?? 'wording';
        const form = entry.form ?? (kind === 'threat' ? 'threat' : 'other');
        const text = dictionary.forms?.[form];
        const evidence = evidenceFor(entry.evidence ?? [], dictionary, settings.nation);
        const matched = block.text.slice(matchStart, matchEnd);
        // An entry's own reframe is written for staff unless the entry is for public notices.
        const reframe = settings.audience === 'public' && entry.audience !== 'public' && text ? typeset(text.reframe.public) : entry.reframe;
        out.push({
          check: 'risk',
          ruleId: entry.id,
          start: sentenceStart,
          end: sentenceEnd,
          actual: sentenceText,
          expected: [reframe],
          fixKind: 'reframe',
          safe: false,
          form,
          message: `${messageFor(text, readerOf(settings.audience), kind)} (${quote(matched)})`,
          note: entry.reason,
          evidence,
          ...(entry.severity ? { severity: entry.severity } : {}),
          role: kind === 'threat' ? 'threat' : 'use',
        });
        continue;
      }
      if (!found) continue;
      const text = dictionary.forms?.[found.form];
      if (!text) continue;
      const matchStart = tokens[found.from]!.start;
      const matchEnd = tokens[found.to - 1]!.end;
      if (isQuoted(block.text, quoteStart, sentenceEnd, matchStart, matchEnd)) continue;
      out.push({
        check: 'risk',
        ruleId: found.form,
        start: sentenceStart,
        end: sentenceEnd,
        actual: sentenceText,
        expected: [typeset(text.reframe[readerOf(settings.audience)])],
        fixKind: 'reframe',
        safe: false,
        form: found.form,
        message: `${typeset(text.message[readerOf(settings.audience)])} (${quote(block.text.slice(matchStart, matchEnd))})`,
        note: typeset(text.reason),
        evidence: evidenceFor(text.evidence ?? [], dictionary, settings.nation),
        role: found.form === 'threat' ? 'threat' : 'use',
      });
    }
    return out;
  },
  finalize(candidates, document) {
    const supportSections = new Set<number>();
    for (const candidate of candidates) {
      if (candidate.role === 'support') supportSections.add(sectionIndex(document, candidate.start));
    }
    return candidates.filter((candidate) => {
      if (candidate.role === 'support') return false;
      if (candidate.role === 'threat' && supportSections.has(sectionIndex(document, candidate.start))) return false;
      return !inPrinciplesList(document, candidate.start);
    });
  },
};

