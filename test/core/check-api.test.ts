import { describe, expect, it } from 'vitest';
import { CATALOGUE_URL, matchCase, milder, quote, ruleUrl } from '../../server/src/core/check-api.ts';

describe('the helpers every check uses', () => {
  it('gives a replacement the capital of the word it replaces', () => {
    expect(matchCase('Utilise', 'use')).toBe('Use');
    expect(matchCase('utilise', 'use')).toBe('use');
    expect(matchCase('utilise', 'Use')).toBe('Use');
    // An acronym or a shouted word: the replacement keeps its own case.
    expect(matchCase('DPIA', 'data protection impact assessment')).toBe('data protection impact assessment');
    expect(matchCase('UTILISE', 'use')).toBe('use');
    // One capital letter is a capitalised word, not an acronym.
    expect(matchCase('A', 'the')).toBe('The');
    // A first character with no case (a digit, a quote) gives no capital.
    expect(matchCase('1st', 'first')).toBe('first');
    expect(matchCase('‘utilise', 'use')).toBe('use');
    expect(matchCase('Utilise', '')).toBe('');
    expect(matchCase('', 'use')).toBe('use');
  });

  it('takes the milder of two severities, and the first when the second is absent', () => {
    expect(milder('error', 'warning')).toBe('warning');
    expect(milder('warning', 'error')).toBe('warning');
    expect(milder('info', 'hint')).toBe('hint');
    expect(milder('hint', 'info')).toBe('hint');
    expect(milder('warning', 'warning')).toBe('warning');
    expect(milder('error', undefined)).toBe('error');
  });

  it('links a rule to its heading in the catalogue and quotes with curly quotes', () => {
    expect(ruleUrl('plain-words', 'utilise')).toBe(`${CATALOGUE_URL}#plain-words-utilise`);
    expect(CATALOGUE_URL).toBe('https://github.com/plain-ig/plain-ig/blob/main/docs/rules.md');
    expect(quote('prior to')).toBe('‘prior to’');
    // Words a hard line wrap split are quoted on one line, whatever the break (LF, CRLF, CR, tab, spaces).
    expect(quote('prior\nto')).toBe('‘prior to’');
    expect(quote('in\r\n  order to')).toBe('‘in order to’');
    expect(quote('in\rorder\tto')).toBe('‘in order to’');
    expect(quote('prior  to')).toBe('‘prior to’');
  });
});
