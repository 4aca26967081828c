import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../server/src/core/types.ts';
import { parseBaseline, summaryJson, BaselineError } from '../../server/src/report/baseline.ts';
import type { CheckedDocument, CollectedDocument, FindingInContext } from '../../server/src/report/collect.ts';
import {
  attentionBand,
  attentionScore,
  bandCuts,
  buildReport,
  checkName,
  easeLabel,
  formatRate,
  readingEase,
  rewriteSentence,
  sharingRank,
} from '../../server/src/report/model.ts';

function finding(check: CheckId, actual: string, ruleId = actual.toLowerCase().replace(/\W+/g, '-'), at = 0): FindingInContext {
  const point = { line: 1, column: 1, offset: at };
  return {
    check,
    ruleId,
    severity: 'warning',
    message: check === 'risk' ? `This wording may put staff off sharing. (‘${actual}’)` : `‘${actual}’ is jargon.`,
    note: `Why ${ruleId} matters.`,
    actual: check === 'risk' ? `We must keep data safe ${actual}.` : actual,
    expected: ['plainer'],
    fixKind: 'replace',
    safe: true,
    start: point,
    end: point,
    url: 'https://example.org',
    context: { before: '', match: actual, after: '' },
    sentence: { start: at, text: `${actual} is here.` },
  };
}

/** A finding on `words` inside `sentence`, which starts at document offset `base`. */
function inSentence(check: CheckId, sentence: string, words: string, expected: string[], base = 100, extra: Partial<FindingInContext> = {}): FindingInContext {
  const from = base + sentence.indexOf(words);
  return {
    ...finding(check, words),
    expected,
    fixKind: check === 'risk' ? 'reframe' : 'replace',
    start: { line: 3, column: 1, offset: from },
    end: { line: 3, column: 1, offset: from + words.length },
    sentence: { start: base, text: sentence },
    context: { before: sentence.slice(0, sentence.indexOf(words)), match: words, after: sentence.slice(sentence.indexOf(words) + words.length) },
    ...extra,
  };
}

function doc(path: string, words: number, findings: FindingInContext[], sentenceLengths = [10, 20, 30]): CheckedDocument {
  return { kind: 'checked', path, words, sentences: sentenceLengths.length, sentenceLengths, syllables: words * 1.5, syllableWords: words, findings };
}

describe('measures', () => {
  it('weights risk-averse wording highest and counts short documents as 250 words', () => {
    const none = { jargon: 0, risk: 0, 'plain-words': 0, acronym: 0, outdated: 0, trust: 0, leadership: 0 };
    expect(attentionScore({ ...none, risk: 1 }, 1000)).toBe(10);
    expect(attentionScore({ ...none, jargon: 1 }, 1000)).toBe(2);
    expect(attentionScore({ ...none, 'plain-words': 1 }, 1000)).toBe(1);
    expect(attentionScore({ ...none, risk: 1 }, 10)).toBe(40);
    expect(attentionScore(none, 0)).toBe(0);
  });

  it('orders checks by what matters for sharing: risk, then trust and leadership, then jargon, then wording', () => {
    expect(['plain-words', 'jargon', 'leadership', 'risk', 'trust', 'outdated'].sort((a, b) => sharingRank(a) - sharingRank(b))).toEqual([
      'risk',
      'trust',
      'leadership',
      'jargon',
      'outdated',
      'plain-words',
    ]);
    expect(checkName('trust')).toBe('Who acts and who decides');
    expect(checkName('something-new')).toBe('something-new');
  });

  it.each([
    [45, 'High'],
    [30, 'High'],
    [10, 'Medium'],
    [9.9, 'Low'],
    [0, 'Low'],
  ] as const)('with the fixed bands of a small library, attention %s is %s', (score, band) => expect(attentionBand(score)).toBe(band));

  it('cuts the bands at the thirds of the library, so a library where every score is high still has Low documents', () => {
    const scores = [80, 70, 64, 58, 51, 45, 40, 36, 33];
    const cuts = bandCuts(scores);
    expect(cuts).toEqual({ method: 'thirds', high: 64, medium: 40.1 });
    expect(scores.map((score) => attentionBand(score, cuts))).toEqual(['High', 'High', 'High', 'Medium', 'Medium', 'Medium', 'Low', 'Low', 'Low']);
  });

  it('never rates a document with nothing found above Low, and uses fixed bands with fewer than three scored documents', () => {
    const cuts = bandCuts([12, 4, 3, 0, 0, 0]);
    expect([12, 4, 3, 0].map((score) => attentionBand(score, cuts))).toEqual(['High', 'High', 'Medium', 'Low']);
    expect(bandCuts([50, 2, 0, 0])).toEqual({ method: 'fixed', high: 30, medium: 10 });
  });

  it.each([
    [2, 0, 'under 0.1'],
    [0, 0, '0'],
    [1, 0.1, '0.1'],
    [40, 12.3, '12.3'],
    [9000, 1234.5, '1,234.5'],
  ])('shows %s findings at %s per 1,000 words as "%s"', (count, rate, text) => expect(formatRate(count, rate)).toBe(text));

  it('computes Flesch reading ease from words, sentences and syllables', () => {
    // 100 words, 5 sentences, 1.5 syllables a word: 206.835 - 1.015 * 20 - 84.6 * 1.5 = 59.635
    expect(readingEase(100, 5, 150, 100)).toBe(60);
    expect(readingEase(5, 1, 5, 5)).toBeNull();
    expect(easeLabel(65)).toBe('plain English');
    expect(easeLabel(null)).toBe('too little text to score');
  });
});

describe('buildReport', () => {
  const collected: CollectedDocument[] = [
    doc('clean.md', 2000, []),
    doc('risky.md', 1000, [finding('risk', 'at all times'), finding('risk', 'at all times'), finding('jargon', 'leverage')]),
    doc('wordy.md', 1000, [finding('plain-words', 'utilise'), finding('jargon', 'leverage'), finding('jargon', 'Leverage')]),
    { kind: 'skipped', path: 'scan.md', reason: 'looks like a binary file, not text' },
  ];
  const model = buildReport(collected, { generatedAt: '2025-01-31T00:00:00Z' });

  it('ranks documents by attention score, most first (two scored documents: the fixed bands)', () => {
    expect(model.bands.method).toBe('fixed');
    expect(model.documents.map((d) => [d.rank, d.path, d.attention, d.band])).toEqual([
      [1, 'risky.md', 22, 'Medium'],
      [2, 'wordy.md', 5, 'Low'],
      [3, 'clean.md', 0, 'Low'],
    ]);
  });

  it('counts the library per check and per 1,000 words', () => {
    expect(model.library.words).toBe(4000);
    expect(model.library.byCheck).toEqual({ jargon: 3, risk: 2, 'plain-words': 1, acronym: 0, outdated: 0, trust: 0, leadership: 0 });
    expect(model.library.per1000.jargon).toBe(0.8);
    expect(model.library.findingsPer1000).toBe(1.5);
    expect(model.library.sentenceBands).toEqual([0, 3, 0, 3, 0, 3, 0, 0, 0]);
    expect(model.library.longSentences).toBe(3);
    expect(model.notChecked).toEqual([{ path: 'scan.md', reason: 'looks like a binary file, not text' }]);
  });

  it('lists the most frequent terms with their wording as most often written', () => {
    expect(model.topJargon).toMatchObject([{ term: 'leverage', count: 3, documents: 2, suggestions: ['plainer'], why: 'Why leverage matters.' }]);
    expect(model.topRisk).toMatchObject([{ term: 'at all times', count: 2, documents: 1 }]);
  });

  it('keeps every finding, grouped by check with risk-averse wording first', () => {
    const many = buildReport([
      doc('long.md', 50_000, [
        ...Array.from({ length: 70 }, (_, i) => finding('plain-words', 'utilise', 'utilise', i + 10)),
        finding('jargon', 'leverage', 'leverage', 5),
        finding('risk', 'at all times', 'at-all-times', 9_000),
      ]),
    ]);
    const groups = many.documents[0]!.groups;
    expect(groups.map((g) => [g.check, g.findings.length])).toEqual([
      ['risk', 1],
      ['jargon', 1],
      ['plain-words', 70],
    ]);
    expect(groups[2]!.findings.map((f) => f.start.offset).slice(0, 3)).toEqual([10, 11, 12]);
  });

  it('compares with its own JSON summary: no change, then a document added', () => {
    const baseline = parseBaseline(summaryJson(model), 'before.json');
    const same = buildReport(collected, { baseline });
    expect(same.comparison!.library.attention).toEqual({ before: model.library.attention, after: model.library.attention });
    const grown = buildReport([...collected, doc('new.md', 1000, [finding('risk', 'at all times')])], { baseline });
    expect(grown.comparison!.added).toEqual(['new.md']);
    expect(grown.comparison!.library.findings).toEqual({ before: 6, after: 7 });
  });

  it('compares with the output of check --format json', () => {
    const check = {
      version: 1,
      files: [{ path: 'risky.md', words: 1000, findings: [{ check: 'risk' }, { check: 'risk' }, { check: 'risk' }, { check: 'jargon' }] }],
      summary: { files: 1, words: 1000, findings: 4, byCheck: { jargon: 1, risk: 3, 'plain-words': 0, acronym: 0, outdated: 0 } },
    };
    const baseline = parseBaseline(JSON.stringify(check), 'check.json');
    expect(baseline.files).toEqual([{ path: 'risky.md', words: 1000, findings: 4, attention: 32 }]);
    const now = buildReport(collected, { baseline });
    expect(now.comparison!.documents).toMatchObject([{ path: 'risky.md', attention: { before: 32, after: 22 } }]);
    expect(now.comparison!.library.per1000.risk).toEqual({ before: 3, after: 0.5 });
    expect(now.comparison!.removed).toEqual([]);
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['no files list', '{"summary": {}}', /not a Plain IG summary/],
  ])('rejects a baseline that is %s', (_name, text, reason) => {
    expect(() => parseBaseline(text, 'old.json')).toThrow(BaselineError);
    expect(() => parseBaseline(text, 'old.json')).toThrow(reason);
  });
});

describe('where to start', () => {
  const riskSentence = 'Information must only be shared on a need-to-know basis.';
  const jargonSentence = 'Staff can leverage the data warehouse to utilise records.';
  const risk = inSentence('risk', riskSentence, 'only be shared on a need-to-know basis', ['Share with the people who need it to care for the person.'], 500);
  const jargon = [
    inSentence('jargon', jargonSentence, 'leverage', ['use'], 100),
    inSentence('jargon', jargonSentence, 'data warehouse', ['central store of records'], 100),
    inSentence('plain-words', jargonSentence, 'utilise', ['use'], 100),
  ];

  it('rewrites a sentence with every suggestion in place, and a risk-averse one with its whole rewording', () => {
    expect(rewriteSentence(jargon)).toBe('Staff can use the central store of records to use records.');
    // An info-level wordy phrase is left for the writer when a more important check is in the sentence.
    const quiet = [jargon[0]!, { ...jargon[2]!, severity: 'info' as const }];
    expect(rewriteSentence(quiet)).toBe('Staff can use the data warehouse to utilise records.');
    expect(rewriteSentence([quiet[1]!])).toBe('Staff can leverage the data warehouse to use records.');
    expect(rewriteSentence([risk])).toBe('Share with the people who need it to care for the person.');
    const remove = inSentence('plain-words', 'Please note that staff must log in.', 'Please note that', [], 0);
    expect(rewriteSentence([remove])).toBe('Staff must log in.');
    expect(rewriteSentence([inSentence('acronym', 'Ask the DPO.', 'DPO', [], 0, { fixKind: 'none' })])).toBeUndefined();
  });

  it('puts risk-averse wording first, even in a lower-ranked document, and lists a repeated sentence once', () => {
    const wordy = doc('wordy.md', 300, jargon);
    // The same sentence twice in one document still counts as one more document.
    const twice = jargon.map((f) => ({ ...f, start: { ...f.start, offset: f.start.offset + 1000 }, end: { ...f.end, offset: f.end.offset + 1000 }, sentence: { ...f.sentence, start: 1100 } }));
    const repeat = doc('copy.md', 300, [...jargon.map((f) => ({ ...f })), ...twice]);
    const calm = doc('calm.md', 5000, [risk]);
    const start = buildReport([wordy, repeat, calm]).whereToStart;
    expect(start.map((s) => [s.path, s.check, s.findings, s.documents])).toEqual([
      ['calm.md', 'risk', 1, 1],
      ['copy.md', 'jargon', 3, 2],
    ]);
    expect(start[0]!.suggestion).toBe('Share with the people who need it to care for the person.');
    expect(start[0]!.where).toBe('Line 3');
    expect(start[1]!.suggestion).toBe('Staff can use the central store of records to use records.');
  });

  it('counts risk-averse wording per form, most first, with findings that have no form last as other wording', () => {
    const forms = buildReport([
      doc('a.md', 1000, [
        { ...risk, form: 'consent-gate' },
        { ...risk, form: 'consent-gate', start: { ...risk.start, offset: 900 } },
        { ...risk, form: 'threat' },
      ]),
      doc('b.md', 1000, [risk, { ...risk, form: 'consent-gate' }]),
    ]).riskForms;
    expect(forms.map((row) => [row.form, row.count, row.per1000, row.documents])).toEqual([
      ['consent-gate', 3, 1.5, 2],
      ['threat', 1, 0.5, 1],
      ['other', 1, 0.5, 1],
    ]);
    expect(forms[0]!.name).toBe('Consent asked for before any sharing, even for care');
  });
});
