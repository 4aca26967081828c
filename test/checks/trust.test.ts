import { retext } from 'retext';
import retextEnglish from 'retext-english';
import { describe, expect, it } from 'vitest';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import { retextPlainIgTrust } from '../../server/src/engine/retext-plugins.ts';
import { brief, only } from '../helpers.ts';

const d = bundledDictionaries();
const trustOnly = (text: string, settings: Record<string, unknown> = {}) => only('trust', `${text}\n`, { settings });

describe('trust: each entry’s own examples', () => {
  const hits = d.trust.entries.flatMap((e) => (e.examples?.hit ?? []).map((s) => [e.id, s] as const));
  const misses = d.trust.entries.flatMap((e) => (e.examples?.miss ?? []).map((s) => [e.id, s] as const));

  it('has a hit and a miss for every entry', () => {
    expect(d.trust.entries.filter((e) => !e.examples?.hit?.length || !e.examples?.miss?.length).map((e) => e.id)).toEqual([]);
  });

  it.each(hits)('%s flags: %s', (id, sentence) => {
    expect(trustOnly(sentence).map((f) => f.ruleId)).toContain(id);
  });

  it.each(misses)('%s does not flag: %s', (id, sentence) => {
    expect(trustOnly(sentence).map((f) => f.ruleId)).not.toContain(id);
  });
});

describe('trust: tense and voice vary freely', () => {
  it.each([
    ['Approval must be sought before the file is sent.', 'approval-without-approver', 'Approval must be sought'],
    ['Approval was sought before the file was sent.', 'approval-without-approver', 'Approval was sought'],
    ['Permission has been obtained for the transfer.', 'approval-without-approver', 'Permission has been obtained'],
    ['Authorisation will need to be granted first.', 'approval-without-approver', 'Authorisation will need to be granted'],
    ['Staff need prior approval to share a care plan.', 'approval-without-approver', 'need prior approval'],
    ['Staff should seek written permission before they release the notes.', 'approval-without-approver', 'seek written permission'],
    ['Every disclosure should first be approved.', 'approval-without-approver', 'should first be approved'],
    ['A decision has been taken to pause the sharing.', 'decision-without-decider', 'A decision has been taken'],
    ['Decisions will be reached within five days.', 'decision-without-decider', 'Decisions will be reached'],
    ['Each case is assessed individually before records are sent.', 'decision-without-decider', 'is assessed individually'],
    ['Records are only disclosed where it is deemed appropriate.', 'where-appropriate', 'where it is deemed appropriate'],
    ['Personal data will be shared when considered appropriate.', 'where-appropriate', 'when considered appropriate'],
  ])('%s', (sentence, ruleId, actual) => {
    expect(brief(trustOnly(sentence))).toEqual([`trust/${ruleId}:${actual}`]);
  });
});

describe('trust: vague owners where staff must ask, report or get a decision', () => {
  it.each([
    ['Speak to the right person before you pass anything on.', 'appropriate-person', 'right person'],
    ['Incidents must be escalated to senior managers.', 'senior-management', 'senior managers'],
    ['Please refer any doubt to the relevant directorate.', 'relevant-department', 'relevant directorate'],
    ['If the caller is unknown, check with someone more senior.', 'someone-senior', 'someone more senior'],
  ])('%s', (sentence, ruleId, actual) => {
    expect(brief(trustOnly(sentence))).toEqual([`trust/${ruleId}:${actual}`]);
  });

  it.each([
    ['recipients, not owners', 'We share your records with the relevant services caring for you.'],
    ['no asking or deciding', 'Senior managers attend the quarterly review.'],
    ['asking is far away in a long sentence', 'When we ask you to fill in the form at your first appointment, it explains that your details go to the relevant organisation for your care.'],
  ])('%s', (_name, sentence) => {
    expect(trustOnly(sentence)).toEqual([]);
  });
});

describe('trust: an actor named nearby lifts the finding', () => {
  it.each([
    ['a role in the sentence', 'Approval must be sought from the Caldicott Guardian before any records are released.'],
    ['“by” after the words', 'A decision will be made by the duty consultant.'],
    ['“from” after the words', 'Permission must be obtained from your line manager.'],
    ['a role just before', 'Manager approval is required for every bulk extract.'],
    ['the next sentence says who', 'Each request will be considered on a case by case basis. The Information Governance Lead decides.'],
    ['names follow', 'Report concerns to the relevant authorities (the police or the council safeguarding team).'],
    ['written as a name', 'Escalate it to the Senior Leadership Team.'],
    ['the reader’s own permission', 'We will not share your records without your permission.'],
  ])('%s', (_name, sentence) => {
    expect(trustOnly(sentence)).toEqual([]);
  });

  it('the next sentence only lifts when it says who decides, not when it merely names a role', () => {
    expect(trustOnly('A decision will be made within two days. The Caldicott Guardian decides.')).toEqual([]);
    expect(trustOnly('A decision will be made within two days. The Caldicott Guardian chairs the group.').map((f) => f.ruleId)).toEqual(['decision-without-decider']);
  });
});

describe('trust: the finding', () => {
  it('carries the whole contract: info severity, no fix, the form, the words and their place', () => {
    const text = 'Records may be released. Approval must be sought before any release.\n';
    const [finding, ...rest] = only('trust', text);
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      check: 'trust',
      ruleId: 'approval-without-approver',
      severity: 'info',
      message: expect.stringMatching(/^Say who decides: ‘Approval must be sought’ does not say who makes this decision or gives this permission\. Say who gives the approval/),
      note: d.trust.entries.find((e) => e.id === 'approval-without-approver')!.reason,
      actual: 'Approval must be sought',
      expected: [],
      fixKind: 'none',
      safe: false,
      form: 'no-actor',
      start: { line: 1, column: 26, offset: 25 },
      end: { line: 1, column: 49, offset: 48 },
      url: 'https://github.com/plain-ig/plain-ig/blob/main/docs/rules.md#trust-approval-without-approver',
    });
  });

  it('says “who exactly?” for a vague owner', () => {
    const [finding] = trustOnly('If you are unsure, ask the appropriate person.');
    expect(finding?.message).toMatch(/^Who exactly\? ‘appropriate person’ does not tell staff whom to ask/);
    expect(finding?.form).toBe('vague-owner');
  });

  it('is never offered as a fix, so fix-all and --fix leave the text alone', () => {
    const [finding] = trustOnly('Approval must be sought first.');
    expect(finding).toMatchObject({ fixKind: 'none', safe: false, expected: [] });
  });

  it('is switched off by the allow list, by rule id', () => {
    expect(trustOnly('Information may be shared where appropriate.', { allow: ['trust/where-appropriate'] })).toEqual([]);
    expect(trustOnly('Information may be shared where appropriate.').length).toBe(1);
  });

  it('flags one vague owner and one missing decider in the same sentence, not two of the same form', () => {
    const found = trustOnly('Approval must be sought from senior management, and the relevant manager must agree.');
    expect(found.map((f) => f.ruleId)).toEqual(['senior-management']);
  });

  it('works as a retext plugin on its own', async () => {
    const file = await retext().use(retextEnglish).use(retextPlainIgTrust).process('Queries should be referred to the relevant department.');
    expect(file.messages.map((m) => [m.source, m.ruleId, m.actual, m.place && 'start' in m.place ? m.place.start.column : 0])).toEqual([
      ['trust', 'relevant-department', 'relevant department', 35],
    ]);
  });
});
