import { readFileSync } from 'node:fs';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import { describe, expect, it } from 'vitest';
import { retextPlainIgPlainWords, retextPlainIgRisk } from '../../server/src/engine/retext-plugins.ts';
import { brief, only } from '../helpers.ts';

const plain = (text: string) => brief(only('plain-words', `${text}\n`));

describe('plain-words (retext-simplify, adjusted for IG)', () => {
  it.each([
    ['a pompous word', 'We utilise the form.', ['plain-words/utilise:utilise']],
    ['US spelling too', 'We utilize the form.', ['plain-words/utilize:utilize']],
    ['a wordy phrase', 'We do this in order to help.', ['plain-words/in-order-to:in order to']],
    ['disclose is a term of art', 'We may disclose information to the police.', []],
    ['appropriate safeguards are statutory wording', 'We apply appropriate safeguards.', []],
    ['subject access request is a legal right', 'Make a subject access request.', []],
    ['data minimisation is a principle', 'We minimise the data we hold.', []],
    ['a past tense', 'We utilised the form.', ['plain-words/utilise:utilised']],
    ['a third person', 'The team utilises the form.', ['plain-words/utilise:utilises']],
    ['a gerund', 'We are facilitating the meeting.', ['plain-words/facilitate:facilitating']],
    ['a plural noun', 'There are two components.', ['plain-words/component:components']],
    ['a phrase with a plural inside', 'We use it for the purposes of audit.', ['plain-words/for-the-purpose-of:for the purposes of']],
    ['a term of art is off in every form', 'We disclosed information to the police.', []],
    ['a very common word stays literal (its hint covers the form as written only)', 'Staff are required to attend.', []],
    ['an -ing form used as an adjective', 'Follow the remaining steps.', []],
    ['an -ed form that names a state', 'We keep it until we are satisfied with the result.', []],
    ['an -ing form inside a compound noun', 'Follow the standard operating procedure.', []],
    ['an -ing form used as a verb', 'We are operating two systems.', ['plain-words/operate:operating']],
    ['a capitalised form inside a name', 'Ask the Group Advising on Data first.', []],
    ['a word being discussed in quotation marks', 'Avoid the word “utilised” in letters.', []],
  ])('%s', (_name, text, expected) => {
    expect(plain(text)).toEqual(expected);
  });

  it('marks the inflected word exactly and does not apply its fix without a person reading it', () => {
    const text = 'We utilised the form.';
    const [hit] = only('plain-words', `${text}\n`);
    // The alternative is "use" as written, or "used" once the core's fit step puts it in the matched form.
    expect(hit).toMatchObject({ ruleId: 'utilise', actual: 'utilised', severity: 'info' });
    expect(hit!.expected[0]).toMatch(/^used?$/);
    expect(hit!.start.offset).toBe(3);
    expect(hit!.end.offset).toBe(11);
    if (hit!.expected[0] === 'use') {
      expect(hit!.safe).toBe(false);
      expect(hit!.unsafeReason).toMatch(/another form/);
    }
  });

  it('offers UK-friendly alternatives where retext-simplify’s are wrong', () => {
    const [shall] = only('plain-words', 'Staff shall record the decision.\n');
    expect(shall!.expected).toEqual(['must', 'will']);
    expect(shall!.safe).toBe(false);
  });

  it('turns very common words into hints', () => {
    const [ensure] = only('plain-words', 'Managers ensure staff are trained.\n');
    expect(ensure!.severity).toBe('hint');
  });

  it('keeps the capital letter of a sentence start', () => {
    const [hit] = only('plain-words', 'Utilise the form.\n');
    expect(hit!.expected).toEqual(['Use']);
  });

  it('leaves block quotes alone', () => {
    expect(plain('> We utilise appropriate measures in order to comply.')).toEqual([]);
  });

  it('full metadata of one message', () => {
    const [finding] = only('plain-words', 'We utilise the form.\n');
    expect(finding).toEqual({
      check: 'plain-words',
      ruleId: 'utilise',
      severity: 'info',
      message: '‘utilise’ has a plainer alternative. Try ‘use’.',
      note: expect.stringContaining('Plain words help every reader'),
      actual: 'utilise',
      expected: ['use'],
      fixKind: 'replace',
      safe: true,
      start: { line: 1, column: 4, offset: 3 },
      end: { line: 1, column: 11, offset: 10 },
      url: 'https://github.com/plain-ig/plain-ig/blob/main/docs/rules.md#plain-words-utilise',
    });
  });

  it('runs as a retext plugin on its own', async () => {
    const file = await retext().use(retextEnglish).use(retextPlainIgPlainWords).process('We utilise it.');
    expect(file.messages.map((m) => [m.source, m.ruleId, m.expected])).toEqual([['plain-words', 'utilise', ['use']]]);
  });
});

describe('plain-words still finds everything retext-simplify finds', () => {
  it('on a generated policy: every retext-simplify match is still a finding', async () => {
    const { policyDocument } = await import('../../bench/corpus.ts');
    const { checkText } = await import('../../server/src/engine/check-text.ts');
    const { applySettings } = await import('../../server/src/core/settings.ts');
    const { defaultSettings } = await import('../../server/src/engine/settings.ts');
    const { settings } = applySettings(defaultSettings(), { checks: { jargon: false, risk: false, acronym: false, outdated: false } });
    const text = policyDocument(3_000, 11);
    // Golden: what the pipeline with retext-simplify's own matcher found in this text (recorded
    // from the frozen copy of the core that test/perf/reference held until issue 15).
    const expected = JSON.parse(readFileSync(new URL('../fixtures/golden/retext-simplify-matches.json', import.meta.url), 'utf8')) as string[];
    const found = new Set(checkText(text, { format: 'markdown', settings }).findings.map((f) => `${f.ruleId}@${f.start.offset}`));
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.filter((key) => !found.has(key))).toEqual([]);
  });
});

describe('risk as a retext plugin on its own', () => {
  it('flags the sentence and carries the reframe and evidence', async () => {
    const file = await retext().use(retextEnglish).use(retextPlainIgRisk).process('If in doubt, do not share. Thanks.');
    expect(file.messages).toHaveLength(1);
    const message = file.messages[0]! as unknown as { source: string; actual: string; expected: string[]; evidence: unknown[]; fixKind: string };
    expect(message.source).toBe('risk');
    expect(message.actual).toBe('If in doubt, do not share.');
    expect(message.expected[0]).toMatch(/ask/i);
    expect(message.fixKind).toBe('reframe');
    expect(message.evidence.length).toBeGreaterThan(0);
    expect(file.messages[0]!.fatal).toBe(false);
    expect((file.messages[0] as unknown as { severity: string }).severity).toBe('warning');
  });
});
