/**
 * Applying fixes. One function backs fix-all, `source.fixAll`, and `--fix`:
 * edits are applied from the end of the text backwards, and an edit that
 * overlaps one already applied is skipped, so nothing outside the flagged
 * spans ever changes.
 */
import type { Finding } from './types.ts';

/** Replace `[start, end)` (document offsets) with `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** The edit that applies alternative `choice` of a finding, or undefined when it has none. */
export function editFor(finding: Finding, choice = 0): TextEdit | undefined {
  // An inserted paragraph goes elsewhere in the document (see checks/leadership.ts), never over the finding.
  if (finding.fixKind === 'none' || finding.fixKind === 'insert') return undefined;
  const newText = finding.expected[choice];
  if (newText === undefined && !(finding.expected.length === 0 && finding.fixKind === 'replace')) return undefined;
  return { start: finding.start.offset, end: finding.end.offset, newText: newText ?? '' };
}

/** The edits that are safe to apply without a person reading them (never a reframe). */
export function safeEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    if (!finding.safe || finding.fixKind === 'reframe' || finding.fixKind === 'insert' || finding.fixKind === 'none') continue;
    const edit = editFor(finding);
    if (edit) edits.push(edit);
  }
  return edits;
}

/**
 * Applies edits bottom-up, skipping any that overlap an edit already applied.
 * @returns the new text and the edits actually applied (in document order)
 */
export function applyFixes(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  const applied: TextEdit[] = [];
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.start < 0 || edit.end > text.length || edit.start > edit.end) continue;
    if (edit.end > limit || (edit.end === limit && edit.start === limit)) continue;
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    applied.push(edit);
    limit = edit.start;
  }
  return { text: result, applied: applied.reverse() };
}
