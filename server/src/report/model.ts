/**
 * The report's data: counts per check and per 1,000 words for the library and
 * each document, Flesch reading ease, the attention score that ranks the
 * documents, the most frequent terms, and the change since a baseline. The
 * HTML, Markdown and JSON outputs are all drawn from this one model, so their
 * numbers agree.
 */
import { flesch } from 'flesch';
import { CHECK_IDS, SEVERITIES, type CheckId } from '../core/types.ts';
import { matchedPhrase, type CheckedDocument, type CollectedDocument, type FindingInContext } from './collect.ts';
import type { Baseline } from './baseline.ts';

/** What each check is called in the report, and what it measures, in one line. */
export const CHECK_INFO: Record<CheckId, { name: string; explain: string }> = {
  jargon: { name: 'IT jargon', explain: 'Technical words that people outside IT may not know.' },
  risk: {
    name: 'Risk-averse wording',
    explain: 'Wording that may put staff off sharing information that someone’s care needs, although the law allows it.',
  },
  'plain-words': { name: 'Wordy phrases', explain: 'Long or formal words and phrases with a plainer alternative.' },
  acronym: { name: 'Undefined acronyms', explain: 'Abbreviations that are not spelled out the first time they are used.' },
  outdated: { name: 'Outdated names', explain: 'Old names of laws, organisations and systems that readers may not recognise.' },
};

/** Points per finding in the attention score: risk-averse wording counts most. */
export const ATTENTION_WEIGHTS: Record<CheckId, number> = { risk: 3, jargon: 2, outdated: 2, acronym: 1, 'plain-words': 1 };

/** Documents shorter than this count as this long in the attention score. */
export const ATTENTION_MIN_WORDS = 250;

/** A sentence longer than this is counted as long (GOV.UK guidance: 25 words at most). */
export const LONG_SENTENCE = 25;

/** Most findings in context shown for one document. */
export const FINDINGS_SHOWN = 50;

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

/** How much attention a document needs, in words. */
export type AttentionBand = 'High' | 'Medium' | 'Low';

/** The measures shared by the library and each document. */
export interface Measures {
  words: number;
  sentences: number;
  findings: number;
  byCheck: CheckCounts;
  /** Findings per 1,000 words, per check (1 decimal place). */
  per1000: CheckCounts;
  /** All findings per 1,000 words (1 decimal place). */
  findingsPer1000: number;
  /** Weighted findings per 1,000 words (1 decimal place); see {@link ATTENTION_WEIGHTS}. */
  attention: number;
  band: AttentionBand;
  /** Flesch reading ease, rounded; null when there is too little text. */
  readingEase: number | null;
  /** Mean words per sentence (1 decimal place). */
  averageSentence: number;
  /** Sentences over {@link LONG_SENTENCE} words. */
  longSentences: number;
  /** Sentences per band of {@link SENTENCE_BANDS}. */
  sentenceBands: number[];
}

/** One checked document in the report. */
export interface DocumentReport extends Measures {
  /** 1 = needs attention first. */
  rank: number;
  /** Stable anchor id for links. */
  id: string;
  path: string;
  bySeverity: Record<string, number>;
  /** Findings in context, at most {@link FINDINGS_SHOWN}, in document order. */
  shown: FindingInContext[];
  /** Fingerprint of the text (see `CheckedDocument.textHash`). */
  textHash?: string;
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
  notChecked: Array<{ path: string; reason: string }>;
  topJargon: TermRow[];
  topRisk: TermRow[];
  comparison?: Comparison;
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

/** The band an attention score falls in. */
export function attentionBand(score: number): AttentionBand {
  if (score >= 30) return 'High';
  if (score >= 10) return 'Medium';
  return 'Low';
}

/** Attention score: weighted findings per 1,000 words, short documents counted as {@link ATTENTION_MIN_WORDS}. */
export function attentionScore(byCheck: CheckCounts, words: number): number {
  const points = CHECK_IDS.reduce((sum, id) => sum + byCheck[id] * ATTENTION_WEIGHTS[id], 0);
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
  for (const doc of docs) {
    words += doc.words;
    sentences += doc.sentences;
    syllables += doc.syllables;
    syllableWords += doc.syllableWords;
    findings += doc.findings.length;
    for (const finding of doc.findings) byCheck[finding.check]++;
    for (const length of doc.sentenceLengths) {
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
    band: attentionBand(attention),
    readingEase: readingEase(words, sentences, syllables, syllableWords),
    averageSentence: sentences === 0 ? 0 : round1(words / sentences),
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
  const documents: DocumentReport[] = checked
    .map((doc, index) => ({
      ...measure([doc]),
      rank: 0,
      id: anchorFor(doc.path, index),
      path: doc.path,
      bySeverity: severities(doc.findings),
      shown: doc.findings.slice(0, FINDINGS_SHOWN),
      ...(doc.textHash ? { textHash: doc.textHash } : {}),
    }))
    .sort((a, b) => b.attention - a.attention || b.findings - a.findings || a.path.localeCompare(b.path));
  documents.forEach((doc, index) => (doc.rank = index + 1));
  const library = { ...measure(checked), documents: checked.length, bySeverity: severities(checked.flatMap((doc) => doc.findings)) };
  return {
    title: options.title ?? 'Plain English report: policy library',
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    library,
    documents,
    notChecked,
    topJargon: topTerms(checked, 'jargon', 15),
    topRisk: topTerms(checked, 'risk', 15),
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
