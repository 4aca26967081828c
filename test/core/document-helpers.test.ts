/**
 * Small exported helpers of core/document.ts, directly (sixth session): how
 * two texts differ (`changeBetween`, which decides what an edit re-reads),
 * how long runs without spaces are masked before the English parser
 * (`maskLongRuns`), and the key a link or footnote label is matched by
 * (`labelKey`). Each at its edges.
 */
import { describe, expect, it } from 'vitest';
import { changeBetween, labelKey, maskLongRuns, MAX_WORD_LENGTH } from '../../server/src/core/document.ts';

describe('document: how two texts differ', () => {
  it.each([
    ['the same text', 'same words', 'same words', { prefix: 10, suffix: 0 }],
    ['one word changed', 'keep this safe', 'keep that safe', { prefix: 7, suffix: 5 }],
    ['text added at the end', 'abc', 'abcd', { prefix: 3, suffix: 0 }],
    ['text removed at the end', 'abcabc', 'abc', { prefix: 3, suffix: 0 }],
    ['text added at the start', 'bc', 'abc', { prefix: 0, suffix: 2 }],
    // The shared end is counted only after the shared start: "xaax" to "xaaax" shares "xaa", then "x".
    ['a repeated letter', 'xaax', 'xaaax', { prefix: 3, suffix: 1 }],
    ['nothing shared', 'abc', 'xyz', { prefix: 0, suffix: 0 }],
    ['an empty old text', '', 'abc', { prefix: 0, suffix: 0 }],
  ])('%s', (_name, old, text, change) => {
    expect(changeBetween(old, text)).toEqual(change);
  });

  it('finds a difference inside the first or the last 512 characters of a long text', () => {
    const c = 'c'.repeat(600);
    expect(changeBetween(`aaaaaaaaaaX${c}`, `aaaaaaaaaaY${c}`)).toEqual({ prefix: 10, suffix: 600 });
    // Two differences: the shared end stops at the later one.
    expect(changeBetween(`X${c}P${'d'.repeat(10)}`, `Y${c}Q${'d'.repeat(10)}`)).toEqual({ prefix: 0, suffix: 10 });
  });

  it.each([511, 512, 513, 1024, 1100])('counts a shared start and end of %i characters (compared 512 at a time, then one by one)', (n) => {
    const start = 'a'.repeat(n);
    const end = 'b'.repeat(n + 7);
    expect(changeBetween(`${start}X${end}`, `${start}YY${end}`)).toEqual({ prefix: n, suffix: n + 7 });
    // A difference in the last character of a 512-character block is found.
    expect(changeBetween(`${start}Xc`, `${start}Xd`)).toEqual({ prefix: n + 1, suffix: 0 });
  });
});

describe('document: long runs without spaces are masked', () => {
  it('leaves a run of 256 characters alone and masks one of 257 with as many "x"', () => {
    expect(MAX_WORD_LENGTH).toBe(256);
    const ok = `Hash ${'a.b'.repeat(85)}z end.`;
    expect(ok.split(' ')[1]).toHaveLength(256);
    expect(maskLongRuns(ok)).toBe(ok);
    const long = `Hash ${'a.b'.repeat(85)}zz end.`;
    const masked = maskLongRuns(long);
    expect(masked).toBe(`Hash ${'x'.repeat(257)} end.`);
    expect(masked).toHaveLength(long.length);
  });

  it('masks every long run, and nothing else', () => {
    const run = 'Q'.repeat(300);
    expect(maskLongRuns(`${run} words ${run}\n${run}`)).toBe(`${'x'.repeat(300)} words ${'x'.repeat(300)}\n${'x'.repeat(300)}`);
  });
});

describe('document: the key of a link or footnote label', () => {
  it.each([
    ['GDPR guide', false, 'GDPR GUIDE'],
    ['  Ref\n\t two \r', false, 'REF TWO'],
    ['note', true, '^NOTE'],
    ['Straße', false, 'STRASSE'],
    // Folded through lower case first, as micromark does: the capital sharp s becomes "SS".
    ['STRAẞE', false, 'STRASSE'],
  ] as const)('%j (footnote: %s) → %j', (raw, footnote, key) => {
    expect(labelKey(raw, footnote)).toBe(key);
  });
});
