/**
 * The report's data: counts per check and per 1,000 words for the library and
 * each document, Flesch reading ease, the attention score that ranks the
 * documents, the most frequent terms, and the change since a baseline. The
 * HTML, Markdown and JSON outputs are all drawn from this one model, so their
 * numbers agree.
 */
import { flesch } from 'flesch';
import { SEVERITIES, type CheckId } from '../core/types.ts';
import { CHECK_IDS, CHECK_LIST } from '../checks/registry.ts';
import { matchedPhrase, readable, type CheckedDocument, type CollectedDocument, type FindingInContext, type SentenceContext } from './collect.ts';
import { buildTrustChecklist, type TrustChecklist } from './trust-checklist.ts';

/**
 * Every check a report knows how to show: the checks that exist now, and the
 * trust and leadership checks once they are added to `CHECK_IDS` (their names,
 * weights and place in the order are ready here, so adding them needs no
 * change to the report).
 */
export type ReportCheck = CheckId | 'trust' | 'leadership';

/** One document in a baseline. */
export interface BaselineFile {
  path: string;
  words: number;
  findings: number;
  attention: number;
  /** Fingerprint of the text, when the baseline has one (reports from this version on). */
  textHash?: string;
}

/** An earlier run, reduced to what the comparison needs (read by `baseline.ts`). */
export interface Baseline {
  /** The file it was read from, as given. */
  source: string;
  generatedAt?: string;
  summary: { words: number; findings: number; attention: number; readingEase: number | null; per1000: CheckCounts };
  files: BaselineFile[];
}

/** What each check is called in the report, and what it measures, in one line (from each check's metadata). */
export const CHECK_INFO = Object.fromEntries(CHECK_LIST.map((check) => [check.id, { name: check.title, explain: check.report.explain }])) as Record<ReportCheck, { name: string; explain: string }>;

/**
 * The order of what matters for sharing (each check's `report.order`):
 * risk-averse wording first, then trust and leadership, then jargon, then
 * wording. Checks are listed, ranked and grouped in this order everywhere in
 * the report.
 */
export const SHARING_ORDER: readonly ReportCheck[] = [...CHECK_LIST].sort((a, b) => a.report.order - b.report.order).map((check) => check.id);

/** The checks that exist, in {@link SHARING_ORDER}. */
export const REPORT_CHECKS: readonly CheckId[] = [...SHARING_ORDER];

/** The name of a check in the report. */
export const checkName = (id: string): string => CHECK_INFO[id as ReportCheck]?.name ?? id;

/** Place of a check in {@link SHARING_ORDER}: 0 matters most. */
export const sharingRank = (id: string): number => {
  const at = SHARING_ORDER.indexOf(id as ReportCheck);
  return at < 0 ? SHARING_ORDER.length : at;
};

/**
 * Points per finding in the attention score (each check's `report.weight`). Risk-averse wording counts most,
 * so that one such sentence outweighs a page of wordy phrases.
 */
export const ATTENTION_WEIGHTS = Object.fromEntries(CHECK_LIST.map((check) => [check.id, check.report.weight])) as Record<ReportCheck, number>;

/** Documents shorter than this count as this long in the attention score. */
export const ATTENTION_MIN_WORDS = 250;

/** A sentence longer than this is counted as long (GOV.UK guidance: 25 words at most). */
export const LONG_SENTENCE = 25;

/** Findings of each check shown before “Show all” in a document's section. */
export const FINDINGS_FIRST = 5;

/** Sentences in the “Where to start” list. */
export const START_SENTENCES = 5;

/** Fewer scored documents than this and the bands use {@link FIXED_BANDS} instead of the library's thirds. */
export const MIN_DOCUMENTS_FOR_THIRDS = 3;

/** Bands used when a library is too small to compare documents with each other: High from 30, Medium from 10. */
export const FIXED_BANDS = { high: 30, medium: 10 } as const;

/** What to call the shapes risk-averse wording takes (`form` of a finding). Unknown forms are shown by their id. */
export const RISK_FORMS: Record<string, string> = {
  'consent-gate': 'Consent asked for before any sharing, even for care',
  absolute: 'Absolute bans (“never”, “under no circumstances”)',
  threat: 'Warnings of punishment with no word of support',
  'approval-gate': 'A manager’s approval needed before sharing',
  'need-to-know': '“Need to know” without saying who needs to know',
  'law-restricts': 'The law described as stopping sharing',
  'internal-risk': 'Sharing described only as a risk',
  'beyond-care': 'Rules for other purposes applied to care',
  other: 'Other risk-averse wording',
};

/** What a risk form is called in the report. */
export const riskFormName = (form: string): string => RISK_FORMS[form] ?? form.replace(/-/g, ' ');

/** Sentence-length bands of the histogram: [lowest, highest] words; the last is open-ended. */
export const SENTENCE_BANDS: ReadonlyArray<readonly [number, number]> = [
  [1, 5],
  [6, 10],
  [11, 15],
  [16, 20],
  [21, 25],
  [26, 30],
  [31, 35],
  [36, 40],
  [41, Infinity],
];

/** Label of a sentence-length band, such as "6–10" or "41+". */
export const bandLabel = ([low, high]: readonly [number, number]): string => (high === Infinity ? `${low}+` : `${low}–${high}`);

/** Counts per check. */
export type CheckCounts = Record<CheckId, number>;

/** How much attention a document needs, compared with the rest of the library. */
export type AttentionBand = 'High' | 'Medium' | 'Low';

/** The measures shared by the library and each document. */
export interface Measures {
  words: number;
  /** Sentences of running text (headings, tables and short list items are left out). */
  sentences: number;
  findings: number;
  byCheck: CheckCounts;
  /** Findings per 1,000 words, per check (1 decimal place; see {@link formatRate} for showing it). */
  per1000: CheckCounts;
  /** All findings per 1,000 words (1 decimal place). */
  findingsPer1000: number;
  /** Weighted findings per 1,000 words (1 decimal place); see {@link ATTENTION_WEIGHTS}. */
  attention: number;
  /** Flesch reading ease, rounded; null when there is too little text. */
  readingEase: number | null;
  /** Mean words per sentence of running text (1 decimal place). */
  averageSentence: number;
  /** Sentences over {@link LONG_SENTENCE} words. */
  longSentences: number;
  /** Sentences per band of {@link SENTENCE_BANDS}. */
  sentenceBands: number[];
}

/** The findings of one check in one document, most serious first, then in document order. */
export interface FindingGroup {
  check: CheckId;
  findings: FindingInContext[];
}

/** One checked document in the report. */
export interface DocumentReport extends Measures {
  /** 1 = needs attention first. */
  rank: number;
  /** Compared with the other documents of this library: see {@link BandCuts}. */
  band: AttentionBand;
  /** Stable anchor id for links. */
  id: string;
  path: string;
  bySeverity: Record<string, number>;
  /** Every finding, grouped by check in {@link SHARING_ORDER}; checks with none are left out. */
  groups: FindingGroup[];
  /** Fingerprint of the text (see `CheckedDocument.textHash`). */
  textHash?: string;
}

/** Where the bands were cut for this library. */
export interface BandCuts {
  /** `thirds`: by this library's own scores; `fixed`: too few documents to compare, {@link FIXED_BANDS}. */
  method: 'thirds' | 'fixed';
  /** Scores at or above this are High. */
  high: number;
  /** Scores at or above this (and under `high`) are Medium; a score of 0 is always Low. */
  medium: number;
}

/** One sentence worth rewriting, with its suggested wording. */
export interface StartSentence {
  /** The document it is in (the first, when the same sentence is in several). */
  path: string;
  /** Anchor of that document's section. */
  id: string;
  /** "Line 12" or "Paragraph 4". */
  where: string;
  /** The check that matters most among its findings. */
  check: CheckId;
  /** The sentence, with the most important finding highlighted. */
  context: SentenceContext;
  /** The sentence rewritten with the suggestions (or the suggested rewording, for risk-averse wording). */
  suggestion: string;
  /** Why the most important finding matters. */
  why: string;
  /** Findings in the sentence. */
  findings: number;
  /** Documents with this same sentence. */
  documents: number;
}

/** Risk-averse wording of one form (the shape it took) across the library. */
export interface RiskFormRow {
  form: string;
  name: string;
  count: number;
  /** Per 1,000 words of the library (1 decimal place). */
  per1000: number;
  documents: number;
}

/** A term or phrase found across the library. */
export interface TermRow {
  check: CheckId;
  ruleId: string;
  /** The wording as most often written. */
  term: string;
  count: number;
  documents: number;
  suggestions: string[];
  why: string;
}

/** A measure then and now. */
export interface Change {
  before: number | null;
  after: number | null;
}

/** The change since a baseline run. */
export interface Comparison {
  source: string;
  generatedAt?: string;
  library: { words: Change; findings: Change; attention: Change; readingEase: Change; per1000: Record<CheckId, Change> };
  /** Documents in both runs, by attention change (most improved first). */
  documents: Array<{ path: string; id: string; attention: Change; findings: Change }>;
  added: string[];
  removed: string[];
  /**
   * Where the findings that went away went: `edited` counts only documents whose text changed
   * (by the suggested wording or by the writer); `unedited` counts documents whose text is the
   * same as in the baseline, so their drop comes from a change of dictionaries or settings;
   * `unknown` counts documents the baseline has no text fingerprint for.
   */
  wentAway: { edited: number; unedited: number; unknown: number; uneditedDocuments: string[] };
}

/** The whole report. */
export interface ReportModel {
  title: string;
  generatedAt: string;
  library: Measures & { documents: number; bySeverity: Record<string, number> };
  documents: DocumentReport[];
  /** How the bands were cut, and how many documents are in each. */
  bands: BandCuts & { count: Record<AttentionBand, number> };
  /** The sentences most worth rewriting across the library, most important first. */
  whereToStart: StartSentence[];
  /** Risk-averse wording by the form it took, most frequent first. */
  riskForms: RiskFormRow[];
  notChecked: Array<{ path: string; reason: string }>;
  topJargon: TermRow[];
  topRisk: TermRow[];
  comparison?: Comparison;
  /** The trust and leadership checklist per document, and the library summary. */
  trust: TrustChecklist;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const zeroCounts = (): CheckCounts => Object.fromEntries(CHECK_IDS.map((id) => [id, 0])) as CheckCounts;

/** Flesch reading ease from counts, rounded to a whole number; null with fewer than 10 words. */
export function readingEase(words: number, sentences: number, syllables: number, syllableWords: number): number | null {
  if (words < 10 || sentences === 0 || syllableWords === 0) return null;
  // Words per sentence from the core's tokeniser; syllables per word from the prose count.
  const score = flesch({ sentence: sentences, word: words, syllable: (syllables / syllableWords) * words });
  return Number.isFinite(score) ? Math.round(score) : null;
}

/** What a Flesch reading ease score means, in a few words. */
export function easeLabel(score: number | null): string {
  if (score === null) return 'too little text to score';
  if (score >= 80) return 'easy';
  if (score >= 70) return 'fairly easy';
  if (score >= 60) return 'plain English';
  if (score >= 50) return 'fairly hard';
  if (score >= 30) return 'hard';
  return 'very hard (graduate level)';
}

/**
 * Where to cut the bands for a library: High is the third of documents with the
 * highest scores, Low the third with the lowest, so the bands always separate a
 * library's documents. With fewer than {@link MIN_DOCUMENTS_FOR_THIRDS} scored
 * documents, the fixed cuts of {@link FIXED_BANDS} are used instead.
 */
export function bandCuts(scores: readonly number[]): BandCuts {
  const scored = scores.filter((score) => score > 0).sort((a, b) => b - a);
  const all = [...scores].sort((a, b) => b - a);
  if (scored.length < MIN_DOCUMENTS_FOR_THIRDS) return { method: 'fixed', ...FIXED_BANDS };
  const third = Math.max(1, Math.round(all.length / 3));
  const high = all[third - 1]!;
  // Medium starts just above the highest score of the bottom third.
  const lowTop = all[all.length - third]!;
  const medium = Math.min(high, Math.round((lowTop + 0.1) * 10) / 10);
  return { method: 'thirds', high: Math.max(high, 0.1), medium: Math.max(medium, 0.1) };
}

/** The band a score falls in, given the cuts; a score of 0 is always Low. */
export function attentionBand(score: number, cuts: BandCuts = { method: 'fixed', ...FIXED_BANDS }): AttentionBand {
  if (score <= 0) return 'Low';
  if (score >= cuts.high) return 'High';
  if (score >= cuts.medium) return 'Medium';
  return 'Low';
}

/**
 * A rate as the report shows it: one decimal place, but never 0 when
 * something was found ("under 0.1" instead), so rounding never hides a finding.
 */
export function formatRate(count: number, per1000: number): string {
  if (count > 0 && per1000 < 0.1) return 'under 0.1';
  return per1000.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** Attention score: weighted findings per 1,000 words, short documents counted as {@link ATTENTION_MIN_WORDS}. */
export function attentionScore(byCheck: CheckCounts, words: number): number {
  const points = CHECK_IDS.reduce((sum, id) => sum + (byCheck[id] ?? 0) * ATTENTION_WEIGHTS[id], 0);
  return points === 0 ? 0 : round1((points / Math.max(words, ATTENTION_MIN_WORDS)) * 1000);
}

function measure(docs: readonly CheckedDocument[]): Measures {
  const byCheck = zeroCounts();
  const sentenceBands = SENTENCE_BANDS.map(() => 0);
  let words = 0;
  let sentences = 0;
  let findings = 0;
  let syllables = 0;
  let syllableWords = 0;
  let longSentences = 0;
  let sentenceWords = 0;
  for (const doc of docs) {
    words += doc.words;
    sentences += doc.sentences;
    syllables += doc.syllables;
    syllableWords += doc.syllableWords;
    findings += doc.findings.length;
    for (const finding of doc.findings) byCheck[finding.check]++;
    for (const length of doc.sentenceLengths) {
      sentenceWords += length;
      if (length > LONG_SENTENCE) longSentences++;
      const band = SENTENCE_BANDS.findIndex(([low, high]) => length >= low && length <= high);
      if (band >= 0) sentenceBands[band]!++;
    }
  }
  const rate = (n: number): number => (words === 0 ? 0 : round1((n / words) * 1000));
  const per1000 = Object.fromEntries(CHECK_IDS.map((id) => [id, rate(byCheck[id])])) as CheckCounts;
  const attention = attentionScore(byCheck, words);
  return {
    words,
    sentences,
    findings,
    byCheck,
    per1000,
    findingsPer1000: rate(findings),
    attention,
    // Words per sentence from running text only; syllables per word from all the prose.
    readingEase: readingEase(sentenceWords, sentences, syllables, syllableWords),
    averageSentence: sentences === 0 ? 0 : round1(sentenceWords / sentences),
    longSentences,
    sentenceBands,
  };
}

function severities(findings: readonly FindingInContext[]): Record<string, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<string, number>;
  for (const finding of findings) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
  return counts;
}

/** A stable anchor id for a document path. */
export function anchorFor(path: string, index: number): string {
  return `doc-${index + 1}-${path.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40)}`;
}

function topTerms(docs: readonly CheckedDocument[], check: CheckId, limit: number): TermRow[] {
  const rows = new Map<string, { row: TermRow; forms: Map<string, { written: string; count: number }>; docs: Set<string> }>();
  for (const doc of docs) {
    for (const finding of doc.findings) {
      if (finding.check !== check) continue;
      let entry = rows.get(finding.ruleId);
      if (!entry) {
        entry = {
          row: { check, ruleId: finding.ruleId, term: '', count: 0, documents: 0, suggestions: finding.expected, why: finding.note },
          forms: new Map(),
          docs: new Set(),
        };
        rows.set(finding.ruleId, entry);
      }
      entry.row.count++;
      entry.docs.add(doc.path);
      // Forms are counted case-insensitively and shown as first written ("API", not "api").
      const written = check === 'risk' ? (matchedPhrase(finding) ?? finding.actual) : finding.actual;
      const key = written.toLowerCase();
      const form = entry.forms.get(key) ?? { written, count: 0 };
      form.count++;
      entry.forms.set(key, form);
    }
  }
  return [...rows.values()]
    .map(({ row, forms, docs: inDocs }) => {
      const top = [...forms.values()].sort((a, b) => b.count - a.count || a.written.localeCompare(b.written))[0];
      return { ...row, term: top?.written ?? row.ruleId, documents: inDocs.size };
    })
    .sort((a, b) => b.count - a.count || b.documents - a.documents || a.term.localeCompare(b.term))
    .slice(0, limit);
}

const severityRank = (finding: { severity: string }): number => SEVERITIES.indexOf(finding.severity as (typeof SEVERITIES)[number]);

/** Most important first: by {@link SHARING_ORDER}, then severity, then document order. */
function byImportance(a: FindingInContext, b: FindingInContext): number {
  return sharingRank(a.check) - sharingRank(b.check) || severityRank(a) - severityRank(b) || a.start.offset - b.start.offset;
}

/** A document's findings grouped by check, in {@link SHARING_ORDER}; each group most serious first, then in document order. */
export function groupFindings(findings: readonly FindingInContext[]): FindingGroup[] {
  return REPORT_CHECKS.map((check) => ({ check, findings: findings.filter((f) => f.check === check).sort(byImportance) })).filter(
    (group) => group.findings.length > 0,
  );
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A sentence rewritten with its findings' suggestions: a whole-sentence
 * rewording (risk-averse wording, or any other reframe) wins; otherwise each
 * word-level suggestion is put in place of the words it flags.
 * @returns undefined when no finding suggests anything
 */
export function rewriteSentence(findings: readonly FindingInContext[]): string | undefined {
  const first = findings[0];
  if (!first) return undefined;
  const reframe = [...findings].sort(byImportance).find((f) => f.fixKind === 'reframe' && f.expected[0]);
  if (reframe) return reframe.expected[0];
  const { start: base, text } = first.sentence;
  const top = [...findings].sort(byImportance)[0]!;
  let out = '';
  let at = 0;
  let changed = false;
  // Suggestions of the most important check, and any at warning or above: info and hint
  // suggestions (wordy phrases) often need a person to judge them in context.
  const applied = findings.filter((f) => f.check === top.check || severityRank(f) <= SEVERITIES.indexOf('warning'));
  for (const f of [...applied].sort((a, b) => a.start.offset - b.start.offset)) {
    const from = f.start.offset - base;
    const to = f.end.offset - base;
    if (from < at || to > text.length || f.fixKind === 'none' || f.fixKind === 'reframe') continue;
    let replacement = f.expected[0] ?? '';
    if (/^\p{Lu}/u.test(f.actual) && !/^\p{Lu}{2}/u.test(f.actual)) replacement = capitalise(replacement);
    out += text.slice(at, from) + replacement;
    at = to;
    changed = true;
  }
  if (!changed) return undefined;
  out += text.slice(at);
  return capitalise(readable(out).replace(/ ([,.;:])/g, '$1').trim());
}

/** Where a finding is, in words: "Line 12", or "Paragraph 4" in a Word document. */
export const whereOf = (finding: FindingInContext): string => (finding.paragraph === undefined ? `Line ${finding.start.line}` : `${finding.page === undefined ? 'Paragraph' : `Page ${finding.page}, paragraph`} ${finding.paragraph}`);

/**
 * The sentences most worth rewriting across the library: each sentence with
 * findings is ranked by the most important check among them (see
 * {@link SHARING_ORDER}), then by severity, then sentences of at most
 * {@link START_MAX_WORDS} words before longer ones, then by how many findings
 * of that check it has, then shorter sentences first, then by its document's rank. A sentence repeated in several documents is
 * listed once. Only sentences with a suggested wording are listed.
 */
export function whereToStart(documents: readonly DocumentReport[], limit = START_SENTENCES): StartSentence[] {
  const bySentence = new Map<string, { doc: DocumentReport; findings: FindingInContext[] }>();
  for (const doc of documents) {
    for (const group of doc.groups) {
      for (const finding of group.findings) {
        const key = `${doc.path}\u0000${finding.sentence.start}`;
        const entry = bySentence.get(key) ?? { doc, findings: [] };
        entry.findings.push(finding);
        bySentence.set(key, entry);
      }
    }
  }
  const candidates = [...bySentence.values()]
    .map(({ doc, findings }) => ({ doc, findings: findings.sort(byImportance), suggestion: rewriteSentence(findings) }))
    .filter((c): c is typeof c & { suggestion: string } => c.suggestion !== undefined && c.suggestion !== c.findings[0]!.sentence.text.trim())
    .sort(
      (a, b) =>
        sharingRank(a.findings[0]!.check) - sharingRank(b.findings[0]!.check) ||
        severityRank(a.findings[0]!) - severityRank(b.findings[0]!) ||
        // A sentence over 40 words needs splitting more than new words: it comes after shorter ones.
        Number(tooLong(a.findings[0]!)) - Number(tooLong(b.findings[0]!)) ||
        topCount(b.findings) - topCount(a.findings) ||
        // Shorter sentences first: a long one needs splitting, not just new words.
        a.findings[0]!.sentence.text.length - b.findings[0]!.sentence.text.length ||
        a.doc.rank - b.doc.rank ||
        a.findings[0]!.start.offset - b.findings[0]!.start.offset,
    );
  const seen = new Map<string, { item: StartSentence; paths: Set<string> }>();
  const list: StartSentence[] = [];
  for (const { doc, findings, suggestion } of candidates) {
    const top = findings[0]!;
    const key = top.sentence.text.replace(/\s+/g, ' ').trim().toLowerCase();
    const same = seen.get(key);
    if (same) {
      same.paths.add(doc.path);
      same.item.documents = same.paths.size;
      continue;
    }
    if (list.length >= limit) continue;
    const item: StartSentence = {
      path: doc.path,
      id: doc.id,
      where: whereOf(top),
      check: top.check,
      context: top.context,
      suggestion,
      why: top.note,
      findings: findings.length,
      documents: 1,
    };
    seen.set(key, { item, paths: new Set([doc.path]) });
    list.push(item);
  }
  return list;
}

/** Sentences longer than this many words come last in “Where to start”. */
export const START_MAX_WORDS = 40;

const tooLong = (finding: FindingInContext): boolean => finding.sentence.text.split(/\s+/).filter(Boolean).length > START_MAX_WORDS;

/** Findings of the most important check among them. */
const topCount = (findings: readonly FindingInContext[]): number => findings.filter((f) => f.check === findings[0]!.check).length;

/** Risk-averse wording counted by its form; findings without a form are counted as `other`. */
export function riskForms(docs: readonly CheckedDocument[], words: number): RiskFormRow[] {
  const rows = new Map<string, { count: number; docs: Set<string> }>();
  for (const doc of docs) {
    for (const finding of doc.findings) {
      if (finding.check !== 'risk') continue;
      const form = finding.form ?? 'other';
      const row = rows.get(form) ?? { count: 0, docs: new Set<string>() };
      row.count++;
      row.docs.add(doc.path);
      rows.set(form, row);
    }
  }
  return [...rows.entries()]
    .map(([form, row]) => ({ form, name: riskFormName(form), count: row.count, per1000: words === 0 ? 0 : round1((row.count / words) * 1000), documents: row.docs.size }))
    .sort((a, b) => b.count - a.count || (a.form === 'other' ? 1 : 0) - (b.form === 'other' ? 1 : 0) || a.form.localeCompare(b.form));
}

/** Findings that went away, split by whether the document's text changed (see {@link Comparison.wentAway}). */
function wentAway(old: ReadonlyMap<string, { findings: number; textHash?: string }>, documents: readonly DocumentReport[]): Comparison['wentAway'] {
  const out: Comparison['wentAway'] = { edited: 0, unedited: 0, unknown: 0, uneditedDocuments: [] };
  for (const doc of documents) {
    const before = old.get(doc.path);
    if (!before) continue;
    const gone = Math.max(0, before.findings - doc.findings);
    if (gone === 0) continue;
    if (!before.textHash || !doc.textHash) out.unknown += gone;
    else if (before.textHash === doc.textHash) {
      out.unedited += gone;
      out.uneditedDocuments.push(doc.path);
    } else out.edited += gone;
  }
  return out;
}

function compare(baseline: Baseline, library: Measures, documents: readonly DocumentReport[]): Comparison {
  const change = (before: number | null | undefined, after: number | null): Change => ({ before: before ?? null, after });
  const per1000 = Object.fromEntries(CHECK_IDS.map((id) => [id, change(baseline.summary.per1000[id], library.per1000[id])])) as Record<CheckId, Change>;
  const old = new Map(baseline.files.map((file) => [file.path, file]));
  const now = new Set(documents.map((doc) => doc.path));
  const both = documents
    .filter((doc) => old.has(doc.path))
    .map((doc) => {
      const before = old.get(doc.path)!;
      return { path: doc.path, id: doc.id, attention: change(before.attention, doc.attention), findings: change(before.findings, doc.findings) };
    })
    .sort((a, b) => (a.attention.after ?? 0) - (a.attention.before ?? 0) - ((b.attention.after ?? 0) - (b.attention.before ?? 0)) || a.path.localeCompare(b.path));
  return {
    source: baseline.source,
    ...(baseline.generatedAt ? { generatedAt: baseline.generatedAt } : {}),
    library: {
      words: change(baseline.summary.words, library.words),
      findings: change(baseline.summary.findings, library.findings),
      attention: change(baseline.summary.attention, library.attention),
      readingEase: change(baseline.summary.readingEase, library.readingEase),
      per1000,
    },
    documents: both,
    wentAway: wentAway(old, documents),
    added: documents.filter((doc) => !old.has(doc.path)).map((doc) => doc.path),
    removed: baseline.files.filter((file) => !now.has(file.path)).map((file) => file.path),
  };
}

/** Options of {@link buildReport}. */
export interface ReportOptions {
  /** Heading of the report. Default: "Plain English report: policy library". */
  title?: string | undefined;
  /** When the report was made (ISO 8601). Default: now. */
  generatedAt?: string | undefined;
  /** An earlier run to compare with. Default: none. */
  baseline?: Baseline | undefined;
}

/** Builds the report model from the collected documents. */
export function buildReport(collected: readonly CollectedDocument[], options: ReportOptions = {}): ReportModel {
  const checked = collected.filter((doc): doc is CheckedDocument => doc.kind === 'checked');
  const notChecked = collected.filter((doc) => doc.kind === 'skipped').map(({ path, reason }) => ({ path, reason }));
  const measured = checked.map((doc, index) => ({ doc, index, measures: measure([doc]) }));
  const cuts = bandCuts(measured.map(({ measures }) => measures.attention));
  const documents: DocumentReport[] = measured
    .map(({ doc, index, measures }) => ({
      ...measures,
      rank: 0,
      band: attentionBand(measures.attention, cuts),
      id: anchorFor(doc.path, index),
      path: doc.path,
      bySeverity: severities(doc.findings),
      groups: groupFindings(doc.findings),
      ...(doc.textHash ? { textHash: doc.textHash } : {}),
    }))
    .sort(
      (a, b) =>
        b.attention - a.attention ||
        // Equal scores: the document with more risk-averse wording (then trust, leadership…) first.
        REPORT_CHECKS.reduce((order, id) => order || b.byCheck[id] - a.byCheck[id], 0) ||
        a.path.localeCompare(b.path),
    );
  documents.forEach((doc, index) => (doc.rank = index + 1));
  const count: Record<AttentionBand, number> = { High: 0, Medium: 0, Low: 0 };
  for (const doc of documents) count[doc.band]++;
  const library = { ...measure(checked), documents: checked.length, bySeverity: severities(checked.flatMap((doc) => doc.findings)) };
  return {
    title: options.title ?? 'Plain English report: policy library',
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    library,
    documents,
    bands: { ...cuts, count },
    whereToStart: whereToStart(documents),
    riskForms: riskForms(checked, library.words),
    notChecked,
    topJargon: topTerms(checked, 'jargon', 15),
    topRisk: topTerms(checked, 'risk', 15),
    trust: buildTrustChecklist(checked.flatMap((doc) => (doc.checklist ? [doc.checklist] : []))),
    ...(options.baseline ? { comparison: compare(options.baseline, library, documents) } : {}),
  };
}

const count = (value: number): string => value.toLocaleString('en-GB');

/**
 * What the drop in findings is made of: only findings that went away where the text changed count
 * as progress; a drop in documents whose text did not change comes from new dictionaries or settings.
 */
export function wentAwayText(gone: Comparison['wentAway']): string[] {
  const lines: string[] = [];
  if (gone.edited > 0) lines.push(`${count(gone.edited)} ${gone.edited === 1 ? 'finding went' : 'findings went'} away where the text was changed (by the suggested wording or by the writer).`);
  if (gone.unedited > 0) {
    const docs = gone.uneditedDocuments.slice(0, 10).join(', ') + (gone.uneditedDocuments.length > 10 ? `, and ${count(gone.uneditedDocuments.length - 10)} more` : '');
    lines.push(
      `${count(gone.unedited)} ${gone.unedited === 1 ? 'finding went' : 'findings went'} away in documents whose text did not change (${docs}): that drop comes from a change of dictionaries or settings, not from the writing, and is not progress.`,
    );
  }
  if (gone.unknown > 0) lines.push(`${count(gone.unknown)} ${gone.unknown === 1 ? 'finding went' : 'findings went'} away in documents the baseline has no text fingerprint for, so where they went cannot be told.`);
  return lines;
}
