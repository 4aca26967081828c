/**
 * Runs the core over the files of a policy library and keeps what the report
 * needs: the findings with the sentence around each one, the word and sentence
 * counts, and the syllable counts behind Flesch reading ease.
 */
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { syllable } from 'syllable';
import { checkText } from '../engine/check-text.ts';
import { isSentenceEnd } from '../core/sentence-end.ts';
import type { Finding, Settings } from '../core/types.ts';
import { ParagraphIndex } from '../sources/docx.ts';
import { decodeText, formatOf, InputError, readFileBytes } from '../sources/files.ts';
import { extractReadOnly, readOnlyKindOfPath, type DocumentLocation } from '../sources/read-only-documents.ts';
import type { SettingsResolver } from '../sources/settings.ts';
import { assessDocument, documentChecklist, type DocumentChecklist } from './trust-checklist.ts';

/** The sentence a finding sits in, split around the flagged words. */
export interface SentenceContext {
  before: string;
  match: string;
  after: string;
}

/** The whole sentence a finding is in, as written, for rewriting it. */
export interface WholeSentence {
  /** Document offset where the sentence starts (after any Markdown list or heading marker). */
  start: number;
  /** The sentence as written (line breaks and all), at most {@link MAX_SENTENCE} characters. */
  text: string;
}

/** A finding with the sentence it was found in. */
export interface FindingInContext extends Finding {
  context: SentenceContext;
  sentence: WholeSentence;
  /** Word and PDF documents only: 1-based paragraph number (line numbers mean nothing there). */
  paragraph?: number;
  /** PDF documents only: 1-based page number. */
  page?: number;
}

/** One document that was checked. */
export interface CheckedDocument {
  kind: 'checked';
  /** Path relative to the working folder, with forward slashes. */
  path: string;
  words: number;
  /** Sentences of running text (headings, tables and short list items left out). */
  sentences: number;
  /** Words per sentence of running text, in document order. */
  sentenceLengths: number[];
  /** Syllables and words of the prose, counted for Flesch reading ease. */
  syllables: number;
  syllableWords: number;
  findings: FindingInContext[];
  /** The trust and leadership checklist (absent when the leadership check is off). */
  checklist?: DocumentChecklist;
  /**
   * A fingerprint of the text (SHA-256, first 16 hex digits), so `--compare` can tell a drop in
   * findings that came from editing from one that came from new dictionaries or settings.
   */
  textHash?: string;
}

/** A file that was named or found but could not be checked, and why. */
export interface SkippedDocument {
  kind: 'skipped';
  path: string;
  reason: string;
}

/** What {@link collectDocuments} returns for each file, in the order found. */
export type CollectedDocument = CheckedDocument | SkippedDocument;

/** A path given on the command line that does not exist. */
export class MissingPathError extends Error {}

/** How to choose settings for each file. */
export interface CollectOptions {
  /** Settles each file's settings (`--config`, or the config file that applies, on top of the flags). */
  settings: SettingsResolver;
  /** Folder paths are shown relative to. Default: the working folder. */
  cwd?: string;
}

const syllableCache = new Map<string, number>();

function syllablesOf(word: string): number {
  const key = word.toLowerCase();
  let count = syllableCache.get(key);
  if (count === undefined) {
    count = Math.max(1, syllable(key));
    if (syllableCache.size < 200_000) syllableCache.set(key, count);
  }
  return count;
}

/**
 * Counts the words and syllables of the prose in a document, leaving out front
 * matter, HTML comments, code and link targets (which are not read as prose).
 */
export function countSyllables(text: string): { words: number; syllables: number } {
  const prose = text
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ');
  let words = 0;
  let syllables = 0;
  for (const match of prose.matchAll(/[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*/g)) {
    words++;
    syllables += syllablesOf(match[0]);
  }
  return { words, syllables };
}

const BLOCK_START = /^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)/;
const MAX_CONTEXT = 320;

/** True when a line break at `index` ends a sentence (a blank line or a new block follows or precedes it). */
function isBlockBreak(text: string, index: number): boolean {
  const nextLineEnd = text.indexOf('\n', index + 1);
  const nextLine = text.slice(index + 1, nextLineEnd < 0 ? text.length : nextLineEnd);
  if (nextLine.trim() === '' || BLOCK_START.test(nextLine)) return true;
  const previousLineStart = text.lastIndexOf('\n', index - 1);
  return text.slice(previousLineStart + 1, index).trim() === '';
}

function sentenceStartBefore(text: string, start: number): number {
  const limit = Math.max(0, start - MAX_CONTEXT);
  for (let i = start - 1; i >= limit; i--) {
    const ch = text[i];
    if (ch === '\n' && isBlockBreak(text, i)) return i + 1;
    if (i + 2 <= start && isSentenceEnd(text, i)) {
      // "1.2 This policy": a number followed by a full stop is a section number, not a sentence end.
      if (ch === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
      return i + 1;
    }
  }
  return limit;
}

function sentenceEndAfter(text: string, end: number): number {
  const limit = Math.min(text.length, end + MAX_CONTEXT);
  if (isSentenceEnd(text, end - 1)) return end;
  for (let i = end; i < limit; i++) {
    const ch = text[i];
    if (ch === '\n' && isBlockBreak(text, i)) return i;
    if (isSentenceEnd(text, i)) return i + 1;
  }
  return limit;
}

const tidy = (s: string): string => s.replace(/\s+/g, ' ');

/** In a table row, the sentence stays inside its cell: start after the last pipe before the words, end at the first pipe after them. */
function withinCell(text: string, from: number, start: number, end: number, to: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^\s*\|/.test(text.slice(lineStart, start + 1))) return [from, to];
  const pipeBefore = text.lastIndexOf('|', start - 1);
  const pipeAfter = text.indexOf('|', end);
  return [pipeBefore >= from ? pipeBefore + 1 : from, pipeAfter >= 0 && pipeAfter < to ? pipeAfter : to];
}

/** Text for reading: Markdown bold markers (** and __) dropped, runs of spaces and line breaks made one space. */
export const readable = (s: string): string => s.replace(/\*\*|__/g, '').replace(/\s+/g, ' ');

/** Longest whole sentence kept for rewriting, in characters. */
export const MAX_SENTENCE = 1_000;

const LEAD = /^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*|\|\s*)?/;

/** The whole sentence around `[start, end)`, as written, for rewriting it. */
export function wholeSentence(text: string, start: number, end: number): WholeSentence {
  let [from, to] = withinCell(text, sentenceStartBefore(text, start), start, end, sentenceEndAfter(text, end));
  const lead = LEAD.exec(text.slice(from, start));
  if (lead) from += lead[0].length;
  if (text.slice(end, to).trimEnd().endsWith('|')) to = end + text.slice(end, to).lastIndexOf('|');
  return { start: from, text: text.slice(from, Math.min(to, from + MAX_SENTENCE)).trimEnd() };
}

/**
 * The sentence around `[start, end)`, split into the text before, the flagged
 * words and the text after. Markdown markers at the start of the line are left
 * out and long sentences are shortened with an ellipsis.
 * @param match the part of the flagged span to highlight; the whole span when omitted or not found
 */
export function sentenceAround(text: string, start: number, end: number, match?: string): SentenceContext {
  let [from, to] = withinCell(text, sentenceStartBefore(text, start), start, end, sentenceEndAfter(text, end));
  const lead = LEAD.exec(text.slice(from, start));
  if (lead) from += lead[0].length;
  if (text.slice(end, to).trimEnd().endsWith('|')) to = end + text.slice(end, to).lastIndexOf('|');
  let before = readable(text.slice(from, start)).trimStart();
  let flagged = readable(text.slice(start, end));
  let after = readable(text.slice(end, to)).trimEnd();
  if (match && match.length < flagged.length) {
    const at = flagged.toLowerCase().indexOf(tidy(match).toLowerCase());
    if (at >= 0) {
      before += flagged.slice(0, at);
      after = flagged.slice(at + tidy(match).length) + after;
      flagged = flagged.slice(at, at + tidy(match).length);
    }
  }
  const half = Math.floor((MAX_CONTEXT - Math.min(flagged.length, MAX_CONTEXT)) / 2);
  if (before.length > half) before = `…${before.slice(before.length - half).replace(/^\S*\s/, '')}`;
  if (after.length > half) after = `${after.slice(0, half).replace(/\s\S*$/, '')}…`;
  return { before, match: flagged, after };
}

/** The phrase a risk finding matched, from the end of its message (‘…’), if it says. */
export function matchedPhrase(finding: Finding): string | undefined {
  return /\(‘([^’]+)’\)\s*$/.exec(finding.message)?.[1];
}

function pageAndParagraph(location: DocumentLocation): { paragraph: number; page?: number } {
  return location.page === undefined ? { paragraph: location.paragraph } : { paragraph: location.paragraph, page: location.page };
}

/**
 * Checks one text and keeps what the report needs.
 * @param word true for text extracted from a Word document (findings get paragraph numbers),
 *   or the function that locates offsets in a Word or PDF document (paragraph and page); default false
 */
export function collectText(
  path: string,
  text: string,
  format: 'markdown' | 'plaintext',
  settings: Settings,
  word: boolean | ((start: number, end: number) => DocumentLocation) = false,
): CheckedDocument {
  const { findings, stats } = checkText(text, { format, settings });
  const counted = countSyllables(text);
  const index = word === true ? new ParagraphIndex(text) : undefined;
  const locate = typeof word === 'function' ? word : index ? (start: number, end: number) => index.locate(start, end) : undefined;
  return {
    kind: 'checked',
    path,
    words: stats.words,
    sentences: stats.runningSentenceLengths.length,
    sentenceLengths: stats.runningSentenceLengths,
    syllables: counted.syllables,
    syllableWords: counted.words,
    textHash: createHash('sha256').update(text).digest('hex').slice(0, 16),
    findings: findings.map((finding) => ({
      ...finding,
      context: sentenceAround(text, finding.start.offset, finding.end.offset, finding.check === 'risk' ? matchedPhrase(finding) : undefined),
      sentence: wholeSentence(text, finding.start.offset, finding.end.offset),
      ...(locate ? pageAndParagraph(locate(finding.start.offset, finding.end.offset)) : {}),
    })),
    ...(settings.checks.leadership.enabled ? { checklist: documentChecklist(path, assessDocument(text, format, settings)) } : {}),
  };
}

/**
 * Checks every file with the same core and the same readers as `plain-ig check`
 * (Markdown, text, Word and PDF). Files that cannot be read are returned as
 * skipped, with the reason.
 * @throws ConfigError or DictionaryError when a config or dictionary is broken
 */
export async function collectDocuments(files: readonly string[], options: CollectOptions): Promise<CollectedDocument[]> {
  const cwd = options.cwd ?? process.cwd();
  const collected: CollectedDocument[] = [];
  for (const file of files) {
    const path = (relative(cwd, file) || file).split('\\').join('/');
    const readOnly = readOnlyKindOfPath(file);
    const format = readOnly ? 'plaintext' : formatOf(file);
    if (!format) {
      collected.push({ kind: 'skipped', path, reason: 'Plain IG checks Markdown (.md), text (.txt), Word (.docx, .doc) and PDF files only' });
      continue;
    }
    let text: string;
    let locate: ((start: number, end: number) => DocumentLocation) | undefined;
    try {
      const bytes = readFileBytes(file);
      if (readOnly) {
        const extracted = await extractReadOnly(readOnly, bytes);
        text = extracted.text;
        locate = extracted.locate;
      } else {
        text = decodeText(bytes);
      }
    } catch (error) {
      if (error instanceof InputError) {
        collected.push({ kind: 'skipped', path, reason: error.message });
        continue;
      }
      throw error;
    }
    const settings = options.settings.settingsFor(file);
    collected.push(collectText(path, text, format, settings, locate ?? false));
  }
  return collected;
}
