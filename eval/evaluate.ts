/**
 * Measures the checks on labelled real sentences (JSONL, one object a line, as in
 * `shared/data/real-sentences/`): risk recall per form, false alarms on negatives,
 * jargon phrase recall and, where a trust check exists, its false alarms. Used by
 * `npm run eval` (eval/run.ts) and by the floors test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkText } from '../server/src/engine/check-text.ts';
import { defaultSettings } from '../server/src/engine/settings.ts';
import type { Finding } from '../server/src/core/types.ts';

/** One labelled sentence. */
export interface LabelledSentence {
  id: string;
  /** R risk-averse, N should get no risk finding, J technical jargon. */
  kind: 'R' | 'N' | 'J';
  text: string;
  /** For J: the exact substrings a non-IT reader would struggle with. */
  phrases: string[];
  form: string;
  src?: string;
  note?: string;
}

/** What happened to one sentence. */
export interface SentenceResult {
  sentence: LabelledSentence;
  findings: Finding[];
  /** Risk findings on it. */
  risk: Finding[];
  /** For J: which phrases a jargon or acronym finding overlapped. */
  phrasesFound: string[];
  phrasesMissed: string[];
}

/** A count out of a total. */
export interface Share {
  count: number;
  total: number;
}

/** Figures for one set. */
export interface Evaluation {
  set: string;
  sentences: number;
  riskByForm: Record<string, Share>;
  riskAll: Share;
  negativesFlagged: Share;
  hardNegativesFlagged: Share;
  negativesByForm: Record<string, Share>;
  jargonPhrases: Share;
  /** Phrases found by the jargon check alone (no acronym findings). */
  jargonOnlyPhrases: Share;
  /** Negatives with a trust finding (null when no trust check is registered). */
  trustNegatives: Share | null;
  results: SentenceResult[];
}

const LANGUAGE_CHECKS = new Set(['jargon', 'acronym']);

/** The shared development set, looked for in `shared/` beside this checkout or above it; undefined when absent. */
export function sharedDevSet(): string | undefined {
  const fromEnv = process.env['PLAIN_IG_EVAL_SET'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  let dir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (let i = 0; i < 4; i++) {
    const candidate = join(dirname(dir), 'shared', 'data', 'real-sentences', 'dev.jsonl');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

/** Reads a JSONL set; throws with the line number when a line is not a labelled sentence. */
export function readSet(file: string): LabelledSentence[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const out: LabelledSentence[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not a JSON object`);
    }
    const v = value as Partial<LabelledSentence>;
    if (typeof v.id !== 'string' || typeof v.text !== 'string' || (v.kind !== 'R' && v.kind !== 'N' && v.kind !== 'J')) {
      throw new Error(`${file}:${i + 1}: needs "id", "kind" (R, N or J) and "text"`);
    }
    out.push({ id: v.id, kind: v.kind, text: v.text, phrases: Array.isArray(v.phrases) ? v.phrases : [], form: v.form ?? 'other', ...(v.src ? { src: v.src } : {}), ...(v.note ? { note: v.note } : {}) });
  });
  return out;
}

/** True when the label's note marks it as a hard negative (risk words, but fine). */
export function isHardNegative(s: LabelledSentence): boolean {
  return s.kind === 'N' && /hard negative/i.test(s.note ?? '');
}

const bump = (table: Record<string, Share>, key: string, hit: boolean): void => {
  const row = (table[key] ??= { count: 0, total: 0 });
  row.total++;
  if (hit) row.count++;
};

/** Runs every sentence through the real checks (default settings, plain text) and totals the figures. */
export function evaluate(sentences: readonly LabelledSentence[], setName: string): Evaluation {
  const settings = defaultSettings();
  const trustRegistered = 'trust' in settings.checks;
  const riskByForm: Record<string, Share> = {};
  const negativesByForm: Record<string, Share> = {};
  const riskAll: Share = { count: 0, total: 0 };
  const negativesFlagged: Share = { count: 0, total: 0 };
  const hardNegativesFlagged: Share = { count: 0, total: 0 };
  const jargonPhrases: Share = { count: 0, total: 0 };
  const jargonOnlyPhrases: Share = { count: 0, total: 0 };
  const trustNegatives: Share = { count: 0, total: 0 };
  const results: SentenceResult[] = [];
  for (const sentence of sentences) {
    const findings = checkText(sentence.text, { format: 'plaintext', settings }).findings;
    const risk = findings.filter((f) => f.check === 'risk');
    const phrasesFound: string[] = [];
    const phrasesMissed: string[] = [];
    if (sentence.kind === 'R') {
      bump(riskByForm, sentence.form, risk.length > 0);
      riskAll.total++;
      if (risk.length > 0) riskAll.count++;
    } else if (sentence.kind === 'N') {
      bump(negativesByForm, sentence.form, risk.length > 0);
      negativesFlagged.total++;
      if (risk.length > 0) negativesFlagged.count++;
      if (isHardNegative(sentence)) {
        hardNegativesFlagged.total++;
        if (risk.length > 0) hardNegativesFlagged.count++;
      }
      if (trustRegistered) {
        trustNegatives.total++;
        if (findings.some((f) => (f.check as string) === 'trust')) trustNegatives.count++;
      }
    } else {
      for (const phrase of sentence.phrases) {
        const start = sentence.text.indexOf(phrase);
        const end = start + phrase.length;
        const overlaps = (f: Finding) => start >= 0 && f.start.offset < end && f.end.offset > start;
        const hit = findings.some((f) => LANGUAGE_CHECKS.has(f.check) && overlaps(f));
        jargonPhrases.total++;
        jargonOnlyPhrases.total++;
        if (hit) jargonPhrases.count++;
        if (findings.some((f) => f.check === 'jargon' && overlaps(f))) jargonOnlyPhrases.count++;
        (hit ? phrasesFound : phrasesMissed).push(phrase);
      }
    }
    results.push({ sentence, findings, risk, phrasesFound, phrasesMissed });
  }
  return {
    set: setName,
    sentences: sentences.length,
    riskByForm,
    riskAll,
    negativesFlagged,
    hardNegativesFlagged,
    negativesByForm,
    jargonPhrases,
    jargonOnlyPhrases,
    trustNegatives: trustRegistered ? trustNegatives : null,
    results,
  };
}

/** "7 of 77 (9%)". */
export function share(s: Share): string {
  return `${s.count} of ${s.total} (${s.total === 0 ? '–' : `${Math.round((100 * s.count) / s.total)}%`})`;
}

/** The share as a fraction (0 when there is nothing to count). */
export function rate(s: Share): number {
  return s.total === 0 ? 0 : s.count / s.total;
}
