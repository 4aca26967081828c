import { describe, expect, it } from 'vitest';
import { findings } from '../helpers.ts';

describe('positions are exact in the original text', () => {
  it.each([
    ['plain ASCII', 'We use interoperability here.\n', 1, 8],
    ['after an emoji (two UTF-16 units)', '😀 We use interoperability here.\n', 1, 11],
    ['after accented letters', 'Café résumé: interoperability.\n', 1, 14],
    ['on the second line with CRLF', 'First line.\r\nWe use interoperability.\r\n', 2, 8],
    ['on the third line with CR only', 'One.\rTwo.\rThe interoperability.\r', 3, 5],
    ['in plain text with CRLF paragraphs', 'Title\r\n\r\nWe need interoperability.\r\n', 3, 9],
  ])('%s', (_name, text, line, column) => {
    const format = _name.includes('plain text') ? 'plaintext' : 'markdown';
    const hit = findings(text, { format }).find((f) => f.ruleId === 'interoperability');
    expect(hit).toBeDefined();
    expect(hit!.start.line).toBe(line);
    expect(hit!.start.column).toBe(column);
    expect(text.slice(hit!.start.offset, hit!.end.offset)).toBe('interoperability');
    expect(hit!.end.offset - hit!.start.offset).toBe('interoperability'.length);
  });

  it('slices the exact text for every finding in the example policy', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('examples/information-sharing-policy.md', 'utf8');
    const list = findings(text);
    expect(list.length).toBeGreaterThan(20);
    for (const f of list) expect(text.slice(f.start.offset, f.end.offset)).toBe(f.actual);
  });
});
