/**
 * A cheaper reading of the simplest Markdown chunks: paragraphs, ATX
 * headings, block quotes of one paragraph, and bullet or numbered lists whose
 * items hold paragraphs, where the text holds nothing but words, punctuation
 * and a few plain inline forms (emphasis and strong around plain words, a
 * one-backtick code span, an inline link to a plain address, a defined
 * footnote reference). Such a chunk gets its mdast built here, with exactly
 * the nodes, values and positions micromark (with GFM) gives, without running
 * micromark.
 *
 * Conservative by design: any character or line start that Markdown or GFM
 * could give another meaning to (HTML, entities, escapes, autolink literals,
 * tables, hard breaks, fences, setext underlines, lazy continuation lines,
 * nested containers, tabs, CR, control characters, unpaired delimiters…)
 * makes {@link fastBlocks} return undefined, and the caller parses the chunk
 * with micromark. The fuzz tests (`test/core/markdown-fast.test.ts`) compare
 * every accepted chunk with micromark's parse, and `test/core/fast-model.test.ts`
 * whole documents with a whole parse.
 */
import type { FootnoteDefinition, Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';

/** Characters never accepted anywhere in a fast chunk. */
const NEVER = /[\u0000-\u0009\u000b-\u001f\u007f<~\\&]/;
/**
 * A line that GFM might read as a table's delimiter row ("|---|:-:|"), with
 * any container markers before it: made only of pipes, colons, hyphens, white
 * space, ">", "*", "-", digits, "." and ")", and holding a hyphen. Without
 * such a line there is no table, and a pipe is plain text (pandoc's grid
 * tables, "a | b" in a sentence). A grid table's rule ("+----+") is not one.
 */
const TABLE_DELIMITER_ROW = /^[ \t|:\->*.)0-9]*-[ \t|:\->*.)0-9]*$/m;
/** In text (not link addresses): GFM autolink literals. */
const AUTOLINK = /:\/\/|www\.|@/i;
/** Starts of paragraph lines that Markdown may read as something else ("+" only as a list marker: "+---+" is text). */
const RISKY_LINE_START = /^(?:[ #>\-=]|\+(?![^ \t])|\d+[.)]|``|[*_]+(?![\p{L}\p{N}]))/u;
const ATX = /^(#{1,6}) (?! )/;
/** A list item's first line: the marker, then one to four spaces, then its text. */
const ITEM = /^(?:([-+*])|(\d{1,9})([.)]))( {1,4})(?! )/;
/** White space, as the flanking rules count it (any Unicode white space). */
const SPACE = /\s/u;
/** Characters that end an emphasis or strong closer. */
const AFTER_CLOSER = new Set([' ', '\n', '.', ',', ';', ':', ')', '!', '?']);
/** Characters that may come before an emphasis or strong opener. */
const BEFORE_OPENER = new Set([' ', '\n', '(']);
/** Characters of a link address accepted here. */
const ADDRESS = /^[A-Za-z0-9\-._:/?#=+%,@]+$/;
/** Characters that open an inline form (or may): anything else in a paragraph is plain text. */
const MARKUP = /[*_`[\]!>]/;
const MARKUP_AT = /[*_`[\]!]/g;
const FOOTNOTE_LABEL = /^[A-Za-z0-9]+$/;
/** A footnote definition's first line: the label, then one space, then its text. */
const FOOTNOTE_DEFINITION = /^\[\^([A-Za-z0-9]+)\]: (?! )/;
/** Link labels read here: ASCII words and hyphens, single spaces between (their key is just upper case). */
const PLAIN_LABEL = /^[A-Za-z0-9-]+(?: [A-Za-z0-9-]+)*$/;

type Point = { line: number; column: number; offset: number };
type Position = { start: Point; end: Point };

/** Where a line's text starts in the chunk, and where it starts in a paragraph's content (its lines joined by line feeds). */
interface Segment {
  /** Offset in the content. */
  at: number;
  /** Offset in the chunk. */
  offset: number;
  /** Line in the chunk (0-based). */
  line: number;
}

/** A paragraph's content and where each of its lines comes from. */
class Content {
  readonly text: string;
  private readonly segments: Segment[] = [];
  constructor(
    source: string,
    private readonly lineStarts: readonly number[],
    lines: ReadonlyArray<[line: number, from: number, to: number]>,
  ) {
    const parts: string[] = [];
    let at = 0;
    for (const [line, from, to] of lines) {
      this.segments.push({ at, offset: from, line });
      parts.push(source.slice(from, to));
      at += to - from + 1;
    }
    this.text = parts.join('\n');
  }
  /**
   * The chunk point of a content offset (a line feed maps to the end of its
   * line). A node that ends where a line's text starts ends, for micromark,
   * where that line starts (before its "> " or indentation).
   */
  point(at: number, end = false): Point {
    // The last segment starting at or before `at` (binary search: a paragraph can have thousands of lines).
    let k = 0;
    let high = this.segments.length - 1;
    while (k < high) {
      const mid = (k + high + 1) >> 1;
      if (this.segments[mid]!.at <= at) k = mid;
      else high = mid - 1;
    }
    const segment = this.segments[k]!;
    const lineStart = this.lineStarts[segment.line]!;
    const offset = end && k > 0 && at === segment.at ? lineStart : segment.offset + at - segment.at;
    return { line: segment.line + 1, column: offset - lineStart + 1, offset };
  }
  position(from: number, to: number): Position {
    return { start: this.point(from), end: this.point(to, true) };
  }
}

/**
 * Reads the inline content of a paragraph or heading, or undefined when it
 * holds anything but plain text and the plain forms this reader knows.
 */
function inline(content: Content, defined: ReadonlySet<string>): PhrasingContent[] | undefined {
  const source = content.text;
  const to = source.length;
  const out: PhrasingContent[] = [];
  let textStart = 0;
  const flush = (end: number): boolean => {
    if (end <= textStart) return true;
    const value = source.slice(textStart, end);
    if (AUTOLINK.test(value) || value.includes('>')) return false;
    out.push({ type: 'text', value, position: content.position(textStart, end) });
    return true;
  };
  let i = 0;
  while (i < to) {
    MARKUP_AT.lastIndex = i;
    const found = MARKUP_AT.exec(source);
    if (!found) break;
    i = found.index;
    const c = source[i]!;
    let node: PhrasingContent;
    let end: number;
    if (c === '*' || c === '_') {
      const size = source[i + 1] === c ? 2 : 1;
      if (source[i + size] === c) return undefined;
      if (i > 0 && !BEFORE_OPENER.has(source[i - 1]!)) return undefined;
      const close = source.indexOf(c.repeat(size), i + size);
      if (close < 0) return undefined;
      const inner = source.slice(i + size, close);
      // Text right inside the delimiters, and (below) a closer followed by white space or punctuation: the flanking rules hold.
      if (inner === '' || SPACE.test(inner[0]!) || SPACE.test(inner.at(-1)!) || MARKUP.test(inner) || AUTOLINK.test(inner)) return undefined;
      end = close + size;
      if (end < to && !AFTER_CLOSER.has(source[end]!)) return undefined;
      const child: PhrasingContent = { type: 'text', value: inner, position: content.position(i + size, close) };
      node = { type: size === 1 ? 'emphasis' : 'strong', children: [child], position: content.position(i, end) };
    } else if (c === '`') {
      if (source[i + 1] === '`') return undefined;
      const close = source.indexOf('`', i + 1);
      if (close < 0 || source[close + 1] === '`') return undefined;
      const value = source.slice(i + 1, close);
      if (value === '' || value.includes('\n') || value[0] === ' ' || value.at(-1) === ' ') return undefined;
      end = close + 1;
      node = { type: 'inlineCode', value, position: content.position(i, end) };
    } else if (c === '[') {
      const close = source.indexOf(']', i + 1);
      if (close < 0) return undefined;
      const inner = source.slice(i + 1, close);
      const after = source[close + 1];
      if (inner[0] === '^') {
        // A footnote call: only when the document defines the label (otherwise GFM reads it differently).
        const label = inner.slice(1);
        if (!FOOTNOTE_LABEL.test(label) || after === '(' || after === '[' || after === ':' || !defined.has(`^${label.toUpperCase()}`)) return undefined;
        end = close + 1;
        node = { type: 'footnoteReference', identifier: label.toLowerCase(), label, position: content.position(i, end) };
      } else if (after !== '(') {
        // A reference to a defined label: full ("[text][label]"), collapsed ("[label][]") or shortcut ("[label]").
        if (inner === '' || MARKUP.test(inner) || AUTOLINK.test(inner)) return undefined;
        let label = inner;
        let referenceType: 'full' | 'collapsed' | 'shortcut' = 'shortcut';
        end = close + 1;
        if (after === '[') {
          const labelEnd = source.indexOf(']', close + 2);
          if (labelEnd < 0) return undefined;
          label = source.slice(close + 2, labelEnd);
          referenceType = label === '' ? 'collapsed' : 'full';
          if (label === '') label = inner;
          end = labelEnd + 1;
        }
        const next = source[end];
        if (!PLAIN_LABEL.test(label) || next === '(' || next === '[' || next === ':' || !defined.has(label.toUpperCase())) return undefined;
        node = {
          type: 'linkReference',
          identifier: label.toLowerCase(),
          label,
          referenceType,
          children: [{ type: 'text', value: inner, position: content.position(i + 1, close) }],
          position: content.position(i, end),
        };
      } else {
        if (inner === '' || MARKUP.test(inner) || AUTOLINK.test(inner)) return undefined;
        const addressEnd = source.indexOf(')', close + 2);
        if (addressEnd < 0) return undefined;
        const url = source.slice(close + 2, addressEnd);
        if (!ADDRESS.test(url)) return undefined;
        end = addressEnd + 1;
        node = { type: 'link', title: null, url, children: [{ type: 'text', value: inner, position: content.position(i + 1, close) }], position: content.position(i, end) };
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

/** Line starts of a chunk. */
function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
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
  if (source.includes('|') && TABLE_DELIMITER_ROW.test(source)) return undefined;
  const starts = lineStartsOf(source);
  const count = starts.length;
  const lineEnd = (index: number): number => (index + 1 < count ? starts[index + 1]! - 1 : source.length);
  const point = (index: number, offset: number): Point => ({ line: index + 1, column: offset - starts[index]! + 1, offset });
  for (let index = 0; index < count; index++) {
    const end = lineEnd(index);
    // Trailing spaces (a hard break, or a blank line that is not empty).
    if (end > starts[index]! && source[end - 1] === ' ') return undefined;
  }
  const blank = (index: number): boolean => index < count && lineEnd(index) === starts[index];
  /** Plain paragraph text on this line from `from`: nothing a line start could mean. */
  const plainStart = (index: number, from: number): boolean => from < lineEnd(index) && !RISKY_LINE_START.test(source.slice(from, Math.min(lineEnd(index), from + 12)));
  /** A paragraph from its lines' text ([line, from, to] each). */
  const paragraph = (lines: Array<[number, number, number]>): Paragraph | undefined => {
    const content = new Content(source, starts, lines);
    const children = inline(content, defined);
    if (!children) return undefined;
    const [first] = lines;
    const last = lines.at(-1)!;
    return { type: 'paragraph', children, position: { start: point(first![0], first![1]), end: point(last[0], last[2]) } };
  };
  const out: RootContent[] = [];
  let index = 0;
  while (index < count) {
    if (blank(index)) {
      index++;
      continue;
    }
    const from = starts[index]!;
    const end = lineEnd(index);
    const c = source[from]!;
    if (c === '#') {
      const heading = ATX.exec(source.slice(from, end));
      if (!heading || source[end - 1] === '#') return undefined;
      const contentStart = from + heading[0].length;
      const children = inline(new Content(source, starts, [[index, contentStart, end]]), defined);
      if (!children) return undefined;
      const node: Heading = { type: 'heading', depth: heading[1]!.length as Heading['depth'], children, position: { start: point(index, from), end: point(index, end) } };
      out.push(node);
      index++;
      continue;
    }
    if (c === '>') {
      // A block quote of one paragraph: every line "> " and text, no lazy lines.
      const lines: Array<[number, number, number]> = [];
      for (; index < count && !blank(index); index++) {
        const at = starts[index]!;
        if (source[at] !== '>' || source[at + 1] !== ' ' || !plainStart(index, at + 2)) return undefined;
        lines.push([index, at + 2, lineEnd(index)]);
      }
      const inner = paragraph(lines);
      if (!inner) return undefined;
      out.push({ type: 'blockquote', children: [inner], position: { start: point(lines[0]![0], from), end: inner.position!.end } });
      continue;
    }
    if (c === '[' && source[from + 1] === '^' && FOOTNOTE_DEFINITION.test(source.slice(from, Math.min(end, from + 40)))) {
      const footnote = readFootnote(index);
      if (!footnote) return undefined;
      out.push(footnote.node);
      index = footnote.next;
      continue;
    }
    const item = ITEM.exec(source.slice(from, Math.min(end, from + 16)));
    if (item) {
      const list = readList(index);
      if (!list) return undefined;
      out.push(list.node);
      index = list.next;
      continue;
    }
    if (!plainStart(index, from)) return undefined;
    const lines: Array<[number, number, number]> = [];
    for (; index < count && !blank(index); index++) {
      const at = starts[index]!;
      // An ATX heading ends the paragraph; any other line start that could mean something is refused.
      if (source[at] === '#' && lines.length > 0) break;
      if (!plainStart(index, at)) return undefined;
      lines.push([index, at, lineEnd(index)]);
    }
    const node = paragraph(lines);
    if (!node) return undefined;
    out.push(node);
  }
  return out;

  /**
   * Reads the paragraphs of a list item or footnote from its first line's text
   * at `from`: continuation lines indented by `width` spaces, a blank line and
   * a line so indented for a new paragraph. Stops before a line not so
   * indented ("line"), after a blank line not followed by one ("blank", `next`
   * is the line after the blank), or at the chunk's end ("end").
   */
  function readBody(index: number, from: number, width: number): { paragraphs: Paragraph[]; spread: boolean; next: number; stop: 'line' | 'blank' | 'end' } | undefined {
    const indent = ' '.repeat(width);
    const paragraphs: Paragraph[] = [];
    if (!plainStart(index, from)) return undefined;
    let lines: Array<[number, number, number]> = [[index, from, lineEnd(index)]];
    let spread = false;
    index++;
    for (;;) {
      if (index < count && !blank(index)) {
        const at = starts[index]!;
        // A line not indented to the text: the next item, or a lazy continuation (the caller refuses it).
        if (!source.startsWith(indent, at)) break;
        if (!plainStart(index, at + width)) return undefined;
        lines.push([index, at + width, lineEnd(index)]);
        index++;
        continue;
      }
      const done = paragraph(lines);
      if (!done) return undefined;
      paragraphs.push(done);
      lines = [];
      if (index >= count) return { paragraphs, spread, next: index, stop: 'end' };
      const next = index + 1;
      if (blank(next)) return undefined; // more blank lines: refused, simpler than their rules
      if (next < count && source.startsWith(indent, starts[next]!)) {
        spread = true;
        index = next;
        if (!plainStart(index, starts[index]! + width)) return undefined;
        lines.push([index, starts[index]! + width, lineEnd(index)]);
        index++;
        continue;
      }
      return { paragraphs, spread, next, stop: 'blank' };
    }
    const done = paragraph(lines);
    if (!done) return undefined;
    paragraphs.push(done);
    return { paragraphs, spread, next: index, stop: 'line' };
  }

  /** Reads a footnote definition ("[^label]: text", continuation lines indented by four spaces). */
  function readFootnote(first: number): { node: FootnoteDefinition; next: number } | undefined {
    const from = starts[first]!;
    const head = FOOTNOTE_DEFINITION.exec(source.slice(from, Math.min(lineEnd(first), from + 40)));
    if (!head) return undefined;
    const body = readBody(first, from + head[0].length, 4);
    if (!body || body.stop === 'line') return undefined;
    const label = head[1]!;
    const node: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier: label.toLowerCase(),
      label,
      children: body.paragraphs,
      position: { start: point(first, from), end: body.paragraphs.at(-1)!.position!.end },
    };
    return { node, next: body.next };
  }

  /** Reads a list from its first item's line: items of one paragraph or more, continuation lines indented to the text. */
  function readList(first: number): { node: List; next: number } | undefined {
    const head = ITEM.exec(source.slice(starts[first]!, Math.min(lineEnd(first), starts[first]! + 16)))!;
    const bullet = head[1];
    const delimiter = head[3];
    const items: ListItem[] = [];
    let spread = false;
    let index = first;
    while (index < count) {
      const from = starts[index]!;
      const match = ITEM.exec(source.slice(from, Math.min(lineEnd(index), from + 16)));
      if (!match || match[1] !== bullet || match[3] !== delimiter) return undefined;
      const width = match[0].length;
      if (source[from + width] === '[') return undefined; // "[ ]" makes a task item
      const body = readBody(index, from + width, width);
      if (!body) return undefined;
      items.push({ type: 'listItem', spread: body.spread, checked: null, children: body.paragraphs, position: { start: point(index, from), end: body.paragraphs.at(-1)!.position!.end } });
      index = body.next;
      if (body.stop === 'end') break;
      if (body.stop === 'blank') {
        // After a blank line, an item of the same list makes it loose; anything else ends it.
        const following = index < count ? ITEM.exec(source.slice(starts[index]!, Math.min(lineEnd(index), starts[index]! + 16))) : null;
        if (!following || following[1] !== bullet || following[3] !== delimiter) break;
        spread = true;
      }
    }
    const node: List = {
      type: 'list',
      ordered: bullet === undefined,
      start: bullet === undefined ? Number.parseInt(head[2]!, 10) : null,
      spread,
      children: items,
      position: { start: items[0]!.position!.start, end: items.at(-1)!.position!.end },
    };
    return { node, next: index };
  }
}
