import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import { describe, expect, it } from 'vitest';
import { bundledDictionaries, dictionariesWith } from '../../server/src/core/dictionaries.ts';
import { trust } from '../../server/src/checks/trust.ts';
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

describe('trust: what lifts a finding, at its edges', () => {
  const ids = (text: string) => trustOnly(text).map((f) => `${f.ruleId}:${f.actual}`);

  it('skips block quotes and headings, and flags the same words in a paragraph', () => {
    expect(ids('> Approval must be sought before release.')).toEqual([]);
    expect(ids('## Approval must be sought before release')).toEqual([]);
    expect(ids('Approval must be sought before release.')).toEqual(['approval-without-approver:Approval must be sought']);
  });

  it('is lifted by "by" or "from" among the three words after the match, not the fourth', () => {
    expect(ids('A decision will be made by letter.')).toEqual([]);
    expect(ids('A decision will be made within days by letter.')).toEqual([]);
    expect(ids('A decision will be made within ten days by letter.')).toEqual(['decision-without-decider:A decision will be made']);
    expect(ids('Approval must be sought in writing from the office.')).toEqual([]);
  });

  it('is not lifted by "by" as the last word of the sentence', () => {
    expect(ids('Approval must be sought by')).toEqual(['approval-without-approver:Approval must be sought']);
  });

  it('is lifted by a role word just before the match, and not by any other word there', () => {
    expect(ids('Caldicott approval is required for every extract.')).toEqual([]);
    expect(ids('Board approval is required for every extract.')).toEqual([]);
    expect(ids('Prior approval is required for every extract.')).toEqual(['approval-without-approver:Prior approval is required']);
    expect(ids('Written approval is required for every extract.')).toEqual(['approval-without-approver:Written approval is required']);
  });

  it('is lifted when the next sentence names an actor and says who decides, approves or gives it', () => {
    const first = 'A decision will be made within two days.';
    expect(ids(`${first} The Caldicott Guardian will decide.`)).toEqual([]);
    expect(ids(`${first} The Caldicott Guardian decides.`)).toEqual([]);
    expect(ids(`${first} The Caldicott Guardian approves it.`)).toEqual([]);
    expect(ids(`${first} It is signed by the Caldicott Guardian.`)).toEqual([]);
    expect(ids(`${first} Ask for it from the Caldicott Guardian.`)).toEqual([]);
    // The actor without one of those words, or those words without an actor, do not lift it.
    expect(ids(`${first} The Caldicott Guardian chairs the group.`)).toEqual(['decision-without-decider:A decision will be made']);
    expect(ids(`${first} It is signed by hand.`)).toEqual(['decision-without-decider:A decision will be made']);
    // Only the next sentence counts, not the one after it.
    expect(ids(`${first} Staff wait. The Caldicott Guardian decides.`)).toEqual(['decision-without-decider:A decision will be made']);
  });

  it('is lifted by an actor anywhere else in the sentence, before or after the match', () => {
    expect(ids('The line manager says approval must be sought first.')).toEqual([]);
    expect(ids('Approval must be sought first, as the line manager says.')).toEqual([]);
    expect(ids('Approval must be sought first, as the policy says.')).toEqual(['approval-without-approver:Approval must be sought']);
  });

  it('is lifted by context words anywhere in the sentence', () => {
    expect(ids('Approval must be sought to reproduce this leaflet.')).toEqual([]);
    expect(ids('Approval must be sought to copy this leaflet.')).toEqual(['approval-without-approver:Approval must be sought']);
  });

  it('needs the asking or deciding word within eight words before or six after a vague owner', () => {
    // "Report" eight words before "relevant": still near; nine words before: too far.
    expect(ids('Report, as soon as you can, to the relevant manager.')).toEqual(['appropriate-person:relevant manager']);
    expect(ids('Report it, as soon as you can, to the relevant manager.')).toEqual([]);
    // "ask" the sixth word after "manager": still near; the seventh: too far.
    expect(ids('The relevant manager is the one you should ask.')).toEqual(['appropriate-person:relevant manager']);
    expect(ids('The relevant manager is the one you really should ask.')).toEqual([]);
  });

  it('takes a vague owner written with capitals as a name, but not a capital that only starts the sentence', () => {
    expect(ids('Report it to the Relevant Manager.')).toEqual([]);
    expect(ids('Report it to the Manager.')).toEqual([]);
    expect(ids('Report it to the manager.')).toEqual(['senior-management:the manager']);
    expect(ids('Report it to the relevant Manager.')).toEqual(['appropriate-person:relevant Manager']);
    expect(ids('Relevant staff must report it.')).toEqual(['appropriate-person:Relevant staff']);
    expect(ids('Senior Management must be told and will decide.')).toEqual([]);
    // One capital word at the start of the sentence is not a name.
    expect(ids('The Manager must be told and will decide.')).toEqual(['senior-management:The Manager']);
  });

  it('flags each form once a sentence, the first of each, and carries on after a match', () => {
    expect(ids('Approval must be sought, and permission must be obtained, so ask the relevant team.')).toEqual([
      'approval-without-approver:Approval must be sought',
      'relevant-department:relevant team',
    ]);
    expect(ids('Permission is needed, so ask a manager.')).toEqual(['approval-without-approver:Permission is needed', 'senior-management:a manager']);
  });

  it('takes the longest pattern that matches at a word', () => {
    // "{decision} {be} {made}" and the longer "{decision} … made … (whether|to|about|on)" both match here.
    expect(ids('A decision will be made on whether to share.')).toEqual(['decision-without-decider:A decision will be made on whether to']);
    expect(ids('It will be decided on a case by case basis.')).toEqual(['decision-without-decider:will be decided on a case by case basis']);
  });

  it('gives each finding its own place in a block of several sentences', () => {
    const text = 'Records may be released. Approval must be sought. Ask the relevant team.\n';
    expect(only('trust', text).map((f) => [f.ruleId, f.start.offset, f.end.offset])).toEqual([
      ['approval-without-approver', text.indexOf('Approval'), text.indexOf('sought') + 'sought'.length],
      ['relevant-department', text.indexOf('relevant'), text.indexOf('team') + 'team'.length],
    ]);
  });
});

// Fifth session: inputs that the mutation run showed no test gave (each test below was seen
// to fail with its mutant applied by hand; docs/testing.md, "Survivors read in the fifth session").
describe('trust: what lifts a finding, at the first word of a sentence', () => {
  const ids = (text: string) => trustOnly(text).map((f) => `${f.ruleId}:${f.actual}`);

  it('is lifted by an actor that is the first word of the sentence', () => {
    expect(ids('Your manager says approval must be sought first.')).toEqual([]);
    expect(ids('Staff say approval must be sought first.')).toEqual(['approval-without-approver:approval must be sought']);
  });

  it('is lifted by context words that start the sentence', () => {
    expect(ids('Your permission is needed first.')).toEqual([]);
    expect(ids('Our permission is needed first.')).toEqual(['approval-without-approver:permission is needed']);
  });

  it('is lifted by a next sentence whose first words are the actor', () => {
    expect(ids('A decision will be made within two days. Caldicott Guardians decide.')).toEqual([]);
  });
});

describe('trust: names that follow, capitals, and the words right after a match', () => {
  const ids = (text: string) => trustOnly(text).map((f) => `${f.ruleId}:${f.actual}`);

  it('is lifted by names that follow the flagged words, read from just after them', () => {
    expect(ids('Report concerns to the relevant department.')).toEqual(['relevant-department:relevant department']);
    expect(ids('Report concerns to the relevant department (the ward office or the records team).')).toEqual([]);
    expect(ids('Report concerns to the relevant department, such as the ward office.')).toEqual([]);
  });

  it('reads capitals as a name only for a vague owner, not for a decision nobody makes', () => {
    expect(ids('Records are disclosed Where Appropriate.')).toEqual(['where-appropriate:Where Appropriate']);
  });

  it('finds a decision nobody makes right after a vague owner', () => {
    expect(ids('Ask the relevant team where appropriate before records are shared.')).toEqual([
      'relevant-department:relevant team',
      'where-appropriate:where appropriate',
    ]);
  });
});

describe('trust: entries from an extra dictionary file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plain-ig-trust-'));
  let n = 0;
  const file = (text: string): string => {
    const path = join(dir, `extra-${n++}.yml`);
    writeFileSync(path, text);
    return path;
  };
  const entry = (id: string, pattern: string, more = '') =>
    `  - id: ${id}\n    form: no-actor\n    patterns: ["${pattern}"]\n    suggestion: Say who fixes the rota.\n    reason: Nobody is named to do it.\n${more}`;
  const extra = file(
    `check: trust\nactors: [rota lead]\nentries:\n${entry('rota-long', 'rota must be fixed today')}${entry('rota-short', 'rota must be fixed')}${entry('rota-same', 'rota must be fixed today')}${entry(
      'rota-hint',
      'shifts must be swapped',
      '    severity: hint\n    examples:\n      miss: ["The ward manager swaps shifts."]\n',
    )}`,
  );
  const withExtra = (text: string) => trustOnly(text, { dictionaries: [extra] });

  it('takes the longest match at a word, and the first entry among equals', () => {
    expect(withExtra('The rota must be fixed today.').map((f) => `${f.ruleId}:${f.actual}`)).toEqual(['rota-long:rota must be fixed today']);
    expect(withExtra('The rota must be fixed soon.').map((f) => `${f.ruleId}:${f.actual}`)).toEqual(['rota-short:rota must be fixed']);
  });

  it('gives the entry’s own severity, when milder than the check’s', () => {
    expect(withExtra('Shifts must be swapped first.').map((f) => [f.ruleId, f.severity])).toEqual([['rota-hint', 'hint']]);
  });

  it('writes its catalogue section without examples where an entry has no hit', () => {
    const section = trust.catalogue!({ dictionaries: dictionariesWith([extra]), simplify: {} });
    const lines = section.lines.join('\n');
    for (const id of ['rota-long', 'rota-hint']) {
      const own = lines.slice(lines.indexOf(`trust-${id}`));
      expect(own.slice(0, own.indexOf('- Why:'))).not.toContain('For example');
      expect(own.slice(own.indexOf('- Why:')).split('\n')[1]).toBe('');
    }
  });
});

describe('trust: phrases of an extra dictionary that hold no word, or only small words', () => {
  // The schema lets a phrase be any non-empty text; one of only punctuation has no word to find.
  const dir = mkdtempSync(join(tmpdir(), 'plain-ig-trust-punct-'));
  const path = join(dir, 'punctuation.yml');
  writeFileSync(
    path,
    [
      'check: trust',
      'actors: ["-"]',
      'entries:',
      '  - id: leave-booked',
      '    form: no-actor',
      '    patterns: ["leave must be booked"]',
      '    context: ["-"]',
      '    suggestion: Say who books the leave.',
      '    reason: Nobody is named to do it.',
      '  - id: cover-found',
      '    form: no-actor',
      '    patterns: ["cover must be found"]',
      '    needs: ["-"]',
      '    suggestion: Say who finds the cover.',
      '    reason: Nobody is named to do it.',
      '  - id: small-words',
      '    form: vague-owner',
      '    patterns: ["of the"]',
      '    suggestion: Say which member of staff.',
      '    reason: Nobody is named to do it.',
      '',
    ].join('\n'),
  );
  const ids = (text: string) => trustOnly(text, { dictionaries: [path] }).map((f) => `${f.ruleId}:${f.actual}`);

  it('neither lifts a finding as an actor or context word, nor counts as a needed word', () => {
    expect(ids('Leave must be booked early.')).toEqual(['leave-booked:Leave must be booked']);
    expect(ids('Cover must be found early.')).toEqual([]);
  });

  it('does not take small words alone for a name (a name needs capitals)', () => {
    expect(ids('Ask one of the staff.')).toEqual(['small-words:of the']);
  });
});
