import { describe, expect, it } from 'vitest';
import { brief, only } from '../helpers.ts';

describe('acronym', () => {
  it.each([
    ['flags the first use only', 'Complete a DPIA first. The DPIA is reviewed yearly.', ['acronym/dpia:DPIA']],
    ['passes when defined on first use', 'Complete a data protection impact assessment (DPIA). Then the DPIA.', []],
    ['passes when defined as ACR (expansion)', 'Complete a DPIA (data protection impact assessment) first.', []],
    ['flags use before a later definition', 'Ask the SIRO. The Senior Information Risk Owner (SIRO) decides.', ['acronym/siro:SIRO']],
    ['lets widely known ones pass', 'Your GP and the NHS in the UK.', []],
    ['matches plurals', 'All DPIAs are stored centrally.', ['acronym/dpia:DPIAs']],
    ['is case-sensitive', 'The word dpia in lower case is not an acronym.', []],
  ])('%s', (_name, text, expected) => {
    expect(brief(only('acronym', text))).toEqual(expected);
  });

  it('offers the expansion as the fix', () => {
    const [hit] = only('acronym', 'Complete a DPIA first.');
    expect(hit!.expected).toEqual(['data protection impact assessment (DPIA)']);
    expect(hit!.safe).toBe(true);
  });

  it('offers every expansion of an ambiguous acronym, and none is applied automatically', () => {
    const [hit] = only('acronym', 'Send the SAR to the team.');
    expect(hit!.expected.length).toBeGreaterThan(1);
    expect(hit!.expected.join(' ')).toContain('subject access request (SAR)');
    expect(hit!.expected.join(' ')).toContain('safeguarding adults review (SAR)');
    expect(hit!.safe).toBe(false);
  });

  it('says when the definition comes later', () => {
    const [hit] = only('acronym', 'Ask the SIRO. The Senior Information Risk Owner (SIRO) decides.');
    expect(hit!.message).toContain('defined later');
  });
});
