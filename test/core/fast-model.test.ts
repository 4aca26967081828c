/**
 * A document read chunk by chunk, with the simple chunks read by the fast path
 * (core/markdown-fast.ts) and the rest by micromark, must give exactly the
 * model of one micromark parse of the whole text: the same blocks (kind,
 * offsets, heading depth), sections (heading text), comments, and for every
 * block the same nlcst tree, which is what the checks read. Both with and
 * without a chunk cache (the language server and the CLI).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyDocument, realPolicyDocument, rng } from '../../bench/corpus.ts';
import { documentModel, labelKey, markdownChunks, type DocumentModel } from '../../server/src/core/document.ts';
import { fastBlocks } from '../../server/src/core/markdown-fast.ts';

const root = new URL('../../', import.meta.url).pathname;

/** Everything the checks read from a model. */
function reading(model: DocumentModel) {
  return {
    blocks: model.blocks.map((block) => ({ kind: block.kind, start: block.start, end: block.end, depth: block.depth, tree: block.toNlcst() })),
    sections: model.sections,
    comments: model.comments,
  };
}

/** How many of the document's chunks the fast path reads (so the test is known to exercise it). */
function fastChunks(text: string): number {
  const defined = new Set([...text.matchAll(/^\[(\^?)([^\]\n]+)\]:/gm)].map((m) => labelKey(m[2]!, m[1] === '^')));
  return (markdownChunks(text) ?? []).filter(([from, to]) => fastBlocks(text.slice(from, to), defined)).length;
}

function expectSameReading(text: string): DocumentModel {
  const whole = reading(documentModel(text, 'markdown', undefined, true));
  const cold = documentModel(text, 'markdown');
  expect(reading(cold)).toEqual(whole);
  const cache = new Map();
  const cached = documentModel(text, 'markdown', cache);
  expect(reading(cached)).toEqual(whole);
  // The block labels (a cache key: the defined labels each chunk uses) are those of the cached reading.
  expect(cold.blocks.map((block) => block.labels)).toEqual(cached.blocks.map((block) => block.labels));
  return cold;
}

/** Random documents: blocks of plain words and inline forms, some simple, some not, between blank lines. */
function randomDocument(r: () => number): string {
  const words = ['data', 'care', 'Trust', 'the', 'records', 'NHS', 'shared', 'café', '£5', '(see', 'this).', 'end.', 'don’t'];
  const forms = ['*care*', '**data**', '_notice_', '`code_x`', '[the guidance](https://x.nhs.uk/a_b)', '[^1]', '[^2]', '[ref]', '<b>', '&amp;', 'www.x.org', '\\*', '|', '~~x~~', '* ', '_'];
  const starts = ['', '', '', '', '# ', '## ', '- ', '1. ', '> ', '    ', '```\n', '[^1]: ', '[ref]: https://x\n'];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const blocks: string[] = [];
  const count = 10 + Math.floor(r() * 30);
  for (let b = 0; b < count; b++) {
    const lines: string[] = [];
    const noise = r() * 0.4;
    for (let l = 1 + Math.floor(r() * 3); l > 0; l--) {
      const parts: string[] = [];
      for (let p = 1 + Math.floor(r() * 10); p > 0; p--) parts.push(r() < noise ? pick(forms) : pick(words));
      lines.push((r() < 0.2 ? pick(starts) : '') + parts.join(' '));
    }
    blocks.push(lines.join('\n'));
  }
  return `${blocks.join(r() < 0.9 ? '\n\n' : '\n')}\n`;
}

describe('reading simple chunks without micromark gives the reading of a whole parse', () => {
  it.each([
    ['doc-2k', () => policyDocument(2_000, 2)],
    ['doc-20k', () => policyDocument(20_000, 20)],
    ['real-5k', () => realPolicyDocument(5_000, 5)],
    ['real-20k', () => realPolicyDocument(20_000, 4)],
  ])('the bench document %s', (_name, make) => {
    const text = make();
    expect(fastChunks(text)).toBeGreaterThan(10);
    // Read chunk by chunk (not by the whole-text fallback).
    expect(expectSameReading(text).chunked).toBe(true);
  }, 120_000);

  const files = [
    ...readdirSync(join(root, 'examples'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => join(root, 'examples', name)),
    join(root, 'test/perf/edge-cases.md'),
  ];
  it.each(files)('%s', (file) => {
    expectSameReading(readFileSync(file, 'utf8'));
  });

  it('random documents mixing simple and other blocks', () => {
    const r = rng(1202);
    let fast = 0;
    for (let i = 0; i < 60; i++) {
      const text = randomDocument(r);
      fast += fastChunks(text);
      expectSameReading(`${text}\n[^1]: A note.\n`);
      expectSameReading(text);
    }
    expect(fast).toBeGreaterThan(200);
  }, 120_000);
});
