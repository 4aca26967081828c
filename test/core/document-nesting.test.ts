/**
 * When a Markdown document nests containers too deeply for the parser, it is
 * checked as plain text instead (core/document.ts, `tooDeeplyNested` and
 * `documentModel`): the limits exactly, line by line (a line's depth is its
 * container markers plus half its indentation) and over a document (containers
 * opened on lines that already opened one). And a plain-text document's
 * heading-like first line is a heading of level 1. Sixth session, from the
 * mutation run's survivors.
 */
import { describe, expect, it } from 'vitest';
import { documentModel, MAX_MARKDOWN_NESTING, MAX_STACKED_CONTAINERS, tooDeeplyNested } from '../../server/src/core/document.ts';

describe('document: how deep one line nests', () => {
  it('the limits are 32 on one line and 256 over a document', () => {
    expect([MAX_MARKDOWN_NESTING, MAX_STACKED_CONTAINERS]).toEqual([32, 256]);
  });

  it.each([
    // 32 quote markers are allowed, 33 are not.
    ['quote markers', `${'>'.repeat(32)} x\n`, `${'>'.repeat(33)} x\n`],
    // Four spaces count two levels; a tab counts as four spaces.
    ['spaces', `${'>'.repeat(30)}    x\n`, `${'>'.repeat(31)}    x\n`],
    ['a tab', `${'>'.repeat(30)}\tx\n`, `${'>'.repeat(31)}\tx\n`],
    // List markers count too: bullets, and numbers with "." or ")" (the spaces after them count as indentation).
    ['a dash', `- ${'>'.repeat(30)} x\n`, `- ${'>'.repeat(31)} x\n`],
    ['a star', `* ${'>'.repeat(30)} x\n`, `* ${'>'.repeat(31)} x\n`],
    ['a plus', `+ ${'>'.repeat(30)} x\n`, `+ ${'>'.repeat(31)} x\n`],
    ['a dash and a tab', `-\t${'>'.repeat(29)} x\n`, `-\t${'>'.repeat(30)} x\n`],
    ['a number', `1. ${'>'.repeat(30)} x\n`, `1. ${'>'.repeat(31)} x\n`],
    ['a number with a bracket', `1) ${'>'.repeat(30)} x\n`, `1) ${'>'.repeat(31)} x\n`],
    ['a number starting with 0', `0. ${'>'.repeat(30)} x\n`, `0. ${'>'.repeat(31)} x\n`],
    ['a number of nine digits', `123456789. ${'>'.repeat(30)} x\n`, `123456789. ${'>'.repeat(31)} x\n`],
    ['a line ending in a lone carriage return', `${'>'.repeat(32)} x\r`, `${'>'.repeat(33)} x\r`],
  ])('%s: the deepest allowed, and one more', (_name, allowed, tooDeep) => {
    expect(tooDeeplyNested(allowed)).toBe(false);
    expect(tooDeeplyNested(tooDeep)).toBe(true);
  });

  it.each([
    // Ten digits are no list marker, so the quote markers after it are text.
    ['a number of ten digits', `1234567890. ${'>'.repeat(33)} x\n`],
    ['a dash without a space', `-x ${'>'.repeat(33)} x\n`],
    ['a digit without a dot', `1x ${'>'.repeat(33)} x\n`],
  ])('%s starts no container', (_name, text) => {
    expect(tooDeeplyNested(text)).toBe(false);
  });
});

describe('document: containers stacked over a whole document', () => {
  it('allows 256 containers opened on lines that already opened one, not 257', () => {
    expect(tooDeeplyNested('>> x\n'.repeat(256))).toBe(false);
    expect(tooDeeplyNested('>> x\n'.repeat(257))).toBe(true);
    // Three markers stack two per line.
    expect(tooDeeplyNested('>>> x\n'.repeat(128))).toBe(false);
    expect(tooDeeplyNested('>>> x\n'.repeat(129))).toBe(true);
    // One container per line stacks nothing, however many lines.
    expect(tooDeeplyNested('> x\n'.repeat(1000))).toBe(false);
  });

  it('reads a document at the limit as Markdown, and one past it as plain text', () => {
    const atLimit = documentModel('>> x\n'.repeat(256), 'markdown');
    expect([atLimit.format, atLimit.blocks.map((b) => b.kind)]).toEqual(['markdown', ['blockquote']]);
    const past = documentModel('>> x\n'.repeat(257), 'markdown');
    expect([past.format, past.blocks.map((b) => b.kind)]).toEqual(['plaintext', ['paragraph']]);
    const deep = documentModel(`${'>'.repeat(33)} x\n`, 'markdown');
    expect(deep.format).toBe('plaintext');
  });
});

describe('document: a plain-text document', () => {
  it('takes a short first line without a full stop for a heading of level 1', () => {
    const text = 'Records policy\n\nStaff keep records safe.\n';
    const model = documentModel(text, 'plaintext');
    expect(model.blocks.map((b) => [b.kind, b.start, b.end, b.depth])).toEqual([
      ['heading', 0, 14, 1],
      ['paragraph', 16, 40, undefined],
    ]);
    expect(model.sections).toEqual([{ start: 0, end: text.length, heading: 'Records policy', depth: 1 }]);
  });
});
