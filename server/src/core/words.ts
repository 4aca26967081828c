/**
 * Turning nlcst sentences into flat word sequences that the matchers walk.
 * A hyphenated word ("end-to-end") becomes several tokens joined by
 * `hyphen` separators, so that "back-end" and "back end" match the same entry.
 */
import type { Node, Parent } from 'unist';

/** How a token is joined to the one before it. */
export type Separator = 'start' | 'space' | 'hyphen' | 'punct' | 'break';

/** One word token with its place in the document. */
export interface Token {
  /** The text as written. */
  text: string;
  /** Lower case, UK spelling, straight apostrophes. */
  norm: string;
  /** Document offsets (0-based, UTF-16). */
  start: number;
  end: number;
  /** What separates this token from the previous one in the sentence. */
  sep: Separator;
}

/** A sentence as tokens, with its own span. */
export interface TokenSentence {
  tokens: Token[];
  start: number;
  end: number;
}

/**
 * The word sets made last, by token list: a ring of {@link RING} slots, found by
 * identity. The checks that ask go through one block's sentences one after
 * another, so a block of up to this many sentences builds each set once. (A
 * WeakMap did the same, but adding to one cost as much as building the set.)
 */
const RING = 64;
const ringTokens: Array<readonly Token[] | undefined> = new Array<readonly Token[] | undefined>(RING).fill(undefined);
const ringSets: Array<ReadonlySet<string> | undefined> = new Array<ReadonlySet<string> | undefined>(RING).fill(undefined);
let ringNext = 0;

/**
 * The normalised words of a sentence as a set, shared by every check that asks
 * about the same token list (a cheap "does the sentence have this word").
 * The caller must not change the set.
 */
export function wordSet(tokens: readonly Token[]): ReadonlySet<string> {
  for (let k = 1; k <= RING; k++) {
    const slot = (ringNext - k + RING) % RING;
    if (ringTokens[slot] === tokens) return ringSets[slot]!;
  }
  const set = new Set<string>();
  for (let i = 0; i < tokens.length; i++) set.add(tokens[i]!.norm);
  ringTokens[ringNext] = tokens;
  ringSets[ringNext] = set;
  ringNext = (ringNext + 1) % RING;
  return set;
}

const HYPHENS = new Set(['-', '‐', '‑']);
const APOSTROPHES = /[’‘`]/g;

/**
 * Normalises one word for matching: lower case, straight apostrophes, and US
 * "-ize/-yze" spellings folded into UK "-ise/-yse" (so "utilize" matches "utilise").
 */
export function normalizeWord(word: string): string {
  return normalizedWord(word);
}

/**
 * A function of one word that remembers its answers, at most `max` of them (all
 * are forgotten when it is full: a document has a few thousand distinct words,
 * so the bound only matters for a long-running server).
 */
export function rememberPerWord<T>(compute: (word: string) => T, max: number): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      answer = compute(word);
      if (known.size >= max) known.clear();
      known.set(word, answer);
    }
    return answer;
  };
}

/**
 * Words already normalised. Besides saving the work, every occurrence of a word
 * then shares one string, whose hash the phrase indexes' lookups compute once.
 */
const normalizedWord = rememberPerWord(normalizeUncached, 100_000);

/**
 * Words spelt with a z in UK English too, which the -ize/-ise folding must leave
 * alone: "size" and its compounds, "prize", "seize", "capsize", "assize",
 * "maize", "baize" (but not "emphasize" or "synthesize", which end in "size" too).
 */
const KEEPS_ZED = /^(?:(?:re|down|up|over|out|under|super|king|full|life|mid|pint|pocket|family|plus)?siz|pri[sz]|seiz|capsiz|assiz|maiz|baiz)(?:e|es|ed|ing|er|ers)$/;

function normalizeUncached(word: string): string {
  let w = word.toLowerCase().replace(APOSTROPHES, "'");
  if (w.length > 4 && (w.includes('iz') || w.includes('yz')) && !KEEPS_ZED.test(w)) {
    w = w
      .replace(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1')
      .replace(/yz(e|es|ed|ing)$/, 'ys$1');
  }
  return w;
}

const LEADING = new Set(['(', '"', '“', "'", '‘']);
const TRAILING = new Set([')', '"', '”', "'", '’', '.', ',', ';', ':', '!', '?']);

/** Strips brackets, quotes and punctuation from the ends of a word (a loop: a regex here was quadratic on long runs). */
function trimPunctuation(part: string): string {
  let start = 0;
  let end = part.length;
  while (start < end && LEADING.has(part[start]!)) start++;
  while (end > start && TRAILING.has(part[end - 1]!)) end--;
  return part.slice(start, end);
}

/** Splits a dictionary phrase into normalised tokens ("back-end" → ["back", "end"]). */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .split(/[\s\-‐‑]+/)
    .map(trimPunctuation)
    .filter((part) => part.length > 0)
    .map(normalizeWord);
}

/** Same split as {@link phraseTokens}, keeping the original case. */
export function phraseTokensRaw(phrase: string): string[] {
  return phrase
    .split(/[\s\-‐‑]+/)
    .map(trimPunctuation)
    .filter((part) => part.length > 0);
}

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** A node's start offset, or -1. (Two functions, not one with the edge as a key: a keyed property read per word was the slowest part here.) */
function startOf(node: Node): number {
  const off = (node as Positioned).position?.start.offset;
  return typeof off === 'number' ? off : -1;
}

/** A node's end offset, or -1. */
function endOf(node: Node): number {
  const off = (node as Positioned).position?.end.offset;
  return typeof off === 'number' ? off : -1;
}

function valueOf(node: Node): string {
  const value = (node as { value?: unknown }).value;
  if (typeof value === 'string') return value;
  if ('children' in node) return ((node as Parent).children as Node[]).map(valueOf).join('');
  return '';
}

/** True when any of the nodes has no start offset. */
function unplaced(nodes: readonly Node[]): boolean {
  for (const node of nodes) if (startOf(node) < 0) return true;
  return false;
}

/** Collects every SentenceNode under `tree`, in order. */
export function sentencesOf(tree: Node): Parent[] {
  const out: Parent[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'SentenceNode') {
      out.push(node as Parent);
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child);
  };
  visit(tree);
  return out;
}

/**
 * Flattens one nlcst sentence into tokens.
 * @param base added to every offset (the block's place in the document); default 0
 */
export function tokenizeSentence(sentence: Parent, base = 0): TokenSentence {
  const tokens: Token[] = [];
  let pending: Separator = 'start';
  for (const child of sentence.children as Node[]) {
    if (child.type === 'WordNode') {
      if (unplaced((child as Parent).children as Node[])) {
        // No position (remark-gfm's autolink literals can leave text without one): a word
        // we cannot place must never be flagged, or a fix would land on the wrong text.
        if (tokens.length) pending = 'break';
        continue;
      }
      let text = '';
      let start = -1;
      let sep: Separator = pending;
      for (const part of (child as Parent).children as Node[]) {
        const value = valueOf(part);
        if (part.type === 'PunctuationNode' && HYPHENS.has(value)) {
          if (text) tokens.push({ text, norm: normalizeWord(text), start, end: start + text.length, sep });
          text = '';
          start = -1;
          sep = 'hyphen';
          continue;
        }
        if (start < 0) start = startOf(part) + base;
        text += value;
      }
      if (text) tokens.push({ text, norm: normalizeWord(text), start, end: start + text.length, sep });
      pending = 'space';
      continue;
    }
    if (child.type === 'WhiteSpaceNode') continue;
    if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      if (tokens.length && pending !== 'break') {
        pending = HYPHENS.has(valueOf(child)) && pending === 'space' ? 'hyphen' : 'punct';
      }
      continue;
    }
    // SourceNode (inline code) and anything else breaks a phrase.
    if (tokens.length) pending = 'break';
  }
  return { tokens, start: startOf(sentence) + base, end: endOf(sentence) + base };
}
