/**
 * The fast Markdown path (core/markdown-fast.ts) form by form (seventh
 * session, from the mutation runs' survivors). Two kinds of expectation:
 * - **read**: the fast path accepts the chunk and gives exactly micromark's
 *   nodes (a refusal would only cost speed, so only these tests see a
 *   needless one);
 * - **never read otherwise**: where micromark reads the chunk some other way
 *   than the fast path would (a code span over two lines, two blank lines in a
 *   list, list markers that change), the fast path either refuses the chunk
 *   or gives exactly micromark's nodes.
 */
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../server/src/core/document.ts';
import { fastBlocks } from '../../server/src/core/markdown-fast.ts';

/** The labels the document around the chunks defines (as keys: see labelKey). */
const DEFINED = new Set(['^1', 'REF']);

/** micromark's nodes for the chunk, with the definitions after it (and not them). */
function micromark(source: string): RootContent[] {
  return parseMarkdown(`${source}\n\n[ref]: https://x.org\n\n[^1]: A note.\n`).children.filter((node) => (node.position?.start.offset ?? 0) < source.length);
}

function expectRead(source: string): RootContent[] {
  const fast = fastBlocks(source, DEFINED);
  expect(fast, 'the fast path refused it').toBeDefined();
  expect(fast).toEqual(micromark(source));
  return fast!;
}

function expectNeverOtherwise(source: string): void {
  const fast = fastBlocks(source, DEFINED);
  if (fast !== undefined) expect(fast).toEqual(micromark(source));
}

describe('the fast path: inline forms', () => {
  it.each([
    'We keep *care* records.',
    'We keep _care_ records.',
    'We keep **data** safe.',
    'We keep __data__ safe.',
    '(*see*) the notes.',
    'Read *this*, *that*; *then*: *now*) *a*! *b*? *c*.',
    'Ends in *emphasis*',
    'A `code` span and `x_y*z` too.',
    'Stop! Now. A !important note.',
    'See [the guidance](https://example.nhs.uk/a_b?x=1#top) now.',
    'A call[^1] and another [^1].',
    'See [ref], [the guide][ref] and [ref][] and [ref]x.',
  ])('reads %j', (source) => {
    expectRead(source);
  });

  it('reads the nodes themselves, with their positions', () => {
    expect(expectRead('A *b* `c`')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'A ', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 3, offset: 2 } } },
          {
            type: 'emphasis',
            children: [{ type: 'text', value: 'b', position: { start: { line: 1, column: 4, offset: 3 }, end: { line: 1, column: 5, offset: 4 } } }],
            position: { start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 6, offset: 5 } },
          },
          { type: 'text', value: ' ', position: { start: { line: 1, column: 6, offset: 5 }, end: { line: 1, column: 7, offset: 6 } } },
          { type: 'inlineCode', value: 'c', position: { start: { line: 1, column: 7, offset: 6 }, end: { line: 1, column: 10, offset: 9 } } },
        ],
        position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 10, offset: 9 } },
      },
    ]);
  });

  it.each([
    // Code spans: over two lines (micromark turns the line feed into a space), padded, doubled, unclosed.
    'A `code\nspan` here.',
    'A `\nspan\n` here.',
    'A ` x ` here.',
    'A ` x` here.',
    'A `x ` here.',
    'A ``x`` here.',
    'A `x`` here.',
    'A `x here.',
    // Emphasis that does not flank, or holds other forms.
    'A ***x*** here.',
    'a*b* here.',
    // Underscores inside a word make no emphasis.
    'a_b_ here.',
    'A _x_y here.',
    'A *x here.',
    'A * x* here.',
    'A *x * here.',
    'A *x*y here.',
    'A *a_b* here.',
    'A *www.x.org* here.',
    'A ** here.',
    // Links, references and footnotes the fast path does not know, or that micromark reads as text.
    'See ![x](y.png) here.',
    'See [](x) here.',
    'See [*x*](y) here.',
    'See [x](a b) here.',
    'See [x](www.x.org) here.',
    'See [nope] here.',
    'See [x][nope] here.',
    'See [ref][ here.',
    'See [ref]: here.',
    'See [ref](x) here.',
    'See [a@b.org] here.',
    'See [^2] here.',
    'See [^1](x) here.',
    'See [^1][x] here.',
    'See [^1]: here.',
    'See [^a b] here.',
    'A ] here.',
    'Mail a@b.org or www.x.org.',
    'A > b.',
  ])('never reads %j otherwise than micromark', (source) => {
    expectNeverOtherwise(source);
  });
});

describe('the fast path: blocks', () => {
  it.each([
    '# A heading',
    '###### Six',
    'A line\nand the next.',
    'A | B in a sentence.',
    '> A quote\n> on two lines.',
    '[^1]: A note.',
    '[^1]: A note\n    over two lines.',
    '[^1]: A note.\n\n    Its second paragraph.',
    '- a\n- b',
    '* a\n* b',
    '+ a\n+ b',
    '- a\n  continued',
    '- a\n\n- b',
    '- a\n\n  b\n\n- c',
    '- a\n\n+ b',
    '1. a\n2. b',
    '3) x\n4) y',
    '1. a\n\n1. b',
    '1. a\n\n2) b',
    '-    a\n     b',
    'Text.\n\n# Heading\n\n- item\n\n> quote',
  ])('reads %j', (source) => {
    expectRead(source);
  });

  it('never reads a task item as a reference, even to a defined label', () => {
    const defined = new Set(['X', 'REF']);
    for (const source of ['- [x] Done', '- [ ] To do', '1. [x] Done']) {
      const fast = fastBlocks(source, defined);
      if (fast !== undefined) expect(fast).toEqual(parseMarkdown(`${source}\n\n[x]: https://x.org\n`).children.slice(0, 1));
    }
  });

  it('reads the start number, order and looseness of a list', () => {
    const [list] = expectRead('3) x\n\n4) y') as Array<{ type: string; ordered: boolean; start: number | null; spread: boolean }>;
    expect([list!.type, list!.ordered, list!.start, list!.spread]).toEqual(['list', true, 3, true]);
    const [bullets] = expectRead('- x\n- y') as Array<{ ordered: boolean; start: number | null; spread: boolean }>;
    expect([bullets!.ordered, bullets!.start, bullets!.spread]).toEqual([false, null, false]);
  });

  it.each([
    // Characters and lines that mean something else.
    'A\ttab.',
    'A <b>tag</b>.',
    'A ~~strike~~.',
    'An escape \\* here.',
    'An &amp; entity.',
    '| a | b |\n|---|---|\n| c | d |',
    'A hard  \nbreak.',
    'A line\n===',
    'A line\n---',
    '####### Seven',
    '#Tight',
    '# Closed #',
    '#  Two spaces',
    '> A quote\nwith a lazy line.',
    '>No space',
    '> # Heading in a quote',
    '[^1]: A note.\nA lazy line.',
    '[^1]: A note.\n\n\n    After two blank lines.',
    '[^1]:  Two spaces.',
    '- a\nlazy',
    '- a\n\n\n- b',
    '1. a\n2) b',
    '- a\n+ b',
    '- [ ] task',
    '-     five spaces',
    '1234567890. ten digits',
    '```\ncode\n```',
    '    indented code',
    '***',
  ])('never reads %j otherwise than micromark', (source) => {
    expectNeverOtherwise(source);
  });
});
