/** REFERENCE COPY (test only) of the pre-optimisation code; see run.ts here. */
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
import type { DocumentFormat } from '../../../server/src/core/types.ts';

/** What sort of block this is. */
export type BlockKind = 'heading' | 'paragraph' | 'list' | 'blockquote' | 'table' | 'html';

/** A top-level block of the document. */
export interface Block {
  kind: BlockKind;
  /** Document offsets of the block. */
  start: number;
  end: number;
  /** Heading level, for headings. */
  depth?: number;
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
}

const parser = new ParseEnglish();
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** Parses Markdown to mdast (positions are document offsets). */
export function parseMarkdown(text: string): MdastRoot {
  return markdown.parse(text);
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
  // Mirrors the core fix: a text node's value can be shorter than its source ("&amp;"), so use the source.
  if (node.type === 'text' && source !== undefined && copy.position) {
    const raw = source.slice(copy.position.start.offset, copy.position.end.offset);
    if (raw.length !== (copy as { value: string }).value.length) (copy as { value: string }).value = raw;
  }
  if ('children' in node) {
    (copy as unknown as { children: MdastNodes[] }).children = (node.children as MdastNodes[]).map((child) =>
      shifted(child, startOffset, startLine, source),
    );
  }
  return copy;
}

/** Mirrors the core fix: gives a position to nodes remark-gfm left without one. */
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

function blockTree(node: RootContent, text: string, start: number, end: number): NlcstRoot {
  const line = node.position?.start.line ?? 1;
  const file = new VFile(text.slice(start, end));
  if (node.type === 'table') {
    // mdast-util-to-nlcst skips tables; check each cell as a paragraph of its own.
    const root: NlcstRoot = { type: 'RootNode', children: [] };
    for (const row of (node as Table).children) {
      for (const cell of row.children) {
        if (cell.children.length === 0) continue;
        const asParagraph = shifted({ ...cell, type: 'paragraph' } as unknown as MdastNodes, start, line, text.slice(start, end));
        repairPositions(asParagraph, text.slice(start, end));
        root.children.push(...toNlcst(asParagraph, file, parser).children);
      }
    }
    return root;
  }
  const tree = shifted(node as MdastNodes, start, line, text.slice(start, end));
  repairPositions(tree, text.slice(start, end));
  return toNlcst(tree, file, parser);
}

function headingText(node: MdastNodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as MdastNodes[]).map(headingText).join('');
  return '';
}

function collectComments(node: MdastNodes, text: string, out: Comment[]): void {
  if (node.type === 'html') {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const raw = text.slice(start, end);
    const re = /<!--([\s\S]*?)-->/g;
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
      out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[1] ?? '' });
    }
    return;
  }
  if ('children' in node) for (const child of node.children as MdastNodes[]) collectComments(child, text, out);
}

const PROSE_KINDS: Partial<Record<RootContent['type'], BlockKind>> = {
  heading: 'heading',
  paragraph: 'paragraph',
  list: 'list',
  blockquote: 'blockquote',
  table: 'table',
  html: 'html',
};

function markdownModel(text: string): DocumentModel {
  const tree = parseMarkdown(text);
  const blocks: Block[] = [];
  const headings: Array<{ start: number; heading: string; depth: number }> = [];
  const comments: Comment[] = [];
  for (const node of tree.children) {
    collectComments(node, text, comments);
    const kind = PROSE_KINDS[node.type];
    if (!kind || kind === 'html') continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const block: Block = { kind, start, end, toNlcst: () => blockTree(node, text, start, end) };
    if (node.type === 'heading') {
      block.depth = node.depth;
      headings.push({ start, heading: headingText(node), depth: node.depth });
    }
    blocks.push(block);
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
      toNlcst: () => parser.parse(body) as NlcstRoot,
    });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return { text, format: 'plaintext', blocks, sections: sectionsFrom(headings, text.length), comments: [] };
}

/** Splits a document into prose blocks. */
export function documentModel(text: string, format: DocumentFormat): DocumentModel {
  return format === 'markdown' ? markdownModel(text) : plainModel(text);
}
