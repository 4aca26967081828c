import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, isSentenceEnd } from '../../server/src/core/sentence-end.ts';

/** The offsets in `text` where a sentence ends. */
const ends = (text: string): number[] => [...text].flatMap((_, i) => (isSentenceEnd(text, i) ? [i] : []));

describe('where a sentence ends', () => {
  it('at a full stop, question mark or exclamation mark before a space or the end', () => {
    expect(ends('We share. Do we? Yes!')).toEqual([8, 15, 20]);
    expect(ends('Line one.\nLine two.')).toEqual([8, 18]);
  });

  it('not at a mark inside a word or number, nor at other characters', () => {
    expect(ends('See nhs.uk and 3.5 per cent, then stop')).toEqual([]);
    expect(ends('Wait: a; b, c')).toEqual([]);
    expect(isSentenceEnd('abc', 10)).toBe(false);
  });

  it('after closing quotes and brackets that follow the mark', () => {
    expect(ends('He said "share it." Then left.')).toEqual([17, 29]);
    expect(ends('(It is shared.) Next.')).toEqual([13, 20]);
    expect(ends('The ‘rule.’ Next.')).toEqual([9, 16]);
    expect(ends('[See above.] Next.')).toEqual([10, 17]);
    // A quote then a letter is inside a word.
    expect(ends('It is "a."b then.')).toEqual([16]);
  });

  it('not after an abbreviation, an initial or a dotted abbreviation', () => {
    expect(ends('Ask Dr. Jones today.')).toEqual([19]);
    expect(ends('Bring ID, e.g. Passport.')).toEqual([23]);
    expect(ends('Write to J. Smith now.')).toEqual([21]);
    expect(ends('In the U.K. Data is held.')).toEqual([24]);
    expect(ends('Forms etc. Are kept.')).toEqual([19]);
    expect(ABBREVIATIONS.has('e.g')).toBe(true);
    // Three or more dotted letters, and dots in front of an abbreviation.
    expect(ends('In the U.S.A. Data is held.')).toEqual([26]);
    expect(ends('Lists, ...etc. Next.')).toEqual([19]);
    // Only whole words of single dotted letters: "abc.d" and "u.kab" are not abbreviations.
    expect(ends('See abc.d. Next.')).toEqual([9, 15]);
    expect(ends('See u.kab. Next.')).toEqual([9, 15]);
  });

  it('not before a lower-case word, whatever comes before', () => {
    expect(ends('Keep it. then share.')).toEqual([19]);
    expect(ends('Is it? yes.')).toEqual([5, 10]);
  });

  it('not after "No.", "s." or "Art." when a number follows, but after them otherwise', () => {
    expect(ends('See No. 5 here.')).toEqual([14]);
    expect(ends('Under Art. 9 we act.')).toEqual([19]);
    expect(ends('Ref. 12 applies.')).toEqual([15]);
    expect(ends('The answer is No. Then we stop.')).toEqual([16, 30]);
    // A number after an ordinary word does end the sentence.
    expect(ends('We keep it. 5 copies exist.')).toEqual([10, 26]);
  });
});
