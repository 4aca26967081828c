import { describe, expect, it } from 'vitest';
import { nonProseRanges, overlapsAny } from '../../server/src/core/non-prose.ts';

/** The text of each range. */
const spans = (text: string, from?: number, to?: number): string[] => nonProseRanges(text, from, to).map(([s, e]) => text.slice(s, e));

describe('spans that are not prose', () => {
  it('finds web addresses and email addresses, with their exact ends', () => {
    const text = 'See https://www.nhs.uk/page?a=1, www.gov.uk or ftp://files.example.org; write to ig.team+dpo@nhs.net.\n';
    expect(spans(text)).toEqual(['https://www.nhs.uk/page?a=1,', 'www.gov.uk', 'ftp://files.example.org;', 'ig.team+dpo@nhs.net']);
    const [first] = nonProseRanges(text);
    expect(first).toEqual([4, 4 + 'https://www.nhs.uk/page?a=1,'.length]);
  });

  it('stops an address at a space, bracket or quote, and is not fooled by capitals', () => {
    expect(spans('(HTTPS://NHS.UK/x) "www.a.b" <http://c.d>')).toEqual(['HTTPS://NHS.UK/x', 'www.a.b', 'http://c.d']);
  });

  it('is not prose only when it is an address: a word with "@" but no domain, or "http" alone, stays prose', () => {
    expect(spans('Meet @ noon, or email admin@localhost; the http protocol; wwwhat')).toEqual([]);
  });

  it('looks only between from and to, and gives document offsets', () => {
    const text = 'a@b.cd then x@y.zz and p@q.rs';
    expect(nonProseRanges(text, 7, 18)).toEqual([[12, 18]]);
    expect(spans(text, 7, 18)).toEqual(['x@y.zz']);
    // The same call twice gives the same answer (the search starts again each time).
    expect(nonProseRanges(text)).toEqual(nonProseRanges(text));
    expect(nonProseRanges(text)).toHaveLength(3);
  });
});

describe('overlap with a span', () => {
  const ranges: Array<[number, number]> = [[10, 20], [30, 40]];
  it('is true when any character is shared, false when the spans only touch', () => {
    expect(overlapsAny(ranges, 5, 11)).toBe(true);
    expect(overlapsAny(ranges, 19, 25)).toBe(true);
    expect(overlapsAny(ranges, 32, 33)).toBe(true);
    expect(overlapsAny(ranges, 5, 10)).toBe(false);
    expect(overlapsAny(ranges, 20, 30)).toBe(false);
    expect(overlapsAny(ranges, 40, 45)).toBe(false);
    expect(overlapsAny([], 0, 100)).toBe(false);
  });
});
