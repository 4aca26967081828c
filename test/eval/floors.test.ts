// Keeps the figures on the shared real-sentence set from quietly dropping.
// The set lives outside the repository (real quotes stay out); where it is absent
// this file skips with one line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, rate, readSet, sharedDevSet } from '../../eval/evaluate.ts';

const floors = JSON.parse(readFileSync(new URL('../../eval/floors.json', import.meta.url), 'utf8')) as Record<string, number>;
const devSet = sharedDevSet();

describe.skipIf(!devSet)('figures on the shared real sentences (skipped: ../shared/data/real-sentences/dev.jsonl is not here)', () => {
  const e = devSet ? evaluate(readSet(devSet), 'dev') : undefined;

  it('finds at least the floor share of risk-averse sentences', () => {
    expect(rate(e!.riskAll)).toBeGreaterThanOrEqual(floors['riskRecallMin']!);
  });
  it('flags no more than the ceiling share of negatives and hard negatives', () => {
    expect(rate(e!.negativesFlagged)).toBeLessThanOrEqual(floors['negativesFlaggedMax']!);
    expect(rate(e!.hardNegativesFlagged)).toBeLessThanOrEqual(floors['hardNegativesFlaggedMax']!);
  });
  it('finds at least the floor share of labelled jargon phrases', () => {
    expect(rate(e!.jargonPhrases)).toBeGreaterThanOrEqual(floors['jargonPhraseRecallMin']!);
  });
  it('keeps trust findings on negatives under the ceiling, once a trust check exists', () => {
    if (e!.trustNegatives) expect(rate(e!.trustNegatives)).toBeLessThanOrEqual(floors['trustNegativesMax']!);
  });
});

describe('the evaluation itself', () => {
  it('counts recall, false alarms and phrase overlaps from the real checks', () => {
    const e = evaluate(
      [
        { id: 'r1', kind: 'R', text: 'If in doubt, do not share.', phrases: [], form: 'if-in-doubt' },
        { id: 'r2', kind: 'R', text: 'The weather is mild today.', phrases: [], form: 'other' },
        { id: 'n1', kind: 'N', text: 'Share information with the care team for direct care.', phrases: [], form: 'care-sharing', note: 'hard negative: uses sharing words' },
        { id: 'j1', kind: 'J', text: 'Records move through an interoperability layer and a sunny garden.', phrases: ['interoperability', 'sunny garden'], form: 'jargon' },
      ],
      'tiny',
    );
    expect(e.riskAll).toEqual({ count: 1, total: 2 });
    expect(e.riskByForm['if-in-doubt']).toEqual({ count: 1, total: 1 });
    expect(e.riskByForm['other']).toEqual({ count: 0, total: 1 });
    expect(e.negativesFlagged).toEqual({ count: 0, total: 1 });
    expect(e.hardNegativesFlagged).toEqual({ count: 0, total: 1 });
    expect(e.jargonPhrases).toEqual({ count: 1, total: 2 });
    expect(e.results[3]!.phrasesMissed).toEqual(['sunny garden']);
  });
});
