import { describe, expect, it } from 'vitest';
import { applyFixes, editFor, safeEdits } from '../../server/src/core/fixes.ts';
import type { Finding } from '../../server/src/core/types.ts';
import { findings } from '../helpers.ts';

describe('applying fixes', () => {
  it('applies edits bottom-up and skips overlaps', () => {
    const { text, applied } = applyFixes('abcdef', [
      { start: 0, end: 2, newText: 'X' },
      { start: 1, end: 3, newText: 'Y' },
      { start: 4, end: 6, newText: 'Z' },
    ]);
    expect(text).toBe('aYdZ');
    expect(applied).toHaveLength(2);
  });

  it('fix-all never applies a risk reframe, and leaves the rest byte-identical', () => {
    const source = 'Intro line.\r\n\r\nIf in doubt, do not share. We utilise the IG Toolkit.\r\n';
    const list = findings(source);
    expect(list.some((f) => f.check === 'risk')).toBe(true);
    const { text } = applyFixes(source, safeEdits(list));
    // An old name ("IG Toolkit") is never replaced automatically: the sentence may be about the past.
    expect(text).toBe('Intro line.\r\n\r\nIf in doubt, do not share. We use the IG Toolkit.\r\n');
  });

  it('fix-all is idempotent', () => {
    const source = 'We utilise the IG Toolkit and commence work prior to the DPIA.\n';
    const once = applyFixes(source, safeEdits(findings(source))).text;
    const twice = applyFixes(once, safeEdits(findings(once))).text;
    expect(twice).toBe(once);
    expect(safeEdits(findings(once))).toEqual([]);
  });
});

/** A finding over [start, end) of a one-line text, with only what the fix functions read set for real. */
function finding(start: number, end: number, over: Partial<Finding> = {}): Finding {
  const point = (offset: number) => ({ line: 0, column: offset, offset });
  return {
    check: 'plain-words', ruleId: 'test', severity: 'info', message: '', note: '', actual: '', expected: ['use'],
    fixKind: 'replace', safe: true, start: point(start), end: point(end), url: '', ...over,
  };
}

describe('the edit a finding makes', () => {
  it('replaces the flagged span with the chosen alternative', () => {
    const f = finding(3, 10, { expected: ['use', 'apply'] });
    expect(editFor(f)).toEqual({ start: 3, end: 10, newText: 'use' });
    expect(editFor(f, 1)).toEqual({ start: 3, end: 10, newText: 'apply' });
    expect(editFor(f, 2)).toBeUndefined();
  });

  it('removes the span when a replace finding has no alternative ("[]" means remove it)', () => {
    expect(editFor(finding(3, 10, { expected: [] }))).toEqual({ start: 3, end: 10, newText: '' });
    // Only a replace: an explanation or expansion with nothing to add is no edit at all.
    expect(editFor(finding(3, 10, { expected: [], fixKind: 'explain' }))).toBeUndefined();
    expect(editFor(finding(3, 10, { expected: [], fixKind: 'expand' }))).toBeUndefined();
  });

  it('makes no edit over the finding for a suggested paragraph or a finding with nothing to apply', () => {
    expect(editFor(finding(3, 10, { fixKind: 'insert', expected: ['A paragraph.'] }))).toBeUndefined();
    expect(editFor(finding(3, 10, { fixKind: 'none', expected: ['x'] }))).toBeUndefined();
    expect(editFor(finding(3, 10, { fixKind: 'reframe', expected: ['A sentence.'] }))).toEqual({ start: 3, end: 10, newText: 'A sentence.' });
  });

  it('fix-all takes only safe fixes, and never a reframe, a paragraph or a finding with nothing to apply', () => {
    const edits = safeEdits([
      finding(0, 2, { expected: ['a'] }),
      finding(3, 4, { expected: ['b'], safe: false }),
      finding(5, 6, { fixKind: 'reframe', expected: ['c'] }),
      finding(7, 8, { fixKind: 'insert', expected: ['d'] }),
      finding(9, 10, { fixKind: 'none', expected: ['e'] }),
      finding(11, 12, { fixKind: 'explain', expected: ['f (g)'] }),
      finding(13, 14, { expected: ['h'] }),
    ]);
    expect(edits).toEqual([
      { start: 0, end: 2, newText: 'a' },
      { start: 11, end: 12, newText: 'f (g)' },
      { start: 13, end: 14, newText: 'h' },
    ]);
  });
});

describe('applying edits', () => {
  it('applies edits that touch end to start, and reports them in document order', () => {
    const { text, applied } = applyFixes('abcdef', [
      { start: 4, end: 6, newText: 'Z' },
      { start: 0, end: 2, newText: 'X' },
      { start: 2, end: 4, newText: 'Y' },
    ]);
    expect(text).toBe('XYZ');
    expect(applied.map((e) => e.newText)).toEqual(['X', 'Y', 'Z']);
  });

  it('skips an edit that runs past the end of the text, even alone', () => {
    expect(applyFixes('abcdef', [{ start: 5, end: 7, newText: 'B' }])).toEqual({ text: 'abcdef', applied: [] });
    expect(applyFixes('abcdef', [{ start: 5, end: 6, newText: 'B' }])).toEqual({ text: 'abcdeB', applied: [{ start: 5, end: 6, newText: 'B' }] });
  });

  it('skips edits outside the text or back to front, and changes nothing else', () => {
    const { text, applied } = applyFixes('abcdef', [
      { start: -1, end: 1, newText: 'A' },
      { start: 5, end: 7, newText: 'B' },
      { start: 4, end: 3, newText: 'C' },
      { start: 6, end: 6, newText: '!' },
    ]);
    expect(text).toBe('abcdef!');
    expect(applied).toEqual([{ start: 6, end: 6, newText: '!' }]);
  });

  it('of two edits at the same place keeps the longer one, and an insertion where an edit starts is skipped', () => {
    expect(applyFixes('abcdef', [
      { start: 1, end: 2, newText: 'short' },
      { start: 1, end: 4, newText: 'long' },
    ]).text).toBe('alongef');
    // Inserting at 2 while 2–4 is replaced: the two would fight over the same place.
    expect(applyFixes('abcdef', [
      { start: 2, end: 4, newText: 'X' },
      { start: 2, end: 2, newText: '+' },
    ]).text).toBe('abXef');
    // An insertion where the applied edit ENDS is outside it, and is kept.
    expect(applyFixes('abcdef', [
      { start: 2, end: 4, newText: 'X' },
      { start: 4, end: 4, newText: '+' },
    ]).text).toBe('abX+ef');
  });
});
