// What a generated per-entry test asserts about its own entry, beyond "it was
// flagged": the finding sits exactly on the phrase the sentence holds, it
// explains itself with the entry's own reason, and its first fix is the
// entry's own first alternative.
import { expect } from 'vitest';
import type { Finding } from '../../server/src/core/types.ts';

/**
 * Asserts `hit` is this entry's finding for `phrase` in `text`.
 * @param firstFix the entry's own first alternative, as it should appear in `expected[0]`
 * @param reason the entry's reason (the finding's note starts with it), when the entry has one
 */
export function expectOwnFinding(text: string, hit: Finding | undefined, phrase: string, firstFix: string, reason?: string): void {
  const at = text.indexOf(phrase);
  expect(at, `the test sentence holds “${phrase}”`).toBeGreaterThanOrEqual(0);
  expect([hit?.start.offset, hit?.end.offset, hit?.actual]).toEqual([at, at + phrase.length, phrase]);
  expect(hit!.expected[0]).toBe(firstFix);
  if (reason !== undefined) expect(hit!.note).toContain(reason.trim());
}

/**
 * `fix` as a check writes it in place of `phrase`: first letter upper-case
 * when the phrase starts with one ("IT estate" → "All our…"), but as written
 * when the phrase is all capitals (an acronym: "PII" → "personal data").
 */
export function matchCase(phrase: string, fix: string): string {
  if (phrase.length > 1 && phrase === phrase.toUpperCase() && /\p{Lu}/u.test(phrase)) return fix;
  return /^\p{Lu}/u.test(phrase) ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix;
}
