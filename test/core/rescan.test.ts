/**
 * The rescan after an edit (documentModel with the memory of the document's
 * last reading) must find exactly the chunks, labels, blocks and comments a
 * scan of the whole new text finds, whatever the edit does to the structure:
 * blank lines, fences, HTML blocks, front matter, definitions, CR and CRLF.
 */
import { describe, expect, it } from 'vitest';
import { policyDocument, realPolicyDocument, rng } from '../../bench/corpus.ts';
import { documentModel, markdownChunks, type ChunkCache, type DocumentModel } from '../../server/src/core/document.ts';

const STRUCTURE = [
  '\n', '\n\n', '\r', '\r\n', '\n\r\n', '```', '\n```\n', '~~~\n', '\n<!--\n', '-->', '\n<pre>\n', '</pre>', '---', '\n---\n', '+++\n',
  '\n- ', '\n1. ', '    ', '\t', '> ', '# ', '> > > ', '- - ', '\n> > x\n', '[^1]', '\n[^1]: note\n', '\n[ref]: https://x\n', '[ref]', ']:', '[', ']', 'word ', '|',
];

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const roll = r();
  if (roll < 0.4) return text.slice(0, at) + STRUCTURE[Math.floor(r() * STRUCTURE.length)] + text.slice(at);
  if (roll < 0.7) return text.slice(0, at) + text.slice(at + Math.floor(r() * 12));
  // A word typed: the common case.
  return `${text.slice(0, at)}${text.slice(at).replace(/^\w*/, 'policy')}`;
}

const EDITS = 120;

/**
 * What a reading gives, without the closures. A block's `labels` is a cache
 * key (which parse batch the block came in changes it, not what it reads), and
 * `chunked` can depend on which chunks were cached (a batch that did not split
 * falls back to a whole parse, giving the same blocks), so both are compared
 * only with a reading that shares the same cache history.
 */
function shape(model: DocumentModel, withLabels = false) {
  return {
    blocks: model.blocks.map(({ kind, start, end, depth, labels }) => ({ kind, start, end, depth, ...(withLabels ? { labels } : {}) })),
    sections: model.sections,
    comments: model.comments,
    ...(withLabels ? { chunked: model.chunked } : {}),
  };
}

describe('rescanning only around an edit', () => {
  it.each([
    ['a real-shaped policy', realPolicyDocument(700, 31), EDITS / 10],
    ['a synthetic policy', policyDocument(700, 32), EDITS / 10],
    // Short, so most edits land in the first chunk or break the chunking: few rescans.
    ['front matter and a fence', '---\ntitle: x\n---\n\n# Heading\n\nText [^1].\n\n```\ncode\n\nmore\n```\n\n[^1]: A note.\n\nLast words.\n', 3],
  ])('%s: the same chunks and blocks as a scan of the whole text, after random edits', (_name, start, fewestRescans) => {
    const r = rng(17);
    let text = start;
    const cache: ChunkCache = new Map();
    // The same chunk cache history, but every reading scans the whole text.
    const scanned: ChunkCache = new Map();
    documentModel(text, 'markdown', cache);
    documentModel(text, 'markdown', scanned);
    let rescans = 0;
    for (let i = 0; i < EDITS; i++) {
      text = edit(text, r);
      const hadMemory = cache.memory !== undefined;
      const got = documentModel(text, 'markdown', cache);
      scanned.memory = undefined;
      expect({ edit: i, ...shape(got, true) }).toEqual({ edit: i, ...shape(documentModel(text, 'markdown', scanned), true) });
      expect({ edit: i, ...shape(got) }).toEqual({ edit: i, ...shape(documentModel(text, 'markdown', new Map())) });
      if (cache.memory) {
        expect({ edit: i, chunks: cache.memory.scan.chunks }).toEqual({ edit: i, chunks: markdownChunks(text) });
        if (hadMemory && cache.memory.scan.from?.some((was) => was >= 0)) rescans++;
      }
    }
    // Many edits were read by a rescan that carried chunks over (the others broke the chunking: an open fence, say).
    expect(rescans).toBeGreaterThan(fewestRescans);
  });

  it('carries over the chunks after the edit, shifted, and parses only the one it changed', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says who may see the care record [^${i % 3}].`);
    const text = `${paragraphs.join('\n\n')}\n\n[^0]: One.\n\n[^1]: Two.\n\n[^2]: Three.\n`;
    const cache: ChunkCache = new Map();
    const before = documentModel(text, 'markdown', cache);
    const edited = text.replace('Paragraph 20 says', 'Paragraph 20 now says');
    const after = documentModel(edited, 'markdown', cache);
    const from = cache.memory!.scan.from!;
    // Chunk 19 is scanned again (the rescan starts before the changed chunk 20); the rest are carried over.
    expect(from.map((was, i) => (was === i ? '=' : was < 0 ? 'new' : was))).toEqual(from.map((_, i) => (i === 19 || i === 20 ? 'new' : '=')));
    expect(after.blocks[21]!.start).toBe(before.blocks[21]!.start + 4);
    expect(after.blocks[21]!.identity).toBe(before.blocks[21]!.identity);
    expect(after.blocks[20]!.identity).not.toBe(before.blocks[20]!.identity);
  });

  it('counts containers opened on lines that already opened one again only where the edit is', () => {
    // 256 such containers is the most read as Markdown: one more line of them tips the document into plain text.
    const text = `# Quoted\n\n${'> > Said before.\n\n'.repeat(256)}Last words.\n`;
    const more = text.replace('Last words.', '> > Said once more.\n\nLast words.');
    const cache: ChunkCache = new Map();
    const formats: string[] = [];
    for (const version of [text, more, text, more.replace('> > Said once more.', '> Said once more.')]) {
      const got = documentModel(version, 'markdown', cache);
      expect(shape(got)).toEqual(shape(documentModel(version, 'markdown', new Map())));
      formats.push(got.format);
    }
    expect(formats).toEqual(['markdown', 'plaintext', 'markdown', 'markdown']);
  });
});
