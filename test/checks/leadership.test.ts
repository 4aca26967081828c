import { retext } from 'retext';
import retextEnglish from 'retext-english';
import { describe, expect, it } from 'vitest';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import { retextPlainIgLeadership } from '../../server/src/engine/retext-plugins.ts';
import { applySettings } from '../../server/src/core/settings.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { assessDocument } from '../../server/src/report/trust-checklist.ts';
import { only } from '../helpers.ts';

const d = bundledDictionaries();
const STAFF = ['sharing-expected', 'staff-support', 'who-to-ask', 'accountable-owner'];
const PUBLIC = ['shared-with-carers', 'how-to-object', 'contact'];

/** A staff policy that says none of the four things (our own wording, long enough to judge). */
const POLICY_BODY = [
  '# Confidentiality Policy',
  '',
  '## Purpose',
  '',
  'This policy sets out how all staff handle confidential information about the people who use our services. It covers paper records, the electronic record, letters, emails and conversations.',
  '',
  '## Keeping information secure',
  '',
  'Staff must lock their screens when they leave a desk. Paper records are kept in locked cabinets and returned at the end of each shift. Personal information must never be discussed in public areas such as corridors, lifts or the canteen.',
  '',
  'Confidential waste goes in the locked bins on each floor. Staff must not take records home. Laptops are encrypted, and memory sticks are not used for personal data.',
  '',
  '## Training',
  '',
  'All staff complete data security training when they join and every year after that. Managers check that their teams are up to date each quarter.',
  '',
  '## Breaches',
  '',
  'Breaches of confidentiality are recorded on the incident system within one working day. The policy is reviewed every two years, or sooner if the law changes.',
  '',
  'Visitors sign in at reception and wear a badge. Staff should challenge anyone in a records area who is not wearing one, politely and without delay.',
  '',
].join('\n');

/** A public notice that says none of the three things. */
const NOTICE_BODY = [
  '# Your information',
  '',
  'This privacy notice explains what information we hold about you and why. We are the data controller for your records.',
  '',
  '## What we hold',
  '',
  'We hold your name, address, date of birth and NHS number, with notes about the care you receive from us. We also keep records of appointments, letters and test results.',
  '',
  '## How long we keep it',
  '',
  'We keep your records for as long as the law and national guidance say, and then destroy them securely. Paper records are shredded and electronic records are deleted.',
  '',
  '## Keeping it safe',
  '',
  'Your records are stored on secure systems in the UK. Only trained staff can open them, and every time a record is opened this is logged. We check these logs every month.',
  '',
  'Your personal data is protected by the UK GDPR and the Data Protection Act 2018. If you move house or change your name, please tell reception so that your record stays accurate.',
  '',
].join('\n');

const leadershipOnly = (text: string, settings: Record<string, unknown> = {}, format: 'markdown' | 'plaintext' = 'markdown') => only('leadership', text, { settings, format });
const missing = (text: string, settings: Record<string, unknown> = {}) => leadershipOnly(text, settings).map((f) => f.ruleId);
const withSentence = (body: string, sentence: string): string => `${body}## More\n\n${sentence}\n`;

describe('leadership: a staff policy that says none of it', () => {
  it('gets one info finding per missing element, all at the first heading', () => {
    const found = leadershipOnly(POLICY_BODY);
    expect(found.map((f) => f.ruleId)).toEqual(STAFF);
    for (const finding of found) {
      expect(finding).toMatchObject({
        check: 'leadership',
        severity: 'info',
        actual: 'Confidentiality Policy',
        start: { line: 1, column: 3, offset: 2 },
        end: { line: 1, column: 25, offset: 24 },
        fixKind: 'insert',
        safe: false,
        form: 'staff-policy',
      });
      expect(finding.unsafeReason).toMatch(/placeholders/);
    }
  });

  it('carries the message, the reason, the suggested paragraph and real evidence', () => {
    const support = leadershipOnly(POLICY_BODY).find((f) => f.ruleId === 'staff-support')!;
    const entry = d.leadership.entries.find((e) => e.id === 'staff-support')!;
    expect(support.message).toBe('This policy never says that staff who share information in good faith will be supported.');
    expect(support.note).toBe(entry.reason);
    expect(support.expected).toEqual([entry.paragraph]);
    expect(support.url).toBe('https://github.com/plain-ig/plain-ig/blob/main/docs/rules.md#leadership-staff-support');
    expect(support.evidence?.map((e) => e.url)).toEqual([
      'https://www.gov.uk/government/publications/the-information-governance-review',
      'https://www.gov.uk/government/publications/the-caldicott-principles',
    ]);
  });

  it('cites section 251B in England only', () => {
    const urls = (nation: string) => leadershipOnly(POLICY_BODY, { nation }).find((f) => f.ruleId === 'sharing-expected')!.evidence!.map((e) => e.url);
    expect(urls('england')).toContain('https://www.legislation.gov.uk/ukpga/2012/7/section/251B');
    expect(urls('wales')).not.toContain('https://www.legislation.gov.uk/ukpga/2012/7/section/251B');
  });
});

describe('leadership: each element is recognised in the many ways policies say it', () => {
  it.each([
    ['sharing-expected', 'The duty to share information for someone’s care is as important as the duty to protect their confidentiality.'],
    ['sharing-expected', 'Sharing information with the other people caring for a patient is just as important as keeping it safe.'],
    ['sharing-expected', 'Staff are expected to share relevant information with colleagues who are caring for the same person.'],
    ['sharing-expected', 'Not sharing information can put a person at risk of harm.'],
    ['sharing-expected', 'We have a legal duty to share information for direct care.'],
    ['staff-support', 'Staff who share information in good faith will be supported by the organisation.'],
    ['staff-support', 'The board will back any colleague who makes a reasonable decision to share information for a person’s care.'],
    ['staff-support', 'Nobody will be disciplined for sharing information honestly to keep someone safe.'],
    ['staff-support', 'You will not be blamed if you share information in line with this policy and it later turns out to be unnecessary.'],
    ['who-to-ask', 'If you are unsure whether to share, call the Information Governance team on 01632 960123.'],
    ['who-to-ask', 'For advice, email the Caldicott Guardian at caldicott@example.nhs.uk.'],
    ['who-to-ask', 'Questions about this policy go to the IG lead, on extension 4455.'],
    ['accountable-owner', 'The Caldicott Guardian owns this policy.'],
    ['accountable-owner', 'The Senior Information Risk Owner is accountable to the board for information risk.'],
    ['accountable-owner', 'Overall responsibility for confidentiality rests with the Chief Executive.'],
  ])('%s: %s', (id, sentence) => {
    expect(missing(withSentence(POLICY_BODY, sentence))).toEqual(STAFF.filter((x) => x !== id));
  });

  it.each([
    ['sharing-expected', 'Staff must only share information on a strict need-to-know basis.'],
    ['staff-support', 'Staff will be supported to complete their training on time.'],
    ['who-to-ask', 'If you are unsure, ask the Information Governance team.'],
    ['accountable-owner', 'The Caldicott Guardian was first recommended in 1997.'],
  ])('%s is not satisfied by: %s', (id, sentence) => {
    expect(missing(withSentence(POLICY_BODY, sentence))).toContain(id);
  });

  it('finds whom to ask in a “Contacts” section, with the role and the phone number on separate lines', () => {
    const text = `${POLICY_BODY}## Contacts\n\nInformation Governance team\n\nTelephone: 01632 960 555\n`;
    expect(missing(text)).not.toContain('who-to-ask');
  });

  it('finds a role and its email address in neighbouring blocks of one section', () => {
    const text = `${POLICY_BODY}## Getting a second opinion\n\nIf you are not sure, talk to the Caldicott Guardian.\n\nEmail: caldicott@example.nhs.uk\n`;
    expect(missing(text)).not.toContain('who-to-ask');
  });

  it('finds an owner from a roles heading and the line under it', () => {
    const text = `${POLICY_BODY}## Roles and responsibilities\n\n### Registered Manager\n\n- Overall accountability for this policy\n`;
    expect(missing(text)).not.toContain('accountable-owner');
  });
});

describe('leadership: a public notice', () => {
  it('is inferred from the text when the audience is not set, and gets its own three elements', () => {
    const found = leadershipOnly(NOTICE_BODY);
    expect(found.map((f) => [f.ruleId, f.form])).toEqual(PUBLIC.map((id) => [id, 'public-notice']));
    expect(found[0]!.message).toBe('This notice never tells readers that their information is shared with the people caring for them.');
  });

  it('follows the audience setting over the text', () => {
    expect(missing(NOTICE_BODY, { audience: 'staff' })).toEqual(STAFF);
    expect(missing(POLICY_BODY, { audience: 'public' })).toEqual(PUBLIC);
  });

  it.each([
    ['shared-with-carers', 'We share your information with the doctors, nurses and therapists involved in your care.'],
    ['shared-with-carers', 'The people who care for you can see the parts of your record they need.'],
    ['shared-with-carers', 'Your records may be passed on to the hospital team treating you.'],
    ['how-to-object', 'If you do not want us to share your information, please tell the practice manager.'],
    ['how-to-object', 'You can opt out by contacting reception.'],
    ['how-to-object', 'To object to how we use your records, fill in the form at reception.'],
    ['contact', 'You can contact our Data Protection Officer at dpo@example.nhs.uk.'],
    ['contact', 'Please write to the Practice Manager, 1 High Street, Northmoor, if you have questions.'],
  ])('%s: %s', (id, sentence) => {
    expect(missing(withSentence(NOTICE_BODY, sentence))).toEqual(PUBLIC.filter((x) => x !== id));
  });

  it('does not count a promise not to share as sharing with carers', () => {
    expect(missing(withSentence(NOTICE_BODY, 'We will not share your information with anyone, including other professionals involved in your care.'))).toContain('shared-with-carers');
  });
});

describe('leadership: what it does not judge', () => {
  it('a short snippet', () => {
    expect(leadershipOnly('# Policy\n\nStaff must keep information confidential.\n')).toEqual([]);
  });

  it('a long document that is not about information governance', () => {
    const text = `# Fire safety\n\n${'Staff must know where the fire exits are and how to raise the alarm. '.repeat(30)}\n`;
    expect(leadershipOnly(text)).toEqual([]);
  });
});

describe('leadership: switching elements off', () => {
  it('a control comment anywhere in the document switches an element off', () => {
    const text = `${POLICY_BODY}\n<!-- plain-ig disable leadership/staff-support -- our separate Just Culture statement covers this -->\n`;
    expect(missing(text)).toEqual(STAFF.filter((id) => id !== 'staff-support'));
  });

  it('the allow list switches an element off by rule id', () => {
    expect(missing(POLICY_BODY, { allow: ['leadership/who-to-ask'] })).toEqual(STAFF.filter((id) => id !== 'who-to-ask'));
  });

  it('the check can be switched off as a whole', () => {
    expect(only('risk', POLICY_BODY, { settings: {} }).filter((f) => f.check === 'leadership')).toEqual([]);
  });
});

describe('leadership: where the finding sits', () => {
  it('a document without a heading: the first line of its first paragraph', () => {
    const text = `<!-- draft -->\n\n${POLICY_BODY.replace(/^#.*\n\n/gm, '')}`;
    const [finding] = leadershipOnly(text);
    const start = text.indexOf('This policy');
    expect(finding?.start).toEqual({ line: 3, column: 1, offset: start });
    expect(finding?.actual).toBe(text.slice(start, text.indexOf('\n', start)));
  });

  it('plain text: its first heading-like line', () => {
    const text = POLICY_BODY.replace(/^#+ /gm, '');
    const [finding] = leadershipOnly(text, {}, 'plaintext');
    expect(finding?.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(finding?.actual).toBe('Confidentiality Policy');
  });
});

describe('leadership: the checklist behind the report', () => {
  it('names the sentence that satisfied each element', () => {
    const { settings } = applySettings(defaultSettings(), {});
    const text = withSentence(POLICY_BODY, 'Staff who share information in good faith will be supported by the organisation.');
    const assessment = assessDocument(text, 'markdown', settings);
    expect(assessment.kind).toEqual({ audience: 'staff', inferred: true });
    const support = assessment.elements.find((e) => e.id === 'staff-support')!;
    expect(support.present).toBe(true);
    expect(support.evidence?.text).toBe('Staff who share information in good faith will be supported by the organisation.');
    expect(text.slice(support.evidence!.start, support.evidence!.end)).toBe(support.evidence!.text);
  });
});

describe('leadership: as a retext plugin on its own', () => {
  it('reports the missing elements of a whole text', async () => {
    const file = await retext().use(retextEnglish).use(retextPlainIgLeadership, { audience: 'public' }).process(NOTICE_BODY);
    expect(file.messages.map((m) => [m.source, m.ruleId])).toEqual(PUBLIC.map((id) => ['leadership', id]));
  });
});
