// LineIndex.isAt: whether a finding's point is still the point at an offset, answered without
// making a new point (a re-check asks it for every finding it could hand on).
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../server/src/core/positions.ts';

const texts = ['One.\nTwo lines.\n', 'CRLF.\r\nNext.\r\n\r\nLast', 'CR only.\rSecond.\rThird', 'Mixed\r\n\rand\n\n😀 emoji\r', ''];

describe('LineIndex.isAt', () => {
  it.each(texts.map((text) => [JSON.stringify(text), text]))('agrees with point() at every offset of %s, and past either end', (_name, text) => {
    const lines = new LineIndex(text);
    for (let offset = -2; offset <= text.length + 2; offset++) {
      const point = lines.point(offset);
      expect(lines.isAt(point, offset), `offset ${offset}`).toBe(true);
      if (offset >= 0 && offset < text.length) expect(lines.isAt(point, offset + 1), `offset ${offset} + 1`).toBe(false);
    }
  });

  it('is false for a point with the right offset but another line or column', () => {
    const lines = new LineIndex('First.\nSecond line.\n');
    expect(lines.point(9)).toEqual({ line: 2, column: 3, offset: 9 });
    expect(lines.isAt({ line: 2, column: 3, offset: 9 }, 9)).toBe(true);
    expect(lines.isAt({ line: 1, column: 3, offset: 9 }, 9)).toBe(false);
    expect(lines.isAt({ line: 2, column: 4, offset: 9 }, 9)).toBe(false);
    expect(lines.isAt({ line: 2, column: 3, offset: 8 }, 9)).toBe(false);
  });

  it('follows the text it was made for: a line break added before the point moves it', () => {
    const before = new LineIndex('Alpha beta.\nGamma.');
    const after = new LineIndex('Alpha\nbeta.\nGamma.');
    const point = before.point(14);
    expect(point).toEqual({ line: 2, column: 3, offset: 14 });
    expect(after.isAt(point, 14)).toBe(false);
    expect(after.point(14)).toEqual({ line: 3, column: 3, offset: 14 });
  });
});
