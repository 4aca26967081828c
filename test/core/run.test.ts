// The pipeline around the checks: the allow list, running text, overlaps between checks,
// the order and fields of findings, and the statistics.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../server/src/core/check-api.ts';
import { checkText } from '../../server/src/engine/check-text.ts';
import { allowMatcher, isRunningText, SHORT_SENTENCE_WORDS } from '../../server/src/core/run.ts';
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
