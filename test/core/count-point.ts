// An independent line and column count, for tests to check positions against
// (never the production LineIndex, which would agree with itself).
import type { Point } from '../../server/src/core/types.ts';

/** The 1-based line and column of `offset`, counted from scratch: LF, CRLF and lone CR each end a line; columns are UTF-16 units. */
export function countPoint(text: string, offset: number): Point {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1, offset };
}
