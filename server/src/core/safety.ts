/**
 * Whether a fix is safe: applied by fix-all, fix-on-save and `--fix` without a
 * person reading it. Safety is earned per finding, from where the words are
 * and what the fitted fix does, not granted per dictionary entry. A fix is
 * safe only when all of these hold:
 *
 * - there is exactly one alternative, and it fits the sentence (`fit.ts`);
 * - it is short: it adds at most {@link MAX_ADDED_WORDS} words and no clause (an
 *   explanation in brackets at most {@link MAX_GLOSS_WORDS});
 * - the words are not in a heading, a title, a table, a quotation, a citation,
 *   a reference list or glossary, a link's text or a proper name;
 * - the change cannot alter a fact: an old name (`outdated`) is never replaced
 *   automatically, because a sentence about the past or a citation is right as
 *   written.
 *
 * Every unsafe fix says why, in `unsafeReason`.
 */
import type { Candidate, DocumentInput } from './check-api.ts';
import { itemAt } from './positions.ts';

/** The most words a safe swap or spelled-out acronym may add to the sentence. */
export const MAX_ADDED_WORDS = 5;

/**
 * The most words a safe explanation may add. It goes in brackets after the term, so
 * the sentence around it still reads; a longer one is offered but not applied in bulk.
 */
export const MAX_GLOSS_WORDS = 8;

/** Where a finding sits, as far as safety is concerned. */
export interface Place {
  /** Why the place rules out an automatic fix, or undefined when it does not. */
  reason?: string;
  /** A short key for caching: everything about the place that safety reads. */
  key: string;
}

/** Reasons, in the words the hover and the JSON output show. */
export const REASONS = {
  heading: 'It is in a heading or title, which names the section: change it by hand if you want to.',
  table: 'It is in a table, where cells often hold names, titles and terms that must match other documents.',
  quotation: 'It is inside a quotation, which stays as the source wrote it.',
  citation: 'It is part of a citation (a law, a section or a source with its year), which is cited as published.',
  references: 'It is in a list of references, definitions or abbreviations, whose entries stay as published.',
  link: 'It is the text of a link, which often repeats the title of the page it links to.',
  name: 'It looks like part of a name or job title (capital letters mid-sentence), which stays as it is.',
  definedName: 'It is part of the name an acronym in brackets stands for, which stays as it is.',
  outdated: 'An old name is right in a sentence about the past, a citation or a quotation: only you can tell which this is.',
  choice: 'There is more than one suggestion: choose the one that fits.',
  remove: 'Leaving words out changes the sentence: read it first.',
  long: 'The suggestion is long: read it in its sentence before using it.',
  modifier: 'The words describe the noun after them: check the suggestion still reads well there.',
  joined: 'It is joined to another word by a slash or hyphen: check that the sentence still reads well with it changed.',
} as const;

const REFERENCE_HEADING = /\b(references?|bibliography|further reading|sources|related (?:documents|policies|guidance|legislation)|legislation|glossary|definitions?|abbreviations|acronyms|terms used)\b/i;


/** The heading of the section holding an offset (sections are in order and do not overlap: a binary search). */
function headingAt(document: DocumentInput, offset: number): string {
  return itemAt(document.sections, offset)?.heading ?? '';
}

/** The sentence around [start, end), within its block. */
function sentenceAround(text: string, blockStart: number, start: number, end: number, blockEnd: number): { before: string; after: string } {
  // Back to the last full stop, question mark, exclamation mark or line break (a scan, not a regex from the end).
  let from = start;
  const limit = Math.max(blockStart, start - 300);
  while (from > limit) {
    const char = text.charCodeAt(from - 1);
    // A line break inside a paragraph only wraps the sentence; a blank line or a list item ends it.
    if (char === 46 || char === 33 || char === 63) break;
    if (char === 10 && (text.charCodeAt(from - 2) === 10 || /^[ \t]*(?:[-*+]|\d+[.)])\s/.test(text.slice(from, from + 8)))) break;
    from--;
  }
  const before = text.slice(from, start);
  const tail = text.slice(end, Math.min(blockEnd, end + 300));
  const stop = tail.search(/[.!?](?:\s|$)|\n[ \t]*(?:\n|[-*+] |\d+[.)] )/);
  return { before, after: stop < 0 ? tail : tail.slice(0, stop) };
}

const CAPITALISED = /^[A-Z][a-z’']/;
/** Days and months: capitalised in English, but not names of things. */
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&', 'to', 'with', 'or']);

/** True when the words at [start, end) sit in a run of capitalised words ending in a year: "Data Protection Act 1998". */
function inCitation(before: string, actual: string, after: string): boolean {
  if (!/(?:19|20)\d\d/.test(after) && !/(?:19|20)\d\d/.test(actual)) return false;
  const words = `${before}\u0001${actual}\u0001${after}`.split(/\s+/);
  const from = words.findIndex((word) => word.includes('\u0001'));
  // Walk forward from the finding over capitalised words and small words to a year.
  for (let i = from, steps = 0; i < words.length && steps < 14; i++, steps++) {
    const word = words[i]!.replace(/\u0001/g, '').replace(/^[("‘“]+|[)"’”,;:]+$/g, '');
    if (/^(?:19|20)\d\d\)?$/.test(word)) return true;
    if (!word) continue;
    if (!(CAPITALISED.test(word) || /^[A-Z]{2,}/.test(word) || SMALL_WORDS.has(word.toLowerCase()) || /^\(/.test(words[i]!) || i < from + actual.split(/\s+/).length)) return false;
  }
  return false;
}

/** True when [start, end) is inside brackets that hold a year: "(Department of Health, 2003)". */
function inBracketedSource(before: string, after: string): boolean {
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  const close = after.indexOf(')');
  if (close < 0) return false;
  return /\b(?:19|20)\d\d\b/.test(before.slice(open) + after.slice(0, close));
}

/** True when the finding is inside quotation marks in its sentence. */
function inQuotation(before: string, after: string): boolean {
  const opens = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  if (opens > 0 && /[”]/.test(after)) return true;
  const straight = (before.match(/(^|[\s(])"/g) ?? []).length - (before.match(/"(?=[\s.,;:)!?]|$)/g) ?? []).length;
  if (straight > 0 && /"/.test(after)) return true;
  // Single quotation marks, told from apostrophes by the space or bracket before an opening one
  // and the space or punctuation after a closing one: 'a person who … owes a duty …'.
  const singles = (before.match(/(^|[\s(])['‘]/g) ?? []).length - (before.match(/[^\s(]['’](?=[\s.,;:)!?]|$)/g) ?? []).length;
  return singles > 0 && /[^\s]['’](?=[\s.,;:)!?]|$)/.test(after);
}

/** True when the finding is a Markdown link's text: `[… words …](url)`. */
function inLinkText(text: string, blockStart: number, start: number, end: number, blockEnd: number): boolean {
  const before = text.slice(blockStart, start);
  const open = before.lastIndexOf('[');
  if (open < 0 || before.lastIndexOf(']') > open) return false;
  const after = text.slice(end, blockEnd);
  const close = after.indexOf(']');
  return close >= 0 && !after.slice(0, close).includes('[') && /^[([]/.test(after.slice(close + 1));
}

/** True when the sentence start is right before the finding (a capital there proves nothing). */
const atSentenceStart = (before: string): boolean => /(^|[.!?:;•*>\-–]|^\s*\d+[.)])\s*$/.test(before.replace(/[#*_]+\s*$/, ''));

/** True when the words look like part of a name: capitals mid-sentence in or right next to the finding. */
function looksLikeName(before: string, actual: string, after: string): boolean {
  const words = actual.split(/\s+/);
  const sentenceStart = atSentenceStart(before);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (i === 0 && sentenceStart) continue;
    if (CAPITALISED.test(word)) return true;
  }
  const previous = /([A-Za-z][\w’'-]*)\s+$/.exec(before);
  if (previous && CAPITALISED.test(previous[1]!) && !CALENDAR.has(previous[1]!.toLowerCase()) && !atSentenceStart(before.slice(0, previous.index))) return true;
  const next = /^\s+([A-Za-z][\w’'-]*)/.exec(after)?.[1];
  if (next && CAPITALISED.test(next) && !CALENDAR.has(next.toLowerCase())) return true;
  return false;
}

/**
 * True when the finding is inside a name that an acronym in brackets defines:
 * "do not attempt cardiopulmonary resuscitation (DNACPR)". The name starts at the
 * last word before the bracket that begins with the acronym's first letter.
 */
function inDefinedName(before: string, actual: string, after: string): boolean {
  const bracket = /^([^().,;:!?]{0,80}?)\s*\(([A-Z][A-Za-z0-9&]{1,9})\)/.exec(after);
  if (!bracket) return false;
  const first = bracket[2]![0]!.toLowerCase();
  const words = `${before}\u0001${actual}`.split(/\s+/).slice(-12);
  const at = words.findIndex((word) => word.includes('\u0001'));
  const lead = `${words.slice(0, at).join(' ')} ${words[at]!.split('\u0001')[0]}`.trim().split(/\s+/);
  const actualFirst = actual.trim()[0]?.toLowerCase();
  if (actualFirst === first) return true;
  return lead.some((word) => word[0]?.toLowerCase() === first) && bracket[1]!.split(/\s+/).length < 8;
}

/** True when a capitalised word follows: "GMC Confidentiality", "DBS Code of Practice" are names. */
const nextIsCapitalised = (after: string): boolean => CAPITALISED.test(/^\s+([A-Za-z][\w’'-]*)/.exec(after)?.[1] ?? '');

/** True when most words of the sentence are capitalised: a title written as a line of text. */
function isTitleCase(before: string, actual: string, after: string): boolean {
  const [words, capitalised] = countTitleWords(after, countTitleWords(actual, countTitleWords(before, [0, 0])));
  if (words < 3) return false;
  return capitalised / words >= 0.7;
}

/** A word (a run of non-space) that starts with four letters. */
const LONG_WORD = /(?<!\S)[A-Za-z]{4}/g;

/** Adds the words of `text` that start with four letters, and those of them with a capital, to `counts` (no array of words is made). */
function countTitleWords(text: string, counts: [number, number]): [number, number] {
  LONG_WORD.lastIndex = 0;
  for (let match = LONG_WORD.exec(text); match; match = LONG_WORD.exec(text)) {
    counts[0]++;
    const code = text.charCodeAt(match.index);
    if (code >= 65 && code <= 90) counts[1]++;
  }
  return counts;
}

/**
 * Where a candidate sits: whether its block, section or the words around it
 * rule out an automatic fix.
 * @param candidate a candidate with document offsets
 * @param document the whole document
 */
export function placeOf(candidate: Candidate, document: DocumentInput): Place {
  const { text } = document;
  const block = itemAt(document.blocks, candidate.start) ?? { kind: 'paragraph', start: 0, end: text.length };
  const heading = headingAt(document, candidate.start);
  const { before, after } = sentenceAround(text, block.start, candidate.start, candidate.end, block.end);
  let reason: string | undefined;
  if (block.kind === 'heading') reason = REASONS.heading;
  else if (block.kind === 'table' || /(^|\n)[ \t]*\|[^\n]*$/.test(text.slice(block.start, candidate.start))) reason = REASONS.table;
  else if (block.kind === 'blockquote' || inQuotation(before, after)) reason = REASONS.quotation;
  else if (REFERENCE_HEADING.test(heading)) reason = REASONS.references;
  else if (inLinkText(text, block.start, candidate.start, candidate.end, block.end)) reason = REASONS.link;
  else if (inCitation(before, candidate.actual, after) || inBracketedSource(before, after)) reason = REASONS.citation;
  else if (isTitleCase(before, candidate.actual, after)) reason = REASONS.heading;
  else if (candidate.check === 'acronym' ? nextIsCapitalised(after) : looksLikeName(before, candidate.actual, after)) reason = REASONS.name;
  else if (candidate.check !== 'acronym' && inDefinedName(before, candidate.actual, after)) reason = REASONS.definedName;
  else if (joinedToWord(text, candidate.start, candidate.end, candidate.check === 'acronym')) reason = REASONS.joined;
  return reason ? { reason, key: reason.slice(0, 12) } : { key: '-' };
}

/**
 * True when the flagged words are joined to another word by a slash ("UK/EEA",
 * "use/utilise"), or for an acronym also by a hyphen ("GP-UK"): written out,
 * the joined pair often no longer reads well.
 */
function joinedToWord(text: string, start: number, end: number, hyphenToo: boolean): boolean {
  const joiner = (at: number): boolean => text[at] === '/' || (hyphenToo && text[at] === '-');
  const wordChar = (at: number): boolean => /[\p{L}\p{N}]/u.test(text[at] ?? '');
  return (joiner(start - 1) && wordChar(start - 2)) || (joiner(end) && wordChar(end + 1));
}

const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** What the fit step learnt about one candidate, for the safety step. */
export interface FitNotes {
  /** Alternatives that could not be made to fit, with why (first reason only). */
  refused: number;
  reason?: string;
  /** The fitted fix may read badly: a person should look (for example a preposition follows). */
  doubt?: string;
  /** True when the text is used to describe the noun after it ("audit trail adjustments"). */
  modifier: boolean;
}

/**
 * Whether a fitted candidate's fix is safe, and why not.
 * @param candidate the candidate after fitting
 * @param notes what fitting found
 * @param place where it sits ({@link placeOf})
 */
export function safetyOf(candidate: Candidate, notes: FitNotes, place: Place, _text: string): { safe: boolean; reason?: string } {
  if (candidate.fixKind === 'none' || candidate.fixKind === 'reframe') return { safe: false };
  if (candidate.check === 'outdated') return { safe: false, reason: REASONS.outdated };
  if (place.reason) return { safe: false, reason: place.reason };
  if (candidate.expected.length === 0) return { safe: false, reason: REASONS.remove };
  if (candidate.expected.length > 1) return { safe: false, reason: REASONS.choice };
  const replacement = candidate.expected[0]!;
  const added = wordCount(replacement) - wordCount(candidate.actual);
  if (added > (candidate.fixKind === 'explain' ? MAX_GLOSS_WORDS : MAX_ADDED_WORDS) || (candidate.fixKind === 'replace' && /,/.test(replacement) && !/,/.test(candidate.actual))) {
    return { safe: false, reason: REASONS.long };
  }
  if (notes.modifier) return { safe: false, reason: REASONS.modifier };
  if (notes.doubt) return { safe: false, reason: notes.doubt };
  return { safe: true };
}
