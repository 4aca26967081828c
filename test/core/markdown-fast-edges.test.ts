/**
 * The fast Markdown path (core/markdown-fast.ts) at edges the random blocks of
 * markdown-fast.test.ts did not reach (sixth session, from the mutation run's
 * survivors): a link whose address is never closed is refused (the fast path
 * must not read past the end of the text), and a heading straight after a
 * paragraph line ends the paragraph and is read, exactly as micromark reads it.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../server/src/core/document.ts';
import { fastBlocks } from '../../server/src/core/markdown-fast.ts';

const DEFINED = new Set<string>();

describe('the fast path at its edges', () => {
  it.each(['See [the guidance](x.org', 'See [the guidance](https://example.nhs.uk/guidance', 'A [link](x.org\nover two lines'])('refuses %j: the address is never closed', (source) => {
    expect(fastBlocks(source, DEFINED)).toBeUndefined();
  });

  it.each([
    ['A line\n# Heading', ['paragraph', 'heading']],
    ['Text\n## Two\nMore', ['paragraph', 'heading', 'paragraph']],
  ])('reads %j: a heading ends the paragraph above it', (source, kinds) => {
    const fast = fastBlocks(source, DEFINED);
    expect(fast?.map((node) => node.type)).toEqual(kinds);
    expect(fast).toEqual(parseMarkdown(source).children);
  });
});
