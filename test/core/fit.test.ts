// The fit step (core/fit.ts), path by path: each test gives a candidate as a check would make it
// (the alternative in the dictionary's plain form) and asserts the exact fixed text, the exact
// span the fix covers, or the exact reason an alternative is kept as advice only. The broader
// shapes (inflection, articles, safety per place) are in test/fixes/fit.test.ts; these pin the
// branches and boundaries of each rule, so that changing one of them changes what a user sees.
import { beforeEach, describe, expect, it } from 'vitest';
import { quote, type Candidate, type DocumentInput } from '../../server/src/core/check-api.ts';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import { clearFitCache, fitCandidates } from '../../server/src/core/fit.ts';

// Fitted candidates are cached by their text: start each test cold, so the rules themselves run.
beforeEach(() => clearFitCache());

/** A one-paragraph document. */
function paragraph(text: string): DocumentInput {
  return { text, sections: [{ start: 0, end: text.length, heading: '', depth: 0 }], blocks: [{ kind: 'paragraph', start: 0, end: text.length }] };
}

/** The candidate a plain-words check would make for the first `actual` in `text` (its rule id is its phrase). */
function offer(text: string, actual: string, alternatives: string[], options: Partial<Candidate> = {}): Candidate {
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

/** The candidate fitted to its sentence. */
function fitted(text: string, actual: string, alternatives: string[], options: Partial<Candidate> = {}): Candidate {
  return fitCandidates([offer(text, actual, alternatives, options)], paragraph(text), bundledDictionaries())[0]!;
}

/** The alternatives offered as edits. */
const edits = (text: string, actual: string, alternatives: string[], options: Partial<Candidate> = {}): string[] => fitted(text, actual, alternatives, options).expected;

/** The reason given when no alternative fits ("" when one does). */
function refusal(text: string, actual: string, alternatives: string[], options: Partial<Candidate> = {}): string {
  const result = fitted(text, actual, alternatives, options);
  return /It cannot simply be swapped in here: (.*)\.$/.exec(result.message)?.[1] ?? '';
}

describe('a flagged phrase of several words takes its verb form from the sentence', () => {
  it('"takes part in" is a verb phrase: its alternative is conjugated, not made plural', () => {
    expect(edits('She takes part in the review.', 'takes part in', ['join in'], { ruleId: 'take-part-in' })).toEqual(['joins in']);
  });

  it('a word right after an adverb is a verb ("adversely impacts on"), whatever the tagger reads', () => {
    const text = 'The new rule adversely impacts on staff who work nights.';
    expect(edits(text, 'adversely impacts on', ['hurt', 'set back'], { ruleId: 'adversely-impact-on' })).toEqual(['hurts', 'sets back']);
  });

  it('a plural noun phrase stays plural ("terms of reference", "audit trails")', () => {
    expect(edits('The terms of reference are agreed.', 'terms of reference', ['remit'], { ruleId: 'term-of-reference' })).toEqual(['remits']);
    // (The tagger reads "trails" here as a verb: a later word's "-s" is still the noun's plural.)
    expect(edits('The audit trails are kept.', 'audit trails', ['access log'], { ruleId: 'audit-trail' })).toEqual(['access logs']);
  });
});
