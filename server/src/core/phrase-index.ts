/**
 * A token trie over dictionary phrases, built once per dictionary and reused
 * for every sentence. Lookup cost depends on the sentence, not on the number
 * of phrases. The last word of each phrase is inflected automatically
 * (-s, -es, -ed, -ing...), and US "-ize" spellings fold into UK "-ise".
 */
import { phraseTokens, phraseTokensRaw, type Separator, type Token } from './words.ts';

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

/** The inflected forms of one normalised word, the word itself first. */
export function inflections(word: string, caseSensitive: boolean): string[] {
  if (caseSensitive) return [word, `${word}s`];
  const forms = new Set<string>([word]);
  if (word.length < 3 || /\d$/.test(word)) return [...forms];
  forms.add(`${word}s`);
  if (/(s|x|z|ch|sh)$/.test(word)) forms.add(`${word}es`);
  if (word.endsWith('e')) {
    forms.add(`${word}d`);
    forms.add(`${word.slice(0, -1)}ing`);
  } else {
    forms.add(`${word}ed`);
    forms.add(`${word}ing`);
  }
  if (/[^aeiou]y$/.test(word)) {
    forms.add(`${word.slice(0, -1)}ies`);
    forms.add(`${word.slice(0, -1)}ied`);
  }
  if (/^[^aeiou]*[aeiou][bdglmnprt]$/.test(word)) {
    const last = word.at(-1) ?? '';
    forms.add(`${word}${last}ed`);
    forms.add(`${word}${last}ing`);
  }
  return [...forms];
}

/** Which separators may sit inside a phrase. Default for jargon: spaces and hyphens. */
export type SeparatorFilter = (sep: Separator) => boolean;

/** Spaces and hyphens only: a comma or full stop ends a phrase. */
export const tightSeparators: SeparatorFilter = (sep) => sep === 'space' || sep === 'hyphen';

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
        const last = tokens.length - 1;
        const forms = inflections(tokens[last] ?? '', caseSensitive);
        forms.forEach((form, i) => {
          let node = this.root;
          for (let t = 0; t < last; t++) node = this.child(node, tokens[t] ?? '');
          node = this.child(node, form);
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
    accept: (match: PhraseMatch<E>) => boolean = () => true,
  ): PhraseMatch<E>[] {
    const out: PhraseMatch<E>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const candidates: PhraseMatch<E>[] = [];
      let node: TrieNode<E> | undefined = this.root;
      for (let j = i; j < tokens.length && node; j++) {
        const token: Token = tokens[j]!;
        if (j > i && !allowSeparator(token.sep)) break;
        node = node.next.get(token.norm);
        if (!node) break;
        for (const target of node.targets) {
          if (target.caseSensitive && !caseMatches(target.raw, tokens, i, j + 1)) continue;
          candidates.push({ target, from: i, to: j + 1 });
        }
      }
      // Longest first; a phrase as written before a generated inflection.
      candidates.sort((a, b) => b.to - a.to || Number(a.target.inflected) - Number(b.target.inflected));
      const chosen = candidates.find(accept);
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
