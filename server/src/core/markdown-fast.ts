/**
 * A cheaper reading of the simplest Markdown chunks: paragraphs and ATX
 * headings whose text holds nothing but words, punctuation and a few plain
 * inline forms (emphasis and strong around plain words, a one-backtick code
 * span, an inline link to a plain address, a defined footnote reference).
 * Such a chunk gets its mdast built here, with exactly the nodes, values and
 * positions micromark (with GFM) gives, without running micromark.
 *
 * Conservative by design: any character or line start that Markdown or GFM
 * could give another meaning to (HTML, entities, escapes, autolink literals,
 * tables, hard breaks, lists, quotes, fences, setext underlines, tabs, CR,
 * control characters, unpaired delimiters…) makes {@link fastBlocks} return
 * undefined, and the caller parses the chunk with micromark. The equivalence
 * and fuzz tests (`test/core/markdown-fast.test.ts`) compare every accepted
 * chunk with micromark's parse.
 */
import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';

/** Characters never accepted anywhere in a fast chunk. */
// eslint-disable-next-line no-control-regex
const NEVER = /[\u0000-\u0009\u000b-\u001f\u007f<>|~\\&]/;
/** In text (not link addresses): GFM autolink literals. */
const AUTOLINK = /:\/\/|www\.|@/i;
/** Starts of paragraph lines that Markdown may read as something else. */
const RISKY_LINE_START = /^(?:[ #>\-+=]|\d+[.)]|``|[*_]+(?![\p{L}\p{N}]))/u;
const ATX = /^(#{1,6}) (?! )/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Characters that end an emphasis or strong closer. */
const AFTER_CLOSER = new Set([' ', '\n', '.', ',', ';', ':', ')', '!', '?']);
/** Characters that may come before an emphasis or strong opener. */
const BEFORE_OPENER = new Set([' ', '\n', '(']);
/** Characters of a link address accepted here. */
const ADDRESS = /^[A-Za-z0-9\-._:/?#=+%,@]+$/;
/** Characters that open an inline form (or may): anything else in a paragraph is plain text. */
const MARKUP = /[*_`[\]!]/;
const MARKUP_AT = /[*_`[\]!]/g;
const FOOTNOTE_LABEL = /^[A-Za-z0-9]+$/;

type Point = { line: number; column: number; offset: number };

/** Line starts of a chunk, for turning offsets into points. */
class Lines {
  readonly starts: number[] = [0];
  constructor(source: string) {
    for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }
  point(offset: number, hint: number): Point {
    let line = hint;
    while (line + 1 < this.starts.length && this.starts[line + 1]! <= offset) line++;
    return { line: line + 1, column: offset - this.starts[line]! + 1, offset };
  }
}

/** True when `text` (a run of text between inline forms) holds nothing GFM would read as a link. */
function plainText(text: string): boolean {
  return !AUTOLINK.test(text);
}

/**
 * Reads the inline content of [from, to) (a paragraph's lines or a heading's
 * text), or undefined when it holds anything but plain text and the plain
 * forms this reader knows. Positions count from the chunk's start.
 */
function inline(source: string, from: number, to: number, lines: Lines, line: number, defined: ReadonlySet<string>): PhrasingContent[] | undefined {
  const out: PhrasingContent[] = [];
  const position = (start: number, end: number) => ({ start: lines.point(start, line - 1), end: lines.point(end, line - 1) });
  let textStart = from;
  const flush = (end: number): boolean => {
    if (end <= textStart) return true;
    const value = source.slice(textStart, end);
    if (!plainText(value)) return false;
    out.push({ type: 'text', value, position: position(textStart, end) });
    return true;
  };
  let i = from;
  while (i < to) {
    MARKUP_AT.lastIndex = i;
    const found = MARKUP_AT.exec(source);
    if (!found || found.index >= to) break;
    i = found.index;
    const c = source[i]!;
    let node: PhrasingContent | undefined;
    let end = i;
    if (c === '*' || c === '_') {
      const size = source[i + 1] === c ? 2 : 1;
      if (source[i + size] === c) return undefined;
      if (i > from && !BEFORE_OPENER.has(source[i - 1]!)) return undefined;
      const run = c.repeat(size);
      const close = source.indexOf(run, i + size);
      if (close < 0 || close + size > to) return undefined;
      const inner = source.slice(i + size, close);
      if (!WORD_CHAR.test(inner[0] ?? '') || !WORD_CHAR.test(inner.at(-1) ?? '') || MARKUP.test(inner) || !plainText(inner)) return undefined;
      end = close + size;
      if (end < to && !AFTER_CLOSER.has(source[end]!)) return undefined;
      const child: PhrasingContent = { type: 'text', value: inner, position: position(i + size, close) };
      node = size === 1 ? { type: 'emphasis', children: [child], position: position(i, end) } : { type: 'strong', children: [child], position: position(i, end) };
    } else if (c === '`') {
      if (source[i + 1] === '`') return undefined;
      const close = source.indexOf('`', i + 1);
      if (close < 0 || close >= to || source[close + 1] === '`') return undefined;
      const value = source.slice(i + 1, close);
      if (value === '' || value.includes('\n') || value[0] === ' ' || value.at(-1) === ' ') return undefined;
      end = close + 1;
      node = { type: 'inlineCode', value, position: position(i, end) };
    } else if (c === '[') {
      const close = source.indexOf(']', i + 1);
      if (close < 0 || close >= to) return undefined;
      const inner = source.slice(i + 1, close);
      const after = source[close + 1];
      if (inner[0] === '^') {
        // A footnote call: only when the document defines the label (otherwise GFM reads it differently).
        const label = inner.slice(1);
        if (!FOOTNOTE_LABEL.test(label) || after === '(' || after === '[' || after === ':' || !defined.has(`^${label.toUpperCase()}`)) return undefined;
        end = close + 1;
        node = { type: 'footnoteReference', identifier: label.toLowerCase(), label, position: position(i, end) };
      }
      else {
      if (inner === '' || after !== '(' || inner.includes('\n') || MARKUP.test(inner) || !plainText(inner)) return undefined;
      const addressEnd = source.indexOf(')', close + 2);
      if (addressEnd < 0 || addressEnd >= to) return undefined;
      const url = source.slice(close + 2, addressEnd);
      if (!ADDRESS.test(url)) return undefined;
      end = addressEnd + 1;
      node = { type: 'link', title: null, url, children: [{ type: 'text', value: inner, position: position(i + 1, close) }], position: position(i, end) };
      }
    } else if (c === '!') {
      if (source[i + 1] === '[') return undefined;
      i++;
      continue;
    } else {
      return undefined; // a "]" that closes nothing
    }
    if (!flush(i)) return undefined;
    out.push(node);
    i = end;
    textStart = end;
  }
  if (!flush(to)) return undefined;
  return out;
}

/**
 * The top-level mdast nodes of a Markdown chunk (offsets, lines and columns
 * counting from the chunk's start, as micromark gives them for the chunk
 * parsed alone), when the chunk is simple enough to be read here; otherwise
 * undefined (parse it with micromark).
 * @param source the chunk's text (from the line scanner: no blank line at either end)
 * @param defined keys of the link and footnote labels the document defines (see labelKey)
 */
export function fastBlocks(source: string, defined: ReadonlySet<string>): RootContent[] | undefined {
  if (source === '' || NEVER.test(source)) return undefined;
  const lines = new Lines(source);
  const out: RootContent[] = [];
  const { starts } = lines;
  let paragraphStart = -1;
  const endParagraph = (lineIndex: number): boolean => {
    if (paragraphStart < 0) return true;
    const from = starts[paragraphStart]!;
    const to = lineIndex < starts.length ? starts[lineIndex]! - 1 : source.length;
    const first = paragraphStart;
    paragraphStart = -1;
    const children = inline(source, from, to, lines, first + 1, defined);
    if (!children) return false;
    const paragraph: Paragraph = { type: 'paragraph', children, position: { start: lines.point(from, first), end: lines.point(to, lineIndex - 1) } };
    out.push(paragraph);
    return true;
  };
  for (let index = 0; index < starts.length; index++) {
    const from = starts[index]!;
    const to = index + 1 < starts.length ? starts[index + 1]! - 1 : source.length;
    if (to === from || source[to - 1] === ' ') return undefined; // a blank line, or trailing spaces (a hard break)
    const heading = source[from] === '#' ? ATX.exec(source.slice(from, to)) : null;
    if (heading) {
      if (!endParagraph(index)) return undefined;
      const contentStart = from + heading[0].length;
      if (contentStart >= to || source[to - 1] === '#') return undefined;
      const children = inline(source, contentStart, to, lines, index + 1, defined);
      if (!children) return undefined;
      const node: Heading = { type: 'heading', depth: heading[1]!.length as Heading['depth'], children, position: { start: lines.point(from, index), end: lines.point(to, index) } };
      out.push(node);
      continue;
    }
    if (RISKY_LINE_START.test(source.slice(from, Math.min(to, from + 12)))) return undefined;
    if (paragraphStart < 0) paragraphStart = index;
  }
  if (!endParagraph(starts.length)) return undefined;
  return out;
}
