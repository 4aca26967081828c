import { describe, expect, it } from 'vitest';
import { applyFixes, safeEdits } from '../../server/src/core/fixes.ts';
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
