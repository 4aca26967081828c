// Proper names of roles, teams and bodies (core/proper-names.ts): a word inside one is part of
// the name, so the checks leave it alone. Each case is one sentence and the names found in it.
import { describe, expect, it } from 'vitest';
import { documentModel } from '../../server/src/core/document.ts';
import { insideProperName, properNames } from '../../server/src/core/proper-names.ts';
import { sentencesOf, tokenizeSentence } from '../../server/src/core/words.ts';

/** The names found in the first sentence of `text`, as written. */
function names(text: string): string[] {
  const block = documentModel(text, 'plaintext').blocks[0]!;
  const [sentence] = sentencesOf(block.toNlcst());
  const { tokens } = tokenizeSentence(sentence!, block.start);
  return properNames(tokens).map(([from, to]) => text.slice(tokens[from]!.start, tokens[to - 1]!.end));
}

describe('properNames', () => {
  it.each([
    // What a name ends or starts with.
    ['a role at its head', 'Ask the Records Officer today.', ['Records Officer']],
    ['a team at its head', 'Ask the Digital Services Team today.', ['Digital Services Team']],
    ['a body first', 'We use Microsoft Outlook daily.', ['Microsoft Outlook']],
    ['a body first, at the start of a sentence', 'Microsoft Outlook is down.', ['Microsoft Outlook']],
    ['"of" after a head word', 'Ask the Office of Public Records today.', ['Office of Public Records']],
    ['"for" after a head word', 'Ask the Office for National Statistics today.', ['Office for National Statistics']],
    ['"the" after "of"', 'Ask the Office of the National Data Guardian today.', ['Office of the National Data Guardian']],
    ['no head, no body, no "of": no name', 'Ask the Office Records today.', []],
    // No two capitals side by side: one joining word between them is enough.
    ['a head word, "for", one more word', 'Ask the Department for Education today.', ['Department for Education']],
    ['a head word, "of", one more word', 'Ask the Office of Health today.', ['Office of Health']],
    ['one joining word, but no head word first', 'Ask Records of Health today.', []],
    ['"and" between a head word and another is no "of"', 'Ask the Office and Health teams.', []],
    ['a run of capitals with no role at its head', 'Use the Remote Access system.', []],
    // Where a run stops.
    ['"the" not after "of" or "for" ends the run', 'Tell Records the Data Team now.', ['Data Team']],
    ['"and" inside', 'Ask the Audit and Risk Committee today.', ['Audit and Risk Committee']],
    ['a small word at the end is left out', 'Ask the Risk Team and staff.', ['Risk Team']],
    ['a comma ends the run', 'Ask the Records, Management Team now.', ['Management Team']],
    ['a hyphen joins', 'Ask the Co-Ordination Team now.', ['Co-Ordination Team']],
    ['two names in one sentence', 'The Data Team and the Privacy Officer agree.', ['Data Team', 'Privacy Officer']],
    // The first word of a sentence.
    ['the first word is capitalised anyway', 'Clinical Safety Officers sign it off.', ['Safety Officers']],
    ['one word after the first is no name', 'Safety Officers sign it off.', []],
    // Headings.
    ['two words are too few for a title-case heading', 'NHS England', ['NHS England']],
    ['three capitalised words are a title-case heading', 'Information Asset Owner', []],
    ['a small word does not count as a word of the heading', 'Records of the Team Lead', []],
    ['one word in lower case is no heading', 'Information Asset Owner duties', ['Asset Owner']],
    ['a sentence mostly in capitals has no names', 'TELL THE IG LEAD Officer now', []],
    ['six in ten words in capitals is shouting', 'PLEASE TELL THE IG LEAD ASAP Records Officer now or', []],
    ['five in ten is not', 'PLEASE TELL THE IG LEAD Asap Records Officer now or', ['TELL THE IG LEAD Asap Records Officer']],
    ['two in six is not', 'TELL the IG Lead Officer now', ['IG Lead Officer']],
    ['single capital letters do not count as shouting', 'A B C D E F Records Officer here', ['B C D E F Records Officer']],
    ['a short sentence in capitals is not shouting', 'IG Lead', []],
    ['two words in capitals are too few to be shouting', 'NHS ICB', ['NHS ICB']],
    ['a word starting with Z', 'Ask the Zonal Team today.', ['Zonal Team']],
    ['a word starting with a digit', 'Ask the 2nd Team today.', ['2nd Team']],
    // Nothing to find.
    ['one word', 'Officer', []],
    ['no two capitalised words in a row', 'Ask the officer about Records today.', []],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('insideProperName', () => {
  it('is true for part of a name, false for the whole name or words outside it', () => {
    const spans: Array<[number, number]> = [[2, 5]];
    expect(insideProperName(spans, 2, 3)).toBe(true);
    expect(insideProperName(spans, 3, 5)).toBe(true);
    expect(insideProperName(spans, 3, 4)).toBe(true);
    expect(insideProperName(spans, 2, 5)).toBe(false);
    expect(insideProperName(spans, 1, 3)).toBe(false);
    expect(insideProperName(spans, 4, 6)).toBe(false);
    expect(insideProperName([], 0, 1)).toBe(false);
    expect(insideProperName([[0, 2], [4, 7]], 5, 6)).toBe(true);
  });
});
