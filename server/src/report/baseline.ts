/**
 * The report's JSON summary (`--json FILE`) and reading an earlier run back
 * for `--compare`. A baseline can be the report's own summary or the output
 * of `plain-ig check --format json`; both have `files[].path`, `files[].words`
 * and a `summary`.
 */
import { readFileSync } from 'node:fs';
import { type CheckId } from '../core/types.ts';
import { CHECK_IDS } from '../checks/registry.ts';
import { attentionScore, type Baseline, type BaselineFile, type CheckCounts, type ReportModel } from './model.ts';

/** A baseline file that cannot be used, with a one-line reason. */
export class BaselineError extends Error {}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** The JSON summary of a report (version 1): library and per-document numbers, no findings text. */
export function summaryJson(model: ReportModel): string {
  const { library } = model;
  const summary = {
    version: 1,
    tool: 'plain-ig report',
    title: model.title,
    generatedAt: model.generatedAt,
    files: model.documents.map((doc) => ({
      path: doc.path,
      rank: doc.rank,
      words: doc.words,
      ...(doc.textHash ? { textHash: doc.textHash } : {}),
      sentences: doc.sentences,
      findings: doc.findings,
      byCheck: doc.byCheck,
      per1000: doc.per1000,
      findingsPer1000: doc.findingsPer1000,
      attention: doc.attention,
      band: doc.band,
      readingEase: doc.readingEase,
      averageSentence: doc.averageSentence,
      longSentences: doc.longSentences,
    })),
    notChecked: model.notChecked,
    summary: {
      files: library.documents,
      notChecked: model.notChecked.length,
      words: library.words,
      sentences: library.sentences,
      findings: library.findings,
      byCheck: library.byCheck,
      bySeverity: library.bySeverity,
      byFile: Object.fromEntries(model.documents.map((doc) => [doc.path, doc.findings])),
      per1000: library.per1000,
      findingsPer1000: library.findingsPer1000,
      attention: library.attention,
      bands: model.bands,
      readingEase: library.readingEase,
      averageSentence: library.averageSentence,
      longSentences: library.longSentences,
      sentenceBands: library.sentenceBands,
      topJargon: model.topJargon.map(({ term, count, documents }) => ({ term, count, documents })),
      topRisk: model.topRisk.map(({ term, count, documents }) => ({ term, count, documents })),
    },
  };
  return `${JSON.stringify(summary, null, 2)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function countsOf(value: unknown): CheckCounts | undefined {
  if (!isRecord(value)) return undefined;
  return Object.fromEntries(CHECK_IDS.map((id) => [id, num(value[id]) ?? 0])) as CheckCounts;
}

function countFindings(findings: unknown[]): CheckCounts {
  const counts = Object.fromEntries(CHECK_IDS.map((id) => [id, 0])) as CheckCounts;
  for (const finding of findings) {
    const check = isRecord(finding) ? finding['check'] : undefined;
    if (typeof check === 'string' && check in counts) counts[check as CheckId]++;
  }
  return counts;
}

/**
 * Reads a baseline from JSON text.
 * @throws BaselineError when it is not a Plain IG summary
 */
export function parseBaseline(text: string, source: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BaselineError(`${source}: not valid JSON; use a file written by "plain-ig report --json" or "plain-ig check --format json"`);
  }
  if (!isRecord(data) || !Array.isArray(data['files'])) {
    throw new BaselineError(`${source}: not a Plain IG summary (no "files" list); use a file written by "plain-ig report --json" or "plain-ig check --format json"`);
  }
  const files: BaselineFile[] = [];
  const total = Object.fromEntries(CHECK_IDS.map((id) => [id, 0])) as CheckCounts;
  let words = 0;
  for (const file of data['files'] as unknown[]) {
    if (!isRecord(file) || typeof file['path'] !== 'string') continue;
    const fileWords = num(file['words']) ?? 0;
    const byCheck = Array.isArray(file['findings']) ? countFindings(file['findings']) : (countsOf(file['byCheck']) ?? countFindings([]));
    const findings = CHECK_IDS.reduce((sum, id) => sum + byCheck[id], 0);
    for (const id of CHECK_IDS) total[id] += byCheck[id];
    words += fileWords;
    files.push({
      path: file['path'],
      words: fileWords,
      findings,
      attention: num(file['attention']) ?? attentionScore(byCheck, fileWords),
      ...(typeof file['textHash'] === 'string' ? { textHash: file['textHash'] } : {}),
    });
  }
  const summary = isRecord(data['summary']) ? data['summary'] : {};
  const byCheck = countsOf(summary['byCheck']) ?? total;
  const libraryWords = num(summary['words']) ?? words;
  const rate = (n: number): number => (libraryWords === 0 ? 0 : round1((n / libraryWords) * 1000));
  const per1000 = countsOf(summary['per1000']) ?? (Object.fromEntries(CHECK_IDS.map((id) => [id, rate(byCheck[id])])) as CheckCounts);
  const generatedAt = typeof data['generatedAt'] === 'string' ? data['generatedAt'] : undefined;
  return {
    source,
    ...(generatedAt ? { generatedAt } : {}),
    summary: {
      words: libraryWords,
      findings: num(summary['findings']) ?? CHECK_IDS.reduce((sum, id) => sum + byCheck[id], 0),
      attention: num(summary['attention']) ?? attentionScore(byCheck, libraryWords),
      readingEase: num(summary['readingEase']) ?? null,
      per1000,
    },
    files,
  };
}

/**
 * Reads a baseline file.
 * @throws BaselineError when it is missing or not a Plain IG summary
 */
export function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BaselineError(`${path}: ${code === 'ENOENT' ? 'baseline file not found' : `cannot read the baseline (${code ?? 'error'})`}`);
  }
  return parseBaseline(text, path);
}
