// Words as the matchers see them: normalised, split at hyphens, with the separator before each.
import { retext } from 'retext';
import { describe, expect, it } from 'vitest';
import type { Node, Parent } from 'unist';
import { normalizeWord, phraseTokens, phraseTokensRaw, rememberPerWord, sentencesOf, tokenizeSentence, wordSet, type Token } from '../../server/src/core/words.ts';

/** The tokens of each sentence of `text` as `sep:text@start-end`, offsets shifted by `base`. */
function tokens(text: string, base = 0): string[][] {
  const tree = retext().parse(text);
  return sentencesOf(tree).map((sentence) => tokenizeSentence(sentence, base).tokens.map((t) => `${t.sep}:${t.text}@${t.start}-${t.end}`));
}

describe('normalising a word', () => {
  it('lower case, straight apostrophes, and US -ize/-yze folded into UK spelling', () => {
    expect(normalizeWord('Utilize')).toBe('utilise');
    expect(['organizes', 'organized', 'organizing', 'organization', 'organizations', 'organizer', 'organizers'].map(normalizeWord)).toEqual([
      'organises', 'organised', 'organising', 'organisation', 'organisations', 'organiser', 'organisers',
    ]);
    expect(['analyze', 'analyzes', 'analyzed', 'analyzing'].map(normalizeWord)).toEqual(['analyse', 'analyses', 'analysed', 'analysing']);
    expect(normalizeWord('Patient’s')).toBe("patient's");
    expect(normalizeWord('‘quoted`')).toBe("'quoted'");
  });

  it('leaves words spelt with a z in UK English too, but still folds the -ize verbs that end in "size"', () => {
    expect(['prize', 'prizes', 'sizes', 'resized', 'seize', 'seizing', 'capsized', 'maize'].map(normalizeWord)).toEqual([
      'prize', 'prizes', 'sizes', 'resized', 'seize', 'seizing', 'capsized', 'maize',
    ]);
    expect(['emphasize', 'synthesized', 'hypothesizing'].map(normalizeWord)).toEqual(['emphasise', 'synthesised', 'hypothesising']);
  });

  it('leaves short words and words where -iz- is not an ending alone', () => {
    expect(normalizeWord('size')).toBe('size');
    expect(normalizeWord('wizard')).toBe('wizard');
    expect(normalizeWord('sizeable')).toBe('sizeable');
    expect(normalizeWord('organizationally')).toBe('organizationally');
  });
});

describe('splitting a dictionary phrase', () => {
  it('at spaces and every kind of hyphen, without brackets, quotes or end punctuation', () => {
    expect(phraseTokens('Back-end  system')).toEqual(['back', 'end', 'system']);
    expect(phraseTokens('end‐to‑end')).toEqual(['end', 'to', 'end']);
    expect(phraseTokens('(DPIA) “utilize”, etc.')).toEqual(['dpia', 'utilise', 'etc']);
    expect(phraseTokens(' - ')).toEqual([]);
    expect(phraseTokensRaw('(DPIA) Back-end’s;')).toEqual(['DPIA', 'Back', 'end’s']);
  });
});

describe('a sentence as tokens', () => {
  it('each word with its place and what joins it to the one before', () => {
    expect(tokens('We use back-end data, then stop.')).toEqual([
      ['start:We@0-2', 'space:use@3-6', 'space:back@7-11', 'hyphen:end@12-15', 'space:data@16-20', 'punct:then@22-26', 'space:stop@27-31'],
    ]);
  });

  it('a hyphen with spaces around it joins like a hyphen; other symbols break the phrase as punctuation', () => {
    expect(tokens('back - end & more')).toEqual([['start:back@0-4', 'hyphen:end@7-10', 'punct:more@13-17']]);
  });

  it('offsets are shifted by the block’s place, and each sentence has its own span', () => {
    const tree = retext().parse('One two. Three.');
    const [first, second] = sentencesOf(tree).map((s) => tokenizeSentence(s, 100));
    expect([first!.start, first!.end, second!.start, second!.end]).toEqual([100, 108, 109, 115]);
    expect(first!.tokens.map((t) => [t.text, t.norm, t.start, t.end])).toEqual([['One', 'one', 100, 103], ['two', 'two', 104, 107]]);
  });

  it('punctuation before the first word leaves it the start', () => {
    expect(tokens('“We go.”')).toEqual([['start:We@1-3', 'space:go@4-6']]);
  });

  it('a word made of letters and an apostrophe is one token', () => {
    expect(tokens('The patient’s record.')).toEqual([['start:The@0-3', 'space:patient’s@4-13', 'space:record@14-20']]);
  });
});

describe('a sentence as tokens: nodes a parser may leave odd', () => {
  const at = (start: number, end: number) => ({ start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } });
  const text = (value: string, start: number): Node => ({ type: 'TextNode', value, position: at(start, start + value.length) }) as Node;
  const word = (...children: Node[]): Node => ({ type: 'WordNode', children }) as Parent;
  const space = (start: number): Node => ({ type: 'WhiteSpaceNode', value: ' ', position: at(start, start + 1) }) as Node;
  const sentence = (...children: Node[]): Parent => ({ type: 'SentenceNode', children, position: at(0, 20) }) as Parent;
  const seen = (tokens: readonly Token[]) => tokens.map((t) => `${t.sep}:${t.text}@${t.start}-${t.end}`);

  it('a word with no position is left out, and breaks the phrase', () => {
    const unplaced = { type: 'WordNode', children: [{ type: 'TextNode', value: 'link' } as Node] } as Parent;
    const result = tokenizeSentence(sentence(word(text('We', 0)), space(2), unplaced, space(7), word(text('here', 8))), 10);
    expect(seen(result.tokens)).toEqual(['start:We@10-12', 'break:here@18-22']);
    expect([result.start, result.end]).toEqual([10, 30]);
  });

  it('a part of a word with no text adds nothing to it', () => {
    const empty = { type: 'EmojiNode', position: at(2, 2) } as Node;
    expect(seen(tokenizeSentence(sentence(word(text('da', 0), empty, text('ta', 2)))).tokens)).toEqual(['start:data@0-4']);
  });

  it('inline code breaks the phrase; punctuation after a break keeps it a break', () => {
    const code = { type: 'SourceNode', value: 'x', position: at(3, 4) } as Node;
    const comma = { type: 'PunctuationNode', value: ',', position: at(4, 5) } as Node;
    const result = tokenizeSentence(sentence(word(text('We', 0)), space(2), code, comma, space(5), word(text('go', 6))));
    expect(seen(result.tokens)).toEqual(['start:We@0-2', 'break:go@6-8']);
  });

  it('a sentence with no position spans -1 plus the base', () => {
    const bare = { type: 'SentenceNode', children: [] } as Parent;
    expect(tokenizeSentence(bare, 5)).toEqual({ tokens: [], start: 4, end: 4 });
  });
});

describe('the words of a sentence as a set', () => {
  it('holds each normalised word once, and is the same set for the same token list', () => {
    const [first, second] = sentencesOf(retext().parse('We Utilize data. We share data.')).map((s) => tokenizeSentence(s).tokens);
    expect([...wordSet(first!)]).toEqual(['we', 'utilise', 'data']);
    expect([...wordSet(second!)]).toEqual(['we', 'share', 'data']);
    expect(wordSet(first!)).toBe(wordSet(first!));
    // After many other sentences, the same words again (made afresh).
    for (let i = 0; i < 70; i++) wordSet([...second!]);
    expect([...wordSet(first!)]).toEqual(['we', 'utilise', 'data']);
    expect([...wordSet([])]).toEqual([]);
  });
});

describe('remembering an answer per word', () => {
  it('computes each word once, and forgets every answer when it holds the most it may', () => {
    const asked: string[] = [];
    const lengthOf = rememberPerWord((word) => {
      asked.push(word);
      return word.length;
    }, 2);
    expect([lengthOf('a'), lengthOf('bb'), lengthOf('a'), lengthOf('bb')]).toEqual([1, 2, 1, 2]);
    expect(asked).toEqual(['a', 'bb']);
    // Full: a third word empties it, so the first is computed again, and the third is kept.
    expect([lengthOf('ccc'), lengthOf('ccc'), lengthOf('a')]).toEqual([3, 3, 1]);
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  it('remembers an answer that is falsy', () => {
    let calls = 0;
    const zero = rememberPerWord(() => {
      calls++;
      return 0;
    }, 10);
    expect([zero('x'), zero('x')]).toEqual([0, 0]);
    expect(calls).toBe(1);
  });
});

describe('normalising a word: short words', () => {
  it('a word of four letters or fewer is never folded', () => {
    expect(normalizeWord('izes')).toBe('izes');
    expect(normalizeWord('yzed')).toBe('yzed');
    expect(normalizeWord('oxize')).toBe('oxise');
  });
});
