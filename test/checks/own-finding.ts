// What a generated per-entry test asserts about its own entry, beyond "it was
// flagged": the finding sits exactly on the phrase the sentence holds, it
// explains itself with the entry's own reason, and its first fix is the
// entry's own first alternative.
import { expect } from 'vitest';
import type { Finding } from '../../server/src/core/types.ts';

/**
 * Asserts `hit` is this entry's finding for `phrase` in `text`.
 * @param firstFix the entry's own first alternative, as it should appear in `expected[0]`; or the
 *   entry's alternatives, when the fit step may choose the one that fits and set its case
 * @param reason the entry's reason (the finding's note starts with it), when the entry has one
 */
export function expectOwnFinding(text: string, hit: Finding | undefined, phrase: string, firstFix: string | readonly string[], reason?: string): void {
  const at = text.indexOf(phrase);
  expect(at, `the test sentence holds “${phrase}”`).toBeGreaterThanOrEqual(0);
  expect([hit?.start.offset, hit?.end.offset, hit?.actual]).toEqual([at, at + phrase.length, phrase]);
  if (typeof firstFix === 'string') expect(hit!.expected[0]).toBe(firstFix);
  // The fit step (core/fit.ts) offers first the entry's alternative that fits the sentence, with the
  // case the sentence needs: the first fix is one of the entry's own alternatives.
  else expect(firstFix.map((fix) => fix.toLowerCase()), `first fix “${hit!.expected[0]}”`).toContain(hit!.expected[0]?.toLowerCase());
  if (reason !== undefined) expect(hit!.note).toContain(reason.trim());
}
