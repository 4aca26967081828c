// Fitting one candidate to its sentence (core/fit.ts, `fitOne` and its message), rule by rule:
// each test gives a candidate as a check would make it and asserts what a user sees — the exact
// alternatives offered, the span the fix covers, whether it is safe and why not, or the exact
// reason an alternative is kept as advice only. Each rule is tested on both sides of its
// condition (it applies; a neighbouring sentence where it must not), so that changing any part
// of a condition changes a result here. test/core/fit.test.ts has the first such tests; this file
// adds the ones found by reading the seventh session's mutation survivors.
import { beforeEach, describe, expect, it } from 'vitest';
import { quote, type Candidate } from '../../server/src/core/check-api.ts';
import { clearFitCache } from '../../server/src/core/fit.ts';
import { REASONS } from '../../server/src/core/safety.ts';
import { edits, fitted, refusal } from './fit-helpers.ts';

// Fitted candidates are cached by their text: start each test cold, so the rules themselves run.
beforeEach(() => clearFitCache());

describe('capitals: part of a name, or not', () => {
  it('a capital inside a word ("NHSmail") is no name: the swap is offered, and safe', () => {
    expect(fitted('Send it by NHSmail today.', 'NHSmail', ['secure email'])).toMatchObject({ expected: ['secure email'], safe: true });
  });
});

describe('a short form in brackets after the flagged words', () => {
  it('stands for several words even with no space before the bracket', () => {
    expect(refusal('Primary care trusts(PCTs) held the contracts.', 'Primary care trusts', ['Integrated care boards'])).toBe('the short form in brackets after ‘Primary care trusts’ stands for it');
  });

  it('after one word it names which one ("the processor (IBM)"): the swap is offered', () => {
    expect(fitted('The processor (IBM) holds the data.', 'processor', ['supplier'])).toMatchObject({ expected: ['supplier'], safe: true });
  });
});

describe('a phrase that is part of a longer one', () => {
  it('"On behalf of" is one phrase: "On behalf" → "For" is refused', () => {
    expect(refusal('On behalf of the trust, we write.', 'On behalf', ['For'])).toBe('‘On behalf of’ is one phrase, which ‘For’ cannot replace');
  });
});

describe('superlatives after "a"', () => {
  it('a word in "-est" that is a superlative ("nearest") cannot follow "a"', () => {
    expect(refusal('Find a suitable date.', 'suitable', ['nearest'])).toBe('‘a nearest’ does not read as meant');
  });
});

describe('the subject of the sentence', () => {
  it('one subject word for another keeps the sentence whole: "they must sign" → "staff must sign"', () => {
    expect(fitted('We said they must sign.', 'they', ['staff'])).toMatchObject({ expected: ['staff'], safe: true });
  });
});

describe('an alternative that ends in "to"', () => {
  it('in place of words that end in "to" too, it takes what they took: "owing to the delay" → "due to the delay"', () => {
    expect(fitted('The meeting was late owing to the delay.', 'owing to', ['due to'])).toMatchObject({ expected: ['due to'], safe: true });
  });
});

describe('the same word twice', () => {
  it('the alternative ends in the word after it: "access records records" is refused', () => {
    expect(refusal('The audit log records each view.', 'audit log', ['access records'])).toBe('‘access records’ would repeat the word next to it');
  });

  it('the word was already there twice: no new repeat, the swap is offered', () => {
    expect(fitted('Please ensure that that form is signed.', 'ensure that', ['make sure that'])).toMatchObject({ expected: ['make sure that'], safe: true });
  });
});

describe('a plural after "is" or "was"', () => {
  it('"There was an access control" cannot become "There was limits …"', () => {
    expect(refusal('There was an access control on the file.', 'access control', ['limits on who can see it'])).toBe('‘limits on who can see it’ is plural, and ‘was’ is singular');
  });
});

describe('a describing word\'s place needs a describing word', () => {
  it.each([
    ['a preposition', 'Read the subsequent rules.', 'subsequent', 'after'],
    ['a joining word', 'Read the preceding rules.', 'preceding', 'before'],
    ['an adverb', 'Read the frequent updates.', 'frequent', 'often'],
  ])('not %s', (_name, text, actual, alternative) => {
    expect(refusal(text, actual, [alternative])).toBe(`${quote(alternative)} does not do the work of ${quote(actual)} here`);
  });
});

describe('a table cell', () => {
  it('takes a short label: offered (not safe, for the table\'s sake)', () => {
    expect(fitted('| Data controller |', 'Data controller', ['data lead'])).toMatchObject({ expected: ['data lead'], safe: false });
  });
});

describe('legal wording and "someone to do something"', () => {
  it('a legal word further back than the two words before "to" does not make the verb legal', () => {
    expect(fitted('Staff have the right tools and need to utilise them.', 'utilise', ['use'])).toMatchObject({ expected: ['use'], safe: true });
  });

  it('a legal word right before the verb, with no "to" before it: a doubt, not a refusal', () => {
    expect(fitted('The duty holder requires staff to keep records.', 'requires', ['need'])).toMatchObject({
      expected: ['need'],
      safe: false,
      unsafeReason: 'Check ‘need’ keeps the sense of ‘requires … to’.',
    });
  });

  it('"to" after a clause of its own ("which staff need to sign") is not the object\'s: safe', () => {
    expect(fitted('Managers decide which staff need to sign.', 'decide', ['choose'])).toMatchObject({ expected: ['choose'], safe: true });
  });
});

describe('a phrase that says how often', () => {
  it('moved as several words, it keeps its place: safe', () => {
    expect(fitted('It can only be evidenced in many cases by a review.', 'in many cases', ['more often than not'])).toMatchObject({ expected: ['more often than not'], safe: true });
  });
});

describe('a verb and the preposition after it', () => {
  it('"to" and a verb after is not a preposition the verb chose: "decide to share" → "choose to share"', () => {
    expect(fitted('Staff decide to share the data.', 'decide', ['choose'])).toMatchObject({ expected: ['choose'], safe: true });
  });
});

describe('describing the noun after', () => {
  it('a word that starts a description of its own is read whatever its capitals ("Sign On page")', () => {
    expect(refusal('Use the SSO page.', 'SSO', ['Sign On'], { check: 'acronym' })).toBe('‘Sign On’ cannot describe ‘page’ the way ‘SSO’ does');
  });

  it('a verb after the words is no noun they describe: "The access control audits each login" → safe', () => {
    expect(fitted('The access control audits each login.', 'access control', ['entry check'])).toMatchObject({ expected: ['entry check'], safe: true });
  });
});

describe('an explanation and the article before it', () => {
  it('an explanation keeps the words, so it leaves the article as written', () => {
    const result = fitted('Open a API key.', 'API', ['API (a link between programs)'], { check: 'jargon', fixKind: 'explain' });
    expect(result).toMatchObject({ start: 7, actual: 'API', expected: ['API (a link between programs)'], safe: false, unsafeReason: REASONS.modifier });
  });

  it('two spaces before the noun it describes still describe it (not safe)', () => {
    expect(fitted('Ask the CSU  team today.', 'CSU', ['commissioning support unit (CSU)'], { check: 'acronym', fixKind: 'explain' })).toMatchObject({ safe: false, unsafeReason: REASONS.modifier });
  });
});

describe('removing the words, beside an alternative that needs another article', () => {
  it('the removal keeps the article: "an option" → "an" or "a choice"', () => {
    expect(fitted('There is an option to opt out.', 'option', ['', 'choice'])).toMatchObject({ start: 9, actual: 'an option', expected: ['an', 'a choice'] });
  });
});

describe('a capital article before a name', () => {
  it('"An SIRO" → "A Senior Information Risk Owner (SIRO)": the name keeps its capitals', () => {
    expect(fitted('An SIRO must sign the form.', 'SIRO', ['Senior Information Risk Owner (SIRO)'], { check: 'acronym', fixKind: 'expand' })).toMatchObject({
      start: 0,
      actual: 'An SIRO',
      expected: ['A Senior Information Risk Owner (SIRO)'],
    });
  });

  it('an ordinary word loses the capital the article takes: "An SLA" → "A service level agreement"', () => {
    expect(fitted('An SLA is signed.', 'SLA', ['Service level agreement'], { check: 'acronym' })).toMatchObject({ start: 0, actual: 'An SLA', expected: ['A service level agreement'] });
  });

  it('after a small "a", the name is left as written: "a PCT" → "an Integrated Care Board"', () => {
    expect(fitted('We wrote to a PCT today.', 'PCT', ['Integrated Care Board'], { check: 'outdated' })).toMatchObject({ start: 12, actual: 'a PCT', expected: ['an Integrated Care Board'] });
  });
});

describe('the article before the flagged words', () => {
  it('is found across more than one space: "an  option" → "a choice", the fix covering both', () => {
    expect(fitted('There is an  option to opt out.', 'option', ['choice'])).toMatchObject({ start: 9, actual: 'an  option', expected: ['a choice'] });
  });
});

describe('a verb and a preposition it does not choose for itself', () => {
  it('"talk about" → "speak about": offered, with a doubt about "about"', () => {
    expect(fitted('We talk about the plan.', 'talk', ['speak'])).toMatchObject({ expected: ['speak'], safe: false, unsafeReason: 'Check that ‘about’ still reads well after ‘speak’.' });
  });
});

describe('an abbreviation\'s full stop ends what it describes', () => {
  it('"i.e. patients" → "namely patients": "namely" does not describe "patients" (safe)', () => {
    expect(fitted('Some groups, i.e. patients and carers, may ask.', 'i.e.', ['namely'], { check: 'jargon' })).toMatchObject({ expected: ['namely'], safe: true });
  });
});

describe('the reason given when several alternatives are refused', () => {
  it('is the first one\'s: "must" needs a verb, before "follow with"', () => {
    expect(refusal('Teams must comply with agreed rules.', 'comply', ['must', 'follow'])).toBe('‘must’ needs a verb after it');
    expect(refusal('Teams must comply with agreed rules.', 'comply', ['follow', 'must'])).toBe('‘follow with’ is not how the sentence goes on');
  });
});

describe('a table row further down, indented', () => {
  it('is still a table cell: a long alternative is refused there', () => {
    expect(refusal('Roles:\n  | Data controller |', 'Data controller', ['lead, in charge'])).toBe('‘lead, in charge’ is too long for a table cell');
  });
});

describe('what the words after the flagged ones are', () => {
  it.each([
    ['a comma between: "access control, rules"', 'We set the access control, rules and logs.', 'access control', 'entry limits'],
    ['a short form, which its own fix may spell out', 'We set the access control ACL today.', 'access control', 'entry limits'],
    ['a noun after one verb: its object, not described by it', 'Staff utilise records daily.', 'utilise', 'use'],
    ['an explanation\'s rule is not an expansion\'s', 'Ask the CSU team today.', 'CSU', 'commissioning support unit (CSU)'],
  ])('%s: safe', (_name, text, actual, alternative) => {
    const options: Partial<Candidate> = actual === 'CSU' ? { check: 'acronym', fixKind: 'expand' } : {};
    expect(fitted(text, actual, [alternative], options)).toMatchObject({ expected: [alternative], safe: true });
  });
});

describe('capitals at the start of a sentence and in names', () => {
  it('an acronym at the start of a sentence leaves the alternative its capital', () => {
    expect(edits('IT estate needs care.', 'IT estate', ['Computer systems'], { check: 'jargon' })).toEqual(['Computer systems']);
  });

  it('an alternative that is a name keeps its capitals after an acronym mid-sentence', () => {
    expect(edits('We follow the DPA closely.', 'DPA', ['Data Protection Act'], { check: 'jargon' })).toEqual(['Data Protection Act']);
  });

  it('a capitalised word at the start of a sentence is no name', () => {
    expect(fitted('Utilise the portal.', 'Utilise', ['Use'])).toMatchObject({ expected: ['Use'], safe: true });
  });

  it('a dictionary phrase written with capitals ("SaaS") is no name: offered', () => {
    expect(edits('We buy SaaS tools.', 'SaaS', ['rented software'], { check: 'jargon', ruleId: 'saas-acronym' })).toEqual(['rented software']);
  });

  it('a name after a capital article keeps its capitals without brackets too: "An SRO" → "A Senior Responsible Owner"', () => {
    expect(fitted('An SRO was named.', 'SRO', ['Senior Responsible Owner'], { check: 'acronym' })).toMatchObject({ start: 0, actual: 'An SRO', expected: ['A Senior Responsible Owner'] });
  });

  it('a capital article dropped before a plural gives its capital to the alternative: "An audit log" → "Records of access"', () => {
    expect(fitted('An audit log can help.', 'audit log', ['records of access'])).toMatchObject({ start: 0, actual: 'An audit log', expected: ['Records of access'] });
  });
});

describe('a modal in the place of a verb in the past', () => {
  it('"were able to" → "can" is refused (the tense would be lost)', () => {
    expect(refusal('You were able to share records.', 'were able to', ['can'], { ruleId: 'be-able-to' })).toBe('‘can’ needs a verb after it');
  });
});

describe('an old name\'s new name may have a comma of its own', () => {
  it('offered (not safe, as old names are)', () => {
    expect(fitted('We wrote to the CCG, then waited.', 'CCG', ['integrated care board, or ICB'], { check: 'outdated' })).toMatchObject({ expected: ['integrated care board, or ICB'], safe: false });
  });
});

describe('joining words after a comma', () => {
  it('"We checked, therefore we know" → "so": a clause starts after the comma', () => {
    expect(fitted('We checked, therefore we know.', 'therefore', ['so'])).toMatchObject({ expected: ['so'], safe: true });
  });
});

describe('alternatives that need a clause, where one is already there', () => {
  it.each([
    ['"that" after the words starts the clause', 'Please ensure that records are kept.', 'ensure'],
    ['"that" starts it, whatever comes between ("that, where possible, staff sign")', 'Please ensure that, where possible, staff sign.', 'ensure'],
    ['the flagged words needed one too ("make certain")', 'Please make certain the quality of records.', 'make certain'],
  ])('%s', (_name, text, actual) => {
    expect(fitted(text, actual, ['make sure'])).toMatchObject({ expected: ['make sure'], safe: true });
  });
});

describe('a verb in "-ing" before "someone to do something"', () => {
  it('is no control verb: "requiring staff to keep" → "needing", safe', () => {
    expect(fitted('We are requiring staff to keep records.', 'requiring', ['need'], { ruleId: 'require' })).toMatchObject({ expected: ['needing'], safe: true });
  });
});

describe('an alternative ending in "to" before a bare verb', () => {
  it('"will duly sign" → "will be sure to sign": offered, safe', () => {
    expect(fitted('Staff will duly sign the form.', 'duly', ['be sure to'])).toMatchObject({ expected: ['be sure to'], safe: true });
  });
});

describe('"a" further back, past a comma between describing words', () => {
  it('"a secure, electronic infrastructure" cannot become "a secure, electronic computers and networks"', () => {
    expect(refusal('The trust has a secure, electronic infrastructure.', 'infrastructure', ['computers and networks'])).toBe('‘computers and networks’ is plural, and ‘a’ comes before it');
  });

  it('a noun before the comma still ends the search: "As a rule, electronic infrastructure" → "computers and networks"', () => {
    expect(edits('As a rule, electronic infrastructure gets checked.', 'infrastructure', ['computers and networks'])).toEqual(['computers and networks']);
  });
});

describe('a past tense given where a participle is needed', () => {
  it('"can be evidenced" → "can be shown", not "showed"', () => {
    expect(edits('It can be evidenced by a log.', 'evidenced', ['showed'])).toEqual(['shown']);
  });
});

describe('a comma inside an alternative at the end of a clause', () => {
  it('runs into nothing: offered, but not safe (a long suggestion)', () => {
    expect(fitted('We name the data controller.', 'data controller', ['lead, in charge'])).toMatchObject({ expected: ['lead, in charge'], safe: false });
  });
});

describe('a clause after a word that starts a noun phrase', () => {
  it.each([
    ['a possessive', 'Describe our functionality here.', 'our'],
    ['a describing word', 'Describe the new functionality here.', 'new'],
  ])('%s', (_name, text, previous) => {
    expect(refusal(text, 'functionality', ['what the system can do'])).toBe(`‘what the system can do’ cannot follow ‘${previous}’`);
  });
});

describe('the same word as the one before', () => {
  it('"record audit trails" → "record records of access" is refused', () => {
    expect(refusal('We record audit trails daily.', 'audit trails', ['records of access'])).toBe('‘records of access’ would repeat the word next to it');
  });
});

describe('"someone to" a place, a person or a group is no "someone to do something"', () => {
  it.each([
    ['a describing word', 'We transfer staff to other wards.'],
    ['a plural', 'We transfer staff to wards.'],
    ['a pronoun', 'We transfer staff to them.'],
  ])('%s after "to": safe', (_name, text) => {
    expect(fitted(text, 'transfer', ['move'])).toMatchObject({ expected: ['move'], safe: true });
  });

  it('a verb after "to" is: offered with the doubt', () => {
    expect(fitted('We transfer staff to help.', 'transfer', ['move'])).toMatchObject({ expected: ['move'], safe: false, unsafeReason: 'Check ‘move’ keeps the sense of ‘transfer … to’.' });
  });
});

describe('an explanation inside the brackets after what it stands for', () => {
  it('is not offered, with the reason', () => {
    expect(refusal('The electronic patient record (EPR) is new.', 'EPR', ['EPR (the record)'], { check: 'jargon', fixKind: 'explain' })).toBe('it is already in brackets after what it stands for');
  });
});

describe('a name of several words with an acronym first', () => {
  it('"the NHS Spine" is a name: one capitalised word is enough', () => {
    expect(refusal('We use the NHS Spine daily.', 'NHS Spine', ['national record system'], { check: 'jargon' })).toBe('‘NHS Spine’ looks like part of a name');
  });
});

describe('how long an alternative a table cell takes', () => {
  it('four words: offered (not safe, for the table\'s sake)', () => {
    expect(fitted('| Access control | yes |', 'Access control', ['limits on who sees'])).toMatchObject({ expected: ['limits on who sees'], safe: false });
  });

  it('five words: refused', () => {
    expect(refusal('| Access control | yes |', 'Access control', ['limits on who sees it'])).toBe('‘limits on who sees it’ is too long for a table cell');
  });
});

describe('an adverb\'s place', () => {
  it('takes a joining word at the start of a sentence: "Consequently, we stopped" → "So"', () => {
    expect(fitted('Consequently, we stopped.', 'Consequently', ['So'])).toMatchObject({ expected: ['So'], safe: true });
  });

  it('takes a phrase of several words ("at a later date"): the one-word rule does not apply', () => {
    expect(fitted('Changes were subsequently made.', 'subsequently', ['at a later date'])).toMatchObject({ expected: ['at a later date'], safe: true });
  });
});

describe('the words after a finding stop at a new line', () => {
  it('a capitalised line after is not the clause "make sure" would need: offered', () => {
    expect(edits('Things to ensure\nThe quality of records', 'ensure', ['make sure'])).toEqual(['make sure']);
  });
});

describe('an alternative ending in "to" in place of a verb', () => {
  it('takes the verb\'s object: "revisit the plan" → "come back to the plan"', () => {
    expect(fitted('We revisit the plan each year.', 'revisit', ['come back to'])).toMatchObject({ expected: ['come back to'], safe: true });
  });
});

describe('an article that is already right is left out of the fix', () => {
  it.each([
    ['"A choice" → "A decision"', 'A choice is open.', 'choice', 'decision', 2],
    ['"An option" → "An alternative"', 'An option is open.', 'option', 'alternative', 3],
  ])('%s, whatever its capital', (_name, text, actual, alternative, start) => {
    expect(fitted(text, actual, [alternative])).toMatchObject({ start, actual, expected: [alternative] });
  });

  it('removing the words alone leaves the article where it is', () => {
    expect(fitted('There is an option to opt out.', 'option', [''])).toMatchObject({ start: 12, actual: 'option', expected: [''] });
  });

  it('and beside an alternative that takes the same article, a capital one too: "An option" → "" or "alternative"', () => {
    expect(fitted('An option is open.', 'option', ['', 'alternative'])).toMatchObject({ start: 3, actual: 'option', expected: ['', 'alternative'] });
  });
});

describe('a phrase that says how often, before something that is not a preposition', () => {
  it('"in many cases today" → "often today": safe', () => {
    expect(fitted('It can only be evidenced in many cases today.', 'in many cases', ['often'])).toMatchObject({ expected: ['often'], safe: true });
  });
});

describe('"provide someone with" in another form', () => {
  it('"provides practices with" is the same frame', () => {
    expect(refusal('The trust provides practices with the power to act.', 'provides', ['give'], { ruleId: 'provide' })).toBe('‘give’ does not take ‘with’ the way ‘provides’ does');
  });
});

describe('a word in "-est" that is no superlative', () => {
  it('"a fair review" → "an honest review": offered, the article fitted', () => {
    expect(fitted('We had a fair review.', 'fair', ['honest'])).toMatchObject({ start: 7, actual: 'a fair', expected: ['an honest'] });
  });
});

describe('"a" a few words back, past "an" right before the words', () => {
  it('"a manual or an audit log" cannot become "a manual or records of access"', () => {
    expect(refusal('The trust keeps a manual or an audit log.', 'audit log', ['records of access'])).toBe('‘records of access’ is plural, and ‘a’ comes before it');
  });

  it('and past "a": "a manual or a log" cannot become "a manual or records of access"', () => {
    expect(refusal('The trust keeps a manual or a log.', 'log', ['records of access'])).toBe('‘records of access’ is plural, and ‘a’ comes before it');
  });
});

describe('a plural alternative after another alternative was refused', () => {
  it('is still offered: "the what happened" is refused, "the records of access" is not', () => {
    const result = fitted('We keep the audit log.', 'audit log', ['what happened', 'records of access']);
    expect(result.expected).toEqual(['records of access']);
    expect(result.message).toContain('Not every suggestion fits here: ‘what happened’ cannot follow ‘the’.');
  });
});

describe('"a" at the end of a longer word is no article', () => {
  it.each([
    ['a word', 'Use the formula option today.', 16],
    ['a number', 'Use form 2a option today.', 12],
  ])('after %s: the fix covers only the flagged word', (_name, text, start) => {
    expect(fitted(text, 'option', ['alternative'])).toMatchObject({ start, actual: 'option', expected: ['alternative'] });
  });
});
