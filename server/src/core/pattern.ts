/**
 * Word patterns for risk-averse wording, matched without regular expressions.
 *
 * A pattern is a space-separated list of elements matched against the words of
 * one sentence, ignoring case and punctuation:
 * - `word`: a literal word;
 * - `{macro}`: any of the macro's word sequences;
 * - `(a|b c|d)`: any of the listed word sequences;
 * - `...`: a gap of 0 to 4 words;
 * - a trailing `?` makes an element optional.
 *
 * Matching explores (element, word) pairs at most once each, so the time is
 * bounded by pattern length × sentence length: no pattern can backtrack
 * catastrophically, whoever wrote it.
 */
import { normalizeWord, phraseTokens, type Token } from './words.ts';

/** The longest gap `...` may skip. */
export const MAX_GAP = 4;

type Element =
  | { kind: 'words'; alts: string[][]; optional: boolean }
  | { kind: 'gap'; max: number };

/** A compiled pattern. */
export interface CompiledPattern {
  source: string;
  elements: Element[];
  /** Words that can start a match. */
  firstWords: Set<string>;
  /**
   * One set per required element: a sentence can only match when, for each
   * set, it contains at least one of its words (a cheap filter before matching).
   */
  anchors: Array<Set<string>>;
}

/** A pattern that could not be compiled, with a reason for the writer. */
export class PatternError extends Error {}

function splitElements(source: string): string[] {
  const parts: string[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let end = i;
    if (ch === '(' || ch === '{') {
      const close = source.indexOf(ch === '(' ? ')' : '}', i);
      if (close < 0) throw new PatternError(`unclosed "${ch}" in pattern "${source}"`);
      end = close + 1;
      if (source[end] === '?') end++;
    } else {
      while (end < source.length && !/\s/.test(source[end]!)) end++;
    }
    parts.push(source.slice(i, end));
    i = end;
  }
  return parts;
}

/**
 * Compiles one pattern.
 * @param source the pattern text
 * @param macros named lists of word sequences, used as `{name}`
 * @throws PatternError when the pattern is malformed or names an unknown macro
 */
export function compilePattern(source: string, macros: Readonly<Record<string, readonly string[]>>): CompiledPattern {
  const elements: Element[] = [];
  for (let part of splitElements(source)) {
    if (part === '...') {
      elements.push({ kind: 'gap', max: MAX_GAP });
      continue;
    }
    let optional = false;
    if (part.endsWith('?') && part.length > 1) {
      optional = true;
      part = part.slice(0, -1);
    }
    let options: readonly string[];
    if (part.startsWith('{')) {
      const name = part.slice(1, -1);
      const macro = macros[name];
      if (!macro) throw new PatternError(`unknown macro "{${name}}" in pattern "${source}"`);
      options = macro;
    } else if (part.startsWith('(')) {
      options = part.slice(1, -1).split('|');
    } else {
      options = [part];
    }
    const alts = options.map(phraseTokens).filter((alt) => alt.length > 0);
    if (alts.length === 0) throw new PatternError(`empty element "${part}" in pattern "${source}"`);
    elements.push({ kind: 'words', alts, optional });
  }
  if (elements.length === 0) throw new PatternError('empty pattern');
  if (elements[0]!.kind === 'gap' || elements.at(-1)!.kind === 'gap') {
    throw new PatternError(`a pattern cannot start or end with "..." ("${source}")`);
  }
  const firstWords = new Set<string>();
  for (const element of elements) {
    if (element.kind === 'gap') break;
    for (const alt of element.alts) firstWords.add(alt[0]!);
    if (!element.optional) break;
  }
  const anchors = elements
    .filter((element): element is Extract<Element, { kind: 'words' }> => element.kind === 'words' && !element.optional)
    .map((element) => new Set(element.alts.map((alt) => alt[0]!)));
  return { source, elements, firstWords, anchors };
}

/** Words too common to gate a pattern on. */
const COMMON = new Set(['the', 'a', 'an', 'any', 'to', 'of', 'in', 'is', 'are', 'be', 'was', 'were', 'will', 'must', 'should', 'may', 'can', 'it', 'this', 'that', 'where', 'when', 'if', 'as', 'at', 'on', 'by', 'for', 'with', 'and', 'or', 'not', 'we', 'you']);

/**
 * The words of the pattern's rarest required element (fewest common words,
 * then fewest words). A sentence without one of them cannot match, so a check
 * can index patterns by these words and pass over most sentences untouched.
 */
export function rarestAnchor(pattern: CompiledPattern): ReadonlySet<string> {
  let best: ReadonlySet<string> = pattern.firstWords;
  let score = Number.POSITIVE_INFINITY;
  for (const anchor of pattern.anchors) {
    let common = 0;
    for (const word of anchor) if (COMMON.has(word)) common++;
    const value = common * 10_000 + anchor.size;
    if (value < score) {
      score = value;
      best = anchor;
    }
  }
  return best;
}

/** True when every required element of `pattern` has a word in `words` (so a match is possible). */
export function mayMatch(pattern: CompiledPattern, words: ReadonlySet<string>): boolean {
  for (const anchor of pattern.anchors) if (!intersects(anchor, words)) return false;
  return true;
}

/** True when the two sets share a word (walking the smaller: an anchor from a macro can hold hundreds of forms). */
function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size > b.size) return intersects(b, a);
  for (const word of a) if (b.has(word)) return true;
  return false;
}

let visited = new Uint8Array(1024);

/**
 * Matches a compiled pattern starting exactly at token `from`.
 * @returns one past the last matched token (the longest match), or -1
 */
export function matchAt(pattern: CompiledPattern, tokens: readonly Token[], from: number): number {
  const { elements } = pattern;
  const width = tokens.length + 1;
  const size = (elements.length + 1) * width;
  if (visited.length < size) visited = new Uint8Array(size * 2);
  else visited.fill(0, 0, size);
  const stack: number[] = [from];
  let best = -1;
  const joinable = (t: number): boolean => t === from || tokens[t]!.sep !== 'break';
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (visited[key] === 1) continue;
    visited[key] = 1;
    const e = Math.floor(key / width);
    const t = key - e * width;
    if (e === elements.length) {
      if (t > best) best = t;
      continue;
    }
    const element = elements[e]!;
    if (element.kind === 'gap') {
      for (let k = 0; k <= element.max && t + k <= tokens.length; k++) {
        if (k > 0 && !joinable(t + k - 1)) break;
        stack.push((e + 1) * width + t + k);
      }
      continue;
    }
    if (element.optional) stack.push((e + 1) * width + t);
    for (const alt of element.alts) {
      if (t + alt.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < alt.length && ok; k++) {
        const token = tokens[t + k]!;
        ok = token.norm === alt[k] && joinable(t + k);
      }
      if (ok) stack.push((e + 1) * width + t + alt.length);
    }
  }
  return best > from ? best : -1;
}

/** Normalises a word the same way tokens are, for callers that look words up. */
export const normalizePatternWord = normalizeWord;
