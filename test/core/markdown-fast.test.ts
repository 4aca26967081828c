/**
 * The fast path for simple Markdown chunks (core/markdown-fast.ts) must give
 * exactly micromark's mdast whenever it accepts a chunk: random blocks made
 * of plain words mixed with every Markdown-significant character, inline
 * form and line start are read both ways and compared node for node
 * (types, values, URLs, labels, and every position's line, column and offset).
 */
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/corpus.ts';
import { parseMarkdown } from '../../server/src/core/document.ts';
import { fastBlocks } from '../../server/src/core/markdown-fast.ts';

/** Footnote labels the fuzz documents define (as keys: see labelKey). */
const DEFINED = new Set(['^1', '^NOTE', 'REF', 'REF TWO', 'GDPR-GUIDE']);
const DEFINITIONS = '[ref]: https://x.org\n[Ref  two]: <y>\n[gdpr-guide]: /z "T"\n\n[^1]: One.\n\n[^note]: Two.';

/** What micromark gives for `source` followed by the definitions, without them. */
function micromark(source: string): RootContent[] {
  return parseMarkdown(`${source}\n\n${DEFINITIONS}\n`).children.filter((node) => (node.position?.start.offset ?? 0) < source.length);
}

const WORDS = ['data', 'care', 'Trust', 'café', 'über', '2024', '1.5', 'NHS', 'e-mail', 'don’t', '“quoted”', '(see', 'this)', 'A.', 'end.', 'x', 'I', '£17.5'];
const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'].concat(['\t', '\r', '\0', '\u00a0', '’', '\u2028', '\f', '\u000b', '\ufffd']);
const INLINE = [
  '*care*', '**data sharing**', '_notice_', '__strong words__', '*a*', '_x_.', '**B**,', '`co_de`', '`a*b`', '` spaced `', '``double``', '`x',
  '[the guidance](https://example.nhs.uk/a_b)', '[text](url)', '[text]( url)', '[t](a(b))', '[](x)', '[a]', '[a][b]', '![alt](x.png)', '[^1]', '[^note]', '[^2]', '[^1](x)', '[^1]:', '[^ 1]',
  '[ref]', '[Ref Two]', '[the guidance][ref]', '[ref][]', '[text][gdpr-guide]', '[undefined]', '[ref](x)', '[ref]:', '[ref][nope]', '[REF]', '[ref two][ref]', '[link\ntext](https://x.org)',
  '**Note:**', '*(see)*', '_“quoted”_', '**x.**', '*a b*:', '_-_', '** x**', '*x *', '*\u00a0x*',
  'www.nhs.uk', 'a@b.org', 'https://x.org', 'HTTP://X', '&amp;', '&#42;', '\\*', '<b>', '<https://x>', '~~gone~~', 'snake_case', '2*3*4', '* x', '_ y', '**', '__', '***x***', '*x**', '(*x*)', '*x*y',
];
const LINE_STARTS = ['', '', '', '', '', '', '', '', '- ', '- ', '* ', '+ ', '1. ', '2. ', '1) ', '10. ', '-   ', '  ', '  ', '   ', '> ', '> ', '>', '# ', '## ', '###### ', '####### ', '#', '#x ', '> ', '- ', '+ ', '* ', '1. ', '2) ', '1234567890. ', '    ', ' ', '===', '---', '```', '~~~', '| a | b |\n|---|---|\n', '[^1]: ', '[x]: ', '<div>', '***', '_ _ _', '\t'];
const LINE_ENDS = ['', '', '', '', '  ', ' ', '\\', ' #', ' ##', '#'];

/** A random list: items of one or more lines and paragraphs, tight or loose, with the odd misfit line. */
function randomList(r: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const marker = pick(['- ', '* ', '+ ', '-   ', '1. ', '1) ', '3. ', '10. ']);
  const width = marker.length;
  const words = (): string => Array.from({ length: 1 + Math.floor(r() * 6) }, () => (r() < 0.15 ? pick(INLINE) : pick(WORDS))).join(' ');
  const items: string[] = [];
  for (let n = 1 + Math.floor(r() * 4); n > 0; n--) {
    let item = (r() < 0.1 ? pick(LINE_STARTS) : '') + (/\d/.test(marker) && r() < 0.5 ? `${items.length + 1}${marker.slice(-2)}` : marker) + words();
    for (let l = Math.floor(r() * 3); l > 0; l--) {
      const indent = ' '.repeat(r() < 0.85 ? width : Math.floor(r() * 6));
      item += (r() < 0.3 ? '\n\n' : '\n') + indent + words();
    }
    items.push(item);
  }
  return items.join(r() < 0.4 ? '\n\n' : '\n');
}

/** A random block: one to four lines of words, punctuation, inline forms and line starts. */
function randomBlock(r: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  if (r() < 0.25) return randomList(r);
  if (r() < 0.1) {
    // A footnote definition, most continuation lines indented by four spaces, perhaps a second paragraph.
    const words = (): string => Array.from({ length: 1 + Math.floor(r() * 6) }, () => (r() < 0.15 ? pick(INLINE) : pick(WORDS))).join(' ');
    let note = `${pick(['[^1]: ', '[^note]: ', '[^x]: ', '[^1]:  ', '[^1]:'])}${words()}`;
    for (let l = Math.floor(r() * 4); l > 0; l--) note += (r() < 0.3 ? '\n\n' : '\n') + ' '.repeat(r() < 0.85 ? 4 : Math.floor(r() * 6)) + words();
    return note;
  }
  if (r() < 0.1) {
    // A block quote, most lines marked.
    const lines = Array.from({ length: 1 + Math.floor(r() * 3) }, () => Array.from({ length: 1 + Math.floor(r() * 5) }, () => (r() < 0.2 ? pick(INLINE) : pick(WORDS))).join(' '));
    return lines.map((line) => (r() < 0.9 ? '> ' : pick(LINE_STARTS)) + line).join('\n');
  }
  const lines: string[] = [];
  const count = 1 + Math.floor(r() * 5);
  // How much of the block is not plain words: from none to most of it.
  const noise = r() * 0.6;
  for (let l = 0; l < count; l++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(r() * 8);
    for (let p = 0; p < n; p++) {
      const roll = r();
      parts.push(roll >= noise ? pick(WORDS) : roll < noise * 0.7 ? pick(INLINE) : pick(PUNCTUATION));
    }
    // Mostly single spaces between parts, sometimes none or two.
    let line = parts[0]!;
    for (const part of parts.slice(1)) line += (r() < 0.85 ? ' ' : r() < 0.5 ? '' : '  ') + part;
    lines.push((r() < 0.4 ? pick(LINE_STARTS) : '') + line + (r() < 0.15 ? pick(LINE_ENDS) : ''));
  }
  let block = lines[0]!;
  for (const line of lines.slice(1)) block += (r() < 0.2 ? (r() < 0.2 ? '\n\n\n' : '\n\n') : '\n') + line;
  return block;
}

describe('the fast path for simple chunks reads them as micromark does', () => {
  it('gives micromark’s mdast for every random block it accepts', () => {
    const r = rng(20261202);
    let accepted = 0;
    /** Tight lists, loose lists, and items of more than one paragraph accepted. */
    const lists = [0, 0, 0];
    let quotes = 0;
    const kinds = new Set<string>();
    for (let i = 0; i < 20000; i++) {
      const source = randomBlock(r);
      const fast = fastBlocks(source, DEFINED);
      if (!fast) continue;
      accepted++;
      expect({ source, nodes: fast }).toEqual({ source, nodes: micromark(source) });
      for (const node of fast) {
        kinds.add(node.type);
        if ('children' in node) for (const child of node.children) kinds.add(child.type);
        if (node.type === 'blockquote') quotes++;
        if (node.type === 'list') {
          lists[node.spread ? 1 : 0]++;
          for (const item of node.children) if (item.spread) lists[2]++;
        }
      }
    }
    // The fuzz must exercise the fast path, not only its refusals.
    expect(accepted).toBeGreaterThan(1500);
    expect({ lists }).toEqual({ lists: lists.map((n) => Math.max(n, 20)) });
    expect(quotes).toBeGreaterThan(100);
    expect([...kinds].sort()).toEqual(['blockquote', 'emphasis', 'footnoteDefinition', 'footnoteReference', 'heading', 'inlineCode', 'link', 'linkReference', 'list', 'listItem', 'paragraph', 'strong', 'text']);
  }, 120_000);

  it.each([
    ['Plain words, (brackets), “quotes” and £17.5 million.\nA second line.', 1],
    ['# Data sharing\nThe _Caldicott_ Guardian signs **every** request[^1].', 2],
    ['See [the guidance](https://example.nhs.uk/guidance) and `export --all`.', 1],
    ['## 4.2 Subject access requests', 1],
    ['A pipe | in a sentence is text.', 1],
  ])('accepts %j and reads it exactly', (source, blocks) => {
    const fast = fastBlocks(source, DEFINED);
    expect(fast).toHaveLength(blocks);
    expect(fast).toEqual(micromark(source));
  });

  it.each([
    'Emphasis *not closed',
    'A hard break  \nhere',
    'A hard break\\\nhere',
    'Setext\n===',
    'Setext\n---',
    'A list follows\n- item',
    'An entity &amp; here',
    'An escaped \\* star',
    'HTML <b>bold</b>',
    'A www.nhs.uk link',
    'Mail a@b.org',
    'A table | here\n|---|---|',
    'Struck ~~out~~',
    'snake_case words',
    'Undefined [^2] note',
    'A reference [label] link',
    'A tab\there',
    'Windows\r\nline ends',
    '    indented code',
    '![an image](x.png)',
    '# Closed heading #',
  ])('refuses %j (micromark reads it)', (source) => {
    expect(fastBlocks(source, DEFINED)).toBeUndefined();
  });
});
