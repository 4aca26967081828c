/**
 * Word forms (core/morphology.ts) function by function, each branch and edge
 * (seventh session, from the mutation runs' survivors): verb forms, plurals
 * and singulars of words and phrases, lemmas, which form a word is (alone and
 * after "be"/"have"/"get"), a phrase put in a form, capitals kept, UK and US
 * spellings, every surface form of a dictionary phrase, and the table made at
 * build time (dist/word-forms.json) read in place of the library.
 *
 * Every answer is remembered per word in module-level maps, so a test that
 * asks for a word asked before (by any earlier test in the process) reads the
 * map, not the code. Each test here starts from empty maps (`useWordForms(null)`,
 * the state of a run from source, where no table sits beside the module), and
 * the maps are put back as they were after the file, so the files after it
 * read what they would have read without it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  formInContext,
  formOf,
  inflectAs,
  lemmaOf,
  lexicon,
  lexiconEntry,
  partsOfSpeech,
  pluralOf,
  singularOf,
  surfaceForms,
  useWordForms,
  verbForms,
  wordFormsSnapshot,
  type WordFormsTable,
} from '../../server/src/core/morphology.ts';

let before: WordFormsTable;
/** Instances of the module made so far (each import with a new query makes another). */
let instances = 0;
beforeAll(() => {
  before = wordFormsSnapshot();
});
beforeEach(() => useWordForms(null));
afterAll(() => useWordForms(before));

/** A small table that says things the library would not, so an answer read from it is known to come from it. */
const table: WordFormsTable = {
  compromise: 'test',
  lexicon: { Infinitive: 'zorble,share', '["Noun","Singular"]': 'wug,blick', Determiner: 'the' },
  verbs: { zorble: ['zorble', 'zorbed', 'zorbt', 'zorbles', 'zorbling'] },
  plurals: { wug: 'wugz' },
  singulars: { wugz: 'wug' },
  lemmas: { zorbt: 'zorble' },
  surface: { wug: ['wug', 'wugz'], ZORB: ['zorb', 'zorbz'] },
  tagged: { wug: [{ text: 'wug', tags: ['Noun'] }] },
};

describe('verbForms', () => {
  it('gives the five forms of a regular and an irregular verb, in lower case', () => {
    expect(verbForms('Share')).toEqual({ base: 'share', past: 'shared', participle: 'shared', present3: 'shares', gerund: 'sharing' });
    expect(verbForms('sing')).toEqual({ base: 'sing', past: 'sang', participle: 'sung', present3: 'sings', gerund: 'singing' });
    // Where the library gives no participle, the past stands for it.
    expect(verbForms('bring')).toEqual({ base: 'bring', past: 'brought', participle: 'brought', present3: 'brings', gerund: 'bringing' });
  });

  it('inflects the first word of a phrasal verb', () => {
    expect(verbForms('pass on')).toEqual({ base: 'pass on', past: 'passed on', participle: 'passed on', present3: 'passes on', gerund: 'passing on' });
  });

  it('adds "ing" where the library gives the word itself back as its gerund', () => {
    expect(verbForms('log-in')).toEqual({ base: 'log-in', past: 'log-in', participle: 'log-in', present3: 'log-ins', gerund: 'log-ining' });
  });
});

describe('pluralOf and singularOf', () => {
  it.each([
    ['data flow', 'data flows'],
    ['record of who looked', 'records of who looked'],
    ['request for access', 'requests for access'],
    // A post-modifier as the first word is no post-modifier.
    ['of mice', 'of mice'],
    ['box', 'boxes'],
    ['child', 'children'],
    ['Data Flow', 'Data Flows'],
    ['DATA FLOW', 'DATA FLOWS'],
    // Uncountable nouns and words that do not end in a letter stay as they are.
    ['data', 'data'],
    ['Process', 'Process'],
    ['access request', 'access requests'],
    ['COVID-19', 'COVID-19'],
    ['form 2', 'form 2'],
  ])('the plural of %j is %j', (noun, plural) => {
    expect(pluralOf(noun)).toBe(plural);
  });

  it.each([
    ['endpoints', 'endpoint'],
    ['data flows', 'data flow'],
    ['Endpoints', 'Endpoint'],
    ['RECORDS', 'RECORD'],
    ['boxes', 'box'],
    ['children', 'child'],
    ['kisses', 'kiss'],
    ['cats', 'cat'],
    // Uncountable, too short, or ending like a singular ("-ss", "-us", "-is"): kept.
    ['news', 'news'],
    ['series', 'series'],
    ['ids', 'ids'],
    ['status', 'status'],
    ['virus', 'virus'],
    ['analysis', 'analysis'],
    // A singular that does not pluralise back to the word is not trusted.
    ['apis', 'apis'],
  ])('the singular of %j is %j', (noun, single) => {
    expect(singularOf(noun)).toBe(single);
  });
});

describe('lemmaOf', () => {
  it.each([
    ['went', 'go'],
    ['Given', 'give'],
    ['utilized', 'utilize'],
    ['sharing', 'share'],
    ['being', 'be'],
    ['processes', 'process'],
    ['analyses', 'analyse'],
    ['records', 'record'],
    // A possessive is read without its apostrophe, straight or curly.
    ["Trust's", 'trust'],
    ['trust’s', 'trust'],
    ["trusts'", 'trust'],
    ["data's", 'data'],
    // Words that never inflect, one letter, and words with other characters than letters.
    ['the', 'the'],
    ['must', 'must'],
    ['a', 'a'],
    ['quickly', 'quickly'],
    ['better', 'better'],
    ['GDPR', 'gdpr'],
    ['shared2', 'shared2'],
    ['e-mailed', 'e-mailed'],
    ['re-used', 're-used'],
    ['2shared', '2shared'],
  ])('the lemma of %j is %j', (word, lemma) => {
    expect(lemmaOf(word)).toBe(lemma);
  });
});

describe('formOf and formInContext', () => {
  it.each([
    ['share', 'share', 'base'],
    ["record's", 'record', 'base'],
    ['Utilised', 'Utilise', 'past'],
    ['gave', 'give', 'past'],
    ['given', 'give', 'participle'],
    ['sent', 'send', 'past'],
    ['sharing data', 'share data', 'gerund'],
    ['logged in', 'log in', 'past'],
    ['logs in', 'log in', 'present3'],
    ['logging in', 'log in', 'gerund'],
    // A word that may be a plural or a present tense is the verb when its lemma reads as a verb first.
    ['utilises', 'utilise', 'present3'],
    ['certifies', 'certify', 'present3'],
    ['widens', 'widen', 'present3'],
    ['processes', 'process', 'present3'],
    ['records', 'record', 'present3'],
    ['reviews', 'review', 'plural'],
    ['organisations', 'organisation', 'plural'],
    ['sharing', 'disclose', 'unknown'],
  ] as const)('%j of %j is %s', (word, lemma, form) => {
    expect(formOf(word, lemma)).toBe(form);
  });

  it.each([
    ['was', 'participle'],
    ['WERE', 'participle'],
    ['has', 'participle'],
    ["'s", 'participle'],
    ['getting', 'participle'],
    ['they', 'past'],
    [undefined, 'past'],
  ] as const)('reads "shared" after %j as the %s', (previous, form) => {
    expect(formInContext('shared', 'share', previous)).toBe(form);
  });

  it('leaves a form that is not the past alone after "be"', () => {
    expect(formInContext('given', 'give', 'was')).toBe('participle');
    expect(formInContext('sharing', 'share', 'be')).toBe('gerund');
  });
});

describe('inflectAs', () => {
  it.each([
    ['use', 'past', 'used'],
    ['USE', 'past', 'USED'],
    ['Use', 'gerund', 'Using'],
    ['SHARE data', 'present3', 'SHARES data'],
    ['make sure', 'participle', 'made sure'],
    ['data flow', 'plural', 'data flows'],
    ['DATA FLOW', 'plural', 'DATA FLOWS'],
    ['share', 'base', 'share'],
    // One letter in capitals is not a word in capitals.
    ['u', 'past', 'u'],
  ] as const)('%j as %s is %j', (phrase, form, expected) => {
    expect(inflectAs(phrase, form)).toBe(expected);
  });

  it.each([
    ['the team', 'past'],
    ['I', 'past'],
    ['e-mail', 'past'],
    ['use2', 'past'],
    ['share', 'unknown'],
  ] as const)('declines %j as %s', (phrase, form) => {
    expect(inflectAs(phrase, form)).toBeUndefined();
  });
});

describe('surfaceForms', () => {
  it.each([
    ['utilise', ['utilise', 'utilised', 'utilises', 'utilising', "utilise's", "utilises'", 'utilize', 'utilized', 'utilizes', 'utilizing']],
    ['realize', ['realize', 'realized', 'realizes', 'realizing', "realize's", "realizes'", 'realise', 'realised', 'realises', 'realising']],
    ['analyze', ['analyze', 'analyzed', 'analyzes', 'analyzing', "analyze's", "analyzes'", 'analyse', 'analysed', 'analyses', 'analysing']],
    ['catalyse', ['catalyse', 'catalysed', 'catalyses', 'catalysing', "catalyse's", "catalyses'", 'catalyze', 'catalyzed', 'catalyzes', 'catalyzing']],
    ['organisation', ['organisation', 'organisationed', 'organisations', 'organisationing', "organisation's", "organisations'", 'organization', 'organizations']],
    ['box', ['box', 'boxed', 'boxes', 'boxing', "box's", "boxes'"]],
    // A plural that does not end in "s" takes "'s".
    ['mouse', ['mouse', 'moused', 'mouses', 'mousing', 'mice', "mouse's", "mice's"]],
    ['data', ['data', 'dataed', 'datas', 'dataing', "data's"]],
  ])('%j is written %j', (phrase, forms) => {
    expect(surfaceForms(phrase)).toEqual(forms);
  });

  it.each([
    ['data centre', ['data centre', 'data centres', "data centre's", "data centres'", 'data-centre', 'datacentre', 'data-centres', 'datacentres']],
    ['Data  Centre ', ['data centre', 'data centres', "data centre's", "data centres'", 'data-centre', 'datacentre', 'data-centres', 'datacentres']],
    ['u turn', ['u turn', 'u turns', "u turn's", "u turns'", 'u-turn', 'uturn', 'u-turns', 'uturns']],
    // A word of the phrase that joins ("the", "of", "on") keeps it apart: no hyphenated or closed forms.
    ['the system', ['the system', 'the systems', "the system's", "the systems'"]],
    ['health and care', ['health and care', 'health and cares', "health and care's", "health and cares'"]],
    // A hyphen inside one word of two does not make a compound of one word.
    ['opt-in form', ['opt-in form', 'opt-in forms', "opt-in form's", "opt-in forms'", 'opt-in-form', 'opt-inform', 'opt-in-forms', 'opt-informs']],
    ['sign-on process', ['sign-on process', "sign-on process's", "sign-on process'", 'sign-on-process', 'sign-onprocess']],
  ])('the noun phrase %j is written %j', (phrase, forms) => {
    expect(surfaceForms(phrase)).toEqual(forms);
  });

  it.each([
    ['pass on', ['pass on', 'passed on', 'passes on', 'passing on']],
    ['log in', ['log in', 'logged in', 'logs in', 'logging in']],
    ['make use of', ['make use of', 'made use of', 'makes use of', 'making use of']],
    // A first word the lexicon knows as a verb makes a verb phrase.
    ['record of processing', ['record of processing', 'recorded of processing', 'records of processing', 'recording of processing']],
    ['organise data', ['organise data', 'organised data', 'organises data', 'organising data', 'organise-data', 'organisedata', 'organised-data', 'organiseddata', 'organises-data', 'organisesdata', 'organising-data', 'organisingdata', 'organize data', 'organized data', 'organizes data', 'organizing data']],
  ])('the verb phrase %j is written %j', (phrase, forms) => {
    expect(surfaceForms(phrase)).toEqual(forms);
  });

  it.each([
    ['sign-on', ['sign-on', 'sign-ons', "sign-on's", "sign-ons'", 'sign on', 'signon', 'sign ons', 'signons', "sign on's", "signon's", "sign ons'", "signons'"]],
    ['x-ray', ['x-ray', 'x-rays', "x-ray's", "x-rays'", 'x ray', 'xray', 'x rays', 'xrays', "x ray's", "xray's", "x rays'", "xrays'"]],
    // Two hyphens: no spaced or closed forms.
    ['co-op-run', ['co-op-run', 'co-op-runs', "co-op-run's", "co-op-runs'"]],
  ])('the hyphenated word %j is written %j', (phrase, forms) => {
    expect(surfaceForms(phrase)).toEqual(forms);
  });

  it.each([
    ['API', ['api', 'apis', "api's", "apis'"]],
    ['GP', ['gp', 'gps', "gp's", "gps'"]],
    ['gp', ['gp', 'gps', 'gping', "gp's", "gps'"]],
    // One letter: no other forms.
    ['x', ['x']],
    ['a', ['a']],
  ])('%j is written %j', (phrase, forms) => {
    expect(surfaceForms(phrase)).toEqual(forms);
  });
});

describe('partsOfSpeech', () => {
  it('tags a word on its own, and hands out copies, so a caller that changes them changes nothing', () => {
    const first = partsOfSpeech('share');
    expect(first).toEqual([{ text: 'share', tags: ['Verb', 'PresentTense', 'Infinitive'] }]);
    first[0]!.tags.push('Noun');
    expect(partsOfSpeech('share')).toEqual([{ text: 'share', tags: ['Verb', 'PresentTense', 'Infinitive'] }]);
  });
});

describe('the table made at build time', () => {
  it('answers from the table, word for word, and from the library for a word it does not hold', () => {
    useWordForms(table);
    expect(verbForms('zorble')).toEqual({ base: 'zorble', past: 'zorbed', participle: 'zorbt', present3: 'zorbles', gerund: 'zorbling' });
    expect(pluralOf('wug')).toBe('wugz');
    expect(singularOf('wugz')).toBe('wug');
    expect(lemmaOf('zorbt')).toBe('zorble');
    expect(surfaceForms('wug')).toEqual(['wug', 'wugz']);
    expect(surfaceForms('ZORB')).toEqual(['zorb', 'zorbz']);
    expect(partsOfSpeech('wug')).toEqual([{ text: 'wug', tags: ['Noun'] }]);
    // Not in the table: the library's answer.
    expect(verbForms('share').past).toBe('shared');
  });

  it('reads the lexicon from the table: a tag, or a list of tags written as JSON, for each word of its group', () => {
    useWordForms(table);
    expect(lexicon()).toEqual({ zorble: 'Infinitive', share: 'Infinitive', wug: ['Noun', 'Singular'], blick: ['Noun', 'Singular'], the: 'Determiner' });
    expect(['zorble', 'share', 'wug', 'blick', 'the', 'zzyzx'].map((word) => lexiconEntry(word))).toEqual([
      'Infinitive',
      'Infinitive',
      ['Noun', 'Singular'],
      ['Noun', 'Singular'],
      'Determiner',
      undefined,
    ]);
    // A word the lexicon lacks reads what a plain object gives, as the library's lexicon does.
    expect(lexiconEntry('constructor')).toBe(Object);
  });

  it('is not read again once put aside: null means every answer comes from the library', () => {
    useWordForms(table);
    expect(pluralOf('wug')).toBe('wugz');
    useWordForms(null);
    expect(pluralOf('wug')).toBe('wugs');
    expect(lexiconEntry('wug')).toBeUndefined();
  });

  it('does not load the library while the table answers', async () => {
    // A second instance of the module (the query makes it another module), whose library is not loaded yet.
    const path = `../../server/src/core/morphology.ts?fresh=${++instances}`;
    const fresh = (await import(/* @vite-ignore */ path)) as typeof import('../../server/src/core/morphology.ts');
    expect(fresh.useWordForms).not.toBe(useWordForms);
    fresh.useWordForms(table);
    expect(fresh.morphologyLoaded()).toBe(false);
    expect(fresh.verbForms('zorble').participle).toBe('zorbt');
    expect(fresh.surfaceForms('wug')).toEqual(['wug', 'wugz']);
    expect(fresh.lexiconEntry('wug')).toEqual(['Noun', 'Singular']);
    expect(fresh.morphologyLoaded()).toBe(false);
    // A word the table does not hold loads it.
    expect(fresh.verbForms('share').gerund).toBe('sharing');
    expect(fresh.morphologyLoaded()).toBe(true);
  });
});

describe('wordFormsSnapshot', () => {
  it('writes what the caches hold, each map sorted, and the lexicon grouped by its tags, each group sorted', () => {
    useWordForms(table);
    const snapshot = wordFormsSnapshot();
    expect(snapshot.lexicon).toEqual({ Determiner: 'the', Infinitive: 'share,zorble', '["Noun","Singular"]': 'blick,wug' });
    expect(Object.keys(snapshot.lexicon)).toEqual(['Determiner', 'Infinitive', '["Noun","Singular"]']);
    expect({ ...snapshot, compromise: table.compromise, lexicon: table.lexicon }).toEqual(table);
    expect(Object.keys(snapshot.surface)).toEqual(['ZORB', 'wug']);
    expect(snapshot.compromise).toMatch(/^\d+\.\d+\.\d+/);
    // A word asked since is in the next snapshot.
    surfaceForms('blick');
    expect(Object.keys(wordFormsSnapshot().surface)).toEqual(['ZORB', 'blick', 'wug']);
  });
});

describe('the word lists the module is built with', () => {
  // A new instance of the module, whose lists are made as it loads (the instance the other tests
  // use made them once, when it was first imported).
  async function fresh(): Promise<typeof import('../../server/src/core/morphology.ts')> {
    const path = `../../server/src/core/morphology.ts?lists=${++instances}`;
    const module = (await import(/* @vite-ignore */ path)) as typeof import('../../server/src/core/morphology.ts');
    module.useWordForms(null);
    return module;
  }

  it('keeps every uncountable noun as it is', async () => {
    const m = await fresh();
    const nouns = ['data', 'metadata', 'news', 'series', 'species', 'media', 'information', 'software', 'hardware', 'firmware', 'malware', 'ransomware', 'spyware', 'middleware', 'analytics', 'access', 'process', 'business', 'address', 'status', 'consensus', 'census', 'bus', 'gas', 'lens', 'virus', 'campus', 'class', 'pass', 'loss', 'stress', 'guidance', 'equipment', 'evidence', 'advice', 'staff', 'personnel'];
    expect(nouns.map((noun) => m.pluralOf(`shared ${noun}`))).toEqual(nouns.map((noun) => `shared ${noun}`));
  });

  it('pluralises the word before each post-modifier', async () => {
    const m = await fresh();
    const words = ['of', 'for', 'to', 'that', 'who', 'which', 'with', 'in', 'on', 'at', 'about', 'from', 'by', 'where', 'when'];
    expect(words.map((word) => m.pluralOf(`record ${word} care`))).toEqual(words.map((word) => `records ${word} care`));
  });

  it('reads a past form as the participle after each form of "be", "have" and "get"', async () => {
    const m = await fresh();
    const words = ['be', 'been', 'being', 'is', 'are', 'was', 'were', "'s", 'has', 'have', 'had', 'having', 'get', 'got', 'gets', 'getting'];
    expect(words.map((word) => m.formInContext('shared', 'share', word))).toEqual(words.map(() => 'participle'));
  });

  it('reads a phrase as a verb phrase when its second word is a particle or a little word', async () => {
    const m = await fresh();
    const words = ['on', 'in', 'up', 'out', 'off', 'over', 'down', 'away', 'back', 'through', 'to', 'with', 'from', 'for', 'about', 'a', 'an', 'the', 'sure', 'use', 'it', 'that', 'into', 'across'];
    // "blorf" is no word the lexicon knows: only the second word makes the phrase a verb phrase.
    expect(words.map((word) => m.surfaceForms(`blorf ${word}`).includes(`blorfed ${word}`))).toEqual(words.map(() => true));
    expect(m.surfaceForms('blorf care')).not.toContain('blorfed care');
  });
});
