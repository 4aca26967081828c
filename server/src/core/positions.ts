/**
 * Offsets to lines and columns, exact for CRLF, CR and multi-byte text.
 * Columns count UTF-16 code units (as LSP and vfile do), 1-based.
 */
import type { Point } from './types.ts';

/** Converts offsets to points for one text; build once per text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      // Line feeds only (the usual case): found natively, not character by character.
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) this.starts.push(i + 1);
      else if (code === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  /** The point at `offset` (clamped to the text). */
  point(offset: number): Point {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineIndexOf(at);
    return { line: line + 1, column: at - this.starts[line]! + 1, offset: at };
  }

  /**
   * True when `point` is {@link point}`(offset)`, found without making a new
   * point (a re-check compares every finding it could hand on).
   */
  isAt(point: Point, offset: number): boolean {
    const at = Math.max(0, Math.min(offset, this.text.length));
    if (point.offset !== at) return false;
    const line = this.lineIndexOf(at);
    return point.line === line + 1 && point.column === at - this.starts[line]! + 1;
  }

  /** The 0-based line that holds offset `at` (within the text). */
  private lineIndexOf(at: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The offset of a 0-based line and character, as LSP positions use. */
  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[line]! + Math.max(0, character), this.starts[line + 1] ?? this.text.length);
  }
}

/**
 * The item of `items` (sorted by start, not overlapping) that holds `offset`, by
 * binary search; undefined when none does.
 */
export function itemAt<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = items[mid]!;
    if (offset < item.start) high = mid - 1;
    else if (offset >= item.end) low = mid + 1;
    else return item;
  }
  return undefined;
}
