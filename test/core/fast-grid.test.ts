/**
 * Pipes and pandoc grid tables in the fast path (core/markdown-fast.ts): a
 * chunk with "|" is read without micromark unless one of its lines could be a
 * GFM table's delimiter row. Random grid tables, pipe tables and lines mixing
 * pipes, hyphens, colons and container markers are read both ways; every chunk
 * the fast path accepts must be micromark's mdast exactly, and the grid tables
 * of the real-shaped bench document must be accepted.
 */
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { rng, realPolicyDocument } from '../../bench/corpus.ts';
import { labelKey, markdownChunks, parseMarkdown } from '../../server/src/core/document.ts';
import { fastBlocks } from '../../server/src/core/markdown-fast.ts';

const DEFINED = new Set(['^1', 'REF']);
const DEFINITIONS = '[ref]: https://x.org\n\n[^1]: One.';

function micromark(source: string): RootContent[] {
  return parseMarkdown(`${source}\n\n${DEFINITIONS}\n`).children.filter((node) => (node.position?.start.offset ?? 0) < source.length);
}

const WORDS = ['data', 'Trust', 'records', '2024', 'NHS', 'e-mail', '(see', 'this)', 'end.', '**Figure 1.2 - Security**', '*care*', '`code`', '[^1]', '[the guide][ref]', '1.', '2)', '-', '--', ':', '+', '=', '|', '||', 'a|b', '-|-', ':-:', '*', '>'];
/** Starts of grid-table and pipe lines, with container markers now and then. */
const ROW_STARTS = ['|', '|', '|', '+', '| ', '> |', '- |', '1. |', '  |', '    |', ':', ''];
const RULES = ['+---+', '+-----------+------+', '+===========+', '+:---+', '|---|', '| --- | :-: |', '---|---', '|-', '- |', '+ ---', '|   |', '+', '+-+-+', '| - |', '> |---|', '1. |:-|'];

/** A random grid-table-like chunk: rules, rows of cells with words, and now and then a line that may be a delimiter row. */
function randomTable(r: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const lines: string[] = [];
  for (let n = 2 + Math.floor(r() * 6); n > 0; n--) {
    if (r() < 0.3) {
      lines.push(r() < 0.8 ? `+${'-'.repeat(3 + Math.floor(r() * 20))}+${r() < 0.5 ? `${'='.repeat(4)}+` : ''}` : pick(RULES));
      continue;
    }
    const cells = Array.from({ length: 1 + Math.floor(r() * 3) }, () => Array.from({ length: 1 + Math.floor(r() * 4) }, () => (r() < 0.7 ? pick(WORDS.slice(0, 9)) : pick(WORDS))).join(' '));
    let line = (r() < 0.85 ? '| ' : pick(ROW_STARTS)) + cells.join(r() < 0.9 ? ' | ' : '|');
    if (r() < 0.8) line += `${' '.repeat(Math.floor(r() * 4))} |`;
    lines.push(line);
  }
  return lines.join('\n');
}

describe('pipes and grid tables in the fast path', () => {
  it('gives micromark’s mdast for every random table-like chunk it accepts', () => {
    const r = rng(1402);
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < 6000; i++) {
      const source = randomTable(r);
      const fast = fastBlocks(source, DEFINED);
      if (!fast) {
        refused++;
        continue;
      }
      accepted++;
      expect({ source, nodes: fast }).toEqual({ source, nodes: micromark(source) });
    }
    // Both ways exercised: plain grid tables accepted, delimiter rows and risky starts refused.
    expect(accepted).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(1000);
  }, 120_000);

  it.each([
    ['| a | b |\n|---|---|\n| c | d |'],
    ['a | b\n--- | ---'],
    ['+---+\n| a |\n|:-:|'],
    ['| a |\n| - |'],
    ['> | a |\n> |---|'],
    ['- | a |\n  |---|'],
    ['A line | with a pipe\n:--|'],
  ])('refuses %j (a delimiter row may make a table)', (source) => {
    expect(fastBlocks(source, DEFINED)).toBeUndefined();
    expect(micromark(source).some((node) => node.type === 'table' || node.type === 'blockquote' || node.type === 'list' || node.type === 'paragraph')).toBe(true);
  });

  it('reads a pandoc grid table as the paragraph micromark makes of it', () => {
    const source = [
      '+-----------------------------------------------+',
      '| **Figure 8.4 - Security**                     |',
      '+===============================================+',
      '| Every team can share the reasons[^1] for the  |',
      '| decision before the end of each month.        |',
      '|                                               |',
      '| 1.  The [records guide][ref] applies.         |',
      '+-----------------------------------------------+',
    ].join('\n');
    const fast = fastBlocks(source, DEFINED);
    expect(fast).toHaveLength(1);
    expect(fast![0]!.type).toBe('paragraph');
    expect(fast).toEqual(micromark(source));
  });

  it('accepts every grid table of the real-shaped bench document', () => {
    const text = realPolicyDocument(20_000, 4);
    const defined = new Set<string>();
    for (const m of text.matchAll(/^\[(\^?)([^\]]+)\]:/gm)) defined.add(labelKey(m[2]!, m[1] === '^'));
    const grids = markdownChunks(text)!.map(([from, to]) => text.slice(from, to)).filter((chunk) => chunk.startsWith('+-'));
    expect(grids.length).toBeGreaterThan(5);
    // Stand-ins for the document's definitions, so that micromark reads the footnote calls and references as there.
    const standIns = [...defined].map((key) => (key.startsWith('^') ? `[^${key.slice(1)}]: x` : `[${key}]: x`)).join('\n\n');
    for (const grid of grids) {
      const fast = fastBlocks(grid, defined);
      expect(fast).toBeDefined();
      expect(fast).toEqual(parseMarkdown(`${grid}\n\n${standIns}\n`).children.filter((node) => (node.position?.start.offset ?? 0) < grid.length));
    }
  });
});
