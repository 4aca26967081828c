/**
 * A token trie over dictionary phrases, built once per dictionary and reused
 * for every sentence. Lookup cost depends on the sentence, not on the number
 * of phrases. Every form of a phrase is put in the trie when it is built
 * (`surfaceForms` in morphology.ts: plural, possessive, verb tenses, UK and US
 * spellings, spaced, hyphenated and closed compounds), so matching a sentence
 * never needs the NLP library.
 */
import { pluralOf, surfaceForms, verbForms } from './morphology.ts';
import { normalizeWord, phraseTokens, phraseTokensRaw, type Separator, type Token } from './words.ts';

/** One phrase of one entry, as stored in the trie. */
export interface PhraseTarget<E> {
  entry: E;
  /** The phrase as written in the dictionary. */
  phrase: string;
  /** The phrase's tokens with their original case (for case-sensitive entries). */
  raw: string[];
  caseSensitive: boolean;
  /** True when this form is a generated inflection, not the phrase itself. */
  inflected: boolean;
}

/** A match of one phrase in a token sequence. */
export interface PhraseMatch<E> {
  target: PhraseTarget<E>;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
}

/** An entry as the index sees it. */
export interface IndexedEntry<E> {
  entry: E;
  phrases: readonly string[];
  caseSensitive?: boolean | undefined;
}

interface TrieNode<E> {
  next: Map<string, TrieNode<E>>;
  targets: PhraseTarget<E>[];
}

const newNode = <E>(): TrieNode<E> => ({ next: new Map(), targets: [] });

/**
 * Every written form of one phrase as token lists, the phrase itself first.
 * A case-sensitive phrase (an acronym such as "API") keeps its case and gains
 * only a plural "s"; any other phrase gets all its forms from the morphology
 * module. Forms are normalised like document words (lower case, "-ise").
 */
export function phraseForms(phrase: string, caseSensitive: boolean): string[][] {
  const own = phraseTokens(phrase);
  if (own.length === 0) return [];
  const out: string[][] = [own];
  const seen = new Set([own.join(' ')]);
  const add = (tokens: string[]): void => {
    const key = tokens.join(' ');
    if (tokens.length === 0 || seen.has(key)) return;
    seen.add(key);
    out.push(tokens);
  };
  if (caseSensitive) {
    add([...own.slice(0, -1), `${own[own.length - 1]}s`]);
    return out;
  }
  for (const form of surfaceForms(phrase)) add(phraseTokens(form));
  // A noun compound whose first word may be a verb ("use case", "secondary use") still has a plural.
  if (own.length > 1) add(phraseTokens(pluralOf(phrase.toLowerCase())));
  // A one-word entry is often a verb the library's lexicon files under another part of
  // speech ("onboard", "whitelist"): its verb forms cost nothing when they never occur.
  if (own.length === 1 && /^[a-z]{4,}$/.test(own[0]!)) {
    const verb = verbForms(own[0]!);
    for (const form of [verb.past, verb.participle, verb.present3, verb.gerund]) add([normalizeWord(form)]);
    // "enrolled" → "enrolling" (the library gives "enroling" where UK spelling doubles the consonant).
    const doubled = /([^aeiou])\1ed$/.exec(verb.participle);
    if (doubled) add([normalizeWord(`${verb.participle.slice(0, -2)}ing`)]);
  }
  return out;
}

/** Every written form of one word, normalised (for context words: "encrypt" → "encrypted", "encrypts"…). */
export function wordForms(word: string): string[] {
  return [...new Set(phraseForms(word, false).flatMap((tokens) => tokens.map(normalizeWord)))];
}

/** Which separators may sit inside a phrase. Default for jargon: spaces and hyphens. */
export type SeparatorFilter = (sep: Separator) => boolean;

/** Spaces and hyphens only: a comma or full stop ends a phrase. */
export const tightSeparators: SeparatorFilter = (sep) => sep === 'space' || sep === 'hyphen';

/** Accepts every match (one function, not a new one for every sentence). */
const acceptAll = (): boolean => true;

/** A phrase index: build once, match many sentences. */
export class PhraseIndex<E> {
  private readonly root: TrieNode<E> = newNode();
  /** Number of phrases (before inflection). */
  readonly size: number;

  constructor(entries: readonly IndexedEntry<E>[]) {
    let size = 0;
    for (const item of entries) {
      for (const phrase of item.phrases) {
        const tokens = phraseTokens(phrase);
        if (tokens.length === 0) continue;
        size++;
        const raw = phraseTokensRaw(phrase);
        const caseSensitive = item.caseSensitive === true;
        phraseForms(phrase, caseSensitive).forEach((form, i) => {
          let node = this.root;
          for (const token of form) node = this.child(node, token);
          node.targets.push({ entry: item.entry, phrase, raw, caseSensitive, inflected: i > 0 });
        });
      }
    }
    this.size = size;
  }

  private child(node: TrieNode<E>, key: string): TrieNode<E> {
    let next = node.next.get(key);
    if (!next) {
      next = newNode();
      node.next.set(key, next);
    }
    return next;
  }

  /**
   * Finds phrases in a token sequence, leftmost-longest and without overlaps.
   * `accept` may reject a match (for example a context rule); the search then
   * tries shorter matches at the same place.
   */
  match(
    tokens: readonly Token[],
    allowSeparator: SeparatorFilter = tightSeparators,
    accept: (match: PhraseMatch<E>) => boolean = acceptAll,
  ): PhraseMatch<E>[] {
    const out: PhraseMatch<E>[] = [];
    let i = 0;
    while (i < tokens.length) {
      // (Made only where a phrase starts: most words start none.)
      let candidates: PhraseMatch<E>[] | undefined;
      let node: TrieNode<E> | undefined = this.root;
      for (let j = i; j < tokens.length && node; j++) {
        const token: Token = tokens[j]!;
        if (j > i && !allowSeparator(token.sep)) break;
        node = node.next.get(token.norm);
        if (!node) break;
        for (const target of node.targets) {
          if (target.caseSensitive && !caseMatches(target.raw, tokens, i, j + 1)) continue;
          (candidates ??= []).push({ target, from: i, to: j + 1 });
        }
      }
      // Longest first; a phrase as written before a generated inflection.
      candidates?.sort((a, b) => b.to - a.to || Number(a.target.inflected) - Number(b.target.inflected));
      const chosen = candidates?.find(accept);
      if (chosen) {
        out.push(chosen);
        i = chosen.to;
      } else {
        i++;
      }
    }
    return out;
  }
}

function caseMatches(raw: readonly string[], tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const want = raw[k - from] ?? '';
    const got = tokens[k]!.text;
    if (got === want) continue;
    if (k === to - 1 && got === `${want}s`) continue;
    return false;
  }
  return true;
}
