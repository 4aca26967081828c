/**
 * Sentences the report says about how it measures, shared by the HTML and the
 * Markdown so they never disagree: the one-sentence band rule, and the "How
 * this was measured" notes (where the formula and the packages behind the
 * numbers are named, so the rest of the report can stay in plain words).
 */
import { CHECK_IDS } from '../checks/registry.ts';
import { CHECK_INFO, REPORT_CHECKS, type BandCuts, type ReportCheck } from './model.ts';
import { formatNumber as n } from './svg.ts';

/** The rule behind the High, Medium and Low bands, in one sentence. */
export function bandSentence(bands: BandCuts): string {
  if (bands.method === 'fixed') {
    return `With fewer than three documents to compare, High means a score of ${n(bands.high)} or more, Medium ${n(bands.medium)} to ${n(bands.high)}, and Low under ${n(bands.medium)}.`;
  }
  return `Bands compare the documents with each other: High is the third of this library with the highest scores (${n(bands.high)} or more), Low the third with the lowest (under ${n(bands.medium)}), and Medium the rest.`;
}

/** What the measured notes need to know. */
export interface MeasuredFacts {
  weights: Record<ReportCheck, number>;
  minWords: number;
  longSentence: number;
  shortSentence: number;
}

/** The "How this was measured" notes: [term, explanation] pairs. */
export function measuredNotes(bands: BandCuts, facts: MeasuredFacts): Array<[string, string]> {
  const weights = REPORT_CHECKS.filter((id) => (CHECK_IDS as readonly string[]).includes(id))
    .map((id) => `${CHECK_INFO[id].name} ${facts.weights[id]}`)
    .join(', ');
  return [
    [
      'Attention score',
      `Each finding scores points (${weights}); the points are added up and divided by the document's length in thousands of words. Documents under ${n(facts.minWords)} words count as ${n(facts.minWords)} words, so one finding in a short note does not put it at the top.`,
    ],
    ['Bands', bandSentence(bands)],
    [
      'Where to start',
      'Sentences are ranked by the most important finding in them (risk-averse wording, then trust and leadership, then jargon, then wording), then by how serious it is and how many such findings the sentence has; sentences over 40 words come after shorter ones, because a long sentence needs splitting rather than new words. The suggested wording puts in the suggestions for the most important finding and for any other warning; wordy phrases are left for the writer to judge. For risk-averse wording the suggestion is a rewording of the whole sentence, to adapt rather than copy.',
    ],
    [
      'Sentences',
      `Only sentences of running text are counted: headings, tables, and list items or lines of fewer than ${n(facts.shortSentence)} words that do not end with a full stop are left out. Long sentences are those over ${n(facts.longSentence)} words (GOV.UK advises 25 at most).`,
    ],
    [
      'Flesch reading ease',
      'Flesch (1948): 206.835 − 1.015 × (words per sentence) − 84.6 × (syllables per word). Words per sentence come from the sentences of running text; syllables are counted with the syllable package, and the score with the flesch package.',
    ],
    ['Per 1,000 words', 'How many were found for every 1,000 words, so long and short documents can be compared. A rate that would round to 0 although something was found is shown as “under 0.1”.'],
  ];
}
