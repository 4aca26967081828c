// The fit step (core/fit.ts), path by path: each test gives a candidate as a check would make it
// (the alternative in the dictionary's plain form) and asserts the exact fixed text, the exact
// span the fix covers, or the exact reason an alternative is kept as advice only. The broader
// shapes (inflection, articles, safety per place) are in test/fixes/fit.test.ts; these pin the
// branches and boundaries of each rule, so that changing one of them changes what a user sees.
import { beforeEach, describe, expect, it } from 'vitest';
import { quote } from '../../server/src/core/check-api.ts';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import { clearFitCache, fitCandidates } from '../../server/src/core/fit.ts';
import { REASONS } from '../../server/src/core/safety.ts';
import { edits, fitted, offer, paragraph, refusal } from './fit-helpers.ts';

// Fitted candidates are cached by their text: start each test cold, so the rules themselves run.
beforeEach(() => clearFitCache());

describe('a flagged phrase of several words takes its verb form from the sentence', () => {
  it('"takes part in" is a verb phrase: its alternative is conjugated, not made plural', () => {
    expect(edits('She takes part in the review.', 'takes part in', ['join in'], { ruleId: 'take-part-in' })).toEqual(['joins in']);
  });

  it('a word right after an adverb is a verb ("adversely impacts on"), whatever the tagger reads', () => {
    const text = 'The new rule adversely impacts on staff who work nights.';
    expect(edits(text, 'adversely impacts on', ['hurt', 'set back'], { ruleId: 'adversely-impact-on' })).toEqual(['hurts', 'sets back']);
  });

  it('a plural noun phrase stays plural ("terms of reference", "audit trails")', () => {
    expect(edits('The terms of reference are agreed.', 'terms of reference', ['remit'], { ruleId: 'term-of-reference' })).toEqual(['remits']);
    // (The tagger reads "trails" here as a verb: a later word's "-s" is still the noun's plural.)
    expect(edits('The audit trails are kept.', 'audit trails', ['access log'], { ruleId: 'audit-trail' })).toEqual(['access logs']);
  });
});

describe('an alternative already plural is not made plural again', () => {
  it.each([
    ['records of access', 'The audit trails are kept.', 'audit trails', 'audit-trail'],
    ['user limits', 'The access rights are set.', 'access rights', 'access-right'],
    ['user permissions', 'The access rights are set.', 'access rights', 'access-right'],
  ])('%s ("-s" that reads as a verb too, and a plain plural)', (alternative, text, actual, ruleId) => {
    expect(edits(text, actual, [alternative], { ruleId })).toEqual([alternative]);
  });
});

describe('an uncountable alternative and "a" a few words back', () => {
  it('"a physical or electronic infrastructure" cannot become "… equipment"', () => {
    expect(refusal('The trust has a physical or electronic infrastructure.', 'infrastructure', ['equipment'])).toBe('‘equipment’ cannot follow ‘a’');
  });

  it('"and" joins the describing words as "or" does', () => {
    expect(refusal('The trust has a secure and electronic infrastructure.', 'infrastructure', ['equipment'])).toBe('‘equipment’ cannot follow ‘a’');
  });

  it('after "the", the same swap reads', () => {
    expect(edits('The trust has the physical or electronic infrastructure.', 'infrastructure', ['equipment'])).toEqual(['equipment']);
  });

  it('the head of an alternative that starts with "to" is its last word ("to help")', () => {
    expect(refusal('The ward gave an assist.', 'assist', ['to help'])).toBe('‘to help’ cannot follow ‘a’');
  });

  it('a plural alternative with "a" further back is refused, with the reason', () => {
    expect(refusal('The trust has a physical or electronic infrastructure.', 'infrastructure', ['computers and networks'])).toBe(
      '‘computers and networks’ is plural, and ‘a’ comes before it',
    );
  });
});

describe('alternatives that need a clause after them', () => {
  it('"make sure" before a clause ("staff know the rules")', () => {
    expect(edits('Please ensure staff know the rules.', 'ensure', ['make sure'])).toEqual(['make sure']);
  });

  it('"make sure" before a noun alone is refused', () => {
    expect(refusal('Please ensure the quality of records.', 'ensure', ['make sure'])).toBe('‘make sure’ needs a whole clause after it, and ‘the quality’ does not start one');
  });
});

describe('the plural of a noun phrase and the article it takes', () => {
  it('the head before a bracket is made plural ("access records (log)")', () => {
    expect(edits('The audit trails are kept.', 'audit trails', ['access record (log)'], { ruleId: 'audit-trail' })).toEqual(['access records (log)']);
  });

  it('"an audit log" → "records of access": the article goes, and the fix covers it', () => {
    const result = fitted('The system keeps an audit log.', 'audit log', ['records of access']);
    expect(result).toMatchObject({ start: 17, end: 29, actual: 'an audit log', expected: ['records of access'] });
  });
});

describe('capitals', () => {
  it('an acronym mid-sentence gave the capital, not the sentence: "the IT estate" → "the computer systems"', () => {
    expect(edits('We replaced the IT estate last year.', 'IT estate', ['Computer systems'], { check: 'jargon' })).toEqual(['computer systems']);
  });
});

describe('words that do not do the same work', () => {
  it('a superlative before a describing word: "the minimum necessary data" ≠ "the least necessary data"', () => {
    expect(refusal('Collect the minimum necessary data.', 'minimum', ['least'])).toBe('‘least necessary’ does not read as meant');
  });

  it('the verb after must agree: "free text is" ≠ "typed notes is"', () => {
    expect(refusal('The free text is kept.', 'free text', ['typed notes'])).toBe('‘typed notes’ does not agree with ‘is’');
  });

  it('an adverb\'s place needs an adverb: "were subsequently made" ≠ "were after made"', () => {
    expect(refusal('Changes were subsequently made.', 'subsequently', ['after'])).toBe('‘after’ does not do the work of ‘subsequently’ here');
  });

  it('a verb tied to its preposition, before a verb form that is not "to" and a verb', () => {
    expect(refusal('Teams must comply with agreed rules.', 'comply', ['follow'])).toBe('‘follow with’ is not how the sentence goes on');
  });
});

describe('legal wording and verbs that take "someone to do something"', () => {
  it('"the right to erasure" names a right in law: no swap', () => {
    expect(refusal('You have the right to erasure.', 'erasure', ['deletion'])).toBe('it states a legal power or duty, and ‘deletion’ may not keep exactly what it allows or demands');
  });

  it('a verb after "powers to" is legal wording', () => {
    expect(refusal('The regulator has powers to require disclosure.', 'require', ['need'])).toBe('it states a legal power or duty, and ‘need’ may not keep exactly what it allows or demands');
  });

  it('"require practices to keep": offered, but not safe, with the doubt as the reason', () => {
    expect(fitted('We require practices to keep records.', 'require', ['need'])).toMatchObject({ expected: ['need'], safe: false, unsafeReason: 'Check ‘need’ keeps the sense of ‘require … to’.' });
  });

  it('"to" and a determiner is not a verb that the object must do: safe', () => {
    expect(fitted('We require practices to the letter.', 'require', ['need'])).toMatchObject({ expected: ['need'], safe: true });
  });

  it('a verb after "to" with no "to" after it: safe', () => {
    expect(fitted('We plan to utilise staff time better.', 'utilise', ['use'])).toMatchObject({ expected: ['use'], safe: true });
  });
});

describe('a phrase that says how often, moved to one word', () => {
  it('between a verb and a preposition: offered, not safe', () => {
    expect(fitted('It can only be evidenced in many cases by a review.', 'in many cases', ['often'])).toMatchObject({
      expected: ['often'],
      safe: false,
      unsafeReason: 'Check ‘often’ reads well where ‘in many cases’ was; it may belong earlier in the sentence.',
    });
  });
});

describe('describing the noun after', () => {
  it('two words may describe it (offered, not safe)', () => {
    expect(fitted('The access control rules apply.', 'access control', ['entry limits'])).toMatchObject({ expected: ['entry limits'], safe: false });
  });

  it('three words may not', () => {
    expect(refusal('The access control rules apply.', 'access control', ['limits for entry'])).toBe('‘limits for entry’ cannot describe ‘rules’ the way ‘access control’ does');
  });

  it('nor a phrase with a word that starts a description of its own ("limits on entry")', () => {
    expect(refusal('The access control rules apply.', 'access control', ['limits on entry'])).toBe('‘limits on entry’ cannot describe ‘rules’ the way ‘access control’ does');
  });
});

describe('a candidate with nothing to fit', () => {
  it('"remove it" (no alternative) is judged by its place: not safe, with the reason', () => {
    const result = fitted('We will basically check it.', 'basically', [], { message: '‘basically’ adds nothing. Remove it.' });
    expect(result).toMatchObject({ expected: [], fixKind: 'replace', safe: false, unsafeReason: REASONS.remove });
  });
});

describe('each rule that keeps an alternative as advice, with its reason', () => {
  it.each([
    ['a reflexive after the verb', 'Managers should satisfy themselves that the data is safe.', 'satisfy', ['meet'], '‘meet themselves’ does not read'],
    ['"provide someone with"', 'We provide practices with the power to act.', 'provide', ['give'], '‘give’ does not take ‘with’ the way ‘provide’ does'],
    ['"to" before a word that is not a verb', 'Use the form for the purpose of receiving data.', 'for the purpose of', ['to'], '‘to’ needs a verb after it, and ‘receiving data’ is not one'],
    ['several words for an adverb before "after"', 'Report it immediately after the incident.', 'immediately', ['at once'], '‘at once after’ does not read'],
    ['a clause after "the"', 'Describe the functionality of the tool.', 'functionality', ['what the system can do'], '‘what the system can do’ cannot follow ‘the’'],
    ['"There is" before a plural', 'There is an access control on the file.', 'access control', ['limits on who can see it'], '‘limits on who can see it’ is plural, and ‘is’ is singular'],
    ['a noun swapped for a word that is mostly a verb', 'We did it for the benefit of patients.', 'benefit', ['help'], '‘benefit’ is a noun here, and ‘help’ is mostly a verb'],
    ['capitals mid-sentence: part of a name', 'The Primary Care Trust (PCT) wrote.', 'Primary Care Trust', ['Integrated care board'], '‘Primary Care Trust’ looks like part of a name'],
    ['part of a longer phrase', 'In addition to the law, we follow guidance.', 'In addition', ['Also'], '‘In addition to’ is one phrase, which ‘Also’ cannot replace'],
    ['"so" mid-clause', 'It is therefore necessary to keep it.', 'therefore', ['so'], '‘so’ only fits at the start of a sentence or clause'],
    ['a modal after "to"', 'We need to require approval.', 'require', ['must'], '‘must’ needs a verb after it'],
    ['a comma of its own before more words', 'The data controller is named.', 'data controller', ['organisation in charge, of the data'], '‘organisation in charge, of the data’ has a comma of its own, which would run into ‘is named’'],
    ['a short form that its own words define', 'Send the Data Protection Officer (DPO) a note.', 'DPO', ['data lead'], '‘DPO’ stands for the words before the brackets'],
    ['a singular for a plural before "are"', 'The audit logs are kept.', 'audit logs', ['record'], '‘record’ does not agree with ‘are’'],
  ])('%s', (_name, text, actual, alternatives, reason) => {
    const result = fitted(text, actual, alternatives);
    expect(result).toMatchObject({ expected: [], fixKind: 'none', safe: false });
    expect(result.message).toBe(`${quote(actual)} has a plainer alternative. Try ${alternatives.map(quote).join(' or ')}. It cannot simply be swapped in here: ${reason}.`);
  });

  it('two brackets in a row (an old name with its short form, before brackets)', () => {
    expect(refusal('The NIGB (National Information Governance Board) met.', 'NIGB', ['CAG (Confidentiality Advisory Group)'], { check: 'outdated' })).toBe(
      'the brackets after ‘NIGB’ would follow those in ‘CAG (Confidentiality Advisory Group)’',
    );
  });

  it('a table cell takes a label, not a sentence', () => {
    const text = '| Access control | yes |';
    const result = fitCandidates([offer(text, 'Access control', ['limits on who can see or change the record'])], { ...paragraph(text), blocks: [{ kind: 'table', start: 0, end: text.length }] }, bundledDictionaries())[0]!;
    expect(result.message).toContain('It cannot simply be swapped in here: ‘limits on who can see or change the record’ is too long for a table cell.');
  });

  it('only the subject-keeping alternative stays: "it is essential" → "we must", not "need to"', () => {
    const result = fitted('However, it is essential that staff sign.', 'it is essential', ['need to', 'we must']);
    expect(result.expected).toEqual(['we must']);
    expect(result.message).toContain('Not every suggestion fits here: ‘need to’ leaves the sentence without its subject.');
  });
});

describe('a describing word given a verb\'s form', () => {
  it('"centralises" → "centrals" is no word: refused', () => {
    expect(refusal('The team centralises records.', 'centralises', ['central'], { ruleId: 'centralise' })).toBe('it cannot take the form of ‘centralises’');
  });

  it('a describing word that is a verb too takes the "-s": "safeguards" → "secures"', () => {
    expect(edits('The team safeguards the data.', 'safeguards', ['secure'], { ruleId: 'safeguard' })).toEqual(['secures']);
  });
});

describe('a describing word needs no tense', () => {
  it.each([
    ['The centralised records are kept.', 'centralised'],
    ['They centralised the records.', 'centralised'],
  ])('%s', (text, actual) => {
    expect(edits(text, actual, ['central'], { ruleId: 'centralise' })).toEqual(['central']);
  });
});

describe('the article: where it is, and its capital', () => {
  it('an "a" that ends a longer word is no article, even with a long gap after it', () => {
    // The fit step reads the last 24 characters for an article: here they are "a" and 23 spaces.
    const text = `Use the formula${' '.repeat(23)}option today.`;
    expect(fitted(text, 'option', ['alternative'])).toMatchObject({ actual: 'option', start: 38, expected: ['alternative'] });
  });

  it('a capital article keeps its capital, and an acronym keeps its own: "A option" → "An NHS choice"', () => {
    expect(fitted('A option is open.', 'option', ['NHS choice'])).toMatchObject({ actual: 'A option', start: 0, expected: ['An NHS choice'] });
  });
});

describe('names, old names and short forms', () => {
  it('an old name is offered its new name even with capitals mid-sentence (not safe)', () => {
    expect(fitted('Write to the Primary Care Trust today.', 'Primary Care Trust', ['integrated care board'], { check: 'outdated' })).toMatchObject({ expected: ['integrated care board'], fixKind: 'replace' });
  });

  it('a capitalised word mid-sentence is part of a name', () => {
    expect(refusal('The Trust will Utilise the portal.', 'Utilise', ['Use'])).toBe('‘Utilise’ looks like part of a name');
  });

  it('words before a short form in brackets stand for it', () => {
    expect(refusal('Primary care trusts (PCTs) held the contracts.', 'Primary care trusts', ['Integrated care boards'])).toBe('the short form in brackets after ‘Primary care trusts’ stands for it');
  });

  it('an explanation of a short form that describes the next noun is offered, not safe', () => {
    expect(fitted('Ask the CSU team today.', 'CSU', ['commissioning support unit (CSU)'], { check: 'acronym', fixKind: 'explain' })).toMatchObject({
      expected: ['commissioning support unit (CSU)'],
      safe: false,
      unsafeReason: REASONS.modifier,
    });
  });

  it('an expansion is not offered inside the brackets after what it stands for', () => {
    expect(fitted('The electronic patient record (EPR) is new.', 'EPR', ['electronic patient record (EPR)'], { check: 'acronym', fixKind: 'expand' })).toMatchObject({ expected: [], fixKind: 'none' });
  });
});

describe('a modal in place of a verb phrase', () => {
  it('"are able to share" → "can share"', () => {
    expect(edits('You are able to share records.', 'are able to', ['can'])).toEqual(['can']);
  });

  it.each([
    ['after "to"', 'Staff need to be able to share records.'],
    ['after a modal', 'Staff will be able to share records.'],
  ])('not %s: "need to can share", "will can share"', (_name, text) => {
    expect(refusal(text, 'be able to', ['can'])).toBe('‘can’ needs a verb after it');
  });
});

describe('without the dictionaries, the flagged words\' own form is used', () => {
  const own = (text: string, actual: string, alternatives: string[]): string[] => fitCandidates([offer(text, actual, alternatives, { check: 'jargon' })], paragraph(text))[0]!.expected;

  it.each([
    ['a plain form stays as the alternative is written', 'Store the data safely.', 'data', ['records'], ['records']],
    ['past tense', 'The team utilised the portal.', 'utilised', ['use'], ['used']],
    ['"-ing"', 'The team is utilising the portal.', 'utilising', ['use'], ['using']],
    ['a plural noun', 'Read the criteria first.', 'criteria', ['rule'], ['rules']],
    ['a plural of the last word of several', 'Check the audit trails first.', 'audit trails', ['access log'], ['access logs']],
    ['a plural of the first word of several', 'Read the terms of reference first.', 'terms of reference', ['remit'], ['remits']],
  ])('%s', (_name, text, actual, alternatives, wanted) => {
    expect(own(text, actual, alternatives)).toEqual(wanted);
  });
});

describe('a line break: a new line of text, or a sentence wrapped', () => {
  it('a line that starts with a capital after a line with no full stop starts afresh ("Key points" above it)', () => {
    expect(edits('Key points\nTherefore we keep it.', 'Therefore', ['So'], { ruleId: 'therefore' })).toEqual(['So']);
  });

  it('a wrapped sentence goes on: "It is\\ntherefore necessary" ≠ "It is\\nso necessary"', () => {
    expect(refusal('It is\ntherefore necessary to keep it.', 'therefore', ['so'])).toBe('‘so’ only fits at the start of a sentence or clause');
  });

  it('a line that ends in "the" goes on, whatever the capital after it: a name mid-sentence', () => {
    expect(refusal('It is set out in the\nPlatform Guide.', 'Platform', ['System'], { check: 'jargon' })).toBe('‘Platform’ looks like part of a name');
  });
});

describe('an alternative with a determiner of its own', () => {
  it.each([
    ['We keep the IT estate up to date.', 'the'],
    ['We keep the\nIT estate up to date.', 'the'],
    ['Our IT estate is old.', 'Our'],
  ])('cannot follow another: %s', (text, previous) => {
    expect(refusal(text, 'IT estate', ['all our computers and systems'], { check: 'jargon', ruleId: 'it-estate' })).toBe(`‘all our computers and systems’ cannot follow ‘${previous}’`);
  });

  it('reads where there is none', () => {
    expect(edits('We update IT estate often.', 'IT estate', ['all our computers and systems'], { check: 'jargon', ruleId: 'it-estate' })).toEqual(['all our computers and systems']);
  });
});

describe('the cache: the same words in the same surroundings, somewhere else', () => {
  it('a fitted candidate found again further on keeps its own place (the article it took in too)', () => {
    const around = `${'Filler words that keep the text long enough. '.repeat(4)}There is an option to opt out.`;
    const first = `${around}`;
    const second = `A first line that moves it along. ${around}`;
    const [one] = fitCandidates([offer(first, 'option', ['choice'])], paragraph(first), bundledDictionaries());
    const [two] = fitCandidates([offer(second, 'option', ['choice'])], paragraph(second), bundledDictionaries());
    expect(one).toMatchObject({ actual: 'an option', start: first.indexOf('an option'), end: first.indexOf('an option') + 9, expected: ['a choice'] });
    expect(two).toMatchObject({ actual: 'an option', start: second.indexOf('an option'), end: second.indexOf('an option') + 9, expected: ['a choice'] });
  });
});

describe('the message names each alternative as fitted', () => {
  it('"utilised": "Try ‘used’", and the advice line only when some alternative cannot be used', () => {
    expect(fitted('The team utilised the portal.', 'utilised', ['use', 'rely on'], { ruleId: 'utilise' }).message).toBe('‘utilised’ has a plainer alternative. Try ‘used’ or ‘relied on’.');
  });
});

describe('capitals and places that start a sentence', () => {
  it('after a colon, a sentence starts: "Note: Therefore" → "Note: So"', () => {
    expect(edits('Note: Therefore we keep it.', 'Therefore', ['So'], { ruleId: 'therefore' })).toEqual(['So']);
  });

  it('"An SLA" → "A service level agreement": the article takes the capital, the words lose theirs', () => {
    expect(fitted('An SLA is signed.', 'SLA', ['Service level agreement'], { check: 'jargon' })).toMatchObject({ start: 0, actual: 'An SLA', expected: ['A service level agreement'] });
  });

  it('the acronym check\'s own expansions keep their capitals', () => {
    expect(edits('We update the IT estate.', 'IT estate', ['Computer systems'], { check: 'acronym' })).toEqual(['Computer systems']);
  });

  it('an explanation before a comma describes nothing after it: safe', () => {
    expect(fitted('Ask the CSU, today.', 'CSU', ['commissioning support unit (CSU)'], { check: 'acronym', fixKind: 'explain' })).toMatchObject({ expected: ['commissioning support unit (CSU)'], safe: true });
  });
});

describe('the words after a finding stop at the end of its sentence or clause', () => {
  it.each([
    ['Staff must comply.', ['follow']],
    ['Staff must comply: with no exceptions.', ['follow']],
    ['Staff must comply with no exceptions.', []],
  ])('%s', (text, wanted) => {
    expect(edits(text, 'comply', ['follow'])).toEqual(wanted);
  });
});

describe('the verdict replaces any reason the candidate came with', () => {
  it('a candidate with an old reason, now safe, loses it', () => {
    const result = fitted('We utilise the portal.', 'utilise', ['use'], { unsafeReason: 'an earlier verdict' });
    expect(result.safe).toBe(true);
    expect('unsafeReason' in result).toBe(false);
  });

  it('and, not safe, gets the new one', () => {
    const result = fitted('We utilise the portal.', 'utilise', ['use', 'employ'], { unsafeReason: 'an earlier verdict' });
    expect(result).toMatchObject({ safe: false, unsafeReason: REASONS.choice });
  });
});

describe('an adverb before "after"', () => {
  it('one word for it reads: "immediately after" → "promptly after"', () => {
    expect(edits('Report it immediately after the incident.', 'immediately', ['promptly'])).toEqual(['promptly']);
  });
});
