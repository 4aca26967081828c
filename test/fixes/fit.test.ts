// The fit step on its own: a candidate as a check would give it (the alternative in its plain
// form) is put in the form of the words it replaces, its article is corrected, and an alternative
// that cannot fit becomes advice. These are the shapes the matching of inflected forms
// ("utilised", "facilitates", "audit trails") relies on.
import { describe, expect, it } from 'vitest';
import { indefiniteArticle } from '../../server/src/core/articles.ts';
import { quote, type Candidate, type DocumentInput } from '../../server/src/core/check-api.ts';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import { fitCandidates } from '../../server/src/core/fit.ts';
import { REASONS } from '../../server/src/core/safety.ts';
import { offer as candidate } from '../core/fit-helpers.ts';

function documentOf(text: string, kind: 'paragraph' | 'heading' = 'paragraph'): DocumentInput {
  return { text, sections: [{ start: 0, end: text.length, heading: '', depth: 0 }], blocks: [{ kind, start: 0, end: text.length }] };
}

function fit(text: string, c: Candidate, kind: 'paragraph' | 'heading' = 'paragraph'): Candidate {
  return fitCandidates([c], documentOf(text, kind), bundledDictionaries())[0]!;
}

describe('the alternative takes the form of the words it replaces', () => {
  it.each([
    ['past tense', 'The team utilised the old system.', 'utilised', 'utilise', 'use', 'used'],
    ['third person', 'The portal facilitates sharing.', 'facilitates', 'facilitate', 'help', 'helps'],
    ['-ing', 'We are utilising the portal.', 'utilising', 'utilise', 'use', 'using'],
    ['participle of an irregular verb', 'It has been evidenced by the audit.', 'evidenced', 'evidence', 'show', 'shown'],
    ['past of an irregular verb', 'The audit evidenced the gap.', 'evidenced', 'evidence', 'show', 'showed'],
    ['plural of a noun phrase with a clause after its head', 'The audit trails are kept.', 'audit trails', 'audit trail', 'record of who looked at it', 'records of who looked at it'],
  ])('%s', (_name, text, actual, ruleId, alternative, wanted) => {
    const fitted = fit(text, candidate(text, actual, [alternative], { ruleId }));
    expect(fitted.expected).toEqual([wanted]);
    expect(fitted.message).toContain(`Try ${quote(wanted)}.`);
  });
});

describe('the article before the alternative', () => {
  it('"an option" becomes "a choice", and the fix covers the article', () => {
    const text = 'There is an option to opt out.';
    const fitted = fit(text, candidate(text, 'option', ['choice']));
    expect(fitted).toMatchObject({ actual: 'an option', start: 9, end: 18, expected: ['a choice'], safe: true });
  });

  it('keeps a capital: "An option" becomes "A choice"', () => {
    const text = 'An option is open to everyone.';
    expect(fit(text, candidate(text, 'option', ['choice'])).expected).toEqual(['A choice']);
  });

  it('"a" becomes "an" before a vowel sound, for a spelled-out acronym too', () => {
    const text = 'We signed a SLA last year.';
    const fitted = fit(text, candidate(text, 'SLA', ['service level agreement (SLA)', 'enhanced level agreement (SLA)'], { check: 'acronym', fixKind: 'expand', ruleId: 'sla' }));
    expect(fitted.actual).toBe('a SLA');
    expect(fitted.expected).toEqual(['a service level agreement (SLA)', 'an enhanced level agreement (SLA)']);
  });

  it('is dropped before a plural alternative', () => {
    const text = 'Each user has an access right to the file.';
    const fitted = fit(text, candidate(text, 'access right', ['permissions']));
    expect(fitted.actual).toBe('an access right');
    expect(fitted.expected).toEqual(['permissions']);
  });

  it('is left alone when it already agrees', () => {
    const text = 'There is a decision to make.';
    const fitted = fit(text, candidate(text, 'decision', ['choice']));
    expect(fitted).toMatchObject({ actual: 'decision', expected: ['choice'] });
  });
});

describe('an alternative that cannot fit is advice, not an edit', () => {
  it('a verb tied to its preposition', () => {
    const text = 'Patients could benefit from the service.';
    const fitted = fit(text, candidate(text, 'benefit', ['help']));
    expect(fitted.fixKind).toBe('none');
    expect(fitted.expected).toEqual([]);
    expect(fitted.safe).toBe(false);
    expect(fitted.message).toBe('‘benefit’ has a plainer alternative. Try ‘help’. It cannot simply be swapped in here: ‘help from’ is not how the sentence goes on.');
  });

  it('only the alternatives that fit stay as edits', () => {
    const text = 'Contractors may require more support.';
    const fitted = fit(text, candidate(text, 'require', ['must', 'need']));
    expect(fitted.expected).toEqual(['need']);
    expect(fitted.fixKind).toBe('replace');
    expect(fitted.message).toContain('Not every suggestion fits here: ‘must’ needs a verb after it.');
  });

  it('an acronym already in brackets after its expansion', () => {
    const text = 'The Freedom of Information Act 2000 (FOI) applies.';
    const fitted = fit(text, candidate(text, 'FOI', ['freedom of information (FOI)'], { check: 'acronym', fixKind: 'expand', ruleId: 'foi' }));
    expect(fitted.expected).toEqual([]);
    expect(fitted.fixKind).toBe('none');
  });

  it('a long alternative cannot describe the noun after it', () => {
    const text = 'We made simple access control adjustments.';
    const fitted = fit(text, candidate(text, 'access control', ['limits on who can see or change information']));
    expect(fitted.fixKind).toBe('none');
  });
});

describe('safety is decided per finding, with a reason', () => {
  it('the same swap is safe in a sentence and not in a heading', () => {
    const text = 'Utilise the portal';
    expect(fit(text, candidate(text, 'Utilise', ['Use'], { ruleId: 'utilise' })).safe).toBe(true);
    const heading = fit(text, candidate(text, 'Utilise', ['Use'], { ruleId: 'utilise' }), 'heading');
    expect(heading).toMatchObject({ safe: false, unsafeReason: REASONS.heading });
  });

  it('an old name is never safe, whatever the sentence', () => {
    const text = 'Write to the Primary Care Trust today.';
    const fitted = fit(text, candidate(text, 'Primary Care Trust', ['integrated care board'], { check: 'outdated', ruleId: 'primary-care-trusts' }));
    expect(fitted).toMatchObject({ safe: false, unsafeReason: REASONS.outdated, expected: ['integrated care board'] });
  });

  it('a long gloss is offered but not safe', () => {
    const text = 'The system keeps an audit trail.';
    const fitted = fit(text, candidate(text, 'audit trail', ['record of who looked at or changed information, and when'], { check: 'jargon', ruleId: 'audit-trail' }));
    expect(fitted).toMatchObject({ actual: 'an audit trail', expected: ['a record of who looked at or changed information, and when'], safe: false, unsafeReason: REASONS.long });
  });

  it('a name: capitals mid-sentence, in the words (no edit) or next to them (not safe)', () => {
    const text = 'Ask the Platform Developers about the platform team.';
    const inName = fit(text, candidate(text, 'Platform', ['System'], { check: 'jargon', ruleId: 'platform' }));
    expect(inName).toMatchObject({ safe: false, fixKind: 'none', expected: [] });
    expect(inName.message).toContain('It cannot simply be swapped in here: ‘Platform’ looks like part of a name.');
    const nextTo = 'Ask the Job Server team.';
    expect(fit(nextTo, candidate(nextTo, 'Server', ['server (a computer that runs systems)'], { check: 'jargon', ruleId: 'server', fixKind: 'explain' }))).toMatchObject({ safe: false, unsafeReason: REASONS.name });
  });

  it('a citation: a source in brackets with its year', () => {
    const text = 'Read the guidance (Department of Health, how to utilise records, 2003) first.';
    expect(fit(text, candidate(text, 'utilise', ['use'], { ruleId: 'utilise' }))).toMatchObject({ safe: false, unsafeReason: REASONS.citation });
  });

  it('a short form in brackets after the name it stands for keeps its name', () => {
    const text = 'Primary Care Trusts (PCTs) held the contracts.';
    expect(fit(text, candidate(text, 'PCTs', ['ICBs'], { check: 'outdated', ruleId: 'pcts' }))).toMatchObject({ fixKind: 'none', expected: [] });
  });

  it('"so" only at the start of a clause', () => {
    const text = 'It is therefore necessary to keep it. Therefore, we keep it.';
    expect(fit(text, candidate(text, 'therefore', ['so'])).fixKind).toBe('none');
    expect(fit(text, candidate(text, 'Therefore', ['So'], { ruleId: 'therefore' })).expected).toEqual(['So']);
  });
});

describe('a or an', () => {
  it.each([
    ['hour', 'an'],
    ['honest mistake', 'an'],
    ['user', 'a'],
    ['unit', 'a'],
    ['unusual case', 'an'],
    ['one-off', 'a'],
    ['European law', 'a'],
    ['NHS trust', 'an'],
    ['SLA', 'an'],
    ['DPIA', 'a'],
    ['NICE guideline', 'a'],
    ['8-week wait', 'an'],
    ['18-month plan', 'an'],
    ['record', 'a'],
    ['audit', 'an'],
    // Each way a vowel letter can sound like a consonant, and the near misses that do not.
    ['ubiquitous tool', 'a'],
    ['unanimous vote', 'a'],
    ['uniform', 'a'],
    ['uninterested reader', 'an'],
    ['unimportant detail', 'an'],
    ['uninformed choice', 'an'],
    ['uninstalled app', 'an'],
    ['unindexed file', 'an'],
    ['uninhabited ward', 'an'],
    ['uninnovative plan', 'an'],
    ['upper limit', 'an'],
    ['usual place', 'a'],
    ['usage policy', 'a'],
    ['utility', 'a'],
    ['urea test', 'a'],
    ['urologist', 'a'],
    ['ewe', 'a'],
    ['once-only code', 'a'],
    ['only child', 'an'],
    ['ouija board', 'a'],
    ['Eucharist', 'a'],
    // Consonant letters that sound like a vowel, and "herbal", which does not.
    ['honour', 'an'],
    ['honor', 'an'],
    ['heir', 'an'],
    ['herb garden', 'an'],
    ['herbal remedy', 'a'],
    // Letter by letter: the sound of the first letter's name.
    ['FOI request', 'an'],
    ['GP', 'a'],
    ['A&E department', 'an'],
    ['OFSTED report', 'an'],
    ['SMART goal', 'a'],
    ['GIF', 'a'],
    // A capital letter on its own is read as its name too.
    ['X-ray', 'an'],
    ['A4 sheet', 'an'],
    ['U-turn', 'a'],
    ['T-shirt', 'a'],
    // Numbers: eight, eleven, eighteen (and thousands of them) start with a vowel sound.
    ['80-page report', 'an'],
    ['11,000-word report', 'an'],
    ['18000 records', 'an'],
    ['110 records', 'a'],
    ['1,800 records', 'a'],
    ['3-day course', 'a'],
    // Only the first word counts, after any opening bracket or quote.
    ['(hourly) rate', 'an'],
    ['‘honest’ broker', 'an'],
    ['  user', 'a'],
    ['apple-shaped', 'an'],
    ['', 'a'],
  ])('%s', (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });
});
