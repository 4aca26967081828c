// Word patterns (risk, trust, leadership): compiling, the anchors that gate them, and matching.
import { describe, expect, it } from 'vitest';
import { compilePattern, MAX_GAP, matchAt, mayMatch, PatternError, rarestAnchor } from '../../server/src/core/pattern.ts';
import { normalizeWord, type Token } from '../../server/src/core/words.ts';

/** Tokens of a space-separated text; a word starting with "|" follows a break (inline code, a line). */
function tokensOf(text: string): Token[] {
  let at = 0;
  return text.split(' ').map((part, i) => {
    const word = part.replace(/^\|/, '');
    const token: Token = { text: word, norm: normalizeWord(word), start: at, end: at + word.length, sep: i === 0 ? 'start' : part.startsWith('|') ? 'break' : 'space' };
    at += part.length + 1;
    return token;
  });
}

const MACROS = { share: ['share', 'pass on', 'disclose'], never: ['never'] };
/** One past the last token matched from `from`, or -1. */
const end = (pattern: string, text: string, from = 0) => matchAt(compilePattern(pattern, MACROS), tokensOf(text), from);

describe('compiling a pattern', () => {
  it('says what is wrong with a malformed one', () => {
    const error = (source: string) => {
      try {
        compilePattern(source, MACROS);
      } catch (e) {
        return e instanceof PatternError ? e.message : `not a PatternError: ${String(e)}`;
      }
      return 'no error';
    };
    expect(error('do not (share|pass')).toBe('unclosed "(" in pattern "do not (share|pass"');
    expect(error('do not {share')).toBe('unclosed "{" in pattern "do not {share"');
    expect(error('do not {tell}')).toBe('unknown macro "{tell}" in pattern "do not {tell}"');
    expect(error('do not (|)')).toBe('empty element "(|)" in pattern "do not (|)"');
    expect(error('   ')).toBe('empty pattern');
    expect(error('... share')).toBe('a pattern cannot start or end with "..." ("... share")');
    expect(error('share ...')).toBe('a pattern cannot start or end with "..." ("share ...")');
  });

  it('knows the words a match can start with, through optional elements, and one anchor per required element', () => {
    const pattern = compilePattern('(please|kindly)? never? {share} it', MACROS);
    expect([...pattern.firstWords].sort()).toEqual(['disclose', 'kindly', 'never', 'pass', 'please', 'share']);
    expect(pattern.anchors.map((a) => [...a].sort())).toEqual([['disclose', 'pass', 'share'], ['it']]);
    expect([...compilePattern('never ... share', MACROS).firstWords]).toEqual(['never']);
  });

  it('gates on the rarest required element: fewest common words, then fewest words', () => {
    expect([...rarestAnchor(compilePattern('you must (share|tell|pass on) it', MACROS))].sort()).toEqual(['pass', 'share', 'tell']);
    expect([...rarestAnchor(compilePattern('(share|tell) (record|file|note)', MACROS))].sort()).toEqual(['share', 'tell']);
    expect([...rarestAnchor(compilePattern('must? share', MACROS))]).toEqual(['share']);
    // Every element common: the fewest words still wins.
    expect([...rarestAnchor(compilePattern('(the|a) it', MACROS))]).toEqual(['it']);
    const pattern = compilePattern('never {share} it', MACROS);
    expect(mayMatch(pattern, new Set(['never', 'disclose', 'it']))).toBe(true);
    expect(mayMatch(pattern, new Set(['never', 'it']))).toBe(false);
  });
});

describe('matching a pattern', () => {
  it('matches from the given word only, and gives the end of the longest match', () => {
    expect(end('do not share', 'do not share it')).toBe(3);
    expect(end('do not share', 'we do not share it')).toBe(-1);
    expect(end('do not share', 'we do not share it', 1)).toBe(4);
    expect(end('do not {share}', 'do not pass on records')).toBe(4);
    expect(end('do not share it?', 'do not share it now')).toBe(4);
    expect(end('do not share it?', 'do not share them')).toBe(3);
  });

  it('a gap skips up to four words, and no more', () => {
    expect(MAX_GAP).toBe(4);
    expect(end('never ... share', 'never share')).toBe(2);
    expect(end('never ... share', 'never ever at all really share')).toBe(6);
    expect(end('never ... share', 'never ever at all really truly share')).toBe(-1);
  });

  it('does not match across a break, in a gap or in the words', () => {
    expect(end('never ... share', 'never ever |share')).toBe(-1);
    expect(end('never ... share', 'never |ever share')).toBe(-1);
    expect(end('do not share', 'do |not share')).toBe(-1);
    // A break before the first word does not matter.
    expect(end('do not share', 'x |do not share', 1)).toBe(4);
  });

  it('matches nothing past the end of the sentence, and the same text twice gives the same answer', () => {
    expect(end('do not share it', 'do not share')).toBe(-1);
    const pattern = compilePattern('do not share', MACROS);
    const tokens = tokensOf('do not share');
    expect([matchAt(pattern, tokens, 0), matchAt(pattern, tokens, 0)]).toEqual([3, 3]);
    // A longer sentence after a short one (the scratch space grows).
    expect(end('do ... share', `do ${'x '.repeat(3)}share ${'y '.repeat(1200)}z`)).toBe(5);
  });
});
