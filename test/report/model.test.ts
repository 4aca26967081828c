import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../server/src/core/types.ts';
import { parseBaseline, summaryJson, BaselineError } from '../../server/src/report/baseline.ts';
import type { CheckedDocument, CollectedDocument, FindingInContext } from '../../server/src/report/collect.ts';
import { attentionBand, attentionScore, buildReport, easeLabel, FINDINGS_SHOWN, readingEase } from '../../server/src/report/model.ts';

function finding(check: CheckId, actual: string, ruleId = actual.toLowerCase().replace(/\W+/g, '-')): FindingInContext {
  const point = { line: 1, column: 1, offset: 0 };
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
  };
}

function doc(path: string, words: number, findings: FindingInContext[], sentenceLengths = [10, 20, 30]): CheckedDocument {
  return { kind: 'checked', path, words, sentences: sentenceLengths.length, sentenceLengths, syllables: words * 1.5, syllableWords: words, findings };
}

describe('measures', () => {
  it('weights risk-averse wording highest and counts short documents as 250 words', () => {
    const none = { jargon: 0, risk: 0, 'plain-words': 0, acronym: 0, outdated: 0, trust: 0, leadership: 0 };
    expect(attentionScore({ ...none, risk: 1 }, 1000)).toBe(3);
    expect(attentionScore({ ...none, jargon: 1 }, 1000)).toBe(2);
    expect(attentionScore({ ...none, 'plain-words': 1 }, 1000)).toBe(1);
    expect(attentionScore({ ...none, risk: 1 }, 10)).toBe(12);
    expect(attentionScore(none, 0)).toBe(0);
  });

  it.each([
    [45, 'High'],
    [30, 'High'],
    [10, 'Medium'],
    [9.9, 'Low'],
  ] as const)('attention %s is %s', (score, band) => expect(attentionBand(score)).toBe(band));

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

  it('ranks documents by attention score, most first', () => {
    expect(model.documents.map((d) => [d.rank, d.path, d.attention])).toEqual([
      [1, 'risky.md', 8],
      [2, 'wordy.md', 5],
      [3, 'clean.md', 0],
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

  it('shows at most 50 findings in context per document', () => {
    const many = buildReport([doc('long.md', 50_000, Array.from({ length: 70 }, () => finding('jargon', 'leverage')))]);
    expect(many.documents[0]!.findings).toBe(70);
    expect(many.documents[0]!.shown).toHaveLength(FINDINGS_SHOWN);
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
    expect(baseline.files).toEqual([{ path: 'risky.md', words: 1000, findings: 4, attention: 11 }]);
    const now = buildReport(collected, { baseline });
    expect(now.comparison!.documents).toMatchObject([{ path: 'risky.md', attention: { before: 11, after: 8 } }]);
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
