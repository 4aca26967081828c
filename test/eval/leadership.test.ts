// Keeps the leadership check's agreement with the hand labels from quietly dropping.
// The documents live outside the repository (eval/leadership/labels.tsv says where
// each came from); where they are absent this file skips with one line.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCS, evaluateLeadership } from '../../eval/leadership/run.ts';

const here = existsSync(DEFAULT_DOCS);

describe.skipIf(!here)(`leadership on real documents (skipped: ${DEFAULT_DOCS} is not here)`, () => {
  it('agrees with the hand labels on at least 90% of (document, element) pairs, over at least 20 documents', () => {
    const e = evaluateLeadership();
    expect(e.judged).toBeGreaterThanOrEqual(20);
    expect(e.agree / e.total).toBeGreaterThanOrEqual(0.9);
    expect(e.kindRight / e.judged).toBeGreaterThanOrEqual(0.9);
  });
});
