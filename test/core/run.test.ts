// The pipeline around the checks: the allow list, running text, overlaps between checks,
// the order and fields of findings, and the statistics.
import { describe, expect, it } from 'vitest';
import type { Candidate, Check } from '../../server/src/core/check-api.ts';
import { checkText } from '../../server/src/engine/check-text.ts';
import { allowMatcher, checkText as coreCheckText, clearBlockCache, isRunningText, SHORT_SENTENCE_WORDS } from '../../server/src/core/run.ts';
import type { CheckId } from '../../server/src/core/types.ts';
import { applySettings } from '../../server/src/core/settings.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { brief, findings } from '../helpers.ts';

const candidate = (check: Candidate['check'], ruleId: string, actual: string): Candidate => ({
  check, ruleId, start: 0, end: actual.length, actual, expected: [], fixKind: 'none', safe: false, message: '', note: '',
});

describe('the allow list', () => {
  it('matches a rule id, check/rule, or the words (any case, spacing, hyphen or US spelling)', () => {
    const allowed = allowMatcher(['utilise', 'jargon/cloud', 'Back-End', 'IG lead']);
    expect(allowed(candidate('plain-words', 'utilise', 'anything'))).toBe(true);
    expect(allowed(candidate('jargon', 'cloud', 'the cloud'))).toBe(true);
    expect(allowed(candidate('risk', 'cloud', 'the cloud'))).toBe(false);
    expect(allowed(candidate('jargon', 'back-end', 'back end'))).toBe(true);
    expect(allowed(candidate('jargon', 'x', 'Utilize'))).toBe(true);
    expect(allowed(candidate('trust', 'x', 'IG  Lead'))).toBe(true);
    expect(allowed(candidate('trust', 'x', 'IG'))).toBe(false);
    expect(allowMatcher([])(candidate('jargon', 'cloud', 'cloud'))).toBe(false);
  });

  it('leaves out what it names in a whole check, and nothing else', () => {
    const text = 'We utilise interoperability.\n';
    expect(brief(findings(text))).toEqual(['plain-words/utilise:utilise', 'jargon/interoperability:interoperability']);
    expect(brief(findings(text, { settings: { allow: ['utilise'] } }))).toEqual(['jargon/interoperability:interoperability']);
    expect(brief(findings(text, { settings: { allow: ['jargon/interoperability'] } }))).toEqual(['plain-words/utilise:utilise']);
  });
});

describe('running text', () => {
  it('a sentence that ends with a mark, or is long enough, and is not in a heading or table', () => {
    expect(SHORT_SENTENCE_WORDS).toBe(6);
    expect(isRunningText('paragraph', 2, 'Staff share.')).toBe(true);
    expect(isRunningText('paragraph', 2, 'Do we?')).toBe(true);
    expect(isRunningText('paragraph', 2, 'Say “no!”  ')).toBe(true);
    expect(isRunningText('list', 2, 'Staff members')).toBe(false);
    expect(isRunningText('list', 6, 'Staff members of the whole team')).toBe(true);
    expect(isRunningText('list', 5, 'Staff members of the team')).toBe(false);
    expect(isRunningText('heading', 9, 'A long heading that ends with a full stop.')).toBe(false);
    expect(isRunningText('table', 9, 'A long cell that ends with a full stop.')).toBe(false);
    expect(isRunningText('paragraph', 0, '.')).toBe(false);
  });
});

describe('checking a text', () => {
  const settingsOf = (input: Record<string, unknown>) => applySettings(defaultSettings(), input).settings;

  it('gives findings in document order, each with its line, column, severity from the settings and its catalogue link', () => {
    const result = checkText('Intro.\n\nWe utilise interoperability.\n', { format: 'markdown', settings: settingsOf({ checks: { 'plain-words': 'error' } }) });
    expect(result.findings.map((f) => [f.check, f.ruleId, f.severity, f.start.line, f.start.column, f.start.offset, f.end.column, f.url])).toEqual([
      ['plain-words', 'utilise', 'error', 3, 4, 11, 11, 'https://github.com/plain-ig/plain-ig/blob/main/docs/rules.md#plain-words-utilise'],
      ['jargon', 'interoperability', 'warning', 3, 12, 19, 28, 'https://github.com/plain-ig/plain-ig/blob/main/docs/rules.md#jargon-interoperability'],
    ]);
  });

  it('a switched-off check finds nothing; the others are unchanged', () => {
    const text = 'We utilise interoperability.\n';
    expect(brief(checkText(text, { format: 'markdown', settings: settingsOf({ checks: { jargon: false } }) }).findings)).toEqual(['plain-words/utilise:utilise']);
    expect(brief(checkText(text, { format: 'markdown', settings: settingsOf({ checks: { 'plain-words': 'off' } }) }).findings)).toEqual(['jargon/interoperability:interoperability']);
  });

  it('counts words and sentences, and which sentences are running text', () => {
    const { stats } = checkText('# Data sharing\n\nWe share records with care. Staff ask first.\n\n- Staff members\n', { format: 'markdown', settings: defaultSettings() });
    expect(stats.words).toBe(12);
    expect(stats.sentenceLengths).toEqual([2, 5, 3, 2]);
    expect(stats.runningSentenceLengths).toEqual([5, 3]);
    expect(stats.sentences).toBe(4);
    expect(stats.blocks).toBe(3);
  });
});

describe('overlapping findings of two checks', () => {
  const text = 'abcdefghij klmnop qrstuv wxyz one two three.\n';
  const flag = (id: string, start: number, end: number): Candidate => ({
    check: id as CheckId, ruleId: `${id}-${start}`, start, end, actual: text.slice(start, end), expected: [], fixKind: 'none', safe: false, message: 'm', note: 'n',
  });
  /** A check that flags the given spans of the first block (offsets in the text). */
  const flagger = (id: string, priority: number, spans: Array<[number, number]>, extra: Partial<Check> = {}): Check => ({
    id: id as CheckId, title: id, titleOne: id, description: `${id}.`, defaultSeverity: 'info', priority,
    report: { explain: id, weight: 1, colour: '#000000', order: 0 },
    collect: () => spans.map(([start, end]) => flag(id, start, end)),
    ...extra,
  });
  // The block cache keys on check ids, not on the check objects: each run starts cold.
  const run = (...checks: Check[]): string[] => {
    clearBlockCache();
    const findings = coreCheckText(text, { format: 'markdown', settings: defaultSettings(), checks }).findings;
    clearBlockCache();
    return findings.map((f) => `${f.check}:${f.start.offset}-${f.end.offset}`);
  };

  it.each([
    ['the higher-priority check wins, whichever starts first', [[0, 5]], [[3, 8]], ['a:0-5']],
    ['... also when the other starts first', [[3, 8]], [[0, 5]], ['a:3-8']],
    ['words that only touch are both kept', [[0, 5]], [[5, 8]], ['a:0-5', 'b:5-8']],
    ['... on either side', [[5, 8]], [[0, 5]], ['b:0-5', 'a:5-8']],
    ['a finding between two others is kept', [[0, 3], [10, 13]], [[4, 9]], ['a:0-3', 'b:4-9', 'a:10-13']],
    ['one that reaches into the next is dropped', [[0, 3], [10, 13]], [[4, 11]], ['a:0-3', 'a:10-13']],
    ['one that starts inside the one before is dropped', [[0, 3], [10, 13]], [[12, 20]], ['a:0-3', 'a:10-13']],
    ['one inside a longer one is dropped', [[0, 16]], [[4, 6]], ['a:0-16']],
    ['the same check may flag overlapping words once: the first kept', [], [[0, 5], [3, 8], [6, 10]], ['b:0-5', 'b:6-10']],
  ] as Array<[string, Array<[number, number]>, Array<[number, number]>, string[]]>)('%s', (_name, a, b, expected) => {
    expect(run(flagger('a', 1, a), flagger('b', 2, b))).toEqual(expected);
  });

  it('a check the settings do not name gives its findings its entry\'s severity, or info', () => {
    clearBlockCache();
    const findings = coreCheckText(text, { format: 'markdown', settings: defaultSettings(), checks: [flagger('a', 1, [[0, 5]])] }).findings;
    clearBlockCache();
    expect(findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('a check that spans a sentence keeps its finding beside the words it covers', () => {
    expect(run(flagger('a', 1, [[0, 5]]), flagger('s', 2, [[0, 30]], { span: true }))).toEqual(['a:0-5', 's:0-30']);
  });

  it('a finding a check hands on under an id no check has wins over every check', () => {
    const stranger = flagger('c', 3, [], { finalize: (list) => [...list, flag('zz', 2, 6)] });
    expect(run(flagger('a', 1, [[0, 5]]), stranger)).toEqual(['zz:2-6']);
    expect(run(flagger('a', 1, [[0, 5]]), flagger('b', 2, [[6, 9]]), stranger)).toEqual(['zz:2-6', 'b:6-9']);
  });
});
