// The risk shape matcher's rules one at a time: for each rule, a sentence whose
// result depends on that rule alone (what is found, and which words the message
// quotes as the cue). Written for the mutants of `checks/risk/shape.ts` that no
// test noticed (docs/testing.md, fifth session): each case below fails when the
// rule it names is broken by hand. All sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import type { RiskForm } from '../../server/src/core/dictionary-types.ts';
import { only } from '../helpers.ts';

/** The risk findings of one sentence as `form: cue` (the cue is the quoted part at the end of the message). */
function risk(sentence: string): string[] {
  return only('risk', `${sentence}\n`, { settings: { audience: 'staff' } }).map((f) => {
    expect(f.actual).toBe(sentence);
    return `${f.form}: ${/\(‘(.*)’\)$/.exec(f.message)?.[1] ?? '(no cue)'}`;
  });
}

const cases: Array<[rule: string, sentence: string, expected: Array<`${RiskForm}: ${string}`>]> = [
  // The cheap test before any work: a sentence whose only trigger is a phrase of several words.
  ['a trigger of several words is enough to look further', 'Case details should be given to staff who need to know.', ['need-to-know: need to know']],
  // Sharing acts in the order they are written: the first negated one is the cue.
  ['acts in written order: the first negated act is quoted', 'If in doubt, do not give the details to anyone and do not share them.', ['if-in-doubt: If in doubt, do not give']],
  // "only" just after the act limits it ("sent only to").
  ['"only" straight after the act limits it', 'Reports are sent only to the registered manager.', ['approval-gate: sent only to the registered manager']],
  // A keeping phrase a few words after the act limits it too.
  ['a keeping phrase after the act limits it', 'Reports are sent and kept within the office of the registered manager.', ['approval-gate: sent and kept within the office of the registered manager']],
  // "no part of …" is a negated subject: it needs a verb, and the words between need not be verbs.
  ['"no part of" is a negated subject, not a person', 'No part of your record will be shared with anyone.', ['absolute: No part']],
  // A ban on the occasion ("on no account") needs no verb before the act.
  ['a ban on the occasion needs no auxiliary verb', 'On no account disclose records to a third party.', ['absolute: On no account']],
  // "nothing" is a negated subject: with no verb before the act it bans nothing.
  ['"nothing" without a verb before the act is not a ban', 'Nothing here covers disclosure to the police.', []],
  // Relatives named as the ones whose information it is ("about your relatives"), or who approve, are not recipients.
  ['relatives after "about your" are not recipients', 'Details about your relatives will not be disclosed without your consent.', ['consent-gate: consent']],
  ['relatives who give approval are not recipients', 'Records must not be shared without the approval of relatives.', ['approval-gate: approval']],
  // Family next to a care recipient (the GP) does not make the sentence about sharing beyond care.
  ['family beside a care recipient does not lift', 'Information must not be shared with family members or the GP without consent.', ['consent-gate: consent']],
  // Inside-the-organisation trouble needs the inside word after the act.
  ['trouble inside the organisation needs the inside word after the act', 'Problems within departments arise when details are shared.', []],
  // A consent asked for to share, with the modal far before it.
  ['consent asked for "to share", the modal far before', 'We will, at the start of your first visit with the team, ask for your consent to share your records.', ['consent-gate: consent']],
];

describe('risk shape rules, one at a time', () => {
  it.each(cases)('%s', (_rule, sentence, expected) => {
    expect(risk(sentence)).toEqual(expected);
  });
});
