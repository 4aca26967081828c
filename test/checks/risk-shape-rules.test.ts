// The risk shape matcher's rules one at a time: for each rule, a sentence whose
// result depends on that rule alone (what is found, and which words the message
// quotes as the cue). Written for the mutants of `checks/risk/shape.ts` that no
// test noticed (docs/testing.md, fifth session): each case below fails when the
// rule it names is broken by hand. All sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import type { RiskForm } from '../../server/src/core/dictionary-types.ts';
import { compileShape } from '../../server/src/checks/risk/shape.ts';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
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

// Sixth session: each rule's branches and boundaries, with a sentence on each side where
// the result is right today. Every sentence was chosen because, with some mutant of
// `checks/risk/shape.ts` switched on, its result (form, or the words quoted as the cue)
// changes; sentences whose result today looks like a miss or a false alarm were left out, so
// no miss is pinned (docs/testing.md, "Survivors read in the sixth session"). Each sentence
// appears in no other test: a result cached from an earlier test would hide a mutant from
// this one in a mutation run.
const byRule: Array<[rule: string, cases: Array<[sentence: string, expected: string[]]>]> = [
  [
    'the pre-test, clause breaks, and phrases inside longer ones',
    [
      ['Records must not be shared with anyone; consent is always sought first.', ['absolute: shared with anyone']],
      ['Records are never shared with anyone, but consent is always sought first.', ['absolute: shared with anyone']],
      ['Records are shared on a need to know basis.', []],
      ['Records must not be shared unless the relatives give consent.', ['consent-gate: consent']],
    ],
  ],
  [
    'sharing acts, and the nouns that gate them',
    [
      ['Only approved users may share records.', []],
      ['Staff will always seek advice before sharing records.', ['approval-gate: advice']],
    ],
  ],
  [
    'a negation and the act it governs',
    [
      ['Records must not ever then usually be shared with anyone.', ['absolute: shared with anyone']],
      ['A confidence given to staff by relatives must never be shared.', ['absolute: never be shared']],
      ['Records are shown or passed to other agencies if they are not wanted.', []],
    ],
  ],
  [
    'sharing that the sentence allows',
    [
      ['Everything you tell us is kept in strict confidence and will be passed to your GP.', []],
      ['No one else should share records.', []],
      ['Records are kept in strict confidence and staff must log every disclosure.', ['absolute: strict confidence']],
      ['Records are kept in strict confidence, and every disclosure is logged, as colleagues may ask.', ['absolute: strict confidence']],
      ['Records may in fact be shared without consent, but they are kept in the strictest confidence.', []],
      ['Records may be shared with the police and council without consent, but they are kept in the strictest confidence.', []],
    ],
  ],
  [
    '"only" and keeping phrases next to the act',
    [
      ['Records are shared to only the manager.', ['approval-gate: shared to only the manager']],
      ['Records should only be very rarely shared with the manager.', ['approval-gate: shared with the manager']],
      ['Records are kept within the office and shared with the manager.', ['internal-risk: kept within the office']],
      ['Records are released to the manager and then, after a week, kept within the office of the team.', ['internal-risk: kept within the office']],
    ],
  ],
  [
    'blanket bans and negated subjects',
    [
      ['No written, typed records will be shared with anyone.', ['absolute: shared with anyone']],
      ['We have no information on transfers.', []],
      ['Records are kept within the ward, and shared with nobody.', ['internal-risk: kept within the ward']],
    ],
  ],
  [
    'consent or approval as the gate',
    [
      ['Records must not be shared without first asking the person for their written consent.', ['consent-gate: written consent']],
      ['Records are shared without consent.', []],
      ['Only in an emergency, when the manager agrees, may records be shared.', ['approval-gate: agrees']],
      ['Access to records is restricted to staff, and to those who later, after long talks, give their consent.', ['internal-risk: restricted to staff']],
      ['Access to records is restricted to those who have given their consent.', ['consent-gate: consent']],
      ['Records are shared only with those staff who have since been given consent.', ['consent-gate: consent']],
    ],
  ],
  [
    'consent or approval made a requirement',
    [
      ['We must, at the start of the first visit with the whole team here, seek consent.', []],
      ['Records will be shared unless consent is withdrawn.', []],
      ['Records must be approved for release.', ['approval-gate: approved']],
      ['Every disclosure must then also always first be approved.', ['approval-gate: approved']],
      ['Every disclosure must then also be approved.', ['approval-gate: approved']],
      ['Approval must always be obtained for every disclosure.', ['approval-gate: Approval']],
      ['Staff should give the client a consent form and not send records to anyone.', ['consent-gate: consent']],
      ['Staff should, once the need is clear and the person has been told, obtain approval for disclosure.', ['approval-gate: approval']],
      ['We will, at the start of your first visit with the team, ask for your consent for the team to share your records.', ['consent-gate: consent']],
      ['We will, at the start of your first visit with the team, ask for your consent to share your records, and we will also ask about a referral.', ['consent-gate: consent']],
    ],
  ],
  [
    'care kept open, and who receives or consents',
    [
      ['Their notes are not shared with relatives without consent.', []],
      ['Information about your care must not be shared without consent.', ['consent-gate: consent']],
      ['Records must not be shared outside the care team without consent.', ['consent-gate: consent']],
      ['Records must not be passed to your care team without consent.', ['consent-gate: consent']],
      ['Records must not be shared to the care team without consent.', ['consent-gate: consent']],
      ['Records must not be shared with the care team without consent.', ['consent-gate: consent']],
      ['Records must not be shared by relatives without consent.', []],
      ['Records must not be shared until relatives, once told, give consent.', ['consent-gate: consent']],
      ['Records must not be shared with relatives until the person has given consent.', []],
      ['Records must not be shared with the press without consent.', []],
      ['Records must not be shared without the agreement given by a relative.', ['consent-gate: agreement']],
      ['Relatives must not be given records without consent.', []],
    ],
  ],
  [
    'what lifts a whole sentence',
    [
      ['Records must not be sent to anyone without consent; we share records with your GP.', ['consent-gate: consent']],
      ['Records must not be shared with relatives, carers, neighbours, friends, or the GP without consent.', ['consent-gate: consent']],
      ['Records stay within the practice: they are not shared.', ['internal-risk: stay within the practice']],
      ['Records should never knowingly be disclosed to anyone.', []],
      ['Records stay within the practice — they may be passed to the GP.', []],
      ['Staff may share records, but must not share them without consent.', ['consent-gate: consent']],
    ],
  ],
  [
    'doubt and threats',
    [
      ['Staff who share records could face dismissal if the act was later found reckless.', []],
      ['Staff who share records face dismissal, after a fair investigation.', []],
      ['A breach of confidentiality may not lead to dismissal.', []],
    ],
  ],
  [
    'the law as the barrier',
    [
      ['It is not the law that makes us careful with records.', []],
      ['Sharing is restricted by data protection law.', ['law-restricts: restricted by data protection']],
      ['Sharing of records is restricted by the Data Protection Act.', ['law-restricts: restricted by the Data Protection']],
      ['The law, in most cases, requires consent.', ['law-restricts: The law, in most cases, requires consent']],
      ['GDPR requires consent.', ['law-restricts: GDPR requires consent']],
      ['The law restricts.', []],
      ['The law says records must not be shared.', ['law-restricts: The law']],
      ['Records are not shared, by law.', ['law-restricts: law']],
    ],
  ],
  [
    'absolutes and gates, in order',
    [
      ['At no time may records be passed on unless the manager agrees.', ['absolute: At no time']],
      ['A breach of confidentiality occurs unless consent is given.', ['consent-gate: consent']],
      ['A breach of the rules without consent is serious.', ['consent-gate: consent']],
    ],
  ],
  [
    'need to know and keeping it inside',
    [
      ['Records are released to staff and are after a full review kept within the office.', ['internal-risk: kept within the office']],
      ['Records stay within the whole of the ward.', ['internal-risk: stay within the whole of the ward']],
      ['Confidential matters stay within the office.', ['internal-risk: stay within the office']],
      ['Staff are at risk when records are shared between colleagues.', []],
      ['We never share records with the practice.', ['absolute: never share']],
    ],
  ],
];

describe.each(byRule)('risk shape rules: %s', (_rule, cases) => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(risk(sentence)).toEqual(expected);
  });
});

describe('compileShape', () => {
  it('gives nothing for a dictionary without a shape, and compiles a shape once', () => {
    expect(compileShape({ check: 'risk', entries: [] })).toBeUndefined();
    const risk = structuredClone(bundledDictionaries().risk);
    const compiled = compileShape(risk);
    expect(compiled).toBeDefined();
    expect(compileShape(risk)).toBe(compiled);
  });

  it('indexes each phrase once, keeps multi-word fillers and giver words out of the scan, and fillers as single words', () => {
    const compiled = compileShape(structuredClone(bundledDictionaries().risk))!;
    const phrases = [...compiled.byFirst.values()].flat();
    const keys = phrases.map((x) => `${x.cat}:${x.words.join(' ')}`);
    expect(keys.length).toBe(new Set(keys).size);
    // "passed to" is both a lemma of its own and a form of "pass to": indexed once
    expect(keys.filter((k) => k === 'share:passed to')).toEqual(['share:passed to']);
    expect(phrases.filter((x) => x.cat === 'filler' || x.cat === 'lift:giverBefore')).toEqual([]);
    expect(compiled.filler.has('ever')).toBe(true);
    // "under any circumstances" is a filler phrase, but "under" alone is no filler
    expect(compiled.filler.has('under')).toBe(false);
    expect(compiled.filler.has('by')).toBe(false);
    expect([...compiled.giverBefore].sort()).toEqual(['about', 'by', 'from', 'her', 'his', 'of', 'their']);
  });
});
