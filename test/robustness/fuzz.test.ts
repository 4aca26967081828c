/**
 * Fuzzing the Markdown and plain-text paths (fast-check, fixed seed, bounded
 * case counts for CI; raise PLAIN_IG_FUZZ_RUNS to search longer). Inputs:
 * random Unicode (including lone surrogates and control characters), random
 * Markdown syntax soup, and the example policies mutated by random inserts,
 * deletes, duplications and line-ending swaps. No exception may escape, every
 * finding must point at its own text, and an open document re-checked after
 * each mutation (the language server's incremental path) must agree with a
 * cold check of the same text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentChecker } from '../../server/src/engine/check-text.ts';
import { clearBlockCache } from '../../server/src/core/run.ts';
import { checkText } from '../../server/src/engine/check-text.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { SEVERITIES, type DocumentFormat, type Finding } from '../../server/src/core/types.ts';
import { count, flaggedPhrases, MARKDOWN_BITS, params, SEPARATORS } from './generators.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const settings = defaultSettings();
const FORMATS: DocumentFormat[] = ['markdown', 'plaintext'];

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((name) => /\.(md|txt)$/.test(name))
  .map((name) => readFileSync(join(ROOT, 'examples', name), 'utf8'));

/** Checks `text` and asserts the findings are well-formed; returns them. */
function checkWellFormed(text: string, format: DocumentFormat): Finding[] {
  const { findings, stats } = checkText(text, { format, settings });
  // The word count is the sum of the sentence lengths, and every word has a visible character.
  expect(stats.words).toBe(stats.sentenceLengths.reduce((sum, n) => sum + n, 0));
  expect(stats.words).toBeLessThanOrEqual((text.match(/\S/gu) ?? []).length);
  for (const f of findings) {
    expect(f.start.offset).toBeGreaterThanOrEqual(0);
    expect(f.end.offset).toBeGreaterThanOrEqual(f.start.offset);
    expect(f.end.offset).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start.offset, f.end.offset)).toBe(f.actual);
    // The message contract, filled: a sentence, a reason, a link, and a severity no more serious than the check's setting.
    expect(f.message).toMatch(/^\S[\s\S]{9,}[.?!)’”]$/);
    expect(f.note.trim().length).toBeGreaterThan(10);
    expect(f.url).toMatch(/^https:\/\/\S+$/);
    expect(SEVERITIES.indexOf(f.severity)).toBeGreaterThanOrEqual(SEVERITIES.indexOf(settings.checks[f.check].severity));
    // A safe fix is one that can be applied: never a reframe, never nothing.
    if (f.safe) expect(['replace', 'explain', 'expand']).toContain(f.fixKind);
    for (const alternative of f.expected) expect(alternative.trim()).not.toBe('');
  }
  return findings;
}

const anyChar = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)); // lone surrogates too
const randomUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: anyChar, maxLength: 300 }),
  fc.string({ unit: fc.constantFrom('\r', '\n', '\t', ' ', '\u0000', '\u0085', '\u2028', '\ufeff', '\u202e', '>', '-', '*', '#', '`', '<', '!', '[', ']', '(', ')', '|', 'a', 'A'), maxLength: 400 }),
);
const markdownSoup = fc
  .array(fc.oneof(fc.constantFrom(...MARKDOWN_BITS), fc.constantFrom(...SEPARATORS), fc.constantFrom(...flaggedPhrases())), { maxLength: 80 })
  .map((parts) => parts.join(''));

type Mutation =
  | { op: 'insert'; at: number; what: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'crlf'; at: number }
  | { op: 'truncate'; at: number };

const snippet = fc.oneof(fc.constantFrom(...MARKDOWN_BITS), fc.constantFrom(...SEPARATORS), fc.constantFrom(...flaggedPhrases()), fc.string({ unit: anyChar, maxLength: 8 }));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), what: snippet }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('crlf' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }) },
) as fc.Arbitrary<Mutation>;

function mutate(text: string, m: Mutation): string {
  const at = Math.floor(m.at * text.length);
  switch (m.op) {
    case 'insert':
      return text.slice(0, at) + m.what + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'crlf': {
      const line = text.indexOf('\n', at);
      if (line < 0) return text;
      return text[line - 1] === '\r' ? text.slice(0, line - 1) + text.slice(line) : `${text.slice(0, line)}\r${text.slice(line)}`;
    }
    case 'truncate':
      return text.slice(0, Math.max(at, text.length - 2000));
  }
}

describe.each(FORMATS)('fuzzing the %s path', (format) => {
  it('random Unicode never throws', () => {
    fc.assert(
      fc.property(randomUnicode, (text) => {
        count(`${format}: random Unicode strings`);
        checkWellFormed(text, format);
      }),
      params(400),
    );
  });

  it('random Markdown syntax soup never throws', () => {
    fc.assert(
      fc.property(markdownSoup, (text) => {
        count(`${format}: Markdown soups`);
        checkWellFormed(text, format);
      }),
      params(300),
    );
  });

  it('mutated example policies never throw, and incremental re-checks agree with cold checks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: EXAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (which, mutations) => {
        count(`${format}: mutated example policies (sequences)`);
        const open = new DocumentChecker(format);
        let text = EXAMPLES[which]!;
        open.check(text, settings);
        for (const m of mutations) {
          text = mutate(text, m);
          count(`${format}: mutations applied and re-checked`);
          const incremental = open.check(text, settings).findings;
          const cold = checkWellFormed(text, format);
          expect(incremental).toEqual(cold);
        }
      }),
      params(100),
    );
    clearBlockCache();
  });
});
