/**
 * Lines and columns checked against an independent count (splitting the text
 * before the offset on line breaks), never against the production LineIndex.
 * The edge that matters most: a finding at the very start of a line is on
 * that line, column 1, whatever the line breaks (LF, CRLF, lone CR).
 */
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../server/src/core/positions.ts';
import { findings } from '../helpers.ts';
import { countPoint } from './count-point.ts';

describe('a finding at the start of a line', () => {
  it.each([
    ['LF', 'We share records.\ninteroperability matters.\n', 2],
    ['CRLF', 'We share records.\r\ninteroperability matters.\r\n', 2],
    ['lone CR', 'We share records.\rinteroperability matters.\r', 2],
    ['after a blank line', '# Title\n\ninteroperability matters.\n', 3],
    ['after blank CRLF lines', '# Title\r\n\r\n\r\ninteroperability matters.\r\n', 4],
    ['on the first line', 'interoperability matters.\n', 1],
  ])('is on that line, column 1 (%s)', (_name, text, line) => {
    const hit = findings(text).find((f) => f.ruleId === 'interoperability');
    expect(hit).toBeDefined();
    expect(hit!.start).toEqual({ line, column: 1, offset: text.indexOf('interoperability') });
    expect(hit!.end).toEqual({ line, column: 17, offset: text.indexOf('interoperability') + 16 });
    expect(hit!.start).toEqual(countPoint(text, hit!.start.offset));
  });

  it('at the end of a line, the finding ends on its own line (not the next)', () => {
    const text = 'We value interoperability\nbetween teams.\n';
    const hit = findings(text).find((f) => f.ruleId === 'interoperability')!;
    expect(hit.end).toEqual({ line: 1, column: 26, offset: 25 });
  });
});

describe('LineIndex agrees with an independent count at every offset', () => {
  const texts = [
    'a\nb\r\nc\rd\n\ne\r\n\r\nf',
    '\n\nstarts with breaks',
    'ends with CR\r',
    '😀 emoji\r\ncafé\nx',
    '',
    'no breaks at all',
  ];
  it.each(texts.map((t) => [JSON.stringify(t), t]))('%s', (_name, text) => {
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      // A point between CR and LF is not a place a finding can start; skip it.
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
      expect(index.point(offset), `offset ${offset}`).toEqual(countPoint(text, offset));
    }
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('ab\ncd');
    expect(index.point(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.point(99)).toEqual({ line: 2, column: 3, offset: 5 });
  });

  it('offsetAt turns 0-based line and character back into the offset, clamped to the line', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const index = new LineIndex(text);
    expect([index.offsetAt(0, 0), index.offsetAt(1, 0), index.offsetAt(2, 1), index.offsetAt(3, 2)]).toEqual([0, 4, 8, 12]);
    // Past the end of a line: the start of the next line, not beyond it.
    expect(index.offsetAt(1, 50)).toBe(7);
    expect(index.offsetAt(-1, 3)).toBe(0);
    expect(index.offsetAt(9, 0)).toBe(text.length);
    expect(index.offsetAt(2, -4)).toBe(7);
    // The first line is a line like any other (not clamped to 0); one past the last line is the end.
    expect(index.offsetAt(0, 1)).toBe(1);
    expect(index.offsetAt(4, 0)).toBe(text.length);
  });
});
