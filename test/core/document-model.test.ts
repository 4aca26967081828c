/**
 * The document model (core/document.ts, `documentModel`) function by function
 * (seventh session, from the mutation runs' survivors): where a Markdown
 * document is cut into chunks (front matter, fences and HTML blocks that hold
 * blank lines), what a chunk read on its own must still read as in the whole
 * document (stand-in definitions placed after or before it, comments, fences
 * and HTML left open), the parse of several chunks split back per chunk and a
 * run of chunks read as one piece, what a document kept open keeps between
 * readings (block objects, identities, labels), the nesting measured again
 * after an edit, positions recovered where remark gives none, table cells,
 * sections, and plain text. The whole reading (`whole = true`, one micromark
 * parse) is the reference wherever the chunked one must equal it.
 */
import type { Root as NlcstRoot } from 'nlcst';
import { describe, expect, it } from 'vitest';
import { documentModel, markdownChunks, tooDeeplyNested, type ChunkCache, type DocumentModel } from '../../server/src/core/document.ts';

/** The text of an nlcst node: its value, or its children's text joined (what nlcst-to-string gives). */
function toString(node: { value?: string; children?: readonly unknown[] }): string {
  return node.value ?? (node.children ?? []).map((child) => toString(child as { value?: string; children?: readonly unknown[] })).join('');
}

/** Every word and punctuation mark of a tree, with its offset in the block. */
function words(tree: NlcstRoot): Array<[string, number | undefined]> {
  const out: Array<[string, number | undefined]> = [];
  const walk = (node: { type: string; position?: { start: { offset?: number } }; children?: unknown[] }): void => {
    if (node.type === 'WordNode' || node.type === 'PunctuationNode') out.push([toString(node as never), node.position?.start.offset]);
    for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
  };
  walk(tree as never);
  return out;
}

/** Everything the checks read from a model: blocks (with their words), sections and comments. */
function reading(model: DocumentModel) {
  return {
    blocks: model.blocks.map((block) => ({ kind: block.kind, start: block.start, end: block.end, depth: block.depth, words: words(block.toNlcst()) })),
    sections: model.sections,
    comments: model.comments,
  };
}

/** The chunked reading, cold and with a cache, equals the whole reading; returns the cold model. */
function expectAsWhole(text: string): DocumentModel {
  const whole = reading(documentModel(text, 'markdown', undefined, true));
  const cold = documentModel(text, 'markdown');
  expect(reading(cold)).toEqual(whole);
  expect(reading(documentModel(text, 'markdown', new Map()))).toEqual(whole);
  return cold;
}

/** The text of each chunk. */
function chunkTexts(text: string): string[] | undefined {
  return markdownChunks(text)?.map(([from, to]) => text.slice(from, to));
}

describe('document: where Markdown is cut into chunks', () => {
  it('ends the front matter at its closing fence, even with no blank line after it', () => {
    const text = '---\ntitle: Records\n---\n# Records policy\n\nWe keep records.\n';
    expect(chunkTexts(text)).toEqual(['---\ntitle: Records\n---', '# Records policy', 'We keep records.']);
    const model = expectAsWhole(text);
    expect(model.blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['heading', '# Records policy'],
      ['paragraph', 'We keep records.'],
    ]);
  });

  it('opens front matter on a first fence with spaces after it, and keeps its blank lines inside', () => {
    const text = '---  \ntitle: Records\n\nowner: IG team\n---\n\nWe keep records.\n';
    expect(chunkTexts(text)).toEqual(['---  \ntitle: Records\n\nowner: IG team\n---', 'We keep records.']);
    const model = expectAsWhole(text);
    expect(model.chunked).toBe(true);
    // The front matter is not prose: "owner: IG team" is no paragraph.
    expect(model.blocks.map((b) => text.slice(b.start, b.end))).toEqual(['We keep records.']);
    expect(model.sections).toEqual([{ start: 0, end: text.length, heading: '', depth: 0 }]);
  });

  it('opens no front matter on a first line of dashes followed by other characters', () => {
    const text = '---x\ntitle\n\nmore\n---\n\nWe keep records.\n';
    expect(chunkTexts(text)).toEqual(['---x\ntitle', 'more\n---', 'We keep records.']);
    expectAsWhole(text);
  });

  it('reads a document whose front matter never closes in one piece', () => {
    const text = '---\ntitle: Records\n\nWe keep records.\n';
    expect(markdownChunks(text)).toBeUndefined();
    const model = documentModel(text, 'markdown', new Map());
    expect(model.chunked).toBeUndefined();
    expect(reading(model)).toEqual(reading(documentModel(text, 'markdown', undefined, true)));
  });

  it.each([
    ['a comment', '<!--\nnote\n\nmore\n-->'],
    ['a script', '<script>\nlet a = 1;\n\nlet b = 2;\n</script>'],
    ['a pre block', '<PRE class="x">\nline\n\nline\n</pre>'],
    ['a processing instruction', '<?php\necho 1;\n\necho 2;\n?>'],
    ['a declaration', '<!DOCTYPE html\n\n>'],
    ['a CDATA section', '<![CDATA[\nx\n\ny\n]]>'],
  ])('keeps %s that holds a blank line in one chunk, and reads the chunks apart', (_name, html) => {
    const text = `Intro text.\n\n${html}\n\nWe keep records.\n`;
    expect(chunkTexts(text)).toEqual(['Intro text.', html, 'We keep records.']);
    const model = expectAsWhole(text);
    expect(model.chunked).toBe(true);
    expect(model.blocks.map((b) => text.slice(b.start, b.end))).toEqual(['Intro text.', 'We keep records.']);
  });

  it('ends an HTML block on its own opening line when it closes there', () => {
    const text = '<!-- one line -->\n\nWe keep records.\n\n<!-- two\n\nlines -->\n';
    expect(chunkTexts(text)).toEqual(['<!-- one line -->', 'We keep records.', '<!-- two\n\nlines -->']);
    const model = expectAsWhole(text);
    expect(model.comments).toEqual([
      { start: 0, end: 17, text: ' one line ' },
      { start: 37, end: 56, text: ' two\n\nlines ' },
    ]);
  });

  it.each([
    ['spaces after the closing fence', '```\ncode\n```  '],
    ['an indented closing fence', '```\ncode\n   ```'],
    ['a longer closing fence', '```\ncode\n`````'],
    ['tildes', '~~~~\ncode\n\nmore\n~~~~'],
  ])('reads a fence closed with %s as closed: the document is read chunk by chunk', (_name, fence) => {
    const text = `${fence}\n\nWe keep records.\n\n\`\`\`\nmore code\n\`\`\`\n`;
    expect(chunkTexts(text)).toEqual([fence, 'We keep records.', '```\nmore code\n```']);
    const model = expectAsWhole(text);
    expect(model.chunked).toBe(true);
    expect(model.blocks.map((b) => text.slice(b.start, b.end))).toEqual(['We keep records.']);
  });

  it('does not close a fence with a shorter fence or the other character', () => {
    const text = '````\ncode\n```\n~~~~\n\nstill code\n````\n\nWe keep records.\n';
    expect(chunkTexts(text)).toEqual(['````\ncode\n```\n~~~~\n\nstill code\n````', 'We keep records.']);
    expect(expectAsWhole(text).blocks.map((b) => text.slice(b.start, b.end))).toEqual(['We keep records.']);
  });
});

describe('document: a chunk read on its own reads as in the whole document', () => {
  it('puts the stand-in definitions before a last chunk left inside an open comment, and keeps the comments where they are', () => {
    const text = '[g]: https://example.org\n\nSee [g]. <!-- note -->\n<!-- open\n';
    const model = expectAsWhole(text);
    // "g" is a link reference (the brackets are markup), and the closed comment lies where it is.
    expect(model.blocks.map((b) => words(b.toNlcst()))).toEqual([
      [
        ['See', 0],
        ['g', 5],
        ['.', 7],
      ],
    ]);
    expect(model.comments).toEqual([{ start: 35, end: 48, text: ' note ' }]);
    expect(model.blocks[0]!.labels).toBe('[g]: #');
  });

  it.each([
    ['a fence of one line', '```'],
    ['a fence with a shorter closing fence', '````\ncode\n```'],
    ['a fence closed by the other character', '```\ncode\n~~~'],
    ['a script', '<script>\nlet a;'],
  ])('puts them before a last chunk left inside %s', (_name, open) => {
    const text = `[g]: https://example.org\n\nSee [g] and [h].\n${open}\n`;
    const model = expectAsWhole(text);
    expect(model.blocks.map((b) => words(b.toNlcst()).map(([word]) => word))).toEqual([['See', 'g', 'and', '[', 'h', ']', '.']]);
  });

  it('puts every stand-in before the open last chunk, one a line', () => {
    const text = '[a]: https://a.org\n[b]: https://b.org\n\nSee [a] and [b].\n```\nopen\n';
    const model = expectAsWhole(text);
    expect(model.blocks.map((b) => words(b.toNlcst()).map(([word]) => word))).toEqual([['See', 'a', 'and', 'b.', '.']]);
  });

  it('reads a run of chunks as one piece when a fence in a list item makes the chunks run into each other', () => {
    // The line scan closes the fence opened in the list item at the "```" under the list;
    // remark ends the list there and opens a fence that closes in the next chunk.
    const first = '- a\n\n  ```\n  code\n\n  x\n```';
    const second = 'text\n```\n<!-- note\n\n```\n-->';
    const text = `${first}\n\n${second}\n\nWe keep records.\n`;
    expect(chunkTexts(text)).toEqual([first, second, 'We keep records.']);
    for (const cache of [undefined, new Map() as ChunkCache]) {
      const model = documentModel(text, 'markdown', cache);
      expect(model.chunked).toBe(true);
      expect(reading(model)).toEqual(reading(documentModel(text, 'markdown', undefined, true)));
      expect(model.blocks.map((b) => [b.kind, b.start, b.end])).toEqual([
        ['list', 0, 22],
        ['paragraph', 57, 73],
      ]);
      expect(model.comments).toEqual([{ start: 37, end: 55, text: ' note\n\n```\n' }]);
    }
  });

  it('splits a parse of many chunks back into chunks, at the right offsets', () => {
    // Tables and fences are not simple, so their chunks are parsed by micromark together (12 at a time).
    const parts: string[] = [];
    for (let i = 0; i < 30; i++) {
      parts.push(i % 3 === 0 ? `| Term ${i} | Meaning |\n|---|---|\n| data ${i} | records |` : i % 3 === 1 ? `\`\`\`\ncode ${i}\n\`\`\`` : `Para ${i} <!-- c${i} --> with *care*.`);
    }
    const text = `${parts.join('\n\n')}\n`;
    expect(markdownChunks(text)).toHaveLength(30);
    const model = expectAsWhole(text);
    expect(model.chunked).toBe(true);
    expect(model.blocks).toHaveLength(20);
    expect(model.comments).toHaveLength(10);
    expect(model.comments[9]).toEqual({ start: text.indexOf('<!-- c29 -->'), end: text.indexOf('<!-- c29 -->') + 12, text: ' c29 ' });
  });
});

describe('document: what a document kept open keeps between readings', () => {
  const parts = ['# Records', '| Term | Meaning |\n|---|---|\n| data | records |', '```\ncode\n```', '| Term | Use |\n|---|---|\n| log | audit |', 'We keep records.'];
  const text = `${parts.join('\n\n')}\n`;

  it('hands on the same block objects for the chunks an edit did not touch', () => {
    const cache: ChunkCache = new Map();
    const first = documentModel(text, 'markdown', cache);
    expect(first.blocks.map((b) => b.kind)).toEqual(['heading', 'table', 'table', 'paragraph']);
    const again = documentModel(text, 'markdown', cache);
    first.blocks.forEach((block, i) => expect(again.blocks[i]).toBe(block));
    // An edit in the last paragraph: the tables before it are the same objects.
    const edited = text.replace('We keep', 'Staff keep');
    const after = documentModel(edited, 'markdown', cache);
    expect(after.blocks.slice(0, 3)).toEqual(first.blocks.slice(0, 3));
    after.blocks.slice(0, 3).forEach((block, i) => expect(block).toBe(first.blocks[i]));
    expect(after.blocks[3]).not.toBe(first.blocks[3]);
    expect(edited.slice(after.blocks[3]!.start, after.blocks[3]!.end)).toBe('Staff keep records.');
  });

  it('gives blocks an identity only when there is a cache to keep them', () => {
    expect(documentModel(text, 'markdown').blocks.map((b) => b.identity)).toEqual([undefined, undefined, undefined, undefined]);
    const cache: ChunkCache = new Map();
    const identities = documentModel(text, 'markdown', cache).blocks.map((b) => b.identity);
    expect(identities.every((identity) => typeof identity === 'object')).toBe(true);
    expect(new Set(identities).size).toBe(4);
    // The same chunks read again from the cache keep their identities, also in a new text around them.
    const moved = `Intro.\n\n${text}`;
    expect(documentModel(moved, 'markdown', cache).blocks.slice(1).map((b) => b.identity)).toEqual(identities);
  });

  it('makes a new block object when the chunk moves or its labels change', () => {
    const cache: ChunkCache = new Map();
    const base = '| Term | Meaning |\n|---|---|\n| data | [see][r] |\n\nWe keep records.\n';
    const first = documentModel(base, 'markdown', cache).blocks[0]!;
    expect(first.labels).toBeUndefined();
    const moved = documentModel(`# Records\n\n${base}`, 'markdown', cache).blocks[1]!;
    expect(moved).not.toBe(first);
    expect(moved.identity).toBe(first.identity);
    expect(moved.start).toBe(11);
    const defined = documentModel(`# Records\n\n${base}\n[r]: https://example.org\n`, 'markdown', cache).blocks[1]!;
    expect(defined).not.toBe(moved);
    expect(defined.labels).toBe('[r]: #');
  });

  it('labels a block with every defined label it uses, one stand-in a line, sorted', () => {
    const text2 = '[b]: https://b.org\n[a]: https://a.org\n[^n]: A note.\n\nSee [b], [a], [c] and [^n].\n\nNo labels [here].\n';
    for (const cache of [undefined, new Map() as ChunkCache]) {
      const model = documentModel(text2, 'markdown', cache);
      expect(model.blocks.map((b) => [text2.slice(b.start, b.end), b.labels])).toEqual([
        // The definitions use their own labels.
        ['[^n]: A note.', '[^n]: #\n[a]: #\n[b]: #'],
        ['See [b], [a], [c] and [^n].', '[^n]: #\n[a]: #\n[b]: #'],
        ['No labels [here].', undefined],
      ]);
    }
  });

  it('reads a definition inside a quote (which the line scan cannot see) in one piece, with labels per block', () => {
    const text2 = '> [q]: https://example.org\n\nSee [q] and [r].\n\nNo labels here.\n';
    const model = documentModel(text2, 'markdown', new Map());
    expect(model.chunked).toBeUndefined();
    expect(model.blocks.map((b) => [b.kind, b.labels])).toEqual([
      ['blockquote', '[q]: #'],
      ['paragraph', '[q]: #'],
      ['paragraph', undefined],
    ]);
    expect(words(model.blocks[1]!.toNlcst()).map(([word]) => word)).toEqual(['See', 'q', 'and', '[', 'r', ']', '.']);
  });

  it('reads a "[x]:" line that is no definition in one piece: the brackets stay text', () => {
    const text2 = '[x]:\n\nSee [x].\n';
    const model = documentModel(text2, 'markdown', new Map());
    expect(model.chunked).toBeUndefined();
    expect(model.blocks.map((b) => words(b.toNlcst()).map(([word]) => word))).toEqual([['[', 'x', ']', ':'], ['See', '[', 'x', ']', '.']]);
  });

  it('follows definitions added, renamed and removed far from the block that uses them', () => {
    const filler = Array.from({ length: 8 }, (_, i) => `| Row ${i} | value |\n|---|---|\n| a | b |`).join('\n\n');
    const texts = [
      `See [the guide][g] today.\n\n${filler}\n`,
      `See [the guide][g] today.\n\n${filler}\n\n[g]: https://example.org\n`,
      `See [the guide][g] today.\n\n${filler}\n\n[h]: https://example.org\n`,
      `See [the guide][g] today.\n\n${filler}\n\n[G]: https://example.org\n`,
      `See [the guide][g] today.\n\n${filler}\n`,
    ];
    const cache: ChunkCache = new Map();
    const seen = texts.map((text2) => {
      const model = documentModel(text2, 'markdown', cache);
      expect(reading(model)).toEqual(reading(documentModel(text2, 'markdown', undefined, true)));
      return words(model.blocks[0]!.toNlcst()).map(([word]) => word).join(' ');
    });
    expect(seen).toEqual([
      'See [ the guide ] [ g ] today .',
      'See the guide today .',
      'See [ the guide ] [ g ] today .',
      'See the guide today .',
      'See [ the guide ] [ g ] today .',
    ]);
  });
});

describe('document: nesting measured again after an edit', () => {
  const stacked = '>> x\n'.repeat(256);

  it('notices an edit to the first line that stacks one container too many, and one undone', () => {
    const cache: ChunkCache = new Map();
    expect(documentModel(stacked, 'markdown', cache).format).toBe('markdown');
    const more = `>${stacked}`;
    expect(documentModel(more, 'markdown', cache).format).toBe('plaintext');
    expect(documentModel(stacked, 'markdown', cache).format).toBe('markdown');
    // One container fewer on the first line, then one more on the last: still at the limit.
    const fewer = stacked.slice(1);
    expect(documentModel(fewer, 'markdown', cache).format).toBe('markdown');
    expect(documentModel(`${fewer}>> x\n`, 'markdown', cache).format).toBe('markdown');
    expect(documentModel(`${fewer}>>> x\n`, 'markdown', cache).format).toBe('plaintext');
  });

  it('notices an edit to the first line that nests too deeply', () => {
    const cache: ChunkCache = new Map();
    const text = '> x\n\nWe keep records.\n';
    expect(documentModel(text, 'markdown', cache).format).toBe('markdown');
    expect(documentModel(`${'>'.repeat(32)}${text}`, 'markdown', cache).format).toBe('plaintext');
    expect(documentModel(`${'>'.repeat(31)}${text}`, 'markdown', new Map()).format).toBe('markdown');
  });

  it.each([
    ['line feeds', '\n'],
    ['carriage returns', '\r'],
    ['CRLF', '\r\n'],
  ])('notices an edit in the middle of a line, with %s', (_name, eol) => {
    const lines = Array.from({ length: 256 }, () => '>> x');
    const cache: ChunkCache = new Map();
    const text = lines.join(eol) + eol;
    expect(documentModel(text, 'markdown', cache).format).toBe('markdown');
    // Line 100 gains a third marker after its first: 257 stacked.
    lines[100] = '>>> x';
    const edited = lines.join(eol) + eol;
    expect(documentModel(edited, 'markdown', cache).format).toBe('plaintext');
    lines[100] = '>> x';
    lines[255] = '> x';
    expect(documentModel(lines.join(eol) + eol, 'markdown', cache).format).toBe('markdown');
    lines[0] = '>>  x';
    lines[1] = '>>> x';
    expect(documentModel(lines.join(eol) + eol, 'markdown', cache).format).toBe('markdown');
    lines[2] = '>>> x';
    expect(documentModel(lines.join(eol) + eol, 'markdown', cache).format).toBe('plaintext');
  });
});

describe('document: positions remark does not give', () => {
  // remark-gfm gives no positions to the nodes of a paragraph that ends in a bare "www."
  // (a link literal with no domain): each one is found again after the one before.
  it('places the words of a paragraph that ends in a bare "www."', () => {
    const text = 'Please call www.\n';
    const [block] = documentModel(text, 'markdown').blocks;
    expect(words(block!.toNlcst())).toEqual([
      ['Please', 0],
      ['call', 7],
      ['www', 12],
      ['.', 15],
    ]);
  });

  it('places them inside a later block too, relative to the block, up to its last character', () => {
    const text = '# Contact\n\nAsk the team at www.\n';
    const block = documentModel(text, 'markdown').blocks[1]!;
    expect(block.start).toBe(11);
    expect(words(block.toNlcst())).toEqual([
      ['Ask', 0],
      ['the', 4],
      ['team', 8],
      ['at', 13],
      ['www', 16],
      ['.', 19],
    ]);
  });
});

describe('document: positions remark gives are kept', () => {
  it('keeps the place of text that is also found earlier, inside a link title', () => {
    const text = 'See [the guide](https://x.org "read a note.") a note.\n';
    const found = words(documentModel(text, 'markdown').blocks[0]!.toNlcst());
    expect(found).toEqual([
      ['See', 0],
      ['the', 5],
      ['guide', 9],
      ['a', 46],
      ['note', 48],
      ['.', 52],
    ]);
  });
});

describe('document: tables, headings and sections', () => {
  it('reads each table cell that has text as a paragraph of its own, and skips empty cells', () => {
    const text = '| Term | |\n|---|---|\n| | Records kept |\n';
    const tree = documentModel(text, 'markdown').blocks[0]!.toNlcst();
    expect(tree.children.map((child) => [child.type, toString(child)])).toEqual([
      ['ParagraphNode', 'Term'],
      ['ParagraphNode', 'Records kept'],
    ]);
    expect(words(tree)).toEqual([
      ['Term', 2],
      ['Records', 25],
      ['kept', 33],
    ]);
  });

  it('takes a heading text from its words, leaving out inline HTML', () => {
    const text = 'Intro.\n\n# The *care* `code` <b>plan</b>\n\nText.\n\n## Next &amp; last\n\nMore.\n';
    const model = expectAsWhole(text);
    expect(model.sections).toEqual([
      { start: 0, end: 8, heading: '', depth: 0 },
      { start: 8, end: 48, heading: 'The care code plan', depth: 1 },
      { start: 48, end: text.length, heading: 'Next & last', depth: 2 },
    ]);
  });

  it('has no empty section before a heading on the first line', () => {
    const text = '# Records\n\nText.\n\n### Deep\n';
    expect(expectAsWhole(text).sections).toEqual([
      { start: 0, end: 18, heading: 'Records', depth: 1 },
      { start: 18, end: text.length, heading: 'Deep', depth: 3 },
    ]);
  });
});

describe('document: more of where chunks end', () => {
  it.each([
    // After a blank line, a list item, an indented line or a tab continues the chunk; other lines start a new one.
    ['- a\n\n- b\n\nPara.\n', ['- a\n\n- b', 'Para.']],
    ['1) a\n\n2) b\n\nPara.\n', ['1) a\n\n2) b', 'Para.']],
    ['* a\n\n+ b\n', ['* a\n\n+ b']],
    ['a\n\n- \n', ['a\n\n- ']],
    ['a\n\n-\n', ['a\n\n-']],
    ['a\n\n1.\n', ['a\n\n1.']],
    ['a\n\n-\tb\n', ['a\n\n-\tb']],
    ['Code:\n\n\tx\n\nPara.\n', ['Code:\n\n\tx', 'Para.']],
    ['a\n\n   [x]: y\n', ['a\n\n   [x]: y']],
    // Nine digits make a list number, ten do not.
    ['123456789. a\n\n123456789. b\n', ['123456789. a\n\n123456789. b']],
    ['1234567890. a\n\n1234567890. b\n', ['1234567890. a', '1234567890. b']],
    ['a\n\n-x\n', ['a', '-x']],
    // A lone "---" or "+++" stays with the text before it (on its own it could read as front matter).
    ['a\n\n---\n\nb\n', ['a\n\n---', 'b']],
    ['a\n\n+++\n\nb\n', ['a\n\n+++', 'b']],
  ])('cuts %j into %j', (text, chunks) => {
    expect(chunkTexts(text)).toEqual(chunks);
    expectAsWhole(text);
  });

  it('reads the last chunk apart when it ends inside an open fence, after front matter', () => {
    // Batched with the chunks before it, the open fence would swallow the stand-in definitions
    // put after them (they cannot go before front matter): the table's "[^n]" would be text.
    const text = '---\nt: 1\n---\n\n[^n]: A note.\n\n| a |\n|---|\n| see[^n] |\n\n```\nopen code\n';
    expect(chunkTexts(text)).toEqual(['---\nt: 1\n---', '[^n]: A note.', '| a |\n|---|\n| see[^n] |', '```\nopen code\n']);
    const model = expectAsWhole(text);
    expect(model.blocks.map((b) => [b.kind, words(b.toNlcst())])).toEqual([
      [
        'footnote',
        [
          ['A', 6],
          ['note', 8],
          ['.', 12],
        ],
      ],
      [
        'table',
        [
          ['a', 2],
          ['see', 14],
        ],
      ],
    ]);
    // Kept open, the chunks before the fence are parsed apart from it (and cached): the next reading hands on the same blocks.
    const cache: ChunkCache = new Map();
    const first = documentModel(text, 'markdown', cache).blocks;
    const again = documentModel(text, 'markdown', cache).blocks;
    expect(again).toHaveLength(2);
    again.forEach((block, i) => expect(block).toBe(first[i]));
  });

  it('keeps front matter first when its chunk ends inside an open fence', () => {
    // The only chunk: its own definition gives it a stand-in, which must not go before the front matter.
    const text = '---\nt: 1\n---\n---\n[g]: https://x.org\nSee [g].\n```\nopen\n';
    expect(chunkTexts(text)).toEqual([text]);
    const model = expectAsWhole(text);
    expect(model.blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([['paragraph', 'See [g].']]);
  });
});

describe('document: list numbers in the nesting count', () => {
  it.each([
    // A number and a tab is a list marker (the tab counts four spaces: two levels).
    ['a number and a tab', `1.\t${'>'.repeat(29)} x\n`, `1.\t${'>'.repeat(30)} x\n`],
    ['a number, a bracket and a tab', `7)\t${'>'.repeat(29)} x\n`, `7)\t${'>'.repeat(30)} x\n`],
  ])('%s: the deepest allowed, and one more', (_name, allowed, tooDeep) => {
    expect(tooDeeplyNested(allowed)).toBe(false);
    expect(tooDeeplyNested(tooDeep)).toBe(true);
  });

  it.each(['. ', ') ', '.\t', 'a. ', '/. '])('%j without a number before it starts no container', (start) => {
    expect(tooDeeplyNested(`${start}${'>'.repeat(32)} x\n`)).toBe(false);
    expect(tooDeeplyNested(`${start}${'>'.repeat(33)} x\n`)).toBe(false);
  });
});

describe('document: comments and the text under entities and escapes', () => {
  it('collects every comment of an HTML block and inside a list item, and none that never closes', () => {
    const text = '<!-- a --> <!-- b -->\n\n- item <!-- c -->\n\n<!-- open\n\nnever closed\n';
    expect(expectAsWhole(text).comments).toEqual([
      { start: 0, end: 10, text: ' a ' },
      { start: 11, end: 21, text: ' b ' },
      { start: 30, end: 40, text: ' c ' },
    ]);
  });

  it('places the words after an entity and an escape on their own characters', () => {
    const text = 'We &amp; the team\\* agree.\n';
    const found = words(documentModel(text, 'markdown').blocks[0]!.toNlcst());
    expect(found.filter(([word]) => word.startsWith('&')).map(([, at]) => at)).toEqual([3]);
    expect(found.filter(([word]) => /^[a-z]+$/i.test(word))).toEqual([
      ['We', 0],
      ['the', 9],
      ['team', 13],
      ['agree', 20],
    ]);
  });
});

describe('document: plain text', () => {
  const kinds = (text: string) => documentModel(text, 'plaintext').blocks.map((b) => [b.kind, text.slice(b.start, b.end), b.depth]);

  it('splits at blank lines (spaces and tabs count as blank), trims each block, and reads CR and CRLF', () => {
    expect(kinds('Title\r\n\r\nBody text here.\r\n')).toEqual([
      ['heading', 'Title', 1],
      ['paragraph', 'Body text here.', undefined],
    ]);
    expect(kinds('  Indented para.  \n \t \nNext.')).toEqual([
      ['paragraph', 'Indented para.', undefined],
      ['paragraph', 'Next.', undefined],
    ]);
    expect(kinds('One\rTwo\r\rThree')).toEqual([
      ['paragraph', 'One\rTwo', undefined],
      ['heading', 'Three', 1],
    ]);
    expect(kinds('\n\n')).toEqual([]);
    expect(documentModel('', 'plaintext').sections).toEqual([{ start: 0, end: 0, heading: '', depth: 0 }]);
  });

  it.each([
    ['1.2 Scope', true],
    ['3. Data use', true],
    ['2024', true],
    ['w w w w w w w w w w w w', true],
    ['w w w w w w w w w w w w w', false],
    ['x'.repeat(80), true],
    ['x'.repeat(81), false],
    // A section number does not count towards the 80 characters.
    [`1.2 ${'x'.repeat(80)}`, true],
    [`12. ${'x'.repeat(80)}`, true],
    ['.Start here', false],
    ['!Start here', false],
    ['?Start here', false],
    [';Start here', false],
    [',Start here', false],
    ['Ends!', false],
    ['Ends?', false],
    ['Ends;', false],
    ['Ends:', false],
    ['Scope.', false],
    ['Ends with comma,', false],
    [':Start here', false],
    ['A', false],
    ['A line\nsecond', false],
  ])('reads %j as a heading: %s', (line, heading) => {
    const text = `Intro paragraph.\n\n${line}\n\nBody.`;
    expect(kinds(text)[1]).toEqual(heading ? ['heading', line, 1] : ['paragraph', line, undefined]);
    const { sections } = documentModel(text, 'plaintext');
    expect(sections.map((s) => s.heading)).toEqual(heading ? ['', line] : ['']);
  });

  it('gives each block its words, counted from the block', () => {
    const text = 'Title\n\n  We keep records.\n';
    const blocks = documentModel(text, 'plaintext').blocks;
    expect(blocks.map((b) => words(b.toNlcst()))).toEqual([
      [['Title', 0]],
      [
        ['We', 0],
        ['keep', 3],
        ['records', 8],
        ['.', 15],
      ],
    ]);
  });
});
