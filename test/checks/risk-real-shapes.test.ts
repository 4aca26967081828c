// The risk check on shapes of real wording it used to miss or wrongly flag (seventh
// session, tuned on a held-out set of real sentences kept outside the repository). Each
// new rule has a sentence it must flag, asserted exactly (rule, form, offset, severity
// and the words quoted as the cue), and a sentence of the same shape that must stay
// unflagged. Every sentence here was written for this file.
import { describe, expect, it } from 'vitest';
import { only } from '../helpers.ts';

/** A heading before the sentence, so the finding's offsets are not simply 0. */
const LEAD = '# Sharing records\n\n';

interface Seen {
  ruleId: string;
  form: string | undefined;
  severity: string;
  start: number;
  end: number;
  cue: string;
}

/** The risk findings on one sentence written after {@link LEAD}, as a staff policy. */
function risk(sentence: string): Seen[] {
  return only('risk', `${LEAD}${sentence}\n`, { settings: { audience: 'staff' } }).map((f) => ({
    ruleId: f.ruleId,
    form: f.form,
    severity: f.severity,
    start: f.start.offset,
    end: f.end.offset,
    cue: /\(‘(.*)’\)$/.exec(f.message)?.[1] ?? '(no cue)',
  }));
}

/** The one finding expected on `sentence`: the whole sentence is the span, a warning, with this rule, form and cue. */
function flagged(sentence: string, ruleId: string, cue: string, form = ruleId): Seen[] {
  return [{ ruleId, form, severity: 'warning', start: LEAD.length, end: LEAD.length + sentence.length, cue }];
}

type Case = [shape: string, hit: string, rule: string, cue: string, miss: string];

const cases: Case[] = [
  [
    'a weak sharing verb, then "unless consent" (the consent is not the verb\'s object)',
    'Records must not be sent unless consent is given.',
    'consent-gate',
    'consent',
    'Staff must not give their consent on a resident\'s behalf.',
  ],
  [
    'consent "to share" made a requirement after its complement',
    'Consent to share a person\'s records with another team must be obtained.',
    'consent-gate',
    'Consent',
    'Consent to share records is implied, and staff must obtain the records from the office.',
  ],
  [
    'a consent required across linking words ("will need to be given")',
    'Where records are passed on to another team, the person\'s consent will need to be given.',
    'consent-gate',
    'consent',
    'Where records are passed on for research, the person\'s consent will need to be given.',
  ],
  [
    'an approval verb after a modal, over every share',
    'The manager must sign off every disclosure.',
    'approval-gate',
    'sign off',
    'The manager must sign off every new data sharing arrangement.',
  ],
  [
    '"none of" as a negated subject',
    'None of your records may be shared with other organisations.',
    'absolute',
    'None of',
    'None of your records will be shared for marketing.',
  ],
  [
    '"mention" as a weak sharing verb, kept inside',
    'You should not mention any details about residents outside the home.',
    'internal-risk',
    'mention any details about residents outside the',
    'You should not mention the weather to visitors outside the home.',
  ],
  [
    'information that must not "leave" the organisation',
    'Under no circumstances should records leave the practice.',
    'absolute',
    'Under no circumstances',
    'Under no circumstances should staff leave the practice alone at night.',
  ],
  [
    '"unable to" governs a sharing verb',
    'We are unable to give out any information to anyone other than you.',
    'absolute',
    'give out any information to anyone',
    'Where the author is unable to do so, others may correct the record.',
  ],
  [
    'a promise not to share',
    'Confidentiality is our promise not to share your records.',
    'absolute',
    'promise not to share',
    'We promise to share your records with the people who look after you.',
  ],
  [
    'a sanction reported from a contract still threatens',
    'The staff contract states that a breach of confidentiality will end in termination.',
    'threat',
    'termination',
    'The Caldicott principles state that records must not be shared without consent.',
  ],
  [
    'a named role before every share, as a rule',
    'You must speak to your line manager before sharing any records.',
    'approval-gate',
    'line manager before sharing',
    'Speak to your manager before sharing records.',
  ],
  [
    '"requires" is its own modal for an approval',
    'Disclosure of any information requires the prior approval of the Registered Manager.',
    'approval-gate',
    'approval',
    'Disclosure of any information does not require the approval of the Registered Manager.',
  ],
  [
    'a ban whose only way out is a legal requirement',
    'Records must not be disclosed except where the law requires it.',
    'absolute',
    'disclosed except where the law',
    'Records must not be disclosed except where the law allows it.',
  ],
];

describe('risk: shapes of real wording', () => {
  it.each(cases)('%s', (_shape, hit, rule, cue, miss) => {
    expect(risk(hit)).toEqual(flagged(hit, rule, cue));
    expect(risk(miss)).toEqual([]);
  });
});

// Each pair: a sentence of the shape that must stay unflagged, and the closest sentence
// that is still flagged, so the lift cannot be a blanket one.
type Lift = [shape: string, quiet: string, still: string, rule: string, cue: string, form?: string];

const lifts: Lift[] = [
  [
    'sharing without consent as an obligation permits it',
    'We are obliged to share confidential information without consent when someone is at risk of serious harm.',
    'Confidential information must not be shared without consent when someone is at risk of serious harm.',
    'no-sharing-without-consent',
    'Confidential information must not be shared without consent',
    'consent-gate',
  ],
  [
    'confidentiality broken without consent, with the reason given',
    'Confidentiality can be broken without consent when someone is at risk.',
    'Confidentiality can be broken without consent in these cases:',
    'consent-gate',
    'consent',
  ],
  [
    'a sanction denied after it ("will not follow")',
    'Dismissal will not follow if records are shared.',
    'Misconduct will not be tolerated when records are shared.',
    'threat',
    'Misconduct',
  ],
  [
    'the law denied as a barrier',
    'The law does not require consent before records are shared.',
    'The law requires consent before records are shared.',
    'law-restricts',
    'The law requires consent',
  ],
  [
    'need to know as a limit on looking at a record (access control)',
    'Only staff with a legitimate need should access a resident\'s record.',
    'Only staff with a legitimate need should be given a resident\'s record.',
    'need-to-know',
    'legitimate need',
  ],
  [
    'a limit on sharing "indiscriminately" is about wrongful sharing',
    'Records should not be passed on indiscriminately but only on a need to know basis.',
    'Records should only be passed on on a need to know basis.',
    'need-to-know-only',
    'only be passed on on a need to know basis',
    'need-to-know',
  ],
  [
    'an absolute denied before it ("few cases where complete confidentiality")',
    'There are few cases where complete confidentiality can be offered.',
    'We offer complete confidentiality to every resident.',
    'absolute',
    'complete confidentiality',
  ],
];

describe('risk: lifts in the same shapes', () => {
  it.each(lifts)('%s', (_shape, quiet, still, rule, cue, form) => {
    expect(risk(quiet)).toEqual([]);
    expect(risk(still)).toEqual(flagged(still, rule, cue, form));
  });

  it('"none of" with a gate is a consent gate, not an absolute ban on the occasion', () => {
    const gated = 'None of your records may be shared without your consent.';
    expect(risk(gated)).toEqual(flagged(gated, 'consent-gate', 'consent'));
  });

  it('a negated subject bans what "may … without your consent" would otherwise permit', () => {
    const banned = 'No records may be shared without your consent.';
    expect(risk(banned)).toEqual(flagged(banned, 'consent-gate', 'consent'));
    expect(risk('Records may be shared without your consent when someone is at risk.')).toEqual([]);
  });

  it('a named role before a share is advice when unsure, and not a gate on requests from outside', () => {
    expect(risk('If you are unsure, you must speak to your manager before sharing.')).toEqual([]);
    expect(risk('Any request for information must be passed to the manager before anything is shared.')).toEqual([]);
    expect(risk('New data sharing arrangements must be agreed with the Caldicott Guardian before any records are shared.')).toEqual([]);
  });

  it('a bare ban on disclosure to unauthorised people is about wrongful sharing', () => {
    expect(risk('Resident records are strictly confidential and must not be disclosed to unauthorised people.')).toEqual([]);
    const bare = 'Resident records are strictly confidential and must not be disclosed.';
    expect(risk(bare)).toEqual(flagged(bare, 'confidential-and-must-not-be-disclosed', 'are strictly confidential and must not be disclosed', 'absolute'));
  });
});

// From the seed-7 mutation draw's survivors (seventh session, coordinator): the edges of the new rules.
describe('risk: edges of the seventh session rules', () => {
  it('linking words do not part a consent from the verb that requires it, however many ("will also still need to be")', () => {
    const hit = "Where records are passed on to another team, the person's consent will also still need to be given.";
    expect(risk(hit)).toEqual(flagged(hit, 'consent-gate', 'consent'));
  });

  it('a sanction is denied only by a negation right after it, with nothing but auxiliaries between', () => {
    // "and" stands between the sanction and "not": the threat stands.
    const still = 'Sharing records in breach of this policy means dismissal and not a warning.';
    expect(risk(still)).toEqual(flagged(still, 'threat', 'dismissal'));
    expect(risk('Dismissal will not follow when records are shared.')).toEqual([]);
  });

  it.each(['ever', 'normally', 'usually', 'automatically'])('"will not %s be overlooked" still threatens', (word) => {
    const still = `Misconduct will not ${word} be overlooked when records are shared.`;
    expect(risk(still)).toEqual(flagged(still, 'threat', 'Misconduct'));
  });

  it('only "before", "until" or "prior" put a named role before the share', () => {
    expect(risk('You must tell your line manager unless sharing any records.')).toEqual([]);
    const gate = 'You must tell your line manager before sharing any records.';
    expect(risk(gate)).toEqual(flagged(gate, 'approval-gate', 'line manager before sharing'));
  });
});
