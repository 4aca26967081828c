// Words as the matchers see them: normalised, split at hyphens, with the separator before each.
import { retext } from 'retext';
import { describe, expect, it } from 'vitest';
import { normalizeWord, phraseTokens, phraseTokensRaw, sentencesOf, tokenizeSentence } from '../../server/src/core/words.ts';

/** The tokens of each sentence of `text` as `sep:text@start-end`, offsets shifted by `base`. */
function tokens(text: string, base = 0): string[][] {
  const tree = retext().parse(text);
  return sentencesOf(tree).map((sentence) => tokenizeSentence(sentence, base).tokens.map((t) => `${t.sep}:${t.text}@${t.start}-${t.end}`));
}

describe('normalising a word', () => {
  it('lower case, straight apostrophes, and US -ize/-yze folded into UK spelling', () => {
    expect(normalizeWord('Utilize')).toBe('utilise');
    expect(['organizes', 'organized', 'organizing', 'organization', 'organizations', 'organizer', 'organizers'].map(normalizeWord)).toEqual([
      'organises', 'organised', 'organising', 'organisation', 'organisations', 'organiser', 'organisers',
    ]);
    expect(['analyze', 'analyzes', 'analyzed', 'analyzing'].map(normalizeWord)).toEqual(['analyse', 'analyses', 'analysed', 'analysing']);
    expect(normalizeWord('Patient’s')).toBe("patient's");
    expect(normalizeWord('‘quoted`')).toBe("'quoted'");
  });

  it('leaves words spelt with a z in UK English too, but still folds the -ize verbs that end in "size"', () => {
    expect(['prize', 'prizes', 'sizes', 'resized', 'seize', 'seizing', 'capsized', 'maize'].map(normalizeWord)).toEqual([
      'prize', 'prizes', 'sizes', 'resized', 'seize', 'seizing', 'capsized', 'maize',
    ]);
    expect(['emphasize', 'synthesized', 'hypothesizing'].map(normalizeWord)).toEqual(['emphasise', 'synthesised', 'hypothesising']);
  });

  it('leaves short words and words where -iz- is not an ending alone', () => {
    expect(normalizeWord('size')).toBe('size');
    expect(normalizeWord('wizard')).toBe('wizard');
    expect(normalizeWord('sizeable')).toBe('sizeable');
    expect(normalizeWord('organizationally')).toBe('organizationally');
  });
});

describe('splitting a dictionary phrase', () => {
  it('at spaces and every kind of hyphen, without brackets, quotes or end punctuation', () => {
    expect(phraseTokens('Back-end  system')).toEqual(['back', 'end', 'system']);
    expect(phraseTokens('end‐to‑end')).toEqual(['end', 'to', 'end']);
    expect(phraseTokens('(DPIA) “utilize”, etc.')).toEqual(['dpia', 'utilise', 'etc']);
    expect(phraseTokens(' - ')).toEqual([]);
    expect(phraseTokensRaw('(DPIA) Back-end’s;')).toEqual(['DPIA', 'Back', 'end’s']);
  });
});

describe('a sentence as tokens', () => {
  it('each word with its place and what joins it to the one before', () => {
    expect(tokens('We use back-end data, then stop.')).toEqual([
      ['start:We@0-2', 'space:use@3-6', 'space:back@7-11', 'hyphen:end@12-15', 'space:data@16-20', 'punct:then@22-26', 'space:stop@27-31'],
    ]);
  });

  it('a hyphen with spaces around it joins like a hyphen; other symbols break the phrase as punctuation', () => {
    expect(tokens('back - end & more')).toEqual([['start:back@0-4', 'hyphen:end@7-10', 'punct:more@13-17']]);
  });

  it('offsets are shifted by the block’s place, and each sentence has its own span', () => {
    const tree = retext().parse('One two. Three.');
    const [first, second] = sentencesOf(tree).map((s) => tokenizeSentence(s, 100));
    expect([first!.start, first!.end, second!.start, second!.end]).toEqual([100, 108, 109, 115]);
    expect(first!.tokens.map((t) => [t.text, t.norm, t.start, t.end])).toEqual([['One', 'one', 100, 103], ['two', 'two', 104, 107]]);
  });

  it('a word made of letters and an apostrophe is one token', () => {
    expect(tokens('The patient’s record.')).toEqual([['start:The@0-3', 'space:patient’s@4-13', 'space:record@14-20']]);
  });
});
