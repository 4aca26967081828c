// A "---" line that is not at the very start of a document is a thematic break or a setext
// heading's underline, never front matter, also when the document is parsed chunk by chunk.
import { describe, expect, it } from 'vitest';
import { documentModel, type ChunkCache } from '../../server/src/core/document.ts';

describe('chunked Markdown and front-matter fences', () => {
  it.each([
    ['after a blank first line', '\r---\ntitle: Confidentiality code\n---\n\n# Confidentiality code\n\nShare for care.\n'],
    ['after a paragraph and a blank line', 'Intro text.\n\n---\ntitle: Not front matter\n---\n\n# Heading\n\nShare for care.\n'],
  ])('%s: the chunked reading has the headings of the whole reading', (_name, text) => {
    const headings = (cache?: ChunkCache) =>
      documentModel(text, 'markdown', cache).blocks.filter((b) => b.kind === 'heading').map((b) => text.slice(b.start, b.end));
    const whole = headings();
    expect(whole[0]).toMatch(/^title: /);
    expect(headings(new Map())).toEqual(whole);
  });
});
