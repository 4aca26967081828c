import { describe, expect, it } from 'vitest';
import { formInContext, formOf, inflectAs, lemmaOf, partsOfSpeech, pluralOf, singularOf, surfaceForms, verbForms } from '../../server/src/core/morphology.ts';

describe('lemmaOf', () => {
  it.each([
    ['utilised', 'utilise'],
    ['Utilises', 'utilise'],
    ['given', 'give'],
    ['gave', 'give'],
    ['shared', 'share'],
    ['disclosing', 'disclose'],
    ['endpoints', 'endpoint'],
    ['children', 'child'],
    ['disclosures', 'disclosure'],
    ['share', 'share'],
    ['data', 'data'],
    ['access', 'access'],
    ['this', 'this'],
    ['status', 'status'],
  ])('%s → %s', (word, lemma) => {
    expect(lemmaOf(word)).toBe(lemma);
  });
});

describe('formOf and formInContext', () => {
  it.each([
    ['utilised', 'utilise', 'past'],
    ['utilises', 'utilise', 'present3'],
    ['utilising', 'utilise', 'gerund'],
    ['given', 'give', 'participle'],
    ['endpoints', 'endpoint', 'plural'],
    ['share', 'share', 'base'],
    ['passed on', 'pass on', 'past'],
    ['data flows', 'data flow', 'plural'],
    ['sharing', 'disclose', 'unknown'],
  ] as const)('%s of %s is %s', (word, lemma, form) => {
    expect(formOf(word, lemma)).toBe(form);
  });

  it('reads a past form after "be" or "have" as the participle', () => {
    expect(formInContext('evidenced', 'evidence', 'be')).toBe('participle');
    expect(formInContext('utilised', 'utilise', 'has')).toBe('participle');
    expect(formInContext('utilised', 'utilise', 'we')).toBe('past');
  });
});

describe('inflectAs', () => {
  it.each([
    ['use', 'past', 'used'],
    ['show', 'participle', 'shown'],
    ['help', 'present3', 'helps'],
    ['move', 'gerund', 'moving'],
    ['make sure', 'past', 'made sure'],
    ['choice', 'plural', 'choices'],
    ['record of who looked at it', 'plural', 'records of who looked at it'],
    ['Use', 'past', 'Used'],
    ['use', 'base', 'use'],
  ] as const)('%s as %s → %s', (phrase, form, expected) => {
    expect(inflectAs(phrase, form)).toBe(expected);
  });

  it('declines what it cannot inflect', () => {
    expect(inflectAs('the team', 'past')).toBeUndefined();
    expect(inflectAs('use', 'unknown')).toBeUndefined();
  });
});

describe('verbForms, pluralOf, singularOf', () => {
  it('gives irregular forms', () => {
    expect(verbForms('give')).toEqual({ base: 'give', past: 'gave', participle: 'given', present3: 'gives', gerund: 'giving' });
    expect(verbForms('send').participle).toBe('sent');
  });
  it('keeps uncountable nouns and pluralises the head of a phrase', () => {
    expect(pluralOf('data')).toBe('data');
    expect(pluralOf('software')).toBe('software');
    expect(pluralOf('data flow')).toBe('data flows');
    expect(singularOf('data flows')).toBe('data flow');
    expect(singularOf('status')).toBe('status');
  });
});

describe('surfaceForms', () => {
  it('covers verb forms and UK/US spellings of a single word', () => {
    expect(surfaceForms('utilise')).toEqual(expect.arrayContaining(['utilise', 'utilised', 'utilises', 'utilising', 'utilize', 'utilized', 'utilizing']));
  });
  it('covers plural, possessive, hyphenated and closed compounds of a noun phrase, and no verb forms', () => {
    const forms = surfaceForms('data centre');
    expect(forms).toEqual(expect.arrayContaining(['data centre', 'data centres', "data centre's", 'data-centre', 'datacentre', 'datacentres']));
    expect(forms.some((f) => f.startsWith('dataed') || f.startsWith('datas '))).toBe(false);
  });
  it('inflects the verb of a phrasal verb and never pluralises it', () => {
    expect(surfaceForms('pass on')).toEqual(['pass on', 'passed on', 'passes on', 'passing on']);
  });
  it('spaces and closes a hyphenated word', () => {
    expect(surfaceForms('sign-on')).toEqual(expect.arrayContaining(['sign-on', 'sign on', 'signon', 'sign-ons']));
  });
  it('gives an acronym only its plural and possessive', () => {
    expect(surfaceForms('API')).toEqual(['api', 'apis', "api's", "apis'"]);
  });
  it('gives the same forms whatever was asked before, in capitals or not', () => {
    // A phrase written in capitals is an acronym (no verb forms); the same letters in lower case
    // may be a verb. Neither answer may depend on which was asked first.
    const lowerFirst = [surfaceForms('sip'), surfaceForms('SIP')];
    expect(lowerFirst[0]).toContain('sipping');
    expect(lowerFirst[1]).toEqual(['sip', 'sips', "sip's", "sips'"]);
    const upperFirst = [surfaceForms('NAG'), surfaceForms('nag')];
    expect(upperFirst[0]).toEqual(['nag', 'nags', "nag's", "nags'"]);
    expect(upperFirst[1]).toEqual(expect.arrayContaining(['nag', 'nagged', 'nags', 'nagging']));
    // One capital is no acronym: "Sip" is the word "sip" at a sentence's start.
    expect(surfaceForms('Sip')).toEqual(lowerFirst[0]);
  });
});

describe('partsOfSpeech', () => {
  it('tags each word of a sentence', () => {
    const tags = partsOfSpeech('Staff must ensure the quality of records.');
    expect(tags.map((t) => t.text)).toEqual(['Staff', 'must', 'ensure', 'the', 'quality', 'of', 'records']);
    expect(tags[2]!.tags).toContain('Verb');
    expect(tags[3]!.tags).toContain('Determiner');
    expect(tags[6]!.tags).toContain('Plural');
  });
});

describe('verb forms in UK spelling: a final "l" after one vowel is doubled', () => {
  it.each([
    ['total', 'totalled', 'totalling'],
    ['cancel', 'cancelled', 'cancelling'],
    ['label', 'labelled', 'labelling'],
    ['model', 'modelled', 'modelling'],
  ])('%s → %s, %s', (lemma, past, gerund) => {
    const forms = verbForms(lemma);
    expect([forms.past, forms.participle, forms.gerund]).toEqual([past, past, gerund]);
  });

  it.each([
    // Two vowels before the "l", an "l" already doubled, and the one exception keep their forms.
    ['appeal', 'appealed', 'appealing'],
    ['fill', 'filled', 'filling'],
    ['parallel', 'paralleled', 'paralleling'],
  ])('%s → %s, %s', (lemma, past, gerund) => {
    const forms = verbForms(lemma);
    expect([forms.past, forms.gerund]).toEqual([past, gerund]);
  });

  it('a text in either spelling is still matched', () => {
    const forms = surfaceForms('total');
    expect(forms).toEqual(expect.arrayContaining(['totalled', 'totaled', 'totalling', 'totaling']));
    expect(surfaceForms('parallel')).not.toContain('parallelled');
  });
});
