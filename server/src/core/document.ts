/**
 * Splitting a document into blocks of prose, each with its own small nlcst
 * tree. Markdown goes through remark (GFM, front matter); code, inline code,
 * URLs, link targets, front matter and HTML are never prose. Plain text is
 * split at blank lines. Small per-block trees keep parsing cheap and let the
 * core cache results by block content.
 */
import type { Nodes as MdastNodes, Root as MdastRoot, RootContent, Table } from 'mdast';
import { toNlcst } from 'mdast-util-to-nlcst';
import type { Root as NlcstRoot } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { fastBlocks } from './markdown-fast.ts';
import type { DocumentFormat } from './types.ts';

/** What sort of block this is. */
export type BlockKind = 'heading' | 'paragraph' | 'list' | 'blockquote' | 'table' | 'html' | 'footnote';

/** A top-level block of the document. */
export interface Block {
  kind: BlockKind;
  /** Document offsets of the block. */
  start: number;
  end: number;
  /** Heading level, for headings. */
  depth?: number;
  /**
   * The link and footnote labels the block's text uses that the document
   * defines (joined), when there are any: whether a label is defined changes
   * how the block parses, so caches of block results key on it too.
   */
  labels?: string;
  /**
   * Stands for the block's text, kind and labels while it lives: the same
   * object means the same block (a chunk reused from the cache), so caches of
   * block results can skip comparing the text.
   */
  identity?: object;
  /** Builds the block's nlcst tree; offsets in it are relative to `start`. */
  toNlcst(): NlcstRoot;
}

/** A heading and where its section runs. */
export interface Section {
  start: number;
  end: number;
  heading: string;
  depth: number;
}

/** An HTML comment, for control comments. */
export interface Comment {
  start: number;
  end: number;
  text: string;
}

/** A document split into blocks, with its outline. */
export interface DocumentModel {
  text: string;
  format: DocumentFormat;
  blocks: Block[];
  /** Sections from headings; text before the first heading is a section with an empty heading. */
  sections: Section[];
  comments: Comment[];
  /** Markdown parsed in pieces (chunk by chunk), not in one piece; false for plain text. */
  chunked?: boolean;
}

const parser = new ParseEnglish();
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** Parses Markdown to mdast (positions are document offsets). */
export function parseMarkdown(text: string): MdastRoot {
  return markdown.parse(text);
}

/** Longest run without white space that is read as words; longer runs are never prose. */
export const MAX_WORD_LENGTH = 256;
const LONG_RUN = new RegExp(`\\S{${MAX_WORD_LENGTH + 1},}`, 'g');

/**
 * Replaces each run of more than {@link MAX_WORD_LENGTH} non-space characters
 * with as many "x" (same length, so offsets hold). The English parser is
 * quadratic on long punctuated runs ("a.b-c+" × 30,000 took 3 s, and minutes
 * at 1 MB); such a run is data (base64, a hash, a URL), not prose.
 */
export function maskLongRuns(text: string): string {
  return text.length <= MAX_WORD_LENGTH ? text : text.replace(LONG_RUN, (run) => 'x'.repeat(run.length));
}

type Positioned = { position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } };

/** Deep-copies an mdast node with positions shifted so that `startOffset` is 0 and `startLine` is 1. */
function shifted<T extends MdastNodes>(node: T, startOffset: number, startLine: number, source?: string): T {
  const copy = { ...node } as T & Positioned;
  const pos = (node as Positioned).position;
  if (pos) {
    copy.position = {
      start: { line: pos.start.line - startLine + 1, column: pos.start.column, offset: (pos.start.offset ?? 0) - startOffset },
      end: { line: pos.end.line - startLine + 1, column: pos.end.column, offset: (pos.end.offset ?? 0) - startOffset },
    };
  }
  if ('value' in copy && typeof copy.value === 'string') {
    // A text node's value can be shorter than its source ("&amp;" is "&", "\*" is "*"), and
    // word offsets are counted along the value: use the source so that findings (and fixes)
    // land on the right characters.
    const raw = node.type === 'text' && source !== undefined && copy.position ? source.slice(copy.position.start.offset, copy.position.end.offset) : undefined;
    (copy as { value: string }).value = maskLongRuns(raw !== undefined && raw.length !== copy.value.length ? raw : copy.value);
  }
  if ('children' in node) {
    (copy as unknown as { children: MdastNodes[] }).children = (node.children as MdastNodes[]).map((child) =>
      shifted(child, startOffset, startLine, source),
    );
  }
  return copy;
}

function blockTree(node: RootContent, blockText: string, nodeOffset: number, nodeLine: number): NlcstRoot {
  try {
    return markdownBlockTree(node, blockText, nodeOffset, nodeLine);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // A huge block (hundreds of thousands of words) overflows the stack in
    // mdast-util-to-nlcst: read that block as plain text instead.
    return parser.parse(maskLongRuns(blockText)) as NlcstRoot;
  }
}

/**
 * Gives a position to nodes that have none (remark-gfm's autolink literals can
 * leave the text around a link without one), by finding each one's text after
 * the previous sibling. Words without a position are never flagged (see
 * tokenizeSentence), so this only recovers findings; it never guesses a place.
 */
function repairPositions(node: MdastNodes, source: string): void {
  if (!('children' in node)) return;
  const pos = (node as Positioned).position;
  let cursor = pos?.start.offset;
  for (const child of node.children as MdastNodes[]) {
    const own = child as Positioned;
    if (!own.position && pos && cursor !== undefined && pos.end.offset !== undefined) {
      const value = headingText(child);
      const at = value ? source.indexOf(value, cursor) : -1;
      if (at >= 0 && at + value.length <= pos.end.offset) {
        const point = (offset: number) => {
          const before = source.slice(0, offset);
          return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), offset };
        };
        own.position = { start: point(at), end: point(at + value.length) };
      }
    }
    if (own.position?.end.offset !== undefined) cursor = own.position.end.offset;
    repairPositions(child, source);
  }
}

function markdownBlockTree(node: RootContent, blockText: string, nodeOffset: number, nodeLine: number): NlcstRoot {
  const file = new VFile(blockText);
  if (node.type === 'table') {
    // mdast-util-to-nlcst skips tables; check each cell as a paragraph of its own.
    const root: NlcstRoot = { type: 'RootNode', children: [] };
    for (const row of (node as Table).children) {
      for (const cell of row.children) {
        if (cell.children.length === 0) continue;
        const asParagraph = shifted({ ...cell, type: 'paragraph' } as unknown as MdastNodes, nodeOffset, nodeLine, blockText);
        repairPositions(asParagraph, blockText);
        root.children.push(...toNlcst(asParagraph, file, parser).children);
      }
    }
    return root;
  }
  const tree = shifted(node as MdastNodes, nodeOffset, nodeLine, blockText);
  repairPositions(tree, blockText);
  return toNlcst(tree, file, parser);
}

function headingText(node: MdastNodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as MdastNodes[]).map(headingText).join('');
  return '';
}

/** Collects HTML comments; `source` is the text the node's offsets point into, `base` its document offset. */
function collectComments(node: MdastNodes, source: string, base: number, out: Comment[]): void {
  if (node.type === 'html') {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const raw = source.slice(start, end);
    // indexOf, not a lazy regex: with many "<!--" and no "-->" the regex rescanned to the end from each one.
    for (let open = raw.indexOf('<!--'); open >= 0; ) {
      const close = raw.indexOf('-->', open + 4);
      if (close < 0) break;
      out.push({ start: base + start + open, end: base + start + close + 3, text: raw.slice(open + 4, close) });
      open = raw.indexOf('<!--', close + 3);
    }
    return;
  }
  if ('children' in node) for (const child of node.children as MdastNodes[]) collectComments(child, source, base, out);
}

const PROSE_KINDS: Partial<Record<RootContent['type'], BlockKind>> = {
  heading: 'heading',
  paragraph: 'paragraph',
  list: 'list',
  blockquote: 'blockquote',
  table: 'table',
  html: 'html',
  // Footnote text is prose, where policies often put their caveats.
  footnoteDefinition: 'footnote',
};

/** One top-level node of a parsed chunk, with offsets relative to the chunk. */
interface ChunkBlock {
  kind: BlockKind;
  start: number;
  end: number;
  depth?: number;
  heading?: string;
  node: RootContent;
  /** Offset and line of the node's start in the text it was parsed from (its positions count from there). */
  nodeStart: number;
  line: number;
  /** The block last made from this one for a document kept open (see {@link modelFrom}). */
  made?: Block;
}

/** A chunk of the document (top-level blocks between blank lines), parsed on its own. */
export interface ParsedChunk {
  blocks: ChunkBlock[];
  /** HTML comments, offsets relative to the chunk. */
  comments: Comment[];
  /** False when the chunk ends inside an unclosed fence or HTML block (the split is not safe). */
  closed: boolean;
  /** Keys ({@link labelKey}) of the link and footnote definitions the chunk itself holds, at any depth. */
  definitions: string[];
}

/** What is kept of one chunk's text: the text, the labels it may use, and its parses by the stand-in definitions they had. */
export interface ChunkEntry {
  /** The chunk's text (its key in the cache; a string whose hash is already known). */
  source: string;
  uses: LabelUse[];
  parses: Map<string, ParsedChunk>;
}

/**
 * What the last chunk-by-chunk reading of a document left for the next one:
 * its text, its chunks and, per chunk, the cache entry and stand-in key it was
 * read with. The next reading scans again only from the chunk before the
 * first changed character to the first chunk after the change that starts
 * where it started before, and takes the chunks outside that run from here
 * (shifted), without slicing or hashing their text.
 */
export interface ChunkMemory {
  text: string;
  scan: MarkdownScan;
  entries: ChunkEntry[];
  keys: string[];
  /** Per chunk, the stand-in definitions its key joins. */
  standIns: string[][];
  /** Containers opened on lines that already opened one, in the whole text (see {@link tooDeeplyNested}). */
  stacked?: number;
}

/** How two texts differ: the lengths of what they share at the start and (after that) at the end. */
export interface Change {
  prefix: number;
  suffix: number;
}

/** Compares block by block (natively) and then character by character. */
export function changeBetween(old: string, text: string): Change {
  const shortest = Math.min(text.length, old.length);
  const step = 512;
  let prefix = 0;
  while (prefix + step <= shortest && text.slice(prefix, prefix + step) === old.slice(prefix, prefix + step)) prefix += step;
  while (prefix < shortest && text.charCodeAt(prefix) === old.charCodeAt(prefix)) prefix++;
  const most = shortest - prefix;
  let suffix = 0;
  while (suffix + step <= most && text.slice(text.length - suffix - step, text.length - suffix) === old.slice(old.length - suffix - step, old.length - suffix)) suffix += step;
  while (suffix < most && text.charCodeAt(text.length - 1 - suffix) === old.charCodeAt(old.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/**
 * Chunks by their text, kept by one open document (see DocumentChecker) so
 * that an edit re-parses only the chunks it touched; `memory` is the last
 * reading of that document (see {@link ChunkMemory}), set and read by
 * {@link documentModel}.
 */
export type ChunkCache = Map<string, ChunkEntry> & { memory?: ChunkMemory | undefined };

/** HTML blocks that may contain blank lines (CommonMark types 1–5), with their end condition. */
const HTML_OPENERS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const BLANK = /^[ \t]*$/;
/** A line after a blank line that may continue the block before it (a list, indented code, a list item). */
const CONTINUES = /^(?:[ \t]| {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|(?:---|\+\+\+)[ \t]*$)/;

/**
 * The key under which remark matches a link or footnote label: white space
 * collapsed, case folded (micromark's normalizeIdentifier). Footnote labels
 * carry a leading "^".
 */
export function labelKey(raw: string, footnote = false): string {
  return `${footnote ? '^' : ''}${raw.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase()}`;
}

/** A line that starts a top-level link or footnote definition (`[label]: …`, `[^label]: …`). */
const DEFINITION_LINE = /^ {0,3}\[(\^?)((?:[^[\]\\]|\\.){1,999})\]:/;

/** Chunks of a Markdown document and the definition labels found at the start of its lines. */
export interface MarkdownScan {
  chunks: Array<[number, number]>;
  /** Keys of labels on lines that look like top-level definitions (checked against the parse later). */
  labels: Set<string>;
  /** Per chunk, the labels of {@link labels} found on its own lines. */
  chunkLabels: string[][];
  /**
   * Per chunk, the index of the same chunk (same text, shifted) in the scan
   * this one was made from by {@link rescanMarkdown}, or -1; absent for a scan
   * of the whole text.
   */
  from?: number[];
}

/**
 * Splits Markdown into chunks that remark parses the same on their own as in
 * the whole document: runs of top-level blocks between blank lines, kept
 * together across fenced code, HTML blocks that may hold blank lines, list
 * continuations and indented code. Returns undefined when the document needs
 * a whole parse (front matter that never closes). Link and footnote
 * definitions reach across chunks: see {@link markdownModel}.
 */
export function markdownChunks(text: string): Array<[number, number]> | undefined {
  return scanMarkdown(text)?.chunks;
}

/** A line that could open or close front matter. */
const FRONT_MATTER_FENCE = /^(---|\+\+\+)[ \t]*$/;

/** Where a scan stands before reading the line at `position`. */
interface ScanState {
  position: number;
  chunkStart: number;
  lastEnd: number;
  pendingBreak: boolean;
  /** Labels defined on the lines of the open chunk so far. */
  labels: string[];
  lineNo: number;
  frontMatter?: string | undefined;
}

const NO_LABELS: string[] = [];

/**
 * Where to stop a rescan: at the first chunk starting at or after `from`
 * whose start, less `delta`, started a chunk of the old scan; the old chunks
 * from there on follow, shifted by `delta`.
 */
interface Resync {
  from: number;
  delta: number;
  old: MarkdownScan;
}

function scanMarkdown(text: string): MarkdownScan | undefined {
  const first = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/.exec(text);
  const state: ScanState = { position: 0, chunkStart: -1, lastEnd: 0, pendingBreak: false, labels: NO_LABELS, lineNo: 0, frontMatter: first?.[1] };
  return scanLines(text, state, { chunks: [], labels: new Set(), chunkLabels: [] });
}

/**
 * Scans `text` again after an edit, reusing the scan of `old`: it starts at
 * the last chunk that begins before the first changed character (the text
 * before it, and so the scanner's state there, is unchanged) and stops at the
 * first chunk after the change that begins where a chunk began in the old
 * scan (from there the text and the state are the same, so the old chunks
 * follow, shifted). Gives exactly what {@link scanMarkdown} gives.
 */
function rescanMarkdown(text: string, old: string, oldScan: MarkdownScan, { prefix, suffix }: Change): MarkdownScan | undefined {
  // The last old chunk (not the first) that starts before the first changed character.
  const chunks = oldScan.chunks;
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (chunks[mid]![0] < prefix) low = mid;
    else high = mid - 1;
  }
  const j = low;
  if (j < 1 || chunks[j]![0] >= prefix) return scanMarkdown(text);
  // Before the line that starts chunk j, chunk j - 1 is open and a blank line has been read.
  const state: ScanState = {
    position: chunks[j]![0],
    chunkStart: chunks[j - 1]![0],
    lastEnd: chunks[j - 1]![1],
    pendingBreak: true,
    labels: oldScan.chunkLabels[j - 1]!.slice(),
    lineNo: 1,
  };
  const scan: MarkdownScan = { chunks: chunks.slice(0, j - 1), labels: new Set(), chunkLabels: oldScan.chunkLabels.slice(0, j - 1), from: [] };
  for (let i = 0; i < j - 1; i++) scan.from!.push(i);
  // A chunk start is past the change when it and the character before it are in the unchanged end.
  return scanLines(text, state, scan, { from: text.length - suffix + 1, delta: text.length - old.length, old: oldScan });
}

/** Index of the chunk of `scan` that starts at `offset`, or -1. */
function chunkStartingAt(scan: MarkdownScan, offset: number): number {
  const chunks = scan.chunks;
  let low = 0;
  let high = chunks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = chunks[mid]![0];
    if (start === offset) return mid;
    if (start < offset) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Reads lines from `state.position` to the end (or to where the old scan can be resumed), adding to `scan`. */
function scanLines(text: string, state: ScanState, scan: MarkdownScan, resync?: Resync): MarkdownScan | undefined {
  const { chunks, chunkLabels } = scan;
  const mayDefine = text.includes(']:');
  const lineRe = /\r\n|\r|\n/g;
  lineRe.lastIndex = state.position;
  let { position, chunkStart, lastEnd, pendingBreak, labels, lineNo, frontMatter } = state;
  let fence: { char: string; size: number } | undefined;
  let htmlEnd: RegExp | undefined;
  const finish = (): MarkdownScan => {
    for (const chunk of chunkLabels) for (const label of chunk) scan.labels.add(label);
    return scan;
  };
  while (position <= text.length) {
    const m = lineRe.exec(text);
    const lineEnd = m ? m.index : text.length;
    const line = text.slice(position, lineEnd);
    const next = m ? m.index + m[0].length : text.length + 1;
    if (frontMatter !== undefined) {
      if (chunkStart < 0) chunkStart = 0;
      if (lineNo > 0 && line === frontMatter) {
        frontMatter = undefined;
        pendingBreak = true;
      }
      lastEnd = lineEnd;
    } else if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.size) fence = undefined;
      lastEnd = lineEnd;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
      lastEnd = lineEnd;
    } else if (BLANK.test(line)) {
      pendingBreak = chunkStart >= 0;
    } else {
      // A "---" or "+++" line read on its own at the start of a chunk would be taken for front
      // matter, which only the document's very first line can open: keep it with what comes before.
      const fenceOfFrontMatter = FRONT_MATTER_FENCE.test(line);
      if (chunkStart < 0) chunkStart = fenceOfFrontMatter ? 0 : position;
      else if (pendingBreak && !CONTINUES.test(line) && !fenceOfFrontMatter) {
        chunks.push([chunkStart, lastEnd]);
        chunkLabels.push(labels);
        scan.from?.push(-1);
        labels = NO_LABELS;
        chunkStart = position;
        if (resync && position >= resync.from) {
          const same = chunkStartingAt(resync.old, position - resync.delta);
          if (same >= 0) {
            // From here the text and the scanner's state are those of the old scan: take its chunks, shifted.
            const { old, delta } = resync;
            for (let i = same; i < old.chunks.length; i++) {
              const [from, to] = old.chunks[i]!;
              chunks.push([from + delta, to + delta]);
              chunkLabels.push(old.chunkLabels[i]!);
              scan.from!.push(i);
            }
            return finish();
          }
        }
      }
      pendingBreak = false;
      lastEnd = lineEnd;
      if (mayDefine && line.includes(']:')) {
        const definition = DEFINITION_LINE.exec(line);
        if (definition) {
          if (labels === NO_LABELS) labels = [];
          labels.push(labelKey(definition[2]!, definition[1] === '^'));
        }
      }
      const open = FENCE_OPEN.exec(line);
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
        fence = { char: open[1]![0]!, size: open[1]!.length };
      } else {
        for (const [opener, end] of HTML_OPENERS) {
          const hit = opener.exec(line);
          if (hit) {
            if (!end.test(line.slice(hit[0].length))) htmlEnd = end;
            break;
          }
        }
      }
    }
    lineNo++;
    position = next;
    if (!m) break;
  }
  if (frontMatter !== undefined) return undefined;
  if (chunkStart >= 0) {
    chunks.push([chunkStart, lastEnd]);
    chunkLabels.push(labels);
    scan.from?.push(-1);
  }
  return finish();
}

/** Bracketed text (`[…]`, no brackets inside): every place a link or footnote label can be used. */
const BRACKETED = /\[((?:[^[\]\\]|\\[\s\S])+)\]/g;

/** A bracketed text that may use a label: the stand-in that would define it, and its keys as a link and as a footnote label. */
export type LabelUse = [standIn: string, key: string, footnoteKey: string | undefined];

/** Every bracketed text in `source` that may use a link or footnote label (one pass, kept per chunk). */
function labelUses(source: string): LabelUse[] {
  if (!source.includes('[')) return [];
  const out: LabelUse[] = [];
  for (const match of source.matchAll(BRACKETED)) {
    const raw = match[1]!;
    if (raw.length > 999) continue;
    out.push([`[${raw}]: #`, labelKey(raw), raw.startsWith('^') && raw.length > 1 ? labelKey(raw.slice(1), true) : undefined]);
  }
  return out;
}

/**
 * The labels used (see {@link labelUses}) that the document defines, each as
 * the stand-in definition that makes remark read the use the same way, sorted.
 * Only whether a label is defined changes the parse, not what it points to.
 */
function standIns(uses: readonly LabelUse[], defined: ReadonlySet<string>): string[] {
  if (defined.size === 0 || uses.length === 0) return [];
  const out = new Set<string>();
  for (const [standIn, key, footnoteKey] of uses) {
    if (defined.has(key) || (footnoteKey !== undefined && defined.has(footnoteKey))) out.add(standIn);
  }
  return [...out].sort();
}

const FENCED = /^ {0,3}(`{3,}|~{3,})/;

/** True when a top-level node runs to the end of its chunk without being closed. */
function unclosed(node: RootContent, source: string): boolean {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const raw = source.slice(start, end);
  if (node.type === 'code') {
    const open = FENCED.exec(raw);
    if (!open) return false;
    const lines = raw.split(/\r\n|\r|\n/);
    const last = lines.at(-1)!.trim();
    return lines.length < 2 || !(last.length >= open[1]!.length && [...last].every((c) => c === open[1]![0]));
  }
  if (node.type === 'html') {
    for (const [opener, endRe] of HTML_OPENERS) {
      const hit = opener.exec(raw);
      if (hit) return !endRe.test(raw.slice(hit[0].length));
    }
  }
  return false;
}

/** Containers that may hold a definition below the top level. */
const HOLDS_DEFINITIONS = new Set(['list', 'listItem', 'blockquote', 'footnoteDefinition']);

/** Adds the keys of the definitions in `node` (itself or below, through containers) to `out`. */
function definitionsIn(node: RootContent, out: string[]): void {
  if (node.type === 'definition') out.push(labelKey(node.label ?? node.identifier));
  else if (node.type === 'footnoteDefinition') out.push(labelKey(node.label ?? node.identifier, true));
  if (HOLDS_DEFINITIONS.has(node.type) && 'children' in node) for (const child of node.children as RootContent[]) definitionsIn(child, out);
}

/**
 * Parses one chunk (or a whole document) into top-level blocks and comments.
 * @param definitions stand-in definitions for the labels the chunk uses and the
 *   rest of the document defines, parsed after the chunk and then dropped, so
 *   that references read as they do in the whole document
 */
function parseChunk(source: string, definitions: readonly string[] = []): ParsedChunk {
  return parseBatch(source, definitions).chunk;
}

/**
 * Reads a simple chunk (plain paragraphs, ATX headings, lists, block quotes
 * and footnote definitions: see {@link fastBlocks}) without micromark, or undefined when it is not simple.
 * @param defined keys of the labels the document defines
 */
function fastChunk(source: string, defined: ReadonlySet<string>): ParsedChunk | undefined {
  const nodes = fastBlocks(source, defined);
  if (!nodes) return undefined;
  const blocks: ChunkBlock[] = [];
  for (const node of nodes) {
    const start = node.position!.start.offset!;
    const block: ChunkBlock = { kind: PROSE_KINDS[node.type]!, start, end: node.position!.end.offset!, node, nodeStart: start, line: node.position!.start.line };
    if (node.type === 'heading') {
      block.depth = node.depth;
      block.heading = headingText(node);
    }
    blocks.push(block);
  }
  const definitions = nodes.filter((node) => node.type === 'footnoteDefinition').map((node) => labelKey(node.label ?? node.identifier, true));
  return { blocks, comments: [], closed: true, definitions };
}

/** A parse of one or more chunks, with where each top-level node lies and the definitions it holds. */
interface Batch {
  chunk: ParsedChunk;
  /** Start and end of every top-level node (prose or not), and the definition keys in it. */
  tops: Array<{ start: number; end: number; definitions: string[] }>;
}

function parseBatch(source: string, definitions: readonly string[]): Batch {
  if (definitions.length === 0) return readBatch(source, source, 0);
  const batch = readBatch(`${source}\n\n${definitions.join('\n')}\n`, source, 0);
  if (batch.chunk.closed || FRONT_MATTER_START.test(source)) return batch;
  // A fence or HTML block left open at the end swallowed the stand-ins after it: put them before the text instead.
  const before = `${definitions.join('\n')}\n\n`;
  return readBatch(before + source, source, before.length);
}

const FRONT_MATTER_START = /^(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/;

/**
 * The top-level nodes of `parsed` (`source` with stand-in definitions before
 * it, `skip` characters long, or after it), with offsets relative to `source`;
 * the nodes keep the positions they have in `parsed`.
 */
function readBatch(parsed: string, source: string, skip: number): Batch {
  const tree = parseMarkdown(parsed);
  const blocks: ChunkBlock[] = [];
  const comments: Comment[] = [];
  const found: string[] = [];
  const tops: Batch['tops'] = [];
  const mayDefine = source.includes(']:');
  let last: RootContent | undefined;
  for (const node of tree.children) {
    const at = node.position?.start.offset ?? 0;
    if (at < skip) continue; // the stand-ins before
    const start = at - skip;
    if (start >= source.length) break; // the stand-ins after
    const end = (node.position?.end.offset ?? at) - skip;
    last = node;
    const own: string[] = [];
    if (mayDefine) definitionsIn(node, own);
    for (const label of own) found.push(label);
    tops.push({ start, end, definitions: own });
    collectComments(node, parsed, -skip, comments);
    const kind = PROSE_KINDS[node.type];
    if (!kind || kind === 'html') continue;
    const block: ChunkBlock = { kind, start, end, node, nodeStart: at, line: node.position?.start.line ?? 1 };
    if (node.type === 'heading') {
      block.depth = node.depth;
      block.heading = headingText(node);
    }
    blocks.push(block);
  }
  return { chunk: { blocks, comments, closed: !last || !unclosed(last, parsed), definitions: found }, tops };
}

/**
 * Splits the parse of several chunks into one parse per chunk (offsets made
 * relative to each chunk; nodes keep their own positions). Undefined when a
 * top-level node runs across a chunk boundary (the chunks do not stand alone).
 * @param cuts chunk starts and ends relative to the batch, in order
 */
function splitBatch(batch: Batch, cuts: Array<[number, number]>): ParsedChunk[] | undefined {
  const out: ParsedChunk[] = cuts.map(() => ({ blocks: [], comments: [], closed: true, definitions: [] }));
  const chunkOf = (offset: number): number => {
    let low = 0;
    let high = cuts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (cuts[mid]![0] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  for (const top of batch.tops) {
    const i = chunkOf(top.start);
    if (top.end > cuts[i]![1]) return undefined;
    for (const label of top.definitions) out[i]!.definitions.push(label);
  }
  for (const block of batch.chunk.blocks) {
    const i = chunkOf(block.start);
    const base = cuts[i]![0];
    out[i]!.blocks.push({ ...block, start: block.start - base, end: block.end - base });
  }
  for (const comment of batch.chunk.comments) {
    const i = chunkOf(comment.start);
    const base = cuts[i]![0];
    out[i]!.comments.push({ ...comment, start: comment.start - base, end: comment.end - base });
  }
  out[out.length - 1]!.closed = batch.chunk.closed;
  return out;
}

/** Most chunks parsed in one remark call (each call has a fixed set-up cost). */
const MAX_CHUNKS_PER_PARSE = 12;

/** True when both sets hold the same keys. */
function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a) if (!b.has(key)) return false;
  return true;
}

/**
 * Parses the document chunk by chunk, reusing cached chunks. Chunks not in
 * the cache are parsed together, up to {@link MAX_CHUNKS_PER_PARSE} in one
 * remark call (each call has a fixed set-up cost), and the result is split
 * back into chunks, so an edit re-parses just the chunk it touched. Each parse
 * has stand-in definitions for the labels its text uses that the document
 * defines (the labels found at the start of lines), and a chunk's cache key
 * holds them, so adding or removing a definition re-parses just the chunks
 * that use its label. The definitions the parses actually found must be
 * those labels; otherwise (a definition inside a list or quote, a "[x]:" that
 * is not one) this returns undefined and the caller parses the whole text.
 */
function parseByChunks(text: string, scan: MarkdownScan, cache?: ChunkCache, last?: ChunkMemory): PlacedChunk[] | undefined {
  const { chunks } = scan;
  const n = chunks.length;
  const labels: string[][] = [];
  const keys: string[] = [];
  const entries: ChunkEntry[] = [];
  const hits: Array<ParsedChunk | undefined> = [];
  // A chunk the rescan carried over from the last reading, with the same defined labels, has the same entry and key.
  const memory = scan.from && last && sameKeys(last.scan.labels, scan.labels) ? last : undefined;
  for (let i = 0; i < n; i++) {
    const was = memory ? scan.from![i]! : -1;
    let entry: ChunkEntry | undefined;
    let key: string;
    if (was >= 0) {
      entry = memory!.entries[was]!;
      key = memory!.keys[was]!;
      cache?.set(entry.source, entry);
      labels.push(memory!.standIns[was]!);
    } else {
      const source = text.slice(chunks[i]![0], chunks[i]![1]);
      entry = cache?.get(source);
      if (!entry) {
        entry = { source, uses: labelUses(source), parses: new Map() };
        cache?.set(source, entry);
      }
      const definitions = standIns(entry.uses, scan.labels);
      key = definitions.join('\n');
      labels.push(definitions);
    }
    keys.push(key);
    entries.push(entry);
    hits.push(entry.parses.get(key));
  }
  // Simple chunks (plain paragraphs and headings) are read without micromark.
  for (let i = 0; i < n; i++) {
    if (hits[i]) continue;
    const fast = fastChunk(entries[i]!.source, scan.labels);
    if (fast) {
      entries[i]!.parses.set(keys[i]!, fast);
      hits[i] = fast;
    }
  }
  // The rest in batches of up to MAX_CHUNKS_PER_PARSE chunks, joined by blank lines (each chunk reads the same on its own).
  const whole = new Map<number, [chunk: ParsedChunk, key: string, last: number, source: string]>();
  for (let i = 0; i < n; ) {
    const group: number[] = [];
    // The document's last chunk goes alone: it may end inside an open fence or HTML block, which
    // would swallow the stand-in definitions after it and so change how the others read.
    for (; i < n && group.length < MAX_CHUNKS_PER_PARSE && !(i === n - 1 && group.length > 0); i++) if (!hits[i]) group.push(i);
    if (group.length === 0) break;
    let source = '';
    const cuts: Array<[number, number]> = [];
    const union = new Set<string>();
    for (const k of group) {
      if (source) source += '\n\n';
      cuts.push([source.length, source.length + entries[k]!.source.length]);
      source += entries[k]!.source;
      for (const definition of labels[k]!) union.add(definition);
    }
    const batch = parseBatch(source, [...union].sort());
    const pieces = group.length === 1 ? [batch.chunk] : splitBatch(batch, cuts);
    if (!pieces) {
      // A node ran across chunks (an unclosed fence reaching the end, say): read the run of
      // chunks from the group's first to its last as one piece, as it stands in the text (not cached).
      const first = group[0]!;
      const last = group.at(-1)!;
      const spanned = new Set<string>();
      for (let k = first; k <= last; k++) for (const definition of labels[k]!) spanned.add(definition);
      const definitions = [...spanned].sort();
      const source = text.slice(chunks[first]![0], chunks[last]![1]);
      whole.set(first, [parseChunk(source, definitions), definitions.join('\n'), last, source]);
      continue;
    }
    group.forEach((k, at) => {
      entries[k]!.parses.set(keys[k]!, pieces[at]!);
      hits[k] = pieces[at]!;
    });
  }
  const parsed: PlacedChunk[] = [];
  const found = new Set<string>();
  for (let i = 0; i < n; i++) {
    const run = whole.get(i);
    const chunk = run ? run[0] : hits[i]!;
    const last = run ? run[2] : i;
    if (!chunk.closed && last < n - 1) return undefined;
    for (const label of chunk.definitions) found.add(label);
    parsed.push([chunks[i]![0], chunk, run ? run[1] : keys[i]!, run ? run[3] : entries[i]!.source]);
    i = last;
  }
  if (!sameKeys(found, scan.labels)) return undefined;
  if (cache) cache.memory = { text, scan, entries, keys, standIns: labels };
  return parsed;
}

function markdownModel(text: string, cache?: ChunkCache, whole = false, memory?: ChunkMemory, change?: Change): DocumentModel {
  // Chunk by chunk even without a cache to keep chunks in (the CLI, the report): simple chunks are read without micromark.
  const scan = whole ? undefined : memory && change ? rescanMarkdown(text, memory.text, memory.scan, change) : scanMarkdown(text);
  let parsed = scan && parseByChunks(text, scan, cache, memory);
  if (!parsed) {
    // Front matter that never closes, an unsafe split, or definitions the line scan cannot see: parse the whole text.
    const whole = parseChunk(text);
    const defined = new Set(whole.definitions);
    // Block by block, the defined labels it uses (for the block caches).
    if (defined.size > 0) return modelFrom(text, [[0, whole, '', text]], (start, end) => standIns(labelUses(text.slice(start, end)), defined).join('\n'));
    parsed = [[0, whole, '', text]];
    return modelFrom(text, parsed);
  }
  // Identities serve the caches of a document kept open; without a chunk cache no block lives on.
  return { ...modelFrom(text, parsed, undefined, cache !== undefined), chunked: true };
}

/**
 * A block of a parsed chunk. Its tree is built when asked, from the chunk's
 * own text (so a block kept from an earlier check does not keep that check's
 * whole document alive), and the block object itself is handed on to the next
 * reading while its chunk stays at the same place with the same labels (see
 * {@link ChunkBlock.made}): the blocks before an edit are not made again.
 */
class ChunkedBlock implements Block {
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
  declare depth?: number;
  declare labels?: string;
  declare identity?: object;

  constructor(
    private readonly item: ChunkBlock,
    /** The text the item's offsets count from (its chunk's, or the whole document's). */
    private readonly source: string,
    start: number,
  ) {
    this.kind = item.kind;
    this.start = start;
    this.end = start + item.end - item.start;
  }

  toNlcst(): NlcstRoot {
    const { item } = this;
    return blockTree(item.node, this.source.slice(item.start, item.end), item.nodeStart, item.line);
  }
}

/** One parsed chunk of a document: where it starts, its parse, its stand-in key and the text its offsets count from. */
type PlacedChunk = [base: number, chunk: ParsedChunk, labels: string, source: string];

function modelFrom(text: string, parsed: PlacedChunk[], blockLabels?: (start: number, end: number) => string, identities = !blockLabels): DocumentModel {
  const blocks: Block[] = [];
  const headings: Array<{ start: number; heading: string; depth: number }> = [];
  const comments: Comment[] = [];
  for (const [base, chunk, chunkLabels, source] of parsed) {
    for (const comment of chunk.comments) comments.push({ start: base + comment.start, end: base + comment.end, text: comment.text });
    for (const item of chunk.blocks) {
      const start = base + item.start;
      const labels = blockLabels ? blockLabels(start, start + item.end - item.start) : chunkLabels;
      const made = identities ? item.made : undefined;
      let block: Block;
      if (made && made.start === start && (made.labels ?? '') === labels) block = made;
      else {
        block = new ChunkedBlock(item, source, start);
        if (labels) block.labels = labels;
        if (identities) {
          block.identity = item;
          item.made = block;
        }
        if (item.depth !== undefined) block.depth = item.depth;
      }
      if (item.depth !== undefined) headings.push({ start, heading: item.heading ?? '', depth: item.depth });
      blocks.push(block);
    }
  }
  return { text, format: 'markdown', blocks, sections: sectionsFrom(headings, text.length), comments };
}

function sectionsFrom(headings: Array<{ start: number; heading: string; depth: number }>, length: number): Section[] {
  const sections: Section[] = [];
  let previous = { start: 0, heading: '', depth: 0 };
  for (const heading of headings) {
    if (heading.start > previous.start || previous.heading) sections.push({ ...previous, end: heading.start });
    previous = heading;
  }
  sections.push({ ...previous, end: length });
  return sections;
}

/** A plain-text line that looks like a heading: short, no closing punctuation, on its own. */
const PLAIN_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?[^\s.!?:;,].{0,78}[^.!?:;,\s]$/;

function plainModel(text: string): DocumentModel {
  const blocks: Block[] = [];
  const headings: Array<{ start: number; heading: string; depth: number }> = [];
  const re = /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)(?:[ \t]*(?:\r?\n|\r))*/g;
  let start = 0;
  const push = (from: number, to: number): void => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const s = from + lead;
    const e = from + raw.trimEnd().length;
    if (e <= s) return;
    const body = text.slice(s, e);
    const isHeading = !/[\r\n]/.test(body) && PLAIN_HEADING.test(body) && body.split(/\s+/).length <= 12;
    if (isHeading) headings.push({ start: s, heading: body, depth: 1 });
    blocks.push({
      kind: isHeading ? 'heading' : 'paragraph',
      start: s,
      end: e,
      ...(isHeading ? { depth: 1 } : {}),
      toNlcst: () => parser.parse(maskLongRuns(body)) as NlcstRoot,
    });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return { text, format: 'plaintext', blocks, sections: sectionsFrom(headings, text.length), comments: [] };
}

/**
 * Splits a document into prose blocks.
 * @param cache parsed Markdown chunks to reuse and fill (one per open document); none by default
 * @param whole parse Markdown in one piece, never chunk by chunk (the reading the chunked parse must equal; for tests)
 */
export function documentModel(text: string, format: DocumentFormat, cache?: ChunkCache, whole = false): DocumentModel {
  const memory = cache?.memory;
  if (cache) cache.memory = undefined;
  if (format !== 'markdown') return plainModel(text);
  // After an edit, only the lines it touched are measured again.
  const change = memory?.stacked !== undefined && !whole ? changeBetween(memory.text, text) : undefined;
  const nested = change ? nestingAfter(memory!.text, memory!.stacked!, text, change) : nesting(text, 0, text.length);
  if (nested.deep || nested.stacked > MAX_STACKED_CONTAINERS) return plainModel(text);
  try {
    const model = markdownModel(text, cache, whole, memory, change);
    if (cache?.memory) cache.memory.stacked = nested.stacked;
    return model;
  } catch (error) {
    // The Markdown parser ran out of stack on hostile input: check the words as plain text.
    if (error instanceof RangeError) return plainModel(text);
    throw error;
  }
}

/** Deepest container nesting (lists, block quotes) that is parsed as Markdown. */
export const MAX_MARKDOWN_NESTING = 32;
/** Most containers opened on lines that already opened one ("- - x", "> > x") in one document. */
export const MAX_STACKED_CONTAINERS = 256;

/**
 * True when Markdown nests containers so deeply that the parser would take
 * minutes or overflow the stack (remark is superlinear there). Such a
 * document is checked as plain text instead: every word is still read.
 * One linear pass; the depth of a line is its container markers plus half
 * its indentation.
 */
export function tooDeeplyNested(text: string): boolean {
  const { deep, stacked } = nesting(text, 0, text.length);
  return deep || stacked > MAX_STACKED_CONTAINERS;
}

/**
 * The nesting of `text` (see {@link nesting}) from that of `old`, which was
 * not too deep and opened `stacked` containers on lines that already opened
 * one, measuring only the lines the change touched.
 */
function nestingAfter(old: string, stacked: number, text: string, { prefix, suffix }: Change): { deep: boolean; stacked: number } {
  // Every line start follows a line break: from the last one before the change to the first one after it.
  let from = prefix;
  while (from > 0 && text.charCodeAt(from - 1) !== 10 && text.charCodeAt(from - 1) !== 13) from--;
  let oldTo = old.length - suffix;
  while (oldTo < old.length && old.charCodeAt(oldTo) !== 10 && old.charCodeAt(oldTo) !== 13) oldTo++;
  oldTo = Math.min(old.length, oldTo + 1);
  const delta = text.length - old.length;
  const before = nesting(old, from, oldTo);
  const after = nesting(text, from, oldTo === old.length ? text.length : oldTo + delta);
  return { deep: after.deep, stacked: stacked - before.stacked + after.stacked };
}

/**
 * The nesting of the lines that start in [from, to) (`from` a line start):
 * whether one nests deeper than {@link MAX_MARKDOWN_NESTING}, and how many
 * containers they open on lines that already opened one.
 */
function nesting(text: string, from: number, to: number): { deep: boolean; stacked: number } {
  let stacked = 0;
  let i = from;
  const n = text.length;
  while (i < to) {
    let indent = 0;
    let markers = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) indent++;
      else if (c === 9) indent += 4;
      else if (c === 62 /* > */) markers++;
      else if ((c === 45 || c === 42 || c === 43) /* - * + */ && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) markers++;
      else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const d = text.charCodeAt(j);
        if ((d === 46 || d === 41) /* . ) */ && (text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9)) {
          markers++;
          i = j;
        } else break;
      } else break;
      i++;
    }
    if (markers + (indent >> 1) > MAX_MARKDOWN_NESTING) return { deep: true, stacked };
    if (markers > 1) stacked += markers - 1;
    while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    i++;
  }
  return { deep: false, stacked };
}
