// The risk check's shape matcher: risk-averse statements recognised by their parts
// (restriction + sharing act + gate / absolute / sanction / law), in any words, tense
// or voice. All sentences here are written for these tests in shapes found in public
// UK confidentiality and information-sharing policies.
import { describe, expect, it } from 'vitest';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import type { RiskForm } from '../../server/src/core/dictionary-types.ts';
import { only } from '../helpers.ts';

const d = bundledDictionaries();
const risk = (text: string, settings: Record<string, unknown> = {}) => only('risk', `${text}\n`, { settings: { audience: 'staff', ...settings } });

describe('risk: each form in many words, tenses and voices', () => {
  const hits: Array<[RiskForm, string, string]> = [
    ['consent-gate', 'Case notes must never be released to another agency without the written agreement of the service user.', 'agreement'],
    ['consent-gate', 'We will not pass your details to other services unless you say so.', 'say so'],
    ['consent-gate', 'Staff are to obtain a signed consent form before any referral is made.', 'consent'],
    ['consent-gate', 'Patient records may only be disclosed if the patient has agreed.', 'agreed'],
    ['consent-gate', 'Information about residents is only released once the family has given consent.', 'consent'],
    ['consent-gate', 'Do not discuss a client’s situation with another organisation in the absence of their permission.', 'permission'],
    ['consent-gate', 'Until the person has signed a consent form, their information must not be sent to anyone.', 'consent'],
    ['consent-gate', 'Nothing is disclosed, and no records are transferred, without the individual’s express consent.', 'no records are transferred, without the individual’s express consent'],
    ['consent-gate', 'A client’s permission must be obtained before their file is shared with the housing team.', 'permission'],
    ['consent-gate', 'Nothing you tell your support worker is passed on without your say-so.', 'say-so'],
    ['consent-gate', 'We cannot give out details about your care to anyone unless you say we can.', 'say we can'],
    ['absolute', 'Everything you say to us is kept in the strictest confidence.', 'strictest confidence'],
    ['absolute', 'Under no circumstances may records be shown to anyone.', 'Under no circumstances'],
    ['absolute', 'Personal details will never be handed over.', 'never be handed over'],
    ['absolute', 'Staff must keep all client information confidential at all times.', 'at all times'],
    ['absolute', 'Client files are not to be passed on to third parties.', 'passed on to third parties'],
    ['threat', 'Sharing patient details without authorisation may lead to summary dismissal.', 'Sharing patient details without authorisation may lead to summary dismissal'],
    ['threat', 'Anyone found to have disclosed records will face disciplinary proceedings.', 'Anyone found to have disclosed records will face disciplinary'],
    ['threat', 'Breaching this policy could result in prosecution.', 'prosecution'],
    ['threat', 'Staff who break these rules risk losing their job.', 'losing their job'],
    ['internal-risk', 'Care records must stay within the surgery.', 'stay within the surgery'],
    ['internal-risk', 'Information given to you is confidential to the member of staff who receives it.', 'confidential to the member of staff'],
    ['internal-risk', 'Do not pass information to colleagues in other departments.', 'pass information to colleagues'],
    ['internal-risk', 'Problems often arise when details are shared between departments.', 'Problems'],
    ['internal-risk', 'It is strictly forbidden to discuss clients with anyone outside the service.', 'discuss clients with anyone outside the'],
    ['internal-risk', 'No case information about young people should be passed outside of the department.', 'passed outside of'],
    // A second clause that shares only in a limited way ("only") does not lift it, as a free share would.
    ['internal-risk', 'Care records must stay within the surgery, and may only be passed to the GP.', 'stay within the surgery'],
    ['approval-gate', 'No disclosure may take place until the Caldicott Guardian has approved it.', 'approved'],
    ['approval-gate', 'You must get your manager’s approval before sending any records to another team.', 'approval'],
    ['approval-gate', 'Every disclosure must first be authorised by a senior manager.', 'authorised'],
    ['approval-gate', 'Reports about a service user should only be sent out by the registered manager.', 'sent out by the registered manager'],
    ['law-restricts', 'GDPR prevents us from passing your details to other organisations.', 'GDPR prevents'],
    ['law-restricts', 'Because of data protection rules, we cannot send copies of letters to your GP.', 'Because of data protection rules, we cannot send'],
    ['law-restricts', 'The Data Protection Act restricts the disclosure of health records to other bodies.', 'Data Protection Act restricts'],
    ['need-to-know', 'Details are only passed on where there is a genuine need to know.', 'genuine need'],
    ['need-to-know', 'Records will be released on a need-to-know basis.', 'need-to-know'],
    ['if-in-doubt', 'When you are unsure, do not release anything.', 'When you are unsure, do not release'],
    ['if-in-doubt', 'If there is any doubt, records should not be disclosed.', 'If there is any doubt, records should not be disclosed'],
  ];

  // The cue is the part the message quotes (the words that make the form), so a rule that finds the right form for the wrong reason fails too.
  it.each(hits)('%s: %s (‘%s’)', (form, sentence, cue) => {
    const found = risk(sentence);
    expect(found.map((f) => `${f.form}: ${/\(‘(.*)’\)$/.exec(f.message)?.[1]}`)).toEqual([`${form}: ${cue}`]);
    expect(found[0]!.actual).toBe(sentence);
  });

  it('has at least three sentences for every form the shape matcher names (bar "other")', () => {
    const counts = new Map<string, number>();
    for (const [form] of hits) counts.set(form, (counts.get(form) ?? 0) + 1);
    const thin = Object.keys(d.risk.forms ?? {}).filter((form) => form !== 'other' && (counts.get(form) ?? 0) < 2);
    expect(thin).toEqual([]);
  });
});

describe('risk: what lifts a shape (no finding)', () => {
  it.each([
    ['care kept open', 'Information must not be shared without consent, except with the care team.'],
    ['care kept open', 'Details will not be passed on unless it is needed for your care.'],
    ['care named as who may know', 'Records are only shared with the professionals involved in your treatment.'],
    ['sharing allowed', 'We share your records with the people caring for you unless you object.'],
    ['consent not needed', 'You do not need consent to share information with the GP for direct care.'],
    ['sharing without consent allowed', 'Information may be shared without consent when someone is at risk.'],
    ['implied consent', 'Staff can rely on implied consent when they pass information to the care team.'],
    ['safeguarding', 'Concerns must not wait for consent; safeguarding comes first.'],
    ['lawful basis', 'We will not disclose anything without consent or another lawful basis.'],
    ['credentials', 'Do not share your smartcard or password with anyone.'],
    ['devices', 'Never send identifiable information by unencrypted email.'],
    ['beyond care: employers and insurers', 'We will not give your details to insurers or employers without your written consent.'],
    ['beyond care: relatives', 'Staff must not discuss a resident’s care with relatives without the resident’s agreement.'],
    ['beyond care: research', 'Your records will not be used for research without your permission.'],
    ['quoted', 'The old leaflet said “no information will be shared with anyone without your consent”, which confused people.'],
    ['not absolute', 'Confidentiality is not absolute and can be set aside to protect someone.'],
    ['deliberate misuse', 'Misuse of records for personal gain may lead to dismissal.'],
    ['wrongful sharing', 'Unauthorised disclosure of information is prohibited.'],
    ['law as no barrier', 'The law does not prevent sharing for someone’s care.'],
    ['myth', 'It is a myth that data protection law stops us sharing.'],
    ['access control', 'Records can only be accessed by authorised staff.'],
    ['new arrangements', 'All new information sharing arrangements must be approved by the data protection officer.'],
    ['doubt leads to advice', 'If you are unsure, ask your manager before you share.'],
    ['only those who do not need it are kept out', 'Your details will not be passed to anyone who does not need them.'],
    ['a reason is asked for, not consent', 'Never disclose records without a good reason.'],
    ['limits of confidentiality', 'There is no such thing as total confidentiality in this service.'],
    ['necessity', 'Notes must not be shared beyond what is needed for the task.'],
    ['reported guidance', 'The Caldicott Principles say that use should be on a strict need-to-know basis.'],
    ['delay is the harm', 'Under no circumstances should you delay sharing information that keeps a child safe.'],
    ['advice recommended, not required', 'Practitioners should seek advice from the IG lead if they are unsure whether to disclose.'],
    ['no sharing act', 'Talking about colleagues’ private lives is to be avoided at all times.'],
    ['failure to share', 'Not sharing information can have serious consequences.'],
    ['organisation-wide confidentiality', 'Information is confidential to the organisation and may be passed to colleagues who need it.'],
    ['legal restriction', 'Personal data must not be transferred outside the European Economic Area.'],
  ])('%s: %s', (_name, sentence) => {
    expect(risk(sentence).map((f) => `${f.ruleId}/${f.form}`)).toEqual([]);
  });
});

describe('risk: the finding', () => {
  it('covers exactly the sentence, in a paragraph, at its offsets', () => {
    const before = 'Our team works hard for you. ';
    const sentence = 'Your records will not be passed to anyone unless you have given your permission.';
    const [f, ...rest] = risk(`${before}${sentence} Thank you for reading.`);
    expect(rest).toEqual([]);
    expect(f!.start.offset).toBe(before.length);
    expect(f!.end.offset).toBe(before.length + sentence.length);
    expect(f!.ruleId).toBe('consent-gate');
    expect(f!.message).toMatch(/\(‘permission’\)$/);
  });

  it('flags each risk-averse sentence once, and only those', () => {
    const text = 'We share records with your GP. Records must not be sent to anyone without consent. Under no circumstances may notes be shown to anyone.';
    expect(risk(text).map((f) => f.form)).toEqual(['consent-gate', 'absolute']);
  });

  it('writes the message and reframe for the audience', () => {
    const sentence = 'Your records will not be passed to anyone unless you have given your permission.';
    const [staff] = risk(sentence, { audience: 'staff' });
    const [pub] = risk(sentence, { audience: 'public' });
    const text = d.risk.forms!['consent-gate']!;
    expect(staff!.expected).toEqual([text.reframe.staff.replace(/(\w)'(\w)/g, '$1’$2')]);
    expect(pub!.expected).toEqual([text.reframe.public.replace(/(\w)'(\w)/g, '$1’$2')]);
    expect(staff!.message).not.toBe(pub!.message);
    expect(pub!.message).toMatch(/^This tells people/);
    expect(staff!.safe).toBe(false);
    expect(staff!.fixKind).toBe('reframe');
  });

  it('gives an entry’s finding its form, and the public reframe for the form in a notice', () => {
    const [staff] = risk('If in doubt, do not share.');
    const [pub] = risk('If in doubt, do not share.', { audience: 'public' });
    expect(staff!.ruleId).toBe('if-in-doubt-do-not-share');
    expect(staff!.form).toBe('if-in-doubt');
    const entry = d.risk.entries.find((e) => e.id === 'if-in-doubt-do-not-share')!;
    expect(staff!.expected).toEqual([entry.reframe]);
    expect(pub!.expected[0]).toMatch(/^If our staff are unsure/);
  });

  it('cites the form’s evidence for the nation', () => {
    const sentence = 'Records must not be sent to anyone without consent.';
    const england = risk(sentence)[0]!.evidence!.map((e) => e.title).join(' | ');
    const scotland = risk(sentence, { nation: 'scotland' })[0]!.evidence!.map((e) => e.title).join(' | ');
    expect(england).toMatch(/251B/);
    expect(scotland).not.toMatch(/251B/);
    expect(scotland).toMatch(/GMC/);
  });

  it('treats a threat in a section that supports good-faith sharing as balanced', () => {
    const threat = 'Anyone found to have disclosed records will face disciplinary proceedings.';
    const support = 'Staff who share in good faith to support someone’s care will be supported.';
    expect(only('risk', `## Breaches\n\n${threat}\n\n${support}\n`)).toEqual([]);
    expect(only('risk', `## Breaches\n\n${threat}\n\n## Help\n\n${support}\n`).map((f) => f.form)).toEqual(['threat']);
  });

  it('treats a threat the shape matcher finds like an entry’s: balanced by support in its section, and only a threat is', () => {
    const threat = 'Staff who breach confidentiality face prosecution.';
    const gate = 'Records must not be sent to any agency without consent.';
    const support = 'Staff who share in good faith for someone’s care will always be backed by the service.';
    expect(risk(threat).map((f) => f.ruleId)).toEqual(['threat']);
    expect(only('risk', `## Breaches\n\n${threat}\n\n${gate}\n\n${support}\n`).map((f) => f.ruleId)).toEqual(['consent-gate']);
    expect(only('risk', `## Breaches\n\n${threat}\n\n## Help\n\n${support}\n`).map((f) => f.ruleId)).toEqual(['threat']);
  });

  it('quotes a term in scare quotes, but not a quotation', () => {
    expect(risk('Records will be released on a strictly “need to know” basis.').map((f) => f.form)).toEqual(['need-to-know']);
    expect(risk('The leaflet said “records will be released on a strictly need to know basis” last year.')).toEqual([]);
  });
});

describe('risk: the bundled dictionary is complete', () => {
  it('names a form for every entry, and has wording for every form and every vocabulary', async () => {
    const { RISK_FORMS } = await import('../../server/src/core/dictionary-types.ts');
    expect(d.risk.entries.filter((e) => !e.form).map((e) => e.id)).toEqual([]);
    expect(Object.keys(d.risk.forms ?? {}).sort()).toEqual([...RISK_FORMS].sort());
    const vocab = d.risk.shape!.vocab;
    const empty = Object.entries(vocab).filter(([, words]) => !words?.length).map(([name]) => name);
    expect(empty).toEqual([]);
    for (const text of Object.values(d.risk.forms!)) {
      for (const key of text!.evidence ?? []) expect(d.risk.evidence?.[key], key).toBeDefined();
    }
  });

  it('lists no lemma twice within one vocabulary', () => {
    const dupes = Object.entries(d.risk.shape!.vocab).flatMap(([name, words]) =>
      (words ?? []).filter((w, i, all) => all.findIndex((x) => x.toLowerCase() === w.toLowerCase()) !== i).map((w) => `${name}: ${w}`),
    );
    expect(dupes).toEqual([]);
  });
});

// Fifth session: sentences the mutation run showed no test gave (each seen to fail with its
// mutant applied by hand; docs/testing.md, "Survivors read in the fifth session").
describe('risk: shapes at the edges the mutation run showed', () => {
  const forms = (text: string) => risk(text).map((f) => f.form);

  it('takes "no one" or "nobody" straight before a modal and the act as a ban', () => {
    expect(forms('No one should share records.')).toEqual(['absolute']);
    expect(forms('Nobody should share your notes.')).toEqual(['absolute']);
  });

  it('takes a clause that forbids sharing for no free permission to share', () => {
    expect(forms('Records are confidential to the organisation, and staff may not pass them to colleagues.')).toEqual(['internal-risk']);
  });

  it('needs the act straight after "no one", and a verb after "nothing" before the act', () => {
    expect(forms('No one else may share them.')).toEqual([]);
    expect(forms('Nothing shared in this meeting leaves the room.')).toEqual([]);
    expect(forms('Nothing discussed here is shared outside the team.')).toEqual(['absolute']);
  });

  it('finds a shape whose only trigger is a phrase of two words ("confidential to")', () => {
    expect(forms('Records are confidential to the organisation.')).toEqual(['internal-risk']);
  });

  it('reads "care records" as records, not as care that keeps sharing open', () => {
    expect(forms('We will not share your care records with anyone.')).toEqual(['absolute']);
  });

  it('needs "inside" or "within" right before the team for sharing framed as trouble', () => {
    expect(forms('Problems arise when records are passed around inside the ward.')).toEqual([]);
  });
});
