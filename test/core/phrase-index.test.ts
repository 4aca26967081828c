// The phrase index every word-level check matches with: leftmost-longest, no overlaps,
// separators, case-sensitive acronyms, inflected forms, and rejection by a context rule.
import { describe, expect, it } from 'vitest';
import { PhraseIndex, phraseForms, tightSeparators, wordForms } from '../../server/src/core/phrase-index.ts';
import { normalizeWord, type Separator, type Token } from '../../server/src/core/words.ts';

/** Tokens of a space-separated text; "," and "-" before a word set its separator. */
function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  let sep: Separator = 'start';
  for (const part of text.split(' ')) {
    let word = part;
    if (word.startsWith(',')) (sep = out.length ? 'punct' : sep), (word = word.slice(1));
    else if (word.startsWith('-')) (sep = out.length ? 'hyphen' : sep), (word = word.slice(1));
    out.push({ text: word, norm: normalizeWord(word), start: at, end: at + word.length, sep });
    at += part.length + 1;
    sep = 'space';
  }
  return out;
}

const index = new PhraseIndex([
  { entry: 'data', phrases: ['data'] },
  { entry: 'data-flow', phrases: ['data flow', 'data-flow map'] },
  { entry: 'api', phrases: ['API'], caseSensitive: true },
  { entry: 'back-end', phrases: ['back end'] },
  { entry: 'empty', phrases: ['', ' - '] },
]);

/** Each match as `entry:from-to` (with `*` when the form was inflected). */
const matches = (text: string, ...rest: Parameters<typeof index.match> extends [unknown, ...infer R] ? R : never): string[] =>
  index.match(tokensOf(text), ...rest).map((m) => `${m.target.entry}:${m.from}-${m.to}${m.target.inflected ? '*' : ''}`);

describe('the phrase index', () => {
  it('counts the phrases it holds, not their forms or empty ones', () => {
    expect(index.size).toBe(5);
  });

  it('takes the longest phrase at each place, then carries on after it', () => {
    expect(matches('our data flow and data')).toEqual(['data-flow:1-3', 'data:4-5']);
    expect(matches('the data -flow map')).toEqual(['data-flow:1-4']);
  });

  it('finds inflected forms and marks them', () => {
    expect(matches('two data flows')).toEqual(['data-flow:1-3*']);
    expect(matches('the back ends')).toEqual(['back-end:1-3*']);
  });

  it('does not match across punctuation unless the separator filter allows it', () => {
    expect(matches('data ,flow')).toEqual(['data:0-1']);
    expect(matches('data ,flow', () => true)).toEqual(['data-flow:0-2']);
    expect(tightSeparators('space')).toBe(true);
    expect(tightSeparators('hyphen')).toBe(true);
    expect(tightSeparators('punct')).toBe(false);
    expect(tightSeparators('break')).toBe(false);
  });

  it('a case-sensitive entry matches its own capitals and a plural s only', () => {
    expect(matches('an API and APIs')).toEqual(['api:1-2', 'api:3-4*']);
    expect(matches('an api and Api')).toEqual([]);
    expect(matches('the APIS')).toEqual([]);
  });

  it('tries a shorter match at the same place when the context rule rejects the longest', () => {
    expect(matches('our data flow', tightSeparators, (m) => m.target.entry !== 'data-flow')).toEqual(['data:1-2']);
    expect(matches('our data flow', tightSeparators, () => false)).toEqual([]);
  });
});

describe('the forms of a phrase', () => {
  it('the phrase itself first, then its forms, each once', () => {
    const forms = phraseForms('data flow', false).map((f) => f.join(' '));
    expect(forms[0]).toBe('data flow');
    expect(forms).toContain('data flows');
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('an acronym keeps its case and gains only a plural s', () => {
    expect(phraseForms('API', true)).toEqual([['api'], ['apis']]);
    expect(phraseForms('', false)).toEqual([]);
  });

  it('a one-word verb gets its tenses, with the doubled consonant of UK spelling', () => {
    expect(wordForms('enrol')).toEqual(expect.arrayContaining(['enrol', 'enrolled', 'enrolling']));
    expect(wordForms('encrypt')).toEqual(expect.arrayContaining(['encrypt', 'encrypted', 'encrypts', 'encrypting']));
  });
});

describe('the forms of a phrase, at the edges of each rule (fifth session: survivors of the mutation run)', () => {
  const joined = (phrase: string): string[] => phraseForms(phrase, false).map((f) => f.join(' '));

  it('a noun compound whose first word may be a verb still gets its plural', () => {
    // "use" is a verb, so the library inflects the first word only; the plural comes from the compound itself.
    expect(joined('use case')).toContain('use cases');
    expect(joined('test instance')).toContain('test instances');
  });

  it('a one-word entry the lexicon does not take for a verb still gets verb forms', () => {
    expect(joined('live')).toEqual(['live', 'lives', "live's", 'lived', 'living']);
  });

  it('a word with digits in it, before or after its letters, is a name: no verb forms and no plural', () => {
    expect(joined('office365')).toEqual(['office365']);
    expect(joined('365online')).toEqual(['365online']);
  });

  it('the UK doubled consonant is added only after a doubled participle, never after an irregular one', () => {
    // "bred" is not "breed" + doubled consonant: no "bring" as a form of "breed".
    expect(joined('breed')).toEqual(['breed', 'bred', 'breeds', 'breeding', "breed's"]);
    expect(joined('upskill')).toEqual(['upskill', 'upskilled', 'upskills', 'upskilling', "upskill's"]);
  });
});

describe('a case-sensitive phrase of several words', () => {
  const nhs = new PhraseIndex([{ entry: 'nhs-app', phrases: ['NHS App'], caseSensitive: true }]);
  const found = (text: string): string[] => nhs.match(tokensOf(text)).map((m) => `${m.target.entry}:${m.from}-${m.to}${m.target.inflected ? '*' : ''}`);

  it('matches its own capitals, with a plural s on its last word', () => {
    expect(found('the NHS App')).toEqual(['nhs-app:1-3']);
    expect(found('both NHS Apps')).toEqual(['nhs-app:1-3*']);
    expect(found('the NHSs App')).toEqual([]);
    expect(found('the NHS app')).toEqual([]);
  });
});
