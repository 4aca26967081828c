/**
 * The core: text + format + settings → findings. The CLI, the language server,
 * the report and the tests all call {@link checkText}.
 *
 * The document is split into top-level blocks; each block's candidates are
 * cached by its content, so re-checking a long document after a small edit only
 * parses and checks the blocks that changed. Document-level rules (first use,
 * sections, control comments, the allow list) run afterwards over every block.
 */
import { ruleUrl, milder, toNonSpace, type BlockInput, type Candidate, type Check, type CheckContext, type DocumentInput } from './check-api.ts';
import { checkSet, type CheckSet } from './check-set.ts';
import { disabledForDocument, isSuppressed, parseControlComments, suppressions } from './control-comments.ts';
import { dictionariesWith } from './dictionaries.ts';
import type { Dictionaries } from './dictionary-types.ts';
import { changeBetween, documentModel, type Block, type Change, type ChunkCache } from './document.ts';
import { clearFitCache, fitCandidates, setFitCacheLimit } from './fit.ts';
import { nonProseRanges, overlapsAny } from './non-prose.ts';
import { itemAt, LineIndex } from './positions.ts';
import type { CheckId, DocumentFormat, Finding, Settings, Severity } from './types.ts';
import { normalizeWord, phraseTokens, sentencesOf, tokenizeSentence } from './words.ts';

/** What {@link checkText} needs besides the text. */
export interface CheckOptions {
  format: DocumentFormat;
  settings: Settings;
  /**
   * The checks to run (the core never imports them: `engine/check-text.ts`
   * passes the registry's). A check the settings do not name runs, with the
   * severity its findings carry.
   */
  checks: readonly Check[];
  /**
   * Parsed Markdown chunks of this document from earlier checks, reused and
   * refilled (DocumentChecker keeps one per open document). Default: none,
   * every chunk is parsed.
   */
  chunkCache?: ChunkCache;
  /** Parse Markdown in one piece (the reading the chunked parse must equal; tests and benchmarks). Default false. */
  wholeParse?: boolean;
  /**
   * What the last check of this document left for this one, refilled by this
   * check (DocumentChecker keeps one per open document). Default: none.
   */
  memory?: RunMemory;
}

/** What one check of a document leaves for the next check of the same document. */
export interface RunMemory {
  /** The findings made, by the fitted candidate they were made from (see {@link findingFor}). */
  findings?: Map<Candidate, Finding>;
  /** The text checked. */
  text?: string;
  /** The check's number (see {@link Known.run}). */
  run?: number;
}

/** Numbers each check that has a {@link RunMemory}. */
let runs = 0;
/**
 * Numbers every check, with or without a {@link RunMemory}: a block result's
 * placed candidates and fits are moved in place only when this check has not
 * handed them out yet (see {@link placedCandidates}).
 */
let passes = 0;

/** What this check knows of the last one of the same document: its number, and how the text changed since. */
interface Since {
  run: number;
  change: Change;
  /** New length minus old. */
  delta: number;
}

/** Counts a report needs. */
export interface TextStats {
  words: number;
  sentences: number;
  /** Words per sentence, in document order. */
  sentenceLengths: number[];
  /** Words per sentence of running text only, in document order: see {@link isRunningText}. */
  runningSentenceLengths: number[];
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
  /**
   * The candidates placed at the block's start (document offsets), kept while
   * the block does not move: the blocks before an edit hand on the same
   * candidate objects, not fresh copies, on every check.
   */
  placed?: Placed;
  /**
   * Per candidate, how it was fitted (see {@link fitReusing}). The result is
   * reused only while the block's text and the text around it that checks may
   * read (more than fitting reads) are unchanged, so the fit holds wherever
   * the block now starts, shifted.
   */
  fitted?: Array<Fitted | undefined>;
  /**
   * How far before the block's start and after its end the checks read the
   * text when they made these candidates (see {@link Check.reach} and
   * {@link unchangedAround}).
   */
  reach: readonly [before: number, after: number];
  words: number;
  sentenceLengths: number[];
  runningSentenceLengths: number[];
}

/** Sentences shorter than this count as running text only when they end with a full stop, ? or !. */
export const SHORT_SENTENCE_WORDS = 6;

/**
 * True when a sentence is running text, for sentence statistics: not in a
 * heading or table, and either ending with a full stop, question mark or
 * exclamation mark, or at least {@link SHORT_SENTENCE_WORDS} words long (so a
 * short list item such as "Staff members" is left out).
 */
export function isRunningText(kind: Block['kind'], words: number, sentenceText: string): boolean {
  if (kind === 'heading' || kind === 'table' || words === 0) return false;
  return words >= SHORT_SENTENCE_WORDS || /[.!?]["'’”)\]]*$/.test(sentenceText.trimEnd());
}

let maxCachedBlocks = 20_000;

/**
 * Sets how many blocks the cache keeps (default 20,000; the fit cache keeps as
 * many fitted findings). A batch run over many different files gains little
 * from a big cache, so the CLI keeps a small one.
 */
export function setBlockCacheLimit(limit: number): void {
  maxCachedBlocks = Math.max(10, Math.floor(limit));
  setFitCacheLimit(maxCachedBlocks);
  while (blockCache.size > maxCachedBlocks) {
    const oldest = blockCache.keys().next().value;
    if (oldest === undefined) break;
    blockCache.delete(oldest);
  }
}
const blockCache = new Map<string, CachedBlock>();
/**
 * Results by block identity (see Block.identity), with the text around the
 * block and the settings they were made with: a block reused from the chunk
 * cache is found without building and hashing a key from its whole text.
 */
let byIdentity = new WeakMap<object, Known>();

/** A block result found by its block's identity (see {@link byIdentity}). */
interface Known {
  settingsKey: string;
  labels: string;
  /** The {@link BLOCK_CONTEXT} characters before and after the block that `cached` (its fits too) was made with. */
  before: string;
  after: string;
  cached: CachedBlock;
  /** The check (see {@link RunMemory.run}; 0 without one) that last found `before` and `after` around the block, and the block's start then. */
  run: number;
  at: number;
}
/**
 * Each block result's candidates placed at the block's start (document
 * offsets), kept while the block does not move: the blocks before an edit
 * hand on the same candidate objects, not fresh copies, on every check.
 */

/** Empties the block cache (tests and benchmarks use this for cold runs). */
export function clearBlockCache(): void {
  blockCache.clear();
  byIdentity = new WeakMap();
  clearFitCache();
}

/** Number of blocks in the cache (for soak tests). */
export function blockCacheSize(): number {
  return blockCache.size;
}

function remember(key: string, value: CachedBlock): void {
  if (blockCache.size >= maxCachedBlocks) {
    // Drop the oldest tenth: Map keeps insertion order.
    let drop = Math.ceil(maxCachedBlocks / 10);
    for (const old of blockCache.keys()) {
      blockCache.delete(old);
      if (--drop <= 0) break;
    }
  }
  blockCache.set(key, value);
}

function shift(candidates: Candidate[], by: number): Candidate[] {
  return candidates.map((candidate) => moved(candidate, by));
}

/** A copy of a candidate `by` characters further on (Object.assign: about twice as fast as a spread over the checks' many shapes). */
function moved(candidate: Candidate, by: number): Candidate {
  const copy = Object.assign({}, candidate);
  copy.start = candidate.start + by;
  copy.end = candidate.end + by;
  return copy;
}

/**
 * How far outside its block a check may read the text (an acronym's definition
 * in brackets, a gloss after a term, quotation marks around a sentence). The
 * cache key holds this much text on each side, so a cached block is only
 * reused when everything its checks could see is unchanged.
 */
export const BLOCK_CONTEXT = 160;

/** How much of the text around a block is the same as at the last check of the document (see {@link unchangedAround}). */
const enum Around {
  /** Some text the block's checks read changed: check it again. */
  Changed,
  /** The text the checks read is the same, but not all {@link BLOCK_CONTEXT} characters either side (which fitting may read). */
  Read,
  /** All {@link BLOCK_CONTEXT} characters either side are the same. */
  Context,
}

/**
 * Whether the text around a block is the text the last check of this
 * document read around it at `known.at`: the block lies, with that text,
 * wholly before or wholly after the part of the text that changed. The text
 * its checks read is what they said they read ({@link CachedBlock.reach}) and,
 * for a check that asks whether anything stands before or after the block (a
 * title line), the white space up to the nearest other character either side,
 * or up to the start or end of the document. Then, for fitting, whether the
 * {@link BLOCK_CONTEXT} characters either side are the same too.
 */
function unchangedAround(known: Known, block: Block, text: string, since: Since | undefined): Around {
  if (!since || known.run !== since.run) return Around.Changed;
  const { prefix, suffix } = since.change;
  const tail = text.length - suffix;
  let from = block.start - known.cached.reach[0];
  let to = block.end + known.cached.reach[1];
  // The nearest character other than white space either side, for a check that asks whether anything stands there.
  from = Math.max(0, Math.min(from, block.start - toNonSpace(text, block.start, -1)));
  to = Math.min(text.length, Math.max(to, block.end + toNonSpace(text, block.end, 1)));
  // Before the change; reaching the end of the document only when nothing changed at all.
  if (to <= prefix && (to < text.length || (prefix === text.length && since.delta === 0))) {
    if (known.at !== block.start) return Around.Changed;
    return block.end + BLOCK_CONTEXT <= prefix || (since.delta === 0 && prefix === text.length) ? Around.Context : Around.Read;
  }
  // After it; never reaching the start of the document, where the change was.
  if (from >= tail && from > 0) {
    if (known.at !== block.start - since.delta) return Around.Changed;
    return block.start - BLOCK_CONTEXT >= tail && block.end + BLOCK_CONTEXT <= text.length ? Around.Context : Around.Read;
  }
  return Around.Changed;
}

/** True when what the last check read around a block (its {@link BLOCK_CONTEXT} characters either side, `before` and `after`) is all its checks read. */
function readWithin(cached: CachedBlock, before: string, after: string): boolean {
  return cached.reach[0] <= BLOCK_CONTEXT && cached.reach[1] <= BLOCK_CONTEXT && (before.length < BLOCK_CONTEXT || NOT_SPACE.test(before)) && (after.length < BLOCK_CONTEXT || NOT_SPACE.test(after));
}
const NOT_SPACE = /\S/;

function checkBlock(block: Block, text: string, enabled: CheckId[], context: CheckContext, settingsKey: string, set: CheckSet, run: number, since: Since | undefined): { cached: CachedBlock; parsed: boolean } {
  if (!block.identity) return checkBlockByText(block, text, enabled, context, settingsKey, set);
  // Compared part by part: no joined key is built for every block on every check.
  const labels = block.labels ?? '';
  const known = byIdentity.get(block.identity);
  const around = known && known.settingsKey === settingsKey && known.labels === labels ? unchangedAround(known, block, text, since) : Around.Changed;
  if (around === Around.Context) {
    known!.run = run;
    known!.at = block.start;
    return { cached: known!.cached, parsed: false };
  }
  const before = text.slice(Math.max(0, block.start - BLOCK_CONTEXT), block.start);
  const after = text.slice(block.end, block.end + BLOCK_CONTEXT);
  if (around === Around.Read) {
    if (known!.before !== before || known!.after !== after) {
      // The checks' candidates hold; how they were fitted may not (fitting reads up to BLOCK_CONTEXT around
      // them): a copy of the result without its fits, as the result may be shared (see blockCache).
      const { candidates, reach, words, sentenceLengths, runningSentenceLengths } = known!.cached;
      known!.cached = { candidates, reach, words, sentenceLengths, runningSentenceLengths };
      known!.before = detached(before);
      known!.after = detached(after);
    }
    known!.run = run;
    known!.at = block.start;
    return { cached: known!.cached, parsed: false };
  }
  if (known && known.settingsKey === settingsKey && known.labels === labels && known.before === before && known.after === after && readWithin(known.cached, before, after)) {
    known.run = run;
    known.at = block.start;
    return { cached: known.cached, parsed: false };
  }
  const result = checkBlockByText(block, text, enabled, context, settingsKey, set, before, after);
  byIdentity.set(block.identity, { settingsKey, labels, before: detached(before), after: detached(after), cached: result.cached, run, at: block.start });
  return result;
}

/** A copy of a short slice that does not keep the whole text it was cut from alive (V8 slices point into their parent). */
function detached(slice: string): string {
  return ` ${slice}`.slice(1);
}

/** A block result's candidates placed at a block start, and the result they came from. */
interface Placed {
  start: number;
  candidates: Candidate[];
  cached: CachedBlock;
  /** The check (see {@link passes}) that last handed these candidates out. */
  pass: number;
  /** Each candidate's index in `candidates`, made when first asked (a list or table block can hold hundreds). */
  indexes?: Map<Candidate, number>;
}

/** The index of `candidate` in `placed.candidates`, or -1. */
function indexIn(placed: Placed, candidate: Candidate): number {
  if (placed.candidates.length <= 16) return placed.candidates.indexOf(candidate);
  placed.indexes ??= new Map(placed.candidates.map((c, i) => [c, i]));
  return placed.indexes.get(candidate) ?? -1;
}

/**
 * A block result's candidates at document offsets for a block starting at
 * `start` (see {@link CachedBlock.placed}). When the block has moved since
 * they were last handed out, the same candidate objects are moved in place
 * (no copy of every candidate after an edit that changed the length; candidates
 * never leave the core, and no check keeps one between checks); fresh copies
 * only when this check already handed them out at another start (two blocks
 * with one result).
 */
function placedCandidates(cached: CachedBlock, start: number, pass: number): Placed {
  const placed = cached.placed;
  if (placed && placed.start === start) {
    placed.pass = pass;
    return placed;
  }
  if (placed && placed.pass !== pass) {
    const by = start - placed.start;
    for (const candidate of placed.candidates) {
      candidate.start += by;
      candidate.end += by;
    }
    placed.start = start;
    placed.pass = pass;
    return placed;
  }
  return (cached.placed = { start, candidates: shift(cached.candidates, start), cached, pass });
}

/**
 * @param textBefore the {@link BLOCK_CONTEXT} characters before the block (the caller may have cut them already)
 * @param textAfter the same after it
 */
function checkBlockByText(
  block: Block,
  text: string,
  enabled: CheckId[],
  context: CheckContext,
  settingsKey: string,
  set: CheckSet,
  textBefore = text.slice(Math.max(0, block.start - BLOCK_CONTEXT), block.start),
  textAfter = text.slice(block.end, block.end + BLOCK_CONTEXT),
): { cached: CachedBlock; parsed: boolean } {
  const key = `${settingsKey}\u0000${block.kind}\u0000${textBefore}${text.slice(block.start, block.end)}${textAfter}\u0000${textBefore.length}\u0000${block.end - block.start}\u0000${block.labels ?? ''}`;
  const hit = blockCache.get(key);
  // The key holds BLOCK_CONTEXT characters either side: a result whose checks read further is not reused by it.
  if (hit && readWithin(hit, textBefore, textAfter)) {
    blockCache.delete(key);
    blockCache.set(key, hit);
    return { cached: hit, parsed: false };
  }
  const tree = block.toNlcst();
  const sentences = sentencesOf(tree).map((sentence) => tokenizeSentence(sentence, block.start));
  const input: BlockInput = { kind: block.kind, text, base: block.start, end: block.end, tree, sentences };
  const urls = nonProseRanges(text, block.start, block.end);
  const candidates: Candidate[] = [];
  let before = 0;
  let after = 0;
  for (const id of enabled) {
    const check = set.byId.get(id)!;
    const edge = check.reach ? check.reach.edge : BLOCK_CONTEXT;
    before = Math.max(before, edge);
    after = Math.max(after, edge);
    const around = check.reach?.around;
    for (const candidate of check.collect(input, context)) {
      if (around) {
        const by = around(candidate, text, context);
        before = Math.max(before, block.start - candidate.start + by);
        after = Math.max(after, candidate.end + by - block.end);
      }
      if (set.spans.has(candidate.check) || !overlapsAny(urls, candidate.start, candidate.end)) candidates.push(candidate);
    }
  }
  const sentenceLengths = sentences.map((sentence) => sentence.tokens.length).filter((n) => n > 0);
  const runningSentenceLengths = sentences
    .filter((sentence) => isRunningText(block.kind, sentence.tokens.length, text.slice(sentence.start, sentence.end)))
    .map((sentence) => sentence.tokens.length);
  const cached: CachedBlock = {
    candidates: shift(candidates, -block.start),
    reach: [before, after],
    words: sentenceLengths.reduce((sum, n) => sum + n, 0),
    sentenceLengths,
    runningSentenceLengths,
  };
  remember(key, cached);
  return { cached, parsed: true };
}

/** What fitting a candidate read besides the candidate and the text around its block, and what it gave. */
interface Fitted {
  dictionaries: Dictionaries;
  heading: string;
  /** The block's kind and span when `fitted` was placed (moved with it). */
  block: { kind: string; start: number; end: number };
  /** The fitted candidate at `block`'s place; undefined when fitting gave the candidate itself (the placed one is used, wherever it is). */
  fitted: Candidate | undefined;
  /** The check (see {@link passes}) that last handed `fitted` out. */
  pass: number;
}


/**
 * {@link fitCandidates}, reusing how a block's own candidates were fitted on
 * an earlier check (see {@link CachedBlock.fitted}) while the block's kind and
 * length and its section's heading (which fitting also reads) are the same,
 * and fitting the rest. Candidates a document-level pass makes afresh are
 * fitted on every check.
 * @param placings each block's candidates as placed (see {@link placedCandidates})
 */
function fitReusing(candidates: Candidate[], document: DocumentInput, dictionaries: Dictionaries, placings: ReadonlyMap<object, Placed>, pass: number): Candidate[] {
  const out: Candidate[] = new Array<Candidate>(candidates.length);
  const missing: Candidate[] = [];
  const where: Array<{ at: number; memo?: Array<Fitted | undefined>; index: number; heading: string; block?: Fitted['block'] }> = [];
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    const found = itemAt(document.blocks, candidate.start);
    const origin = found && placings.get(found);
    // Only a candidate placed with the block it is in (not one a pass made, or moved elsewhere).
    const index = origin ? indexIn(origin, candidate) : -1;
    // The block itself is compared; a copy of its kind and span is kept (the block would keep its parse alive).
    const block = index >= 0 ? found : undefined;
    const heading = block ? (itemAt(document.sections, candidate.start)?.heading ?? '') : '';
    const memo = index >= 0 ? (origin!.cached.fitted ??= []) : undefined;
    const known = memo?.[index];
    if (known && known.dictionaries === dictionaries && known.heading === heading && known.block.kind === block!.kind && known.block.end - known.block.start === block!.end - block!.start) {
      const by = block!.start - known.block.start;
      if (known.fitted && by !== 0) {
        if (known.pass === pass) {
          // Already handed out at another place by this check (two blocks with one result): a copy.
          memo![index] = { dictionaries, heading, block: spanOf(block!), fitted: moved(known.fitted, by), pass };
          out[i] = memo![index]!.fitted!;
          continue;
        }
        // Moved in place: while the block stays there, later checks hand on this same object (and its finding).
        known.fitted.start += by;
        known.fitted.end += by;
      }
      known.block.start = block!.start;
      known.block.end = block!.end;
      known.pass = pass;
      out[i] = known.fitted ?? candidate;
      continue;
    }
    missing.push(candidate);
    where.push({ at: i, index, heading, ...(memo && block ? { memo, block: spanOf(block) } : {}) });
  }
  const fitted = fitCandidates(missing, document, dictionaries);
  for (let k = 0; k < missing.length; k++) {
    const { at, memo, index, heading, block } = where[k]!;
    out[at] = fitted[k]!;
    // Fitting that gave the candidate itself is not kept as an object: the placed candidate moves on its own.
    if (memo && block) memo[index] = { dictionaries, heading, block, fitted: fitted[k] === missing[k] ? undefined : fitted[k]!, pass };
  }
  return out;
}

function spanOf(block: Fitted['block']): Fitted['block'] {
  return { kind: block.kind, start: block.start, end: block.end };
}

/** A test for the allow list: a rule id, `check/ruleId`, or the flagged words (case, hyphens and -ize/-ise ignored). */
export function allowMatcher(allow: readonly string[]): (candidate: Candidate) => boolean {
  if (allow.length === 0) return () => false;
  const phrases = new Set(allow.map((item) => phraseTokens(item).join(' ')));
  const ids = new Set(allow);
  return (candidate) =>
    ids.has(candidate.ruleId) ||
    ids.has(`${candidate.check}/${candidate.ruleId}`) ||
    phrases.has(phraseTokens(candidate.actual).join(' ')) ||
    phrases.has(normalizeWord(candidate.actual));
}

/** A finding's severity: the milder of its check's setting and its entry's own; a check the settings do not name keeps its entry's (default info). */
function severityOf(settings: Settings, candidate: Candidate): Severity {
  const own = settings.checks[candidate.check] as Settings['checks'][CheckId] | undefined;
  return own ? milder(own.severity, candidate.severity) : (candidate.severity ?? 'info');
}

/** Each check's place in `set.priority` (looked up per comparison when sorting, so kept in a map). */
function priorityRanks(set: CheckSet): Map<CheckId, number> {
  return new Map(set.priority.map((id, i) => [id, i]));
}

/** True when every candidate starts at or after the one before it (what a stable sort by start would leave as it is). */
function inOrder(candidates: readonly Candidate[]): boolean {
  for (let i = 1; i < candidates.length; i++) if (candidates[i]!.start < candidates[i - 1]!.start) return false;
  return true;
}

/** Drops word-level findings that overlap a finding from a higher-priority check. */
function dropOverlaps(candidates: Candidate[], set: CheckSet): Candidate[] {
  const ranks = priorityRanks(set);
  const rank = (c: Candidate): number => ranks.get(c.check) ?? -1;
  const wordLevel = candidates.filter((c) => !set.spans.has(c.check)).sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const kept: Candidate[] = candidates.filter((c) => set.spans.has(c.check));
  // Spans kept so far, sorted by start and never overlapping, so a binary search finds the neighbours.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const candidate of wordLevel) {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < candidate.start) low = mid + 1;
      else high = mid;
    }
    const overlapsBefore = low > 0 && ends[low - 1]! > candidate.start;
    const overlapsAfter = low < starts.length && starts[low]! < candidate.end;
    if (overlapsBefore || overlapsAfter) continue;
    starts.splice(low, 0, candidate.start);
    ends.splice(low, 0, candidate.end);
    kept.push(candidate);
  }
  return kept;
}

/**
 * The counts of a check, summed from its block results when first read: the
 * language server never reads them, and summing every block's sentences on
 * every edit was whole-document work. Own enumerable getters, so copies
 * (JSON, structured clone, spreading) still carry the values.
 */
function textStats(results: readonly CachedBlock[], blocksParsed: number): TextStats {
  let sums: Pick<TextStats, 'words' | 'sentenceLengths' | 'runningSentenceLengths'> | undefined;
  const summed = () => {
    if (sums) return sums;
    const sentenceLengths: number[] = [];
    const runningSentenceLengths: number[] = [];
    let words = 0;
    for (const cached of results) {
      words += cached.words;
      for (const length of cached.sentenceLengths) sentenceLengths.push(length); // not push(...): a huge block overflowed the stack
      for (const length of cached.runningSentenceLengths) runningSentenceLengths.push(length);
    }
    return (sums = { words, sentenceLengths, runningSentenceLengths });
  };
  return {
    get words() {
      return summed().words;
    },
    get sentences() {
      return summed().sentenceLengths.length;
    },
    get sentenceLengths() {
      return summed().sentenceLengths;
    },
    get runningSentenceLengths() {
      return summed().runningSentenceLengths;
    },
    blocksParsed,
    blocks: results.length,
  };
}

/**
 * The finding for a fitted candidate. A block that did not move hands on the
 * same fitted candidates (see {@link fitReusing}), so the finding made from
 * one last time is handed on too, unless its severity or a line or column
 * differs (an edit above that kept the length but not the line breaks).
 * @param before the findings the last check of this document made (see {@link RunMemory})
 */
function findingFor(c: Candidate, severity: Severity, lines: LineIndex, before: ReadonlyMap<Candidate, Finding> | undefined): Finding {
  const known = before?.get(c);
  // Compared without making the points: most findings are handed on.
  if (known && known.severity === severity && lines.isAt(known.start, c.start) && lines.isAt(known.end, c.end)) return known;
  const start = lines.point(c.start);
  const end = lines.point(c.end);
  const finding: Finding = {
    check: c.check,
    ruleId: c.ruleId,
    severity,
    message: c.message,
    note: c.note,
    actual: c.actual,
    expected: c.expected,
    fixKind: c.fixKind,
    safe: c.safe,
    start,
    end,
    url: ruleUrl(c.check, c.ruleId),
    ...(c.evidence && c.evidence.length > 0 ? { evidence: c.evidence } : {}),
    ...(c.form !== undefined ? { form: c.form } : {}),
    ...(c.unsafeReason !== undefined ? { unsafeReason: c.unsafeReason } : {}),
  };
  return finding;
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
  const set = checkSet(options.checks);
  const enabled = set.priority.filter((id) => settings.checks[id]?.enabled ?? true);
  const settingsKey = JSON.stringify([enabled, settings.audience, settings.nation, settings.dictionaries]);
  const model = documentModel(text, format, options.chunkCache, options.wholeParse);
  const memory = options.memory;
  const run = memory ? ++runs : 0;
  const pass = ++passes;
  const since: Since | undefined =
    memory?.text !== undefined && memory.run !== undefined ? { run: memory.run, change: changeBetween(memory.text, text), delta: text.length - memory.text.length } : undefined;

  const perCheck = new Map<CheckId, Candidate[]>(enabled.map((id) => [id, []]));
  /** Each block's candidates as placed, for reusing their fitting. */
  const placings = new Map<object, Placed>();
  const results: CachedBlock[] = [];
  let blocksParsed = 0;
  for (const block of model.blocks) {
    const { cached, parsed } = checkBlock(block, text, enabled, context, settingsKey, set, run, since);
    if (parsed) blocksParsed++;
    results.push(cached);
    const placed = placedCandidates(cached, block.start, pass);
    placings.set(block, placed);
    for (const candidate of placed.candidates) perCheck.get(candidate.check)?.push(candidate);
  }

  const document: DocumentInput = { text, sections: model.sections, blocks: model.blocks };
  let candidates: Candidate[] = [];
  for (const id of enabled) {
    const list = perCheck.get(id) ?? [];
    // Blocks come in document order, so a list is nearly always in order already: checked in one pass, not sorted.
    if (!inOrder(list)) list.sort((a, b) => a.start - b.start);
    const finalize = set.byId.get(id)!.finalize;
    for (const candidate of finalize ? finalize(list, document, context) : list) candidates.push(candidate);
  }

  const controls = parseControlComments(model.comments);
  const suppressed = suppressions(controls, model.blocks, text.length);
  const allowed = allowMatcher(settings.allow);
  candidates = dropOverlaps(
    candidates.filter(
      (c) =>
        (c.role === undefined || c.role === 'use' || c.role === 'threat') &&
        !allowed(c) &&
        !isSuppressed(suppressed, c.check, c.ruleId, c.start) &&
        // A document-level finding is switched off by a comment naming it anywhere in the document.
        !(set.documentLevel.has(c.check) && disabledForDocument(controls, c.check, c.ruleId)),
    ),
    set,
  );

  candidates = fitReusing(candidates, document, dictionaries, placings, pass);

  const lines = new LineIndex(text);
  const ranks = priorityRanks(set);
  const findings: Finding[] = candidates
    .sort((a, b) => a.start - b.start || (ranks.get(a.check) ?? -1) - (ranks.get(b.check) ?? -1))
    .map((c) => findingFor(c, severityOf(settings, c), lines, memory?.findings));
  if (memory) {
    const made = new Map<Candidate, Finding>();
    for (let i = 0; i < candidates.length; i++) made.set(candidates[i]!, findings[i]!);
    memory.findings = made;
    memory.text = text;
    memory.run = run;
  }
  return {
    findings,
    stats: textStats(results, blocksParsed),
  };
}
