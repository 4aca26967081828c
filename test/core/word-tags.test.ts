// Quick parts of speech (core/word-tags.ts): the fit step reads these to decide whether an
// alternative can stand where the flagged words stood ("could benefit" needs a verb, "the record"
// a noun). Made-up words ("zorb…") are words the library's lexicon does not hold, so they show the
// word-ending rules alone.
import { describe, expect, it } from 'vitest';
import { quickTags, wordTags } from '../../server/src/core/word-tags.ts';

describe('wordTags: a word the lexicon knows', () => {
  it.each([
    ['record', ['Verb', 'Infinitive', 'PresentTense']],
    ['abandons', ['Verb', 'PresentTense']],
    ['drove', ['Verb', 'PastTense']],
    ['chosen', ['Verb', 'Participle']],
    ['abandoning', ['Verb', 'Gerund']],
    ['could', ['Verb', 'Modal', 'Auxiliary']],
    ['accident', ['Noun', 'Singular']],
    ['accidents', ['Noun', 'Plural']],
    ['advice', ['Noun', 'Uncountable']],
    ['ajax', ['Noun', 'ProperNoun']],
    ['we', ['Pronoun']],
    // Tags with no expansion are kept as they are.
    ['the', ['Determiner']],
    ['detailed', ['Adjective']],
    ['also', ['Adverb']],
    ['my', ['Possessive']],
    // Several tags: each expanded, none twice.
    ['is', ['Verb', 'Copula', 'PresentTense']],
    ['were', ['Verb', 'Copula', 'PastTense']],
    ['her', ['Possessive', 'Pronoun']],
    // A phrasal verb (the lexicon holds them with their particle).
    ['act out', ['Verb', 'PhrasalVerb', 'Infinitive', 'PresentTense']],
  ])('%s → %j', (word, tags) => {
    expect(wordTags(word)).toEqual(tags);
  });

  it('reads "to" as a preposition as well as the conjunction the lexicon says', () => {
    expect(wordTags('to')).toEqual(['Preposition', 'Conjunction']);
    expect(wordTags('To')).toEqual(['Preposition', 'Conjunction']);
  });

  it('ignores capitals', () => {
    expect(wordTags('RECORD')).toEqual(['Verb', 'Infinitive', 'PresentTense']);
    expect(wordTags('Accidents')).toEqual(['Noun', 'Plural']);
    expect(wordTags('Zorbing')).toEqual(['Verb', 'Gerund']);
  });
});

describe('wordTags: a word the lexicon does not know, by its ending', () => {
  it.each([
    // A number, or a word that starts with one.
    ['4g', ['Value']],
    ['365days', ['Value']],
    ['b2b', ['Noun', 'Singular']],
    ['zorbly', ['Adverb']],
    ['lyzorb', ['Noun', 'Singular']],
    // Noun endings, plural and singular.
    ['zorbations', ['Noun', 'Plural']],
    ['zorbments', ['Noun', 'Plural']],
    ['zorbers', ['Noun', 'Plural']],
    ['zorbants', ['Noun', 'Plural']],
    ['zorbation', ['Noun', 'Singular']],
    ['zorbship', ['Noun', 'Singular']],
    ['zorbationsk', ['Noun', 'Singular']],
    ['zorbationk', ['Noun', 'Singular']],
    // Verb forms.
    ['zorbing', ['Verb', 'Gerund']],
    ['zorbingo', ['Noun', 'Singular']],
    ['zorbed', ['Verb', 'PastTense', 'Participle']],
    ['zorbedo', ['Noun', 'Singular']],
    // Describing words.
    ['zorbive', ['Adjective']],
    ['zorbal', ['Adjective']],
    ['zorbous', ['Adjective']],
    ['zorbable', ['Adjective']],
    ['zorbic', ['Adjective']],
    ['zorbalk', ['Noun', 'Singular']],
    ['zorbent', ['Adjective', 'Noun', 'Singular']],
    ['zorbant', ['Adjective', 'Noun', 'Singular']],
    ['zorbentk', ['Noun', 'Singular']],
    // Verb-making endings.
    ['zorbise', ['Verb', 'Infinitive', 'PresentTense']],
    ['zorbize', ['Verb', 'Infinitive', 'PresentTense']],
    ['zorbate', ['Verb', 'Infinitive', 'PresentTense']],
    ['zorbify', ['Verb', 'Infinitive', 'PresentTense']],
    ['zorbisek', ['Noun', 'Singular']],
    // An "s" that is not a double "s": a plural noun or a verb's present tense.
    ['zorbs', ['Noun', 'Plural', 'Verb', 'PresentTense']],
    ['zorbss', ['Noun', 'Singular']],
    ['zorbsk', ['Noun', 'Singular']],
    ['zorb', ['Noun', 'Singular']],
  ])('%s → %j', (word, tags) => {
    expect(wordTags(word)).toEqual(tags);
  });
});

describe('quickTags: each word narrowed by the one before it', () => {
  it.each([
    // After a modal, "to" or "not", a word that can be a verb is one.
    ['could benefit', [['Verb', 'Modal', 'Auxiliary'], ['Verb', 'Infinitive']]],
    ['to help', [['Preposition', 'Conjunction'], ['Verb', 'Infinitive']]],
    ['not record', [['Negative'], ['Verb', 'Infinitive', 'PresentTense']]],
    // ... a noun with no number too (uncountable, or a name).
    ['to advice', [['Preposition', 'Conjunction'], ['Verb', 'Infinitive', 'Uncountable']]],
    ['must zorbs', [['Verb', 'Modal', 'Auxiliary'], ['Verb', 'Infinitive', 'Plural', 'PresentTense']]],
    // ... with an adverb between.
    ['could also help', [['Verb', 'Modal', 'Auxiliary'], ['Adverb'], ['Verb', 'Infinitive']]],
    ['to fully zorb', [['Preposition', 'Conjunction'], ['Adverb'], ['Verb', 'Infinitive']]],
    // ... but an adverb first is no modal, and a plural noun or a describing word stays what it is.
    ['also help', [['Adverb'], ['Noun', 'Singular']]],
    ['to records', [['Preposition', 'Conjunction'], ['Noun', 'Plural']]],
    ['could detailed', [['Verb', 'Modal', 'Auxiliary'], ['Adjective']]],
    ['must the', [['Verb', 'Modal', 'Auxiliary'], ['Determiner']]],
    ['to we', [['Preposition', 'Conjunction'], ['Pronoun']]],
    // After "be", a word ending in "-ed" is a passive verb, whatever the lexicon says.
    ['is detailed', [['Verb', 'Copula', 'PresentTense'], ['Verb', 'Participle', 'Adjective']]],
    ['was Uncoordinated', [['Verb', 'Copula', 'PastTense'], ['Verb', 'Participle', 'Noun', 'Singular']]],
    ['is zorbed', [['Verb', 'Copula', 'PresentTense'], ['Verb', 'PastTense', 'Participle']]],
    ['the detailed', [['Determiner'], ['Adjective']]],
    ['seems detailed', [['Verb', 'PresentTense'], ['Adjective']]],
    // After "the" or a describing word, a verb's -ing form is a noun.
    ['the processing', [['Determiner'], ['Noun', 'Singular']]],
    ['my zorbing', [['Possessive'], ['Noun', 'Singular']]],
    ['future processing', [['Adjective'], ['Noun', 'Singular']]],
    ['it zorbing', [['Pronoun'], ['Verb', 'Gerund']]],
    ['we zorbing', [['Pronoun'], ['Verb', 'PresentTense', 'Gerund']]],
    // After a subject pronoun, a word that can be a verb is one.
    ['they purchase', [['Pronoun'], ['Verb', 'PresentTense']]],
    ['We help', [['Pronoun'], ['Verb', 'PresentTense']]],
    ['I record', [['Pronoun'], ['Verb', 'PresentTense', 'Infinitive']]],
    ['them purchase', [['Pronoun'], ['Noun', 'Singular']]],
    // After "that", "which" or "who", a verb keeps its verb reading.
    ['that record', [['Determiner'], ['Verb', 'Infinitive', 'PresentTense']]],
    ['which record', [['QuestionWord'], ['Verb', 'Infinitive', 'PresentTense']]],
    ['who record', [['QuestionWord'], ['Verb', 'Infinitive', 'PresentTense']]],
    ['this record', [['Determiner'], ['Noun', 'Singular']]],
    // After "the" or a describing word, a word that is a noun or a verb is the noun ...
    ['the zorbs', [['Determiner'], ['Noun', 'Plural']]],
    ['new zorbs', [['Adjective'], ['Noun', 'Plural']]],
    ['your zorbs', [['Possessive', 'Pronoun'], ['Noun', 'Plural']]],
    // ... and a verb's plain form is a noun, unless it can also describe.
    ['the record', [['Determiner'], ['Noun', 'Singular']]],
    ['the zorbise', [['Determiner'], ['Noun', 'Singular']]],
    ['the zorbant', [['Determiner'], ['Adjective', 'Noun', 'Singular']]],
    ['the drove', [['Determiner'], ['Verb', 'PastTense']]],
    // After a noun or a pronoun, a word that is a plural or a present tense is the verb.
    ['it zorbs', [['Pronoun'], ['Verb', 'PresentTense']]],
    ['zorb zorbs', [['Noun', 'Singular'], ['Verb', 'PresentTense']]],
    ['zorbly zorbs', [['Adverb'], ['Noun', 'Plural', 'Verb', 'PresentTense']]],
    // Nothing before: the word's own tags.
    ['zorbs', [['Noun', 'Plural', 'Verb', 'PresentTense']]],
    ['detailed', [['Adjective']]],
  ])('%s', (words, tags) => {
    expect(quickTags(words.split(' '))).toEqual(tags);
  });

  it('gives nothing for no words, and never changes the tags wordTags remembers', () => {
    expect(quickTags([])).toEqual([]);
    const before = [...wordTags('record')];
    quickTags(['the', 'record']);
    quickTags(['could', 'record']);
    expect(wordTags('record')).toEqual(before);
  });
});
