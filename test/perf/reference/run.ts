/**
 * REFERENCE COPY (test only): the core pipeline as it was before the
 * performance work (commit 428b80d): a full remark parse per call, block cache
 * by content, retext-simplify through nlcst-search. The equivalence test
 * compares the optimised core against it. Do not optimise this file.
 */
/**
 * The core: text + format + settings → findings. The CLI, the language server,
 * the report and the tests all call {@link checkText}.
 *
 * The document is split into top-level blocks; each block's candidates are
 * cached by its content, so re-checking a long document after a small edit only
 * parses and checks the blocks that changed. Document-level rules (first use,
 * sections, control comments, the allow list) run afterwards over every block.
 */
import { CHECK_LIST, CHECKS as CURRENT_CHECKS } from '../../../server/src/checks/registry.ts';
import type { CheckId as RegistryId } from '../../../server/src/core/types.ts';
const CHECK_PRIORITY: RegistryId[] = CHECK_LIST.map((check) => check.id);
import { plainWords as originalPlainWords } from './plain-words.ts';
import { ruleUrl, milder, type BlockInput, type Candidate, type CheckContext, type DocumentInput } from '../../../server/src/core/check-api.ts';
import { isSuppressed, parseControlComments, suppressions } from '../../../server/src/core/control-comments.ts';
import { dictionariesWith } from '../../../server/src/core/dictionaries.ts';
import { documentModel, type Block } from './document.ts';
import { nonProseRanges, overlapsAny } from '../../../server/src/core/non-prose.ts';
import { LineIndex } from '../../../server/src/core/positions.ts';
import type { CheckId, DocumentFormat, Finding, Settings } from '../../../server/src/core/types.ts';
import { normalizeWord, phraseTokens, sentencesOf, tokenizeSentence } from '../../../server/src/core/words.ts';

/** What {@link checkText} needs besides the text. */
export interface CheckOptions {
  format: DocumentFormat;
  settings: Settings;
}

/** Counts a report needs. */
export interface TextStats {
  words: number;
  sentences: number;
  /** Words per sentence, in document order. */
  sentenceLengths: number[];
  /** Blocks re-parsed in this run (the rest came from the cache). */
  blocksParsed: number;
  blocks: number;
}

/** Findings and counts for one text. */
export interface CheckResult {
  findings: Finding[];
  stats: TextStats;
}

interface CachedBlock {
  /** Candidates with offsets relative to the block start. */
  candidates: Candidate[];
  words: number;
  sentenceLengths: number[];
}

/** The checks as they were: the original plain-words (retext-simplify through nlcst-search). */
// Since issue 13 plain-words matches every form of retext-simplify's words and leaves quoted
// text and names alone, so the current check is the reference for the pipeline; that its literal
// matches are still retext-simplify's is tested in test/checks/plain-words.test.ts.
let CHECKS: typeof CURRENT_CHECKS = { ...CURRENT_CHECKS };

/** Runs `fn` with retext-simplify's own matcher as the plain-words check (the literal-match test). */
export function withOriginalPlainWords<T>(fn: () => T): T {
  const saved = CHECKS;
  CHECKS = { ...CURRENT_CHECKS, 'plain-words': originalPlainWords };
  try {
    return fn();
  } finally {
    CHECKS = saved;
  }
}

const MAX_CACHED_BLOCKS = 20_000;
const blockCache = new Map<string, CachedBlock>();

/** Empties the block cache (tests and benchmarks use this for cold runs). */
export function clearBlockCache(): void {
  blockCache.clear();
}

/** Number of blocks in the cache (for soak tests). */
export function blockCacheSize(): number {
  return blockCache.size;
}

function remember(key: string, value: CachedBlock): void {
  if (blockCache.size >= MAX_CACHED_BLOCKS) {
    // Drop the oldest tenth: Map keeps insertion order.
    let drop = MAX_CACHED_BLOCKS / 10;
    for (const old of blockCache.keys()) {
      blockCache.delete(old);
      if (--drop <= 0) break;
    }
  }
  blockCache.set(key, value);
}

function shift(candidates: Candidate[], by: number): Candidate[] {
  return candidates.map((candidate) => ({ ...candidate, start: candidate.start + by, end: candidate.end + by }));
}

function checkBlock(block: Block, text: string, enabled: CheckId[], context: CheckContext, settingsKey: string): { cached: CachedBlock; parsed: boolean } {
  const body = text.slice(block.start, block.end);
  const key = `${settingsKey}\u0000${block.kind}\u0000${body}`;
  const hit = blockCache.get(key);
  if (hit) {
    blockCache.delete(key);
    blockCache.set(key, hit);
    return { cached: hit, parsed: false };
  }
  const tree = block.toNlcst();
  const sentences = sentencesOf(tree).map((sentence) => tokenizeSentence(sentence, block.start));
  const input: BlockInput = { kind: block.kind, text, base: block.start, end: block.end, tree, sentences };
  // Behaviour added since (48ff313): never flag words inside bare URLs or email addresses.
  const urls = nonProseRanges(text, block.start, block.end);
  const candidates: Candidate[] = [];
  for (const id of enabled) {
    for (const candidate of CHECKS[id].collect(input, context)) {
      if (candidate.check === 'risk' || !overlapsAny(urls, candidate.start, candidate.end)) candidates.push(candidate);
    }
  }
  const sentenceLengths = sentences.map((sentence) => sentence.tokens.length).filter((n) => n > 0);
  const cached: CachedBlock = {
    candidates: shift(candidates, -block.start),
    words: sentenceLengths.reduce((sum, n) => sum + n, 0),
    sentenceLengths,
  };
  remember(key, cached);
  return { cached, parsed: true };
}

function allowMatcher(allow: readonly string[]): (candidate: Candidate) => boolean {
  if (allow.length === 0) return () => false;
  const phrases = new Set(allow.map((item) => phraseTokens(item).join(' ')));
  const ids = new Set(allow);
  return (candidate) =>
    ids.has(candidate.ruleId) ||
    ids.has(`${candidate.check}/${candidate.ruleId}`) ||
    phrases.has(phraseTokens(candidate.actual).join(' ')) ||
    phrases.has(normalizeWord(candidate.actual));
}

/** Drops word-level findings that overlap a finding from a higher-priority check. */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const rank = (c: Candidate): number => CHECK_PRIORITY.indexOf(c.check);
  const wordLevel = candidates.filter((c) => c.check !== 'risk').sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const kept: Candidate[] = candidates.filter((c) => c.check === 'risk');
  const taken: Array<[number, number]> = [];
  for (const candidate of wordLevel) {
    if (taken.some(([s, e]) => candidate.start < e && candidate.end > s)) continue;
    taken.push([candidate.start, candidate.end]);
    kept.push(candidate);
  }
  return kept;
}

/**
 * Checks one text.
 * @param text the document's full text, exactly as on disk or in the editor
 * @param options format and settings
 * @throws DictionaryError when an extra dictionary named in the settings is invalid
 */
export function checkText(text: string, options: CheckOptions): CheckResult {
  const { settings, format } = options;
  const dictionaries = dictionariesWith(settings.dictionaries);
  const context: CheckContext = { settings, dictionaries };
  const enabled = CHECK_PRIORITY.filter((id) => settings.checks[id].enabled);
  const settingsKey = JSON.stringify([enabled, settings.audience, settings.nation, settings.dictionaries]);
  const model = documentModel(text, format);

  const perCheck = new Map<CheckId, Candidate[]>(enabled.map((id) => [id, []]));
  const sentenceLengths: number[] = [];
  let words = 0;
  let blocksParsed = 0;
  for (const block of model.blocks) {
    const { cached, parsed } = checkBlock(block, text, enabled, context, settingsKey);
    if (parsed) blocksParsed++;
    words += cached.words;
    sentenceLengths.push(...cached.sentenceLengths);
    for (const candidate of cached.candidates) {
      perCheck.get(candidate.check)?.push({ ...candidate, start: candidate.start + block.start, end: candidate.end + block.start });
    }
  }

  const document: DocumentInput = { text, sections: model.sections, blocks: model.blocks };
  let candidates: Candidate[] = [];
  for (const id of enabled) {
    const list = perCheck.get(id) ?? [];
    list.sort((a, b) => a.start - b.start);
    const finalize = CHECKS[id].finalize;
    candidates.push(...(finalize ? finalize(list, document, context) : list));
  }

  const suppressed = suppressions(parseControlComments(model.comments), model.blocks, text.length);
  const allowed = allowMatcher(settings.allow);
  candidates = dropOverlaps(
    candidates.filter(
      (c) => (c.role === undefined || c.role === 'use' || c.role === 'threat') && !allowed(c) && !isSuppressed(suppressed, c.check, c.ruleId, c.start),
    ),
  );

  const lines = new LineIndex(text);
  const findings: Finding[] = candidates
    .sort((a, b) => a.start - b.start || CHECK_PRIORITY.indexOf(a.check) - CHECK_PRIORITY.indexOf(b.check))
    .map((c) => ({
      check: c.check,
      ruleId: c.ruleId,
      severity: milder(settings.checks[c.check].severity, c.severity),
      message: c.message,
      note: c.note,
      actual: c.actual,
      expected: c.expected,
      fixKind: c.fixKind,
      safe: c.safe,
      start: lines.point(c.start),
      end: lines.point(c.end),
      url: ruleUrl(c.check, c.ruleId),
      ...(c.evidence && c.evidence.length > 0 ? { evidence: c.evidence } : {}),
      // The Finding contract's later optional fields, copied as the current core does.
      ...(c.form !== undefined ? { form: c.form } : {}),
      ...(c.unsafeReason !== undefined ? { unsafeReason: c.unsafeReason } : {}),
    }));
  return {
    findings,
    stats: { words, sentences: sentenceLengths.length, sentenceLengths, blocksParsed, blocks: model.blocks.length },
  };
}
