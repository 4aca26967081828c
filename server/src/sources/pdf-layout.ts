/**
 * Turning the positioned text of PDF pages into paragraphs a checker can read:
 * lines are rebuilt from text items, running headers and footers (and bare
 * page numbers) are dropped, words hyphenated at line ends are rejoined, and
 * a paragraph broken by a page end is joined again. Pure functions with no
 * Node or browser imports, shared by the CLI and the browser page.
 */

/** One piece of text on a page, as PDF.js reports it (origin bottom-left). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

/** The text of a PDF as paragraphs, with where each page starts. */
export interface PdfText {
  /** Paragraphs separated by blank lines. */
  text: string;
  /** Offset in `text` where each page's text starts (index 0 is page 1); a page with no text starts where the next does. */
  pageStarts: number[];
  /** Running header and footer lines that were left out (once each, for the user to see). */
  dropped: string[];
}

interface Line {
  text: string;
  y: number;
  x: number;
  size: number;
  right: number;
}

/** Pages with at least this share of the same top or bottom line treat it as a running header or footer. */
export const RUNNING_LINE_SHARE = 0.5;

/** The height of a page and where its bottom is, in the units of its text items' `y`. */
export interface PageBox {
  bottom: number;
  top: number;
}

/**
 * On a one-page PDF nothing repeats, so a header or footer is told by where it
 * sits: in the page's outer band (this share of its height from the top or
 * bottom edge; Word puts its header and footer about 4–5% from the edge, and
 * the body starts about 9% in), apart from the body by more than a usual
 * line's spacing, and no larger than the body's text.
 */
export const EDGE_BAND_SHARE = 0.07;

const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const BULLET = /^(?:[•·▪◦‣●○■□–—*-]\s|\(?[0-9a-z]{1,3}[.)]\s)/i;
const SENTENCE_END = /[.!?:;"”')\]]$/;

/** Rebuilds the lines of one page from its text items, top to bottom. */
export function linesOf(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  let lastRight = 0;
  let breakNext = false;
  for (const item of items) {
    const size = item.fontSize || 10;
    const sameLine = current && !breakNext && Math.abs(current.y - item.y) <= size * 0.5;
    if (!sameLine) {
      if (current) lines.push(current);
      current = item.str.trim() === '' ? undefined : { text: '', y: item.y, x: item.x, size, right: item.x };
      lastRight = item.x;
    }
    breakNext = item.hasEOL;
    if (item.str === '') continue;
    if (!current) {
      if (item.str.trim() === '') continue;
      current = { text: '', y: item.y, x: item.x, size, right: item.x };
      lastRight = item.x;
    }
    const gap = item.x - lastRight;
    if (current.text !== '' && !/\s$/.test(current.text) && !/^\s/.test(item.str) && gap > size * 0.15) current.text += ' ';
    current.text += item.str;
    current.size = Math.max(current.size, size);
    lastRight = item.x + item.width;
    current.right = Math.max(current.right, lastRight);
  }
  if (current) lines.push(current);
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '');
}

/** A line's text with numbers blurred, so "Page 3" and "Page 4" compare equal. */
function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Drops running headers and footers (lines at the top or bottom repeated on many pages) and bare page numbers. */
function dropRunningLines(pages: Line[][]): { pages: Line[][]; dropped: string[] } {
  const edge = (lines: Line[]): Line[] => {
    const byHeight = [...lines].sort((a, b) => b.y - a.y);
    return [...byHeight.slice(0, 2), ...byHeight.slice(-2)];
  };
  const seen = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edge(lines).map((line) => runningKey(line.text)))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * RUNNING_LINE_SHARE));
  const dropped = new Set<string>();
  const kept = pages.map((lines) => {
    const edges = new Set(edge(lines));
    return lines.filter((line) => {
      if (!edges.has(line)) return true;
      const running = (seen.get(runningKey(line.text)) ?? 0) >= needed;
      if (running) dropped.add(line.text.replace(/\d+/g, '#'));
      return !(running || PAGE_NUMBER.test(line.text));
    });
  });
  return { pages: kept, dropped: [...dropped] };
}

/** The body's usual text size: the size most of its characters are set in. */
function bodySize(lines: readonly Line[]): number {
  const bySize = new Map<number, number>();
  for (const line of lines) bySize.set(line.size, (bySize.get(line.size) ?? 0) + line.text.length);
  return [...bySize].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * Drops the header and footer of a single page by their place (see
 * EDGE_BAND_SHARE): from the top and from the bottom, up to two lines, each in
 * the outer band, set no larger than the body, and further from the next line
 * in than one and a half times the usual line spacing (so a header of two
 * lines set close together stays). Text that runs into the band with the
 * body's own spacing, and a title set larger, are kept.
 */
function dropEdgeLines(lines: readonly Line[], box: PageBox): { lines: Line[]; dropped: string[] } {
  const band = (box.top - box.bottom) * EDGE_BAND_SHARE;
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  const gaps = byHeight.slice(1).map((line, i) => byHeight[i]!.y - line.y).filter((gap) => gap > 0);
  const lineGap = usualGap(gaps) ?? 0;
  const size = bodySize(lines);
  const drop = new Set<Line>();
  const apart = (edge: Line, next: Line | undefined): boolean => next === undefined || Math.abs(edge.y - next.y) > Math.max(lineGap, edge.size) * 1.5;
  const peel = (ordered: Line[], inBand: (line: Line) => boolean): void => {
    for (let i = 0; i < 2 && i < ordered.length - 1; i++) {
      const line = ordered[i]!;
      if (!inBand(line) || line.size > size + 0.5 || !apart(line, ordered[i + 1])) return;
      drop.add(line);
    }
  };
  peel(byHeight, (line) => line.y >= box.top - band);
  peel([...byHeight].reverse(), (line) => line.y <= box.bottom + band);
  return { lines: lines.filter((line) => !drop.has(line)), dropped: [...drop].map((line) => line.text) };
}

/** The usual space between lines: the lower quartile of the gaps, so paragraph breaks do not count. */
function usualGap(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 4)];
}

/** Splits a page's lines into paragraphs (each a list of lines). */
function paragraphsOf(lines: Line[]): Line[][] {
  const gaps = lines.slice(1).map((line, i) => lines[i]!.y - line.y).filter((gap) => gap > 0);
  const lineGap = usualGap(gaps);
  const widest = Math.max(0, ...lines.map((line) => line.right - line.x));
  const out: Line[][] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const gap = previous ? previous.y - line.y : 0;
    const newParagraph =
      !previous ||
      gap < 0 || // a new column or a jump back up the page
      (lineGap !== undefined && gap > lineGap * 1.3) ||
      gap > previous.size * 1.9 || // more than one and a half lines' leading
      Math.abs(line.size - previous.size) > previous.size * 0.15 ||
      BULLET.test(line.text) ||
      (SENTENCE_END.test(previous.text) && previous.right - previous.x < widest * 0.7);
    if (newParagraph) out.push([line]);
    else out[out.length - 1]!.push(line);
    previous = line;
  }
  return out;
}

/** How the document writes its words elsewhere (inside lines), to decide what a hyphen at a line end was. */
export interface WordsSeen {
  /** Words written with a hyphen inside a line ("well-being"), lower-case. */
  hyphenated: ReadonlySet<string>;
  /** Every word written inside a line, lower-case. */
  whole: ReadonlySet<string>;
}

/**
 * Endings that only occur inside a word, so a line that starts with one after
 * a hyphen continues a word split by hyphenation ("informa-" + "tion").
 */
const WORD_ENDING = /^(?:tions?|sions?|ments?|ness|ings?|ed|ly|ity|ities|ances?|ences?|ants?|ents?|able|ible|ally|ous|ive|ise[sd]?|ize[sd]?|ising|izing|isations?|izations?|ures?|ical|ists?|isms?|ated|ations?|ary|ory|ful|less)$/;

/**
 * Joins two pieces of a paragraph broken at a line end. A hyphen at the line
 * end is a word split by hyphenation ("informa-" + "tion" → "information")
 * when the document writes the joined word elsewhere, or the next piece is
 * only a word ending; it is a real hyphen ("well-" + "being", "need-to-" +
 * "know") when the document writes the hyphenated word elsewhere, the first
 * piece already holds a hyphen, or neither test says otherwise. Word, which
 * makes most policy PDFs, does not hyphenate unless asked, so a hyphen at a
 * line end is kept when in doubt. Soft hyphens always go.
 */
function joinAtLineEnd(before: string, after: string, seen: WordsSeen): string {
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + after;
  const hyphen = /(?:^|[^\p{L}-])((?:\p{L}+-)*)(\p{L}+)-$/u.exec(before);
  if (hyphen && /^\p{Ll}/u.test(after)) {
    const rest = /^\p{L}+/u.exec(after)?.[0] ?? '';
    const head = hyphen[2]!.toLowerCase();
    const joined = `${head}${rest}`.toLowerCase();
    const split =
      !seen.hyphenated.has(`${head}-${rest}`.toLowerCase()) && hyphen[1] === '' && (seen.whole.has(joined) || WORD_ENDING.test(rest.toLowerCase()));
    return split ? before.slice(0, -1) + after : before + after;
  }
  return `${before} ${after}`;
}

/** The words the document writes inside its lines (a word at a line end may be split, so it is left out). */
function wordsSeen(pages: Line[][]): WordsSeen {
  const hyphenated = new Set<string>();
  const whole = new Set<string>();
  for (const lines of pages) {
    for (const line of lines) {
      const text = line.text.replace(/\p{L}+-$/u, '');
      for (const match of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) (match[0].includes('-') ? hyphenated : whole).add(match[0].toLowerCase());
    }
  }
  return { hyphenated, whole };
}

/**
 * Lays out the text items of each page as paragraphs.
 * @param pages the text items of each page, in order
 * @param boxes each page's box; with it, a one-page PDF's header and footer are told by their place (default: none, so a single page keeps them)
 */
export function layoutPdfText(pages: readonly (readonly PdfTextItem[])[], boxes: readonly PageBox[] = []): PdfText {
  const running = dropRunningLines(pages.map(linesOf));
  let lines = running.pages;
  const dropped = running.dropped;
  if (lines.length === 1 && boxes[0]) {
    const edges = dropEdgeLines(lines[0]!, boxes[0]);
    lines = [edges.lines];
    dropped.push(...edges.dropped);
  }
  const seen = wordsSeen(lines);
  const paragraphs: string[] = [];
  const pageOf: number[] = [];
  const pageStartsAt: number[] = []; // the paragraph each page starts in
  const continuedAt: number[] = []; // where in that paragraph, when the page continues it (else -1)
  lines.forEach((pageLines, page) => {
    const blocks = paragraphsOf(pageLines).map((block) => block.map((line) => line.text).reduce((text, next) => joinAtLineEnd(text, next, seen)));
    pageStartsAt[page] = paragraphs.length;
    continuedAt[page] = -1;
    blocks.forEach((block, i) => {
      const last = paragraphs.length - 1;
      if (i === 0 && last >= 0 && pageOf[last] === page - 1 && !SENTENCE_END.test(paragraphs[last]!) && /^\p{Ll}/u.test(block)) {
        paragraphs[last] = joinAtLineEnd(paragraphs[last]!, block, seen);
        continuedAt[page] = paragraphs[last]!.length - block.length;
        pageStartsAt[page] = last;
        pageOf[last] = page;
        return;
      }
      paragraphs.push(block);
      pageOf.push(page);
    });
  });
  const starts: number[] = [];
  let offset = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    starts.push(offset);
    offset += paragraphs[i]!.length + 2;
  }
  const text = paragraphs.join('\n\n');
  const pageStarts = lines.map((_, page) => {
    const index = pageStartsAt[page]!;
    if (index >= paragraphs.length) return text.length;
    return starts[index]! + Math.max(0, continuedAt[page]!);
  });
  // A page with no text starts where the next one does.
  for (let page = pageStarts.length - 2; page >= 0; page--) pageStarts[page] = Math.min(pageStarts[page]!, pageStarts[page + 1]!);
  return { text, pageStarts, dropped };
}

/** The 1-based page an offset falls on. */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  let page = 0;
  for (let i = 1; i < pageStarts.length; i++) if (pageStarts[i]! <= offset) page = i;
  return page + 1;
}
