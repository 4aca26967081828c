/**
 * Nothing a file or a config can contain makes Plain IG hang. Each case below
 * took minutes (or crashed the stack) before it was fixed, so each asserts a
 * generous time bound: the only wall-clock assertions in the suite. They run
 * one after another (no concurrency in this file).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dictionariesWith } from '../../server/src/core/dictionaries.ts';
import { compilePattern, matchAt, PatternError } from '../../server/src/core/pattern.ts';
import { checkText } from '../../server/src/engine/check-text.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import type { DocumentFormat, Settings } from '../../server/src/core/types.ts';
import { phraseTokens, type Token } from '../../server/src/core/words.ts';
import { count } from './generators.ts';

/**
 * Generous: each case takes well under this on a quiet machine, and took
 * minutes before its fix. On a loaded machine everything is slower, so the
 * bound grows with the time an ordinary document of about 3,000 words takes in
 * this same process (measured once below): 40 such checks, never less than 2 s.
 * A case that turns quadratic again still fails by far.
 */
let BOUND_MS = 2_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function check(text: string, format: DocumentFormat, settings: Settings = defaultSettings()): number {
  return checkText(text, { format, settings }).findings.length;
}

// Warm the dictionaries and the parsers so the first case is not charged for loading them.
check('We leverage the DPIA.\n\n- a list\n\n> a quote', 'markdown');

{
  // Each round's text is new, so no block comes from the core's cache.
  const ordinary = (round: number) => Array.from({ length: 150 }, (_, i) => `Staff in team ${round}-${i} must keep records up to date and share them with the care team when needed.`).join('\n\n');
  let fastest = Infinity;
  for (let round = 0; round < 3; round++) fastest = Math.min(fastest, timed(() => check(ordinary(round), 'markdown')).ms);
  BOUND_MS = Math.max(BOUND_MS, 40 * fastest);
}

describe('hostile text is checked in bounded time (fixed ReDoS and stack overflows)', () => {
  it.each<[string, () => string, DocumentFormat]>([
    // non-prose.ts email pattern rescanned a long word once per character: 40k letters took 8 s.
    ['a 200 KB word with no spaces (Markdown)', () => 'a'.repeat(200_000), 'markdown'],
    // parse-english is quadratic on long punctuated runs: 200 KB took 3.4 s, 1 MB minutes.
    ['a 200 KB punctuated word (plain text)', () => 'a.b-c+'.repeat(33_000), 'plaintext'],
    ['a 200 KB punctuated word (Markdown)', () => `Intro ${'a.b-c+'.repeat(33_000)} end`, 'markdown'],
    // collectComments used a lazy regex: many "<!--" with no "-->" were quadratic.
    ['an HTML block with 50,000 unclosed comments', () => `<div>${'<!--'.repeat(50_000)}`, 'markdown'],
    // remark is superlinear on deep nesting: 5,000 levels took 50 s and then overflowed the stack.
    ['5,000 nested list markers on one line', () => `${'- '.repeat(5_000)}leverage`, 'markdown'],
    ['100,000 nested block quotes', () => `${'>'.repeat(100_000)} leverage`, 'markdown'],
    ['a list indented 1,000 levels deep', () => Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i * 2)}- leverage`).join('\n'), 'markdown'],
    ['4,000 lines of "- - x"', () => Array.from({ length: 4_000 }, () => '- - leverage words').join('\n'), 'markdown'],
  ])('%s', (_name, make, format) => {
    const text = make();
    const { ms } = timed(() => check(text, format));
    count('ReDoS and deep-nesting texts checked');
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('a flagged sentence with a 100,000-character run of brackets, with an allow list', () => {
    // phraseTokens trimmed punctuation with /[)"…]+$/: quadratic on a long run (allow entries and flagged sentences).
    const settings = { ...defaultSettings(), allow: [`${')'.repeat(100_000)}x`, 'cloud'] };
    const text = `Staff must never share patient information ${')'.repeat(100_000)}x.`;
    const { ms } = timed(() => check(text, 'plaintext', settings));
    count('ReDoS and deep-nesting texts checked');
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('phraseTokens is linear on long punctuation runs', () => {
    const { value, ms } = timed(() => phraseTokens(`${'('.repeat(200_000)}word${')'.repeat(200_000)}x`));
    expect(value).toEqual([`word${')'.repeat(200_000)}x`]);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe('user patterns cannot backtrack catastrophically', () => {
  const tokens = (words: string[]): Token[] => {
    let at = 0;
    return words.map((text, i) => {
      const token: Token = { text, norm: text, start: at, end: at + text.length, sep: i === 0 ? 'start' : 'space' };
      at += text.length + 1;
      return token;
    });
  };

  // Classic ReDoS shapes, written in the pattern language: optional runs, nested alternatives, gaps.
  const HOSTILE = [
    `${'data? '.repeat(30)}${'data '.repeat(30)}leak`, // (a?){n}a{n}b: exponential in a backtracking regex
    `${'(data|data data) '.repeat(20)}leak`, // (a|aa)+b
    `data ${'... data '.repeat(15)}leak`, // (.*a){n}b
    `${'(data|data data|data data data)? '.repeat(20)}leak`,
    `${'(data data|data)? ... '.repeat(10)}leak`,
  ];
  const WORD = 'data';

  it.each(HOSTILE)('pattern %#: matches a 2,000-word sentence in bounded time', (source) => {
    const pattern = compilePattern(source, {});
    const sentence = tokens(Array.from({ length: 2_000 }, () => WORD));
    const { value, ms } = timed(() => {
      let found = 0;
      for (let i = 0; i < sentence.length; i += 50) if (matchAt(pattern, sentence, i) >= 0) found++;
      return found;
    });
    count('ReDoS patterns matched against 2,000-word sentences');
    expect(value).toBe(0); // there is no "leak"
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('regex syntax in a pattern is read as literal words, never as a regex', () => {
    for (const source of ['(a+)+$', '(.*a){20}', '^(\\w+\\s?)*$', '(x+x+)+y', '[a-z]*{', '(', '...']) {
      count('regex-looking patterns compiled as words or refused');
      let pattern;
      try {
        pattern = compilePattern(source, {});
      } catch (error) {
        expect(error).toBeInstanceOf(PatternError);
        continue;
      }
      const sentence = tokens(Array.from({ length: 1_000 }, () => 'a'));
      const { ms } = timed(() => matchAt(pattern, sentence, 0));
      expect(ms).toBeLessThan(BOUND_MS);
    }
  });

  it('an extra risk dictionary full of hostile patterns checks a long document in bounded time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plain-ig-redos-'));
    dirs.push(dir);
    const file = join(dir, 'risk-extra.yml');
    const entries = HOSTILE.map(
      (pattern, i) => `  - id: hostile-${i}\n    patterns: [${JSON.stringify(pattern)}]\n    reframe: Say what staff should do instead.\n    reason: A pattern written to make a backtracking matcher hang.\n`,
    );
    writeFileSync(file, `check: risk\nentries:\n${entries.join('')}`);
    const settings = { ...defaultSettings(), dictionaries: [file] };
    expect(dictionariesWith([file]).risk.entries.some((entry) => entry.id === 'hostile-0')).toBe(true);
    const text = `${Array.from({ length: 2_000 }, () => WORD).join(' ')} leak.\n\n`.repeat(10);
    const { value, ms } = timed(() => check(text, 'plaintext', settings));
    count('documents checked with a hostile extra risk dictionary');
    expect(value).toBeGreaterThan(0);
    expect(ms).toBeLessThan(BOUND_MS * 3);
  });

  it('an extra jargon dictionary with a 5,000-word phrase and a 20,000-word document of the same word', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plain-ig-redos-'));
    dirs.push(dir);
    const file = join(dir, 'jargon-extra.yml');
    const long = Array.from({ length: 5_000 }, () => 'synergy').join(' ');
    writeFileSync(
      file,
      `check: jargon\nentries:\n  - id: long-phrase\n    phrases: [${JSON.stringify(`${long} x`)}, synergy]\n    action: replace\n    alternatives: [work together]\n    reason: A phrase written to make a naive matcher slow.\n`,
    );
    const settings = { ...defaultSettings(), dictionaries: [file] };
    const text = Array.from({ length: 20_000 }, () => 'synergy').join(' ');
    const { value, ms } = timed(() => check(text, 'plaintext', settings));
    count('documents checked with a hostile extra jargon dictionary');
    expect(value).toBe(20_000);
    expect(ms).toBeLessThan(BOUND_MS * 5);
  });
});
