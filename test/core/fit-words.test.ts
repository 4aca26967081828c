// The fit step (core/fit.ts) read word by word: how the words around a finding are cut from the text
// (the punctuation after each, where the sentence starts and ends), the describing words before an
// "a", the form the flagged words are in compared with the dictionary's phrase, whether the words
// after make a clause, plurals and singulars of the alternative, capitals, and the cache of fitted
// candidates. Each test fits one candidate to one sentence of our own and asserts what a user sees:
// the exact alternatives, the span the fix covers, whether it is safe, or the exact refusal.
// (test/core/fit.test.ts holds the rules of fitOne; test/core/fit-one.test.ts more of them.)
import { beforeEach, describe, expect, it } from 'vitest';
import { quote, type Candidate } from '../../server/src/core/check-api.ts';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import { clearFitCache, fitCandidates } from '../../server/src/core/fit.ts';
import { REASONS } from '../../server/src/core/safety.ts';
import { edits, fitted, offer, paragraph, refusal } from './fit-helpers.ts';

// Fitted candidates are cached by their text: start each test cold, so the rules themselves run.
beforeEach(() => clearFitCache());

describe('the punctuation after each word (where a clause ends)', () => {
  it('a comma right after the word before: "safe, therefore" → "safe, so"', () => {
    expect(edits('The data is kept safe, therefore we check it.', 'therefore', ['so'])).toEqual(['so']);
  });

  it('a dash after a space ends the clause too: "safe – therefore" → "safe – so"', () => {
    expect(edits('The data is kept safe – therefore we check it.', 'therefore', ['so'])).toEqual(['so']);
  });

  it('with no punctuation, "so" mid-clause is refused', () => {
    expect(refusal('The data is kept safe therefore we check it.', 'therefore', ['so'])).toBe('‘so’ only fits at the start of a sentence or clause');
  });

  it('a full stop before a closing quotation mark ends the sentence: the capital after it is no name', () => {
    expect(edits('The nurse said "stop." Therefore we checked.', 'Therefore', ['So'], { ruleId: 'therefore' })).toEqual(['So']);
  });
});

describe('the words before a finding', () => {
  it('a line that ends in "the" and a space goes on into the next: a capital there is part of a name', () => {
    expect(refusal('It is set out in the \nPlatform Guide.', 'Platform', ['System'], { check: 'jargon' })).toBe('‘Platform’ looks like part of a name');
  });

  it('the first word of the text has no word before it: its own form is still read', () => {
    expect(fitted('Criteria are listed first.', 'Criteria', ['Rules'], { check: 'jargon' }, false).expected).toEqual(['Rules']);
  });
});

describe('the words after a finding stop at the end of its sentence', () => {
  it('"require it. Staff go to work": the "to" of the next sentence raises no doubt (safe)', () => {
    expect(fitted('We require it. Staff go to work.', 'require', ['need'])).toMatchObject({ expected: ['need'], safe: true });
  });

  it('within the sentence the same words do ("require it, staff go to …")', () => {
    expect(fitted('We require it, staff go to work.', 'require', ['need'])).toMatchObject({
      expected: ['need'],
      safe: false,
      unsafeReason: 'Check ‘need’ keeps the sense of ‘require … to’.',
    });
  });

  it('"provide care. Staff work with us": the "with" of the next sentence is not "provide … with"', () => {
    expect(edits('We provide care. Staff work with us.', 'provide', ['give'])).toEqual(['give']);
    expect(refusal('We provide care, and staff work with us.', 'provide', ['give'])).toBe('‘give’ does not take ‘with’ the way ‘provide’ does');
  });

  it('twelve words after a finding are read: a clause\'s verb as the twelfth is seen, as the thirteenth not', () => {
    expect(edits('Please ensure the files of the staff on the wards of the trust are safe.', 'ensure', ['make sure'])).toEqual(['make sure']);
    expect(refusal('Please ensure the files of the staff on the wards of the whole trust are safe.', 'ensure', ['make sure'])).toBe(
      '‘make sure’ needs a whole clause after it, and ‘the files’ does not start one',
    );
  });
});

describe('"a" a few describing words back, before an alternative with no plural', () => {
  it('three describing words after "a": refused', () => {
    expect(refusal('We have a new secure digital infrastructure.', 'infrastructure', ['equipment'])).toBe('‘equipment’ cannot follow ‘a’');
  });

  it('a noun between ("a server and infrastructure") ends the search: "a server and equipment" reads', () => {
    expect(edits('We bought a server and infrastructure.', 'infrastructure', ['equipment'])).toEqual(['equipment']);
  });

  it('describing words back to the start of the sentence, with no "a": offered', () => {
    expect(edits('Secure digital infrastructure is costly.', 'infrastructure', ['equipment'])).toEqual(['equipment']);
  });

  it('the head of an alternative is the word before what describes it ("storage of records")', () => {
    expect(refusal('We keep an archive.', 'archive', ['storage of records'])).toBe('‘storage of records’ cannot follow ‘a’');
    expect(edits('We keep the archive.', 'archive', ['storage of records'])).toEqual(['storage of records']);
  });
});

describe('the form of the flagged words, compared with the dictionary\'s phrase', () => {
  it('"-ize" is read as "-ise": "utilize" is the phrase "utilise" as written (safe)', () => {
    expect(fitted('We utilize the portal.', 'utilize', ['use'], { ruleId: 'utilise' })).toMatchObject({ expected: ['use'], safe: true });
  });

  it('"utilized" is the past of "utilise": "used"', () => {
    expect(fitted('The team utilized the portal.', 'utilized', ['use'], { ruleId: 'utilise' })).toMatchObject({ expected: ['used'], safe: true });
  });

  it('the dictionary writes the plural, the text the singular: the alternative\'s last word is made singular', () => {
    expect(edits('Write to the service user today.', 'service user', ['patients'], { ruleId: 'service-users' })).toEqual(['patient']);
    // (A last word that is not a plain word is left as it is.)
    expect(edits('Write to the service user today.', 'service user', ['care home (CQC)'], { ruleId: 'service-users' })).toEqual(['care home (CQC)']);
  });

  it('a noun phrase used as a verb ("data extracted" of "data extract") is refused, with the reason', () => {
    expect(refusal('The data extracted is old.', 'data extracted', ['copy of the data'], { ruleId: 'data-extract' })).toBe(
      '‘data extracted’ is used differently from the dictionary\'s ‘copy of the data’',
    );
  });

  it('a phrase of another length is not compared word by word: the words\' own form is used ("terms" → "remits")', () => {
    expect(edits('The terms of reference are agreed.', 'terms of reference', ['remit'], { ruleId: 'terms' })).toEqual(['remits']);
  });

  it('words that start with an acronym keep the alternative as written ("IT systems" → "computer kit")', () => {
    expect(fitted('Update the IT systems today.', 'IT systems', ['computer kit'], { check: 'jargon' }, false).expected).toEqual(['computer kit']);
  });

  it('a dictionary phrase that is plural where the text is not, and reads as a verb too: offered with a doubt', () => {
    expect(fitted('We checked the legacy record today.', 'legacy record', ['older records'], { check: 'jargon', ruleId: 'legacy-data' })).toMatchObject({
      expected: ['older records'],
      safe: false,
      unsafeReason: 'Check ‘older records’ takes the same form as ‘legacy record’.',
    });
  });
});

describe('the alternative put in the form of the flagged words', () => {
  it('"-ing": an alternative already in that form stays ("using")', () => {
    expect(edits('The team is utilising the portal.', 'utilising', ['using'], { ruleId: 'utilise' })).toEqual(['using']);
  });

  it('"-ing": a past tense cannot take it', () => {
    expect(refusal('The team is utilising the portal.', 'utilising', ['used'], { ruleId: 'utilise' })).toBe('it cannot take the form of ‘utilising’');
  });

  it('"-s": an alternative already in that form stays ("uses")', () => {
    expect(edits('The team utilises the portal.', 'utilises', ['uses'], { ruleId: 'utilise' })).toEqual(['uses']);
  });

  it('after "has", a past tense given by the dictionary becomes the participle, the words after it kept ("drew on" → "drawn on")', () => {
    expect(edits('The team has utilised the portal.', 'utilised', ['drew on'], { ruleId: 'utilise' })).toEqual(['drawn on']);
  });

  it('a head that is not a plain word cannot be put in the past', () => {
    expect(refusal('The team utilised the portal.', 'utilised', ['e-file'], { ruleId: 'utilise' })).toBe('it cannot take the form of ‘utilised’');
  });

  it('a head that is not a plain word cannot be made plural', () => {
    expect(refusal('The audit trails are kept.', 'audit trails', ['e-log'], { ruleId: 'audit-trail' })).toBe('it cannot be made plural like ‘audit trails’');
  });
});

describe('the plural of a noun phrase', () => {
  it('the head before what describes it: "record of who looked" → "records of who looked"', () => {
    expect(edits('The audit trails are kept.', 'audit trails', ['record of who looked'], { ruleId: 'audit-trail' })).toEqual(['records of who looked']);
  });

  it('the word that starts the description may have a capital ("log Of who looked" → "logs Of who looked")', () => {
    expect(edits('The audit trails are kept.', 'audit trails', ['log Of who looked'], { ruleId: 'audit-trail' })).toEqual(['logs Of who looked']);
  });

  it('a comma after the head stays after its plural ("log, on paper" → "logs, on paper")', () => {
    expect(edits('We keep audit trails.', 'audit trails', ['log, on paper'], { ruleId: 'audit-trail' })).toEqual(['logs, on paper']);
  });

  it('a hyphen before the head: "log-in record" → "log-in records"', () => {
    expect(edits('The audit trails are kept.', 'audit trails', ['log-in record'], { ruleId: 'audit-trail' })).toEqual(['log-in records']);
  });
});

describe('the verb after agrees with the alternative', () => {
  it.each([
    ['a plain plural', 'access limits'],
    ['a plural before a word of its own', 'access rights on'],
    ['a plural before brackets', 'checks (2)'],
    ['a plural after an acronym', 'NHS logs'],
  ])('%s before "is" is refused', (_name, alternative) => {
    expect(refusal('The audit trail is kept.', 'audit trail', [alternative], { ruleId: 'audit-trail' })).toBe(`${quote(alternative)} does not agree with ‘is’`);
  });
});

describe('an acronym ending in "S" is no plural', () => {
  it('"GPS" after "a", before "is": offered as it is', () => {
    expect(fitted('A tracker is fitted.', 'tracker', ['GPS'])).toMatchObject({ start: 2, actual: 'tracker', expected: ['GPS'], safe: true });
  });
});

describe('capitals', () => {
  it('a plural after a capital article takes the capital: "An audit log" → "Records of access"', () => {
    expect(fitted('An audit log must be kept.', 'audit log', ['records of access'])).toMatchObject({ start: 0, actual: 'An audit log', expected: ['Records of access'] });
  });

  it('after an acronym mid-sentence, an ordinary capital goes ("Email account" → "email account")', () => {
    expect(edits('We use the IT mailbox daily.', 'IT mailbox', ['Email account'], { check: 'jargon' })).toEqual(['email account']);
  });

  it('but not the capital of a word with other capitals in it ("NHSmail")', () => {
    expect(edits('We use the IT mailbox daily.', 'IT mailbox', ['NHSmail'], { check: 'jargon' })).toEqual(['NHSmail']);
  });

  it('nor of a word with a capital later in it, when it follows an acronym ("PowerPoint")', () => {
    expect(edits('We use the IT tool daily.', 'IT tool', ['PowerPoint'], { check: 'jargon' })).toEqual(['PowerPoint']);
  });

  it('nor of a word of one letter after a capital article ("A scanner" → "An X ray machine")', () => {
    expect(fitted('A scanner is booked.', 'scanner', ['X ray machine'])).toMatchObject({ start: 0, actual: 'A scanner', expected: ['An X ray machine'] });
  });
});

describe('clauses after "make sure"', () => {
  it.each([
    ['a copula', 'Please ensure the data is safe.'],
    ['a past tense', 'Please ensure staff signed the form.'],
    ['a modal and a verb', 'Please ensure staff should sign the form.'],
  ])('%s makes a clause', (_name, text) => {
    expect(edits(text, 'ensure', ['make sure'])).toEqual(['make sure']);
  });

  it.each([
    ['a modal before a noun ("should failure occur") is a condition', 'Please ensure backups should failure occur.', '‘backups should’'],
    ['a comma before the verb ends the clause', 'Please ensure the quality, staff know it.', '‘the quality’'],
  ])('%s', (_name, text, words) => {
    expect(refusal(text, 'ensure', ['make sure'])).toBe(`‘make sure’ needs a whole clause after it, and ${words} does not start one`);
  });
});

describe('candidates with no words, or nothing to fit', () => {
  it('a flagged run of punctuation removed ("!!") is fitted without words around it', () => {
    expect(fitted('Stop!! Now.', '!!', [''], { check: 'jargon', ruleId: 'double-mark' })).toMatchObject({ start: 4, actual: '!!', expected: [''], fixKind: 'replace' });
  });

  it('an inserted paragraph passes through as the check made it', () => {
    const text = 'We keep records.';
    const candidate = offer(text, 'records', ['A paragraph to add.'], { fixKind: 'insert', safe: true });
    expect(fitCandidates([candidate], paragraph(text), bundledDictionaries())[0]).toBe(candidate);
  });

  it('a reframe and a finding with no fix pass through too', () => {
    const text = 'We keep an option.';
    for (const fixKind of ['reframe', 'none'] as const) {
      const candidate = offer(text, 'option', ['choice'], { fixKind });
      expect(fitCandidates([candidate], paragraph(text), bundledDictionaries())[0]).toBe(candidate);
    }
  });
});

describe('the cache: what tells two candidates apart', () => {
  const fit = (text: string, candidate: Candidate, document = paragraph(text)): Candidate => fitCandidates([candidate], document, bundledDictionaries())[0]!;

  it('the same word twice in a short text, at different places ("An option or option")', () => {
    const text = 'An option or option.';
    const second = text.lastIndexOf('option');
    expect(fit(text, offer(text, 'option', ['choice']))).toMatchObject({ start: 0, actual: 'An option', expected: ['A choice'] });
    expect(fit(text, { ...offer(text, 'option', ['choice']), start: second, end: second + 6 })).toMatchObject({ start: second, actual: 'option', expected: ['choice'] });
  });

  it('the words after it', () => {
    expect(fit('Staff must comply.', offer('Staff must comply.', 'comply', ['follow'])).expected).toEqual(['follow']);
    expect(fit('Staff must comply with no exceptions.', offer('Staff must comply with no exceptions.', 'comply', ['follow'])).expected).toEqual([]);
  });

  it('the words before it, at the same place', () => {
    expect(fit('Take an option now.', offer('Take an option now.', 'option', ['choice']))).toMatchObject({ actual: 'an option', expected: ['a choice'] });
    expect(fit('Take my option now.', offer('Take my option now.', 'option', ['choice']))).toMatchObject({ actual: 'option', expected: ['choice'] });
  });

  it('the check, the rule, the kind of fix', () => {
    const text = 'We agreed the terms of reference today.';
    expect(fit(text, offer(text, 'terms of reference', ['remit'], { ruleId: 'terms' })).expected).toEqual(['remits']);
    expect(fit(text, offer(text, 'terms of reference', ['remit'], { ruleId: 'terms-of-reference' })).expected).toEqual(['remit']);
    expect(fit(text, offer(text, 'terms of reference', ['remit'], { ruleId: 'terms-of-reference', fixKind: 'explain' })).expected).toEqual(['remit']);
    const plain = fit(text, offer(text, 'terms of reference', ['remit'], { ruleId: 'terms', check: 'jargon' }));
    const old = fit(text, offer(text, 'terms of reference', ['remit'], { ruleId: 'terms', check: 'outdated' }));
    expect([plain.safe, old.safe, old.unsafeReason]).toEqual([true, false, REASONS.outdated]);
  });

  it('the kind of fix: an explanation is not put in the past', () => {
    const text = 'The team utilised the portal.';
    expect(fit(text, offer(text, 'utilised', ['use'], { ruleId: 'utilise' })).expected).toEqual(['used']);
    expect(fit(text, offer(text, 'utilised', ['use'], { ruleId: 'utilise', fixKind: 'explain' })).expected).toEqual(['use']);
  });

  it('the message and the alternatives, even where they would run together', () => {
    const text = 'We utilise the portal.';
    const one = fit(text, offer(text, 'utilise', ['use', 'employ'], { message: 'Plainer: ' }));
    const two = fit(text, offer(text, 'utilise', ['us', 'eemploy'], { message: 'Plainer: ' }));
    const three = fit(text, offer(text, 'utilise', ['se', 'employ'], { message: 'Plainer: u' }));
    expect([one.expected, two.expected, three.expected]).toEqual([['use', 'employ'], ['us', 'eemploy'], ['se', 'employ']]);
    expect([one.message, three.message]).toEqual(['Plainer: ', 'Plainer: u']);
  });

  it('the place: the same words in a heading are not safe', () => {
    const text = 'We utilise the portal.';
    expect(fit(text, offer(text, 'utilise', ['use'])).safe).toBe(true);
    const heading = fit(text, offer(text, 'utilise', ['use']), { ...paragraph(text), blocks: [{ kind: 'heading', start: 0, end: text.length }] });
    expect(heading).toMatchObject({ safe: false, unsafeReason: REASONS.heading });
  });

  it('emptied, nothing fitted before is reused (the dictionaries are not part of what is remembered)', () => {
    const text = 'We checked the legacy record today.';
    const candidate = (): Candidate => offer(text, 'legacy record', ['older records'], { check: 'jargon', ruleId: 'legacy-data' });
    expect(fitCandidates([candidate()], paragraph(text))[0]!.safe).toBe(true);
    clearFitCache();
    expect(fitCandidates([candidate()], paragraph(text), bundledDictionaries())[0]!.safe).toBe(false);
  });
});

describe('an "-s" on one word: the tagger decides between a plural noun and a verb', () => {
  it('"She audits records": a verb, though "audits" is a plural too ("looks over")', () => {
    expect(edits('She audits records.', 'audits', ['look over'], { ruleId: 'audit' })).toEqual(['looks over']);
  });

  it('"We keep records daily": a noun, though "records" is a verb too ("log books")', () => {
    expect(edits('We keep records daily.', 'records', ['log book'], { ruleId: 'record' })).toEqual(['log books']);
  });
});

describe('without a phrase to compare with, a first word read as a verb leads a verb phrase', () => {
  it('"She takes part in the review" → "joins in", not "join ins"', () => {
    expect(fitted('She takes part in the review.', 'takes part in', ['join in'], { check: 'jargon', ruleId: 'take-part-in' }, false).expected).toEqual(['joins in']);
  });

  it('a first word read as a noun keeps the plural ("terms of reference" → "remits")', () => {
    expect(fitted('We agreed the terms of reference today.', 'terms of reference', ['remit'], { check: 'jargon', ruleId: 'terms-of-reference' }, false).expected).toEqual(['remits']);
  });
});

describe('the plural of an acronym', () => {
  it('takes a small "s": "CCTV" → "CCTVs", and the "s" of an ordinary word after it stays plain ("NHS log" → "NHS logs")', () => {
    expect(edits('The audit trails are kept.', 'audit trails', ['CCTV'], { ruleId: 'audit-trail' })).toEqual(['CCTVs']);
    expect(edits('The audit trails are kept.', 'audit trails', ['NHS log'], { ruleId: 'audit-trail' })).toEqual(['NHS logs']);
  });
});

describe('punctuation between the describing words after "a"', () => {
  it('a comma between them is a list: "a new, secure infrastructure" cannot become "… equipment"', () => {
    expect(refusal('We have a new, secure infrastructure.', 'infrastructure', ['equipment'])).toBe('‘equipment’ cannot follow ‘a’');
  });
});

describe('the phrases of an outdated name are read from its entry', () => {
  it('the entry writes the plural ("privacy impact assessments"), the text the singular: the new name is made singular', () => {
    const text = 'Complete the privacy impact assessment first.';
    const result = fitted(text, 'privacy impact assessment', ['data protection impact assessments'], { check: 'outdated', ruleId: 'privacy-impact-assessments' });
    expect(result).toMatchObject({ expected: ['data protection impact assessment'], safe: false, unsafeReason: REASONS.outdated });
  });
});
