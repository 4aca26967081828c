/**
 * The acronym check flags the FIRST undefined use of each acronym, at its
 * exact place. Offsets are found independently (`indexOf` on the input), so a
 * check that flagged a later use, or the right word at the wrong place, fails.
 */
import { describe, expect, it } from 'vitest';
import { only } from '../helpers.ts';

/** [offset, line, column] of each finding, with the text it covers. */
const places = (text: string) =>
  only('acronym', text).map((f) => ({ actual: f.actual, offset: f.start.offset, end: f.end.offset, line: f.start.line, column: f.start.column, covers: text.slice(f.start.offset, f.end.offset) }));

describe('acronym: which use is flagged', () => {
  it('flags the first of several uses, not a later one', () => {
    const text = 'Complete a DPIA first. The DPIA is reviewed yearly. Every DPIA is stored.';
    expect(places(text)).toEqual([{ actual: 'DPIA', offset: text.indexOf('DPIA'), end: text.indexOf('DPIA') + 4, line: 1, column: 12, covers: 'DPIA' }]);
  });

  it('flags the first use across paragraphs, on its own line', () => {
    const text = '# Reviews\n\nThe DPIA team meets monthly.\n\nEach DPIA is logged.\n\nA DPIA can be shared.\n';
    const first = text.indexOf('DPIA');
    expect(places(text)).toEqual([{ actual: 'DPIA', offset: first, end: first + 4, line: 3, column: 5, covers: 'DPIA' }]);
  });

  it('flags a use that comes before a later definition, at the use', () => {
    const text = 'Ask the SIRO. Later: the Senior Information Risk Owner (SIRO) decides. The SIRO signs.';
    const [hit, ...rest] = places(text);
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ actual: 'SIRO', offset: 8, end: 12, covers: 'SIRO' });
  });

  it('flags nothing once the first use is the definition, even when later uses are bare', () => {
    expect(places('A data protection impact assessment (DPIA) is needed. The DPIA is kept. Each DPIA is read.')).toEqual([]);
  });

  it('flags each acronym once, at its own first use, in document order', () => {
    const text = 'Send the DPIA to the SIRO. The SIRO signs the DPIA. Then the SIRO files it.';
    expect(places(text).map((p) => [p.actual, p.offset])).toEqual([
      ['DPIA', text.indexOf('DPIA')],
      ['SIRO', text.indexOf('SIRO')],
    ]);
  });

  it('treats a plural as a use of the same acronym (the first, singular, use is flagged)', () => {
    const text = 'One DPIA is open. All DPIAs are stored centrally.';
    expect(places(text).map((p) => [p.actual, p.offset])).toEqual([['DPIA', 4]]);
  });
});
