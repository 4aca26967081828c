/**
 * Words that are not the writer's to reword: a list of the Caldicott principles
 * under a heading (or lead-in line) that names them, lists quoted from a law,
 * block quotes and quotations, lists of references, and link text that names
 * another document.
 */
import type { DocumentInput } from '../core/check-api.ts';

/** Index of the section that holds `offset` (the last section when none does). */
export function sectionIndex(document: DocumentInput, offset: number): number {
  const { sections } = document;
  // Sections are in document order and follow one another: a binary search finds the last that starts at or before `offset`.
  let low = 0;
  let high = sections.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sections[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found >= 0 && offset < sections[found]!.end) return found;
  // Not found that way (only at the very end of the text): the plain search, as before.
  const index = sections.findIndex((section) => offset >= section.start && offset < section.end);
  return index < 0 ? sections.length - 1 : index;
}

/** Block starts of a document, for binary search (blocks are in document order). */
const blockStarts = new WeakMap<object, number[]>();

/** Index of the block that holds `offset`, or -1 (a binary search: findings are many, blocks too). */
function blockIndexAt(document: DocumentInput, offset: number): number {
  let starts = blockStarts.get(document.blocks);
  if (!starts) {
    starts = document.blocks.map((block) => block.start);
    blockStarts.set(document.blocks, starts);
  }
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found >= 0 && offset < document.blocks[found]!.end ? found : -1;
}


/**
 * What holds for every offset of one block (a block never holds a section
 * boundary: sections start at headings, which are blocks of their own), worked
 * out once per block per check run however many findings it holds and however
 * many checks ask.
 */
interface BlockFacts {
  principles: boolean;
  quotedLaw: boolean;
  reference: boolean;
}

const factsByDocument = new WeakMap<DocumentInput, Array<BlockFacts | undefined>>();

/** The {@link BlockFacts} of block `at` (an index into `document.blocks`). */
function blockFacts(document: DocumentInput, at: number): BlockFacts {
  let list = factsByDocument.get(document);
  if (!list) factsByDocument.set(document, (list = []));
  let facts = list[at];
  if (!facts) {
    const offset = document.blocks[at]!.start;
    facts = { principles: principlesListAt(document, offset), quotedLaw: quotedLawListAt(document, offset), reference: inReferenceList(document, offset) };
    list[at] = facts;
  }
  return facts;
}

/** A list item under a heading (or lead-in line) that names the Caldicott principles. */
export function inPrinciplesList(document: DocumentInput, offset: number): boolean {
  const at = blockIndexAt(document, offset);
  return at >= 0 && blockFacts(document, at).principles;
}

function principlesListAt(document: DocumentInput, offset: number): boolean {
  const at = blockIndexAt(document, offset);
  const block = document.blocks[at];
  if (!block || block.kind !== 'list') return false;
  const section = document.sections[sectionIndex(document, offset)];
  if (section && /caldicott/i.test(section.heading) && /principle/i.test(section.heading)) return true;
  const previous = document.blocks[at - 1];
  if (!previous) return false;
  const lead = document.text.slice(previous.start, previous.end);
  // Both words: a lead-in that names only the Caldicott Guardian ("Ask the Caldicott Guardian:") is not one.
  return /caldicott/i.test(lead) && /principle/i.test(lead);
}

/** A heading or lead-in that names a law or a set of principles ("Data Protection Act 2018", "Article 5", "the Caldicott principles"). */
const NAMES_LAW = /\bActs?\b|\bRegulations?\b|\bGDPR\b|\b[Pp]rinciples\b|\bDirective\b|\bArticle \d+|\bSchedule \d+|\b[Cc]ode of [Pp]ractice\b|\bthe [Aa]ct\b/;

/** A numbered or lettered list ("1.", "(a)", "i)"), the way laws and principles are quoted. */
const NUMBERED_LIST = /^\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s|^\s*\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s/;

/** A heading that lists other documents ("References", "Related documents", "Further reading"). */
const NAMES_DOCUMENTS = /^\W*(\d+(\.\d+)*\.?\s*)?(references|bibliography|sources|further reading|related (documents|policies|guidance)|associated (documents|policies)|supporting documents|useful links|links)\b/i;

/**
 * A numbered list quoted from a law or a set of principles: the list sits
 * under a heading that names an Act, regulations, an article or principles, or
 * follows a lead-in line that does and that introduces a list (ends in ":").
 * Lists of the Caldicott principles count whatever their markers.
 */
export function inQuotedLawList(document: DocumentInput, offset: number): boolean {
  const at = blockIndexAt(document, offset);
  return at >= 0 && blockFacts(document, at).quotedLaw;
}

function quotedLawListAt(document: DocumentInput, offset: number): boolean {
  const at = blockIndexAt(document, offset);
  const block = document.blocks[at];
  if (!block || (block.kind !== 'list' && block.kind !== 'paragraph')) return false;
  if (block.kind === 'list' && principlesListAt(document, offset)) return true;
  // A numbered list, or a paragraph that starts like an item of one ("a) Lawfulness ...").
  if (!NUMBERED_LIST.test(document.text.slice(block.start, Math.min(block.end, block.start + 12)))) return false;
  const section = document.sections[sectionIndex(document, offset)];
  if (section && NAMES_LAW.test(section.heading)) return true;
  // The lead-in line: the nearest block before this run of items.
  let lead = at - 1;
  while (lead >= 0 && NUMBERED_LIST.test(document.text.slice(document.blocks[lead]!.start, Math.min(document.blocks[lead]!.end, document.blocks[lead]!.start + 12)))) lead--;
  const previous = document.blocks[lead];
  if (!previous || previous.kind === 'list') return false;
  const leadIn = document.text.slice(previous.start, previous.end).trim();
  return /:$/.test(leadIn) && NAMES_LAW.test(leadIn) && /\b(says?|states?|sets? out|requires?|following|are|is)\b/i.test(leadIn);
}

/** True for an offset inside a section that lists other documents (references, related documents). */
export function inReferenceList(document: DocumentInput, offset: number): boolean {
  const section = document.sections[sectionIndex(document, offset)];
  return section !== undefined && NAMES_DOCUMENTS.test(section.heading.trim());
}

/**
 * True when the list item around `offset` cites a document: a short item (at
 * most 20 words) with no full stop that ends in a footnote mark or a year
 * ("Department of Health, Confidentiality: NHS Code of Practice[^12]").
 */
export function inCitation(text: string, blockStart: number, blockEnd: number, offset: number): boolean {
  const before = text.lastIndexOf('\n', offset);
  // The item starts at the nearest line (at or before the offset) that opens with a list marker.
  let itemStart = blockStart;
  for (let at = before; at >= blockStart; at = text.lastIndexOf('\n', at - 1)) {
    if (/^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]/.test(text.slice(at + 1, at + 12))) {
      itemStart = at + 1;
      break;
    }
    if (at <= blockStart) break;
  }
  const blank = text.slice(offset, blockEnd).search(/\n[ \t]*(?:\n|[-*+][ \t]|\d{1,3}[.)][ \t])/);
  const item = text.slice(itemStart, blank < 0 ? blockEnd : offset + blank).replace(/^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/, '').trim();
  const words = item.split(/\s+/).length;
  const cited = /(\[\^[^\]]+\]|\b(?:19|20)\d\d\)?)\W*$/.test(item);
  return cited && words <= 20 && !/[.!?]\s/.test(item.replace(/\b(?:e\.g|i\.e|etc|no|vol|pp?)\./gi, ''));
}

/**
 * {@link inCitation} answers by block, kept while the block lives (see
 * `Block.identity`): it reads only the block's text and the few characters
 * after it, so an unchanged list keeps its answers from one edit to the next.
 */
const citations = new WeakMap<object, { after: string; answers: Map<number, boolean> }>();

/** How far past a list block's end {@link inCitation} may read (a list marker at the start of its last line). */
const CITATION_READS_AFTER = 12;

function citationIn(text: string, block: DocumentInput['blocks'][number], offset: number): boolean {
  if (!block.identity) return inCitation(text, block.start, block.end, offset);
  const after = text.slice(block.end, block.end + CITATION_READS_AFTER);
  let memo = citations.get(block.identity);
  if (memo?.after !== after) citations.set(block.identity, (memo = { after: ` ${after}`.slice(1), answers: new Map() }));
  let answer = memo.answers.get(offset - block.start);
  if (answer === undefined) {
    answer = inCitation(text, block.start, block.end, offset);
    memo.answers.set(offset - block.start, answer);
  }
  return answer;
}

/** File endings of documents a link may point at. */
const DOCUMENT_LINK = /\.(pdf|docx?|odt|rtf|xlsx?|pptx?)(?:[?#][^)\s]*)?$/i;

interface SpanCache {
  text: string;
  spans: Array<[number, number]>;
}

let linkCache: SpanCache | undefined;
let quoteCache: SpanCache | undefined;

/**
 * Spans of quotations of eight words or more inside a paragraph (“…” or "…"):
 * someone else's words, quoted as they were written.
 */
export function quotationSpans(text: string): ReadonlyArray<readonly [number, number]> {
  if (quoteCache?.text === text) return quoteCache.spans;
  const spans: Array<[number, number]> = [];
  // A quotation may wrap onto the next line, but never across a blank line.
  const quote = /[“"]((?:[^“”"\n]|\n(?![ \t]*\n)){30,800})[”"]/g;
  for (let m = quote.exec(text); m; m = quote.exec(text)) {
    if ((m[1] ?? '').split(/\s+/).filter((word) => /[A-Za-z]/.test(word)).length >= 8) spans.push([m.index + 1, m.index + 1 + (m[1] ?? '').length]);
  }
  quoteCache = { text, spans };
  return spans;
}

/**
 * Spans of Markdown link text that names another document: `[Records
 * Management Code of Practice](…)`. A link counts when its text reads as a
 * title (most words capitalised) or it points at a document file (.pdf, .docx…).
 */
export function documentLinkSpans(text: string): ReadonlyArray<readonly [number, number]> {
  if (linkCache?.text === text) return linkCache.spans;
  const spans: Array<[number, number]> = [];
  if (text.includes('](') || text.includes('][')) {
    const link = /\[([^\][\n]{2,300})\](?:\(([^()\s]*)(?:\s+"[^"]*")?\)|\[[^\]\n]*\])/g;
    for (let m = link.exec(text); m; m = link.exec(text)) {
      const label = m[1] ?? '';
      const target = m[2] ?? '';
      if (titleLike(label) || DOCUMENT_LINK.test(target)) spans.push([m.index + 1, m.index + 1 + label.length]);
    }
  }
  linkCache = { text, spans };
  return spans;
}

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'or', '&', '-', '–']);

/** True when most words of a label are capitalised, as in a document title ("Data Security and Protection Toolkit"). */
export function titleLike(label: string): boolean {
  const words = label.split(/\s+/).filter((word) => /[A-Za-z]/.test(word) && !TITLE_SMALL_WORDS.has(word.toLowerCase()));
  if (words.length < 2) return false;
  const capitalised = words.filter((word) => /^[^A-Za-z]*[A-Z0-9]/.test(word)).length;
  return capitalised / words.length >= 0.75;
}

/**
 * True when a finding at [start, end) sits in words that are not the writer's to
 * reword: a block quote, a quotation of eight words or more, a list quoted from
 * a law or principles, a list of references or a list item that cites a
 * document, or link text that names another document.
 */
export function notOurWords(document: DocumentInput, start: number, end: number): boolean {
  const at = blockIndexAt(document, start);
  const block = document.blocks[at];
  if (block?.kind === 'blockquote') return true;
  if (block?.kind === 'list' && citationIn(document.text, block, start)) return true;
  if (block ? blockFacts(document, at).quotedLaw || blockFacts(document, at).reference : inReferenceList(document, start)) return true;
  return insideAny(documentLinkSpans(document.text), start, end) || insideAny(quotationSpans(document.text), start, end);
}

/**
 * True when [start, end) lies inside one of `spans` (in document order, not
 * overlapping, as {@link quotationSpans} and {@link documentLinkSpans} give
 * them): a binary search for the last span that starts at or before `start`,
 * then back over the spans that end at or after `end`.
 */
function insideAny(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid]![0] <= start) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  for (let i = found; i >= 0 && spans[i]![1] >= end; i--) if (start >= spans[i]![0]) return true;
  return false;
}
