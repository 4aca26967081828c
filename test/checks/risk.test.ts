import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { riskCatalogue } from '../../server/src/checks/risk/catalogue.ts';
import { bundledDictionaries, dictionariesWith } from '../../server/src/core/dictionaries.ts';
import { brief, findings, only } from '../helpers.ts';

const d = bundledDictionaries();
const riskOnly = (text: string, settings: Record<string, unknown> = {}) => only('risk', `${text}\n`, { settings: { audience: 'public', ...settings } });

describe('risk: each entry’s own examples', () => {
  const hits = d.risk.entries.flatMap((e) => (e.examples?.hit ?? []).map((s) => [e.id, s] as const));
  const misses = d.risk.entries.flatMap((e) => (e.examples?.miss ?? []).map((s) => [e.id, s] as const));

  it('has examples for every entry', () => {
    expect(d.risk.entries.filter((e) => !e.examples?.hit?.length).map((e) => e.id)).toEqual([]);
  });

  it.each(hits)('%s flags: %s', (id, sentence) => {
    expect(riskOnly(sentence).map((f) => f.ruleId)).toContain(id);
  });

  it.each(misses)('%s does not flag: %s', (id, sentence) => {
    expect(riskOnly(sentence).map((f) => f.ruleId)).not.toContain(id);
  });
});

describe('risk: matched flexibly', () => {
  it.each([
    'Under no circumstances should patient information be disclosed.',
    'Under no circumstances must data be shared.',
    'Under no circumstances will details be passed on.',
    'Under no circumstances shall personal information be divulged.',
  ])('%s', (sentence) => {
    expect(riskOnly(sentence)).toHaveLength(1);
  });
});

describe('risk: precision traps are never flagged', () => {
  it.each([
    ['credentials', 'Do not share your password or Smartcard with anyone.'],
    ['access without a care relationship', 'Do not access records unless you are involved in the person’s care.'],
    ['gender recognition', 'Gender history must not be disclosed without consent (Gender Recognition Act 2004).'],
    ['selling data', 'We will never sell your information for marketing.'],
    ['quotation marks', 'The old policy said “under no circumstances should information be shared”, which was wrong.'],
    ['a numbered principle', 'Principle 4: Use confidential information only when it is necessary, on a strict need-to-know basis.'],
  ])('%s', (_name, sentence) => {
    expect(brief(riskOnly(sentence))).toEqual([]);
  });

  it('a block quote is quotation, not policy', () => {
    expect(only('risk', '> Under no circumstances should information be shared.\n')).toEqual([]);
  });

  it('a list under a heading that names the Caldicott principles', () => {
    const text = '## The Caldicott Principles\n\n1. Justify the purpose.\n2. Information must be shared on a strict need-to-know basis.\n';
    expect(only('risk', text)).toEqual([]);
    const elsewhere = '## Sharing rules\n\n1. Justify the purpose.\n2. Information must be shared on a strict need-to-know basis.\n';
    expect(only('risk', elsewhere).length).toBe(1);
  });
});

describe('risk: a disciplinary threat needs a word of support in the same section', () => {
  const threat = 'Staff who share information inappropriately will face disciplinary action.';
  const support = 'Staff who share information in good faith to support someone’s care will be supported.';

  it('is flagged alone', () => {
    expect(only('risk', `## Breaches\n\n${threat}\n`).length).toBe(1);
  });

  it('is not flagged when the same section offers support', () => {
    expect(only('risk', `## Breaches\n\n${threat}\n\n${support}\n`)).toEqual([]);
  });

  it('is still flagged when the support is in another section', () => {
    expect(only('risk', `## Breaches\n\n${threat}\n\n## Support\n\n${support}\n`).length).toBe(1);
  });
});

describe('risk: messages', () => {
  it('never offers the reframe as a safe fix, and cites evidence for the nation', () => {
    const [england] = riskOnly('If in doubt, do not share.');
    expect(england!.fixKind).toBe('reframe');
    expect(england!.safe).toBe(false);
    expect(england!.evidence?.length).toBeGreaterThan(0);
    const scotland = riskOnly('If in doubt, do not share.', { nation: 'scotland' })[0]!;
    const titles = (scotland.evidence ?? []).map((e) => e.title).join(' ');
    expect(titles).not.toMatch(/251B/);
  });

  it('flags the whole sentence so the suggestion replaces only what is flagged', () => {
    const text = 'Intro. If in doubt, do not share. Outro.\n';
    const [hit] = findings(text).filter((f) => f.check === 'risk');
    expect(hit!.actual).toBe('If in doubt, do not share.');
  });
});

// Fifth session: inputs the mutation run showed no test gave (each seen to fail with its mutant
// applied by hand; docs/testing.md, "Survivors read in the fifth session").
describe('risk: an entry’s message, a statutory paragraph, and the longest entry', () => {
  it('gives the message of the entry’s form for the reader, then the words matched', () => {
    const [hit] = riskOnly('If in doubt, do not share.');
    const form = d.risk.forms?.[hit!.form as keyof NonNullable<typeof d.risk.forms>];
    expect(form).toBeDefined();
    expect(hit!.message.startsWith(`${form!.message.public.replace(/(\w)'(\w)/g, '$1’$2')} (‘`)).toBe(true);
  });

  it('lifts every sentence of a paragraph that names a statutory restriction', () => {
    expect(riskOnly('Old records are kept apart. If in doubt, do not share.').map((f) => f.actual)).toEqual(['If in doubt, do not share.']);
    expect(riskOnly('Adoption records are kept apart. If in doubt, do not share.')).toEqual([]);
  });

  it('reads four words in quotation marks as a term in scare quotes, counting from the nearest opening mark', () => {
    const ids = (text: string) => riskOnly(text).map((f) => `${f.ruleId}:${f.message.slice(f.message.lastIndexOf('(‘'))}`);
    expect(ids('Our policy tells staff who are “unsure must never share”.')).toEqual(['if-in-doubt:(‘unsure must never share’)']);
    expect(ids('Our «policy» tells staff who are “unsure must never share”.')).toEqual(['if-in-doubt:(‘unsure must never share’)']);
    // More than four words from the opening mark at the very start of the text: a quotation.
    expect(ids('“Staff who are unsure must never share.” That is the rule.')).toEqual([]);
  });

  it('reads straight double quotation marks as a quotation too', () => {
    const words = 'no information will be shared with anyone without your consent';
    expect(riskOnly(`The first leaflet said "${words}", which confused people.`)).toEqual([]);
    expect(riskOnly(`The first leaflet said that ${words}, which confused people.`).map((f) => f.form)).toEqual(['consent-gate']);
  });

  it('takes the longest of two extra entries that match at the same word, listed longest first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plain-ig-risk-order-'));
    const path = join(dir, 'extra.yml');
    const entry = (id: string, pattern: string) =>
      [`  - id: ${id}`, `    patterns: ["${pattern}"]`, '    reframe: Swap the rota with the ward manager’s agreement.', '    reason: It stops staff covering for each other.'].join('\n');
    writeFileSync(path, ['check: risk', 'entries:', entry('swap-long', 'never swap the rota'), entry('swap-short', 'never swap'), ''].join('\n'));
    const found = riskOnly('Staff must never swap the rota.', { dictionaries: [path] });
    expect(found.map((f) => [f.ruleId, f.message.slice(f.message.lastIndexOf('(‘'))])).toEqual([['swap-long', '(‘never swap the rota’)']]);
  });

  it('gives an extra threat entry without a form the threat form', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plain-ig-risk-threat-'));
    const path = join(dir, 'extra.yml');
    writeFileSync(
      path,
      ['check: risk', 'entries:', '  - id: rota-sacked', '    kind: threat', '    patterns: ["will be sacked on the spot"]', '    reframe: Tell your manager if you swapped a shift.', '    reason: Threats stop staff owning up.', ''].join('\n'),
    );
    const found = riskOnly('Anyone who swaps a shift will be sacked on the spot.', { dictionaries: [path] });
    expect(found.map((f) => [f.ruleId, f.form])).toEqual([['rota-sacked', 'threat']]);
  });
});

describe('risk: the catalogue section of an entry from an extra dictionary', () => {
  it('links an entry without a form to "other" and gives it the kind "wording"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plain-ig-risk-'));
    const path = join(dir, 'extra.yml');
    writeFileSync(
      path,
      [
        'check: risk',
        'entries:',
        '  - id: never-tell',
        '    patterns: ["never tell anyone"]',
        '    reframe: Tell the people who care for you what they need to know.',
        '    reason: It stops staff sharing for care.',
        '',
      ].join('\n'),
    );
    const { lines } = riskCatalogue({ dictionaries: dictionariesWith([path]), simplify: {} });
    const at = lines.indexOf('<a id="risk-never-tell"></a>\n#### never tell anyone\n');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('- Form: [other](#risk-other) · kind: wording');
  });
});

// Sixth session: an extra dictionary's entry with the optional keys no bundled entry uses
// (docs/testing.md, "Survivors read in the sixth session").
describe('risk: an extra entry for public notices, with its own severity and evidence', () => {
  const extra = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'plain-ig-risk-public-'));
    const path = join(dir, 'extra.yml');
    writeFileSync(
      path,
      [
        'check: risk',
        'entries:',
        '  - id: rota-never-swapped',
        '    patterns: ["never swap the rota"]',
        '    audience: public',
        '    severity: hint',
        '    evidence: [no-such-source, caldicott-7]',
        '    reframe: Staff can swap shifts with the ward manager’s agreement.',
        '    reason: It tells the public the rota can never change.',
        '',
      ].join('\n'),
    );
    return path;
  };
  const sentence = 'Staff must never swap the rota.';

  it('is flagged in a notice for the public, at the entry’s milder severity, citing only the evidence the dictionary holds', () => {
    const found = riskOnly(sentence, { audience: 'public', dictionaries: [extra()] });
    expect(found.map((f) => [f.ruleId, f.severity, f.actual])).toEqual([['rota-never-swapped', 'hint', sentence]]);
    expect(found[0]!.evidence!.map((e) => e.title)).toEqual(['Caldicott principle 7']);
    // An entry written for the public keeps its own reframe in a public notice.
    expect(found[0]!.expected).toEqual(['Staff can swap shifts with the ward manager’s agreement.']);
  });

  it('is not flagged in writing for staff', () => {
    expect(riskOnly(sentence, { audience: 'staff', dictionaries: [extra()] })).toEqual([]);
  });
});
