// Whether a fix may be applied without a person reading it: each place that rules it out,
// the near misses that do not, and each rule about the fix itself.
import { describe, expect, it } from 'vitest';
import type { Candidate, DocumentInput } from '../../server/src/core/check-api.ts';
import type { BlockKind } from '../../server/src/core/document.ts';
import { MAX_ADDED_WORDS, MAX_GLOSS_WORDS, placeOf, REASONS, safetyOf } from '../../server/src/core/safety.ts';

/** A candidate for the first `actual` in `text` (or at `at`). */
function candidate(text: string, actual: string, options: Partial<Candidate> & { at?: number } = {}): Candidate {
  const start = options.at ?? text.indexOf(actual);
  if (start < 0) throw new Error(`${actual} not in ${text}`);
  return { check: 'plain-words', ruleId: 'x', start, end: start + actual.length, actual, expected: ['use'], fixKind: 'replace', safe: true, message: '', note: '', ...options };
}

/** One block of `kind` over the whole text, under `heading`. */
function documentOf(text: string, kind: BlockKind = 'paragraph', heading = ''): DocumentInput {
  return { text, sections: [{ start: 0, end: text.length, heading, depth: heading ? 2 : 0 }], blocks: [{ kind, start: 0, end: text.length }] };
}

const reasonFor = (text: string, actual: string, options: { kind?: BlockKind; heading?: string; check?: Candidate['check']; at?: number } = {}) =>
  placeOf(candidate(text, actual, { ...(options.check ? { check: options.check } : {}), ...(options.at === undefined ? {} : { at: options.at }) }), documentOf(text, options.kind, options.heading)).reason;

describe('where the words are', () => {
  it('plain prose rules nothing out', () => {
    const place = placeOf(candidate('We utilise the form every day.', 'utilise'), documentOf('We utilise the form every day.'));
    expect(place).toEqual({ key: '-' });
  });

  it('a heading, a table, a block quotation', () => {
    expect(reasonFor('We utilise forms', 'utilise', { kind: 'heading' })).toBe(REASONS.heading);
    expect(reasonFor('| We utilise | forms |', 'utilise', { kind: 'table' })).toBe(REASONS.table);
    // A table row inside a paragraph block is a table too.
    expect(reasonFor('Intro text.\n| We utilise | forms |', 'utilise')).toBe(REASONS.table);
    expect(reasonFor('We utilise forms every day.', 'utilise', { kind: 'blockquote' })).toBe(REASONS.quotation);
    expect(placeOf(candidate('We utilise forms', 'utilise'), documentOf('We utilise forms', 'heading'))).toEqual({ reason: REASONS.heading, key: REASONS.heading.slice(0, 12) });
  });

  it('joined to a word by a slash (any check) or, for an acronym, by a hyphen', () => {
    expect(reasonFor('Please utilise/use the form.', 'utilise')).toBe(REASONS.joined);
    expect(reasonFor('Please use/utilise the form.', 'utilise')).toBe(REASONS.joined);
    expect(reasonFor('Stored in the UK/EEA only.', 'EEA', { check: 'acronym' })).toBe(REASONS.joined);
    expect(reasonFor('Our NHS-DPIA form.', 'DPIA', { check: 'acronym' })).toBe(REASONS.joined);
    expect(reasonFor('Our DPIA-NHS form.', 'DPIA', { check: 'acronym' })).toBe(REASONS.joined);
    // A hyphen joins plain words into compounds all the time: not a reason for them.
    expect(reasonFor('A well-utilise form.', 'utilise')).toBeUndefined();
    // A slash with a space or nothing on its other side is not a join.
    expect(reasonFor('Please utilise / use the form.', 'utilise')).toBeUndefined();
    expect(reasonFor('See /utilise for more.', 'utilise')).toBeUndefined();
    expect(reasonFor('Please utilise/ the form.', 'utilise')).toBeUndefined();
  });

  it('quotation marks: curly, straight and single, but not an apostrophe', () => {
    expect(reasonFor('The letter said “we utilise forms” and stopped.', 'utilise')).toBe(REASONS.quotation);
    expect(reasonFor('The letter said "we utilise forms" and stopped.', 'utilise')).toBe(REASONS.quotation);
    expect(reasonFor('The letter said ‘we utilise forms’ and stopped.', 'utilise')).toBe(REASONS.quotation);
    expect(reasonFor("The patient's staff utilise forms and the team's too.", 'utilise')).toBeUndefined();
    // A quotation that closed before the words does not count.
    expect(reasonFor('The letter said “stop” so we utilise forms today.', 'utilise')).toBeUndefined();
    // Nor does one that opens after them.
    expect(reasonFor('We utilise the form called "R1" today.', 'utilise')).toBeUndefined();
  });

  it('a section of references, definitions or abbreviations', () => {
    for (const heading of ['References', 'Bibliography', 'Further reading', 'Related documents', 'Glossary', 'Definitions', 'Abbreviations', 'Terms used']) {
      expect(reasonFor('We utilise forms every day.', 'utilise', { heading })).toBe(REASONS.references);
    }
    expect(reasonFor('We utilise forms every day.', 'utilise', { heading: 'Referencing work' })).toBeUndefined();
  });

  it('the text of a link, and not the words after it', () => {
    expect(reasonFor('Read [how we utilise forms](https://example.org) today.', 'utilise')).toBe(REASONS.link);
    expect(reasonFor('Read [how we utilise forms][ref] today.', 'utilise')).toBe(REASONS.link);
    expect(reasonFor('Read [the guide](https://example.org) and utilise forms today.', 'utilise')).toBeUndefined();
    expect(reasonFor('We [sometimes] utilise forms today.', 'utilise')).toBeUndefined();
  });

  it('a citation: capitalised words running to a year, or a bracket holding a year', () => {
    expect(reasonFor('It is set out in the Data Protection Act 1998 for all.', 'Data Protection Act')).toBe(REASONS.citation);
    expect(reasonFor('See the guidance (Department of Health, utilise, 2003) on this.', 'utilise')).toBe(REASONS.citation);
    // A year that the capitalised words do not reach is no citation.
    expect(reasonFor('We utilise forms since 1998 in the trust.', 'utilise')).toBeUndefined();
    expect(reasonFor('We utilise forms (see page 4) in the trust.', 'utilise')).toBeUndefined();
  });

  it('a line written in title case', () => {
    expect(reasonFor('Guidance For Staff Who Utilise Patient Records', 'Utilise')).toBe(REASONS.heading);
  });

  it('capitals mid-sentence mark a name; the start of a sentence, a day or a month do not', () => {
    expect(reasonFor('Please ask the Records Utilisation Group about it before sharing anything.', 'Utilisation')).toBe(REASONS.name);
    expect(reasonFor('Ask the Caldicott utilisation lead today.', 'utilisation')).toBe(REASONS.name);
    expect(reasonFor('Ask the utilisation Group today.', 'utilisation')).toBe(REASONS.name);
    expect(reasonFor('Utilise the form. Then stop.', 'Utilise')).toBeUndefined();
    expect(reasonFor('On Monday utilise the form.', 'utilise')).toBeUndefined();
    expect(reasonFor('We utilise it Tuesday and rest.', 'utilise')).toBeUndefined();
    expect(reasonFor('- Utilise the form.', 'Utilise')).toBeUndefined();
  });

  it('an acronym is in a name only when a capitalised word follows it', () => {
    expect(reasonFor('We ask the GMC Confidentiality team.', 'GMC', { check: 'acronym' })).toBe(REASONS.name);
    expect(reasonFor('We ask the GMC for advice.', 'GMC', { check: 'acronym' })).toBeUndefined();
  });

  it('words inside the name an acronym in brackets stands for', () => {
    expect(reasonFor('A do not attempt cardiopulmonary resuscitation (DNACPR) form is kept.', 'attempt')).toBe(REASONS.definedName);
    expect(reasonFor('We commence monitoring (CM) today.', 'commence')).toBe(REASONS.definedName);
    // The bracket is not an acronym: no name.
    expect(reasonFor('We commence monitoring (slowly) today.', 'commence')).toBeUndefined();
  });
});

describe('where the sentence around the words starts and ends', () => {
  // The capitalised line before the words would make a title of their sentence, if it were part of it.
  const title = 'Guidance Notes About Staff Records';

  it('a line break only wraps a sentence; a blank line or a list item ends it', () => {
    expect(reasonFor(`${title}\nutilise the form`, 'utilise')).toBe(REASONS.heading);
    expect(reasonFor(`${title}\n\nutilise the form`, 'utilise')).toBeUndefined();
    expect(reasonFor(`${title}\n- utilise the form`, 'utilise')).toBeUndefined();
    expect(reasonFor(`${title}\n  * utilise the form`, 'utilise')).toBeUndefined();
    expect(reasonFor(`${title}\n1. utilise the form`, 'utilise')).toBeUndefined();
    expect(reasonFor(`${title}\n12) utilise the form`, 'utilise')).toBeUndefined();
    // A number that is no list marker wraps like any word.
    expect(reasonFor(`${title}\n12 utilise the form`, 'utilise')).toBe(REASONS.heading);
  });

  it('a full stop, question mark or exclamation mark ends it, before and after the words', () => {
    for (const mark of ['.', '?', '!']) expect(reasonFor(`${title}${mark} utilise the form`, 'utilise')).toBeUndefined();
    expect(reasonFor(`utilise the form\n${title}`, 'utilise')).toBe(REASONS.heading);
    expect(reasonFor(`utilise the form. ${title}`, 'utilise')).toBeUndefined();
    expect(reasonFor(`utilise the form\n\n${title}`, 'utilise')).toBeUndefined();
    expect(reasonFor(`utilise the form\n- ${title}`, 'utilise')).toBeUndefined();
    expect(reasonFor(`utilise the form\n3. ${title}`, 'utilise')).toBeUndefined();
  });

  it('reads at most 300 characters back', () => {
    const far = `${title} ${'and so on '.repeat(30)}`;
    expect(far.length).toBeGreaterThan(300);
    expect(reasonFor(`${title} ${'and so on '.repeat(20)}utilise the form`, 'utilise')).toBe(REASONS.heading);
    expect(reasonFor(`${far}utilise the form`, 'utilise')).toBeUndefined();
  });
});

describe('quotations, citations, titles and names at their edges', () => {
  it('a curly quotation that closed before the words, with another opening after them, holds nothing', () => {
    expect(reasonFor('The letter said “stop” so we utilise forms “today”.', 'utilise')).toBeUndefined();
    expect(reasonFor('The letter said “stop, “we utilise forms” today.', 'utilise')).toBe(REASONS.quotation);
  });

  it('a citation counts the flagged words by their words, however they are spaced', () => {
    expect(reasonFor('We utilise  forms daily 1998 here.', 'utilise  forms')).toBeUndefined();
    expect(reasonFor('We utilise  forms 1998 here.', 'utilise  forms')).toBe(REASONS.citation);
  });

  it('a bracketed source must open before the words and not have closed', () => {
    expect(reasonFor('(see the utilise guide, 2003) today.', 'utilise')).toBe(REASONS.citation);
    expect(reasonFor('See (page 4) and utilise forms in 2003) today.', 'utilise')).toBeUndefined();
    expect(reasonFor('See the utilise guide, 2003) today.', 'utilise')).toBeUndefined();
    expect(reasonFor('See (the utilise guide, 2003 today.', 'utilise')).toBeUndefined();
  });

  it('a citation walks over capitalised words, words in capitals and small words to a year, and no further', () => {
    expect(reasonFor('It is set out in the Data Protection Act 1998 for all.', 'Protection')).toBe(REASONS.citation);
    expect(reasonFor('See the Code of NHS Practice 2016 here.', 'Code')).toBe(REASONS.citation);
    // "A1" is neither a capitalised word nor one in capitals: the walk stops there (a name, not a citation).
    expect(reasonFor('Fill in the utilise Form A1 2003 today.', 'utilise')).toBe(REASONS.name);
    // A year with letters after it is no year.
    expect(reasonFor('It is in the Data Protection Act 1998b now.', 'Data Protection Act')).toBe(REASONS.name);
    // The walk ends with the sentence's words.
    expect(reasonFor('We Utilise Forms ABC1998', 'Utilise')).toBe(REASONS.name);
  });

  it('an apostrophe after a plural is no closing quotation mark', () => {
    expect(reasonFor("We utilise the patients' forms today.", 'utilise')).toBeUndefined();
  });

  it('an acronym is a name only by the word after it, and is never inside a defined name', () => {
    expect(reasonFor('We ask the Caldicott GMC for advice.', 'GMC', { check: 'acronym' })).toBeUndefined();
    expect(reasonFor('We commence monitoring (CM) today.', 'commence', { check: 'acronym' })).toBeUndefined();
  });

  it('the sentence after the words ends with its block', () => {
    const text = 'We utilise the form\n# Guidance Notes About Staff Records';
    const document: DocumentInput = {
      text,
      sections: [{ start: 0, end: text.length, heading: '', depth: 0 }],
      blocks: [{ kind: 'paragraph', start: 0, end: 19 }, { kind: 'heading', start: 20, end: text.length }],
    };
    expect(placeOf(candidate(text, 'utilise'), document)).toEqual({ key: '-' });
  });

  it('title case: at least three long words, and at least seven in ten of them capitalised', () => {
    // "use" is too short to count; the three long words are capitalised, none next to it.
    expect(reasonFor('Guidance to use by Wards Teams', 'use')).toBe(REASONS.heading);
    expect(reasonFor('Guidance to use by Wards', 'use')).toBeUndefined();
    // 7 of 10 long words capitalised, none next to the words.
    expect(reasonFor('Guidance Staff Wards Teams Nurses Doctors Carers when they utilise', 'utilise')).toBe(REASONS.heading);
    expect(reasonFor('Guidance Staff Wards Teams Nurses Doctors when they utilise form', 'utilise')).toBeUndefined();
  });

  it('a capital in the words themselves, mid-sentence, is a name', () => {
    expect(reasonFor('Please ask about Utilisation today.', 'Utilisation')).toBe(REASONS.name);
    expect(reasonFor('Please ask about the utilisation Review today.', 'utilisation Review')).toBe(REASONS.name);
    expect(reasonFor('Utilisation matters today.', 'Utilisation')).toBeUndefined();
  });

  it('what starts a sentence: a mark, a bullet, a number, or emphasis at the start', () => {
    for (const lead of ['Note: ', 'Note; ', '• ', '* ', '> ', '- ', '– ', '1. ', '2) ', '**', '## ']) {
      expect(reasonFor(`${lead}Utilise the form every day.`, 'Utilise'), lead).toBeUndefined();
    }
    expect(reasonFor('We Utilise the form every day.', 'Utilise')).toBe(REASONS.name);
  });

  it('a capitalised word before the words is a name, unless it starts the sentence or is a day or month', () => {
    expect(reasonFor('Staff leave. Records utilisation is low.', 'utilisation')).toBeUndefined();
    expect(reasonFor('Staff leave, Records utilisation is low.', 'utilisation')).toBe(REASONS.name);
    expect(reasonFor('We close in August utilisation is low.', 'utilisation')).toBeUndefined();
    expect(reasonFor('We utilise June forms.', 'utilise')).toBeUndefined();
  });
});

describe('whether the fix itself may be applied', () => {
  const noNotes = { refused: 0, modifier: false };
  const plain = { key: '-' };
  const safety = (over: Partial<Candidate>, notes: Partial<typeof noNotes> & { doubt?: string } = {}, place: { reason?: string; key: string } = plain) =>
    safetyOf(candidate('We utilise the form.', 'utilise', over), { ...noNotes, ...notes }, place, '');

  it('one short alternative that fits is safe', () => {
    expect(safety({})).toEqual({ safe: true });
  });

  it('nothing to apply or a rewording is never safe, with no reason to give', () => {
    expect(safety({ fixKind: 'none' })).toEqual({ safe: false });
    expect(safety({ fixKind: 'reframe' })).toEqual({ safe: false });
  });

  it('an old name, a place that rules it out, a removal, a choice: each says why', () => {
    expect(safety({ check: 'outdated' })).toEqual({ safe: false, reason: REASONS.outdated });
    expect(safety({}, {}, { reason: REASONS.table, key: 't' })).toEqual({ safe: false, reason: REASONS.table });
    expect(safety({ expected: [] })).toEqual({ safe: false, reason: REASONS.remove });
    expect(safety({ expected: ['use', 'apply'] })).toEqual({ safe: false, reason: REASONS.choice });
  });

  it('a long suggestion: more added words than the limit, or a comma the words did not have', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    // "utilise" is one word: the replacement may have MAX_ADDED_WORDS more.
    expect(safety({ expected: [words(1 + MAX_ADDED_WORDS)] })).toEqual({ safe: true });
    expect(safety({ expected: [words(2 + MAX_ADDED_WORDS)] })).toEqual({ safe: false, reason: REASONS.long });
    expect(safety({ fixKind: 'explain', expected: [words(1 + MAX_GLOSS_WORDS)] })).toEqual({ safe: true });
    expect(safety({ fixKind: 'explain', expected: [words(2 + MAX_GLOSS_WORDS)] })).toEqual({ safe: false, reason: REASONS.long });
    expect(safety({ expected: ['use, then'] })).toEqual({ safe: false, reason: REASONS.long });
    expect(safety({ fixKind: 'explain', expected: ['utilise (use, apply)'] })).toEqual({ safe: true });
    // Punctuation alone is not a word.
    expect(safety({ expected: [`${words(1 + MAX_ADDED_WORDS)} — !`] })).toEqual({ safe: true });
  });

  it('a fix that describes a noun, or one the fit step doubts, is for a person to read', () => {
    expect(safety({}, { modifier: true })).toEqual({ safe: false, reason: REASONS.modifier });
    expect(safety({}, { doubt: 'A preposition follows.' })).toEqual({ safe: false, reason: 'A preposition follows.' });
  });
});
