// Shared by the fit step's test files (fit.test.ts, fit-words.test.ts, fit-one.test.ts): a
// candidate as the plain-words check would make it, fitted to a one-paragraph document.
import { quote, type Candidate, type DocumentInput } from '../../server/src/core/check-api.ts';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import { fitCandidates } from '../../server/src/core/fit.ts';

/** A one-paragraph document. */
export function paragraph(text: string): DocumentInput {
  return { text, sections: [{ start: 0, end: text.length, heading: '', depth: 0 }], blocks: [{ kind: 'paragraph', start: 0, end: text.length }] };
}

/** The candidate a plain-words check would make for the first `actual` in `text` (its rule id is its phrase). */
export function offer(text: string, actual: string, alternatives: string[], options: Partial<Candidate> = {}): Candidate {
  const start = text.indexOf(actual);
  if (start < 0) throw new Error(`${actual} is not in ${text}`);
  return {
    check: 'plain-words',
    ruleId: actual.toLowerCase().replace(/ /g, '-'),
    start,
    end: start + actual.length,
    actual,
    expected: alternatives,
    fixKind: 'replace',
    safe: true,
    message: `${quote(actual)} has a plainer alternative. Try ${alternatives.map(quote).join(' or ')}.`,
    note: 'Plain words help.',
    ...options,
  };
}

/** The candidate fitted to its sentence, with the bundled dictionaries (or none). */
export function fitted(text: string, actual: string, alternatives: string[], options: Partial<Candidate> = {}, withDictionaries = true): Candidate {
  return fitCandidates([offer(text, actual, alternatives, options)], paragraph(text), withDictionaries ? bundledDictionaries() : undefined)[0]!;
}

/** The alternatives offered as edits. */
export const edits = (text: string, actual: string, alternatives: string[], options: Partial<Candidate> = {}): string[] => fitted(text, actual, alternatives, options).expected;

/** The reason given when no alternative fits ("" when one does). */
export function refusal(text: string, actual: string, alternatives: string[], options: Partial<Candidate> = {}): string {
  return /It cannot simply be swapped in here: (.*)\.$/.exec(fitted(text, actual, alternatives, options).message)?.[1] ?? '';
}
