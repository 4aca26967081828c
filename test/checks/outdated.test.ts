import { describe, expect, it } from 'vitest';
import { brief, only } from '../helpers.ts';

describe('outdated', () => {
  it.each([
    ['the IG Toolkit', 'Complete the IG Toolkit each year.', ['outdated/ig-toolkit:IG Toolkit']],
    ['GDPR without UK', 'Under GDPR we must keep records.', ['outdated/gdpr:GDPR']],
    ['UK GDPR passes', 'Under UK GDPR we must keep records.', []],
    ['EU GDPR passes', 'EU GDPR applies only in limited cases.', []],
    ['the 1998 Act', 'The Data Protection Act 1998 applies.', ['outdated/data-protection-act-1998:Data Protection Act 1998']],
    ['the 2018 Act passes', 'The Data Protection Act 2018 applies.', []],
  ])('%s', (_name, text, expected) => {
    expect(brief(only('outdated', text))).toEqual(expected);
  });

  it('gives the current name and when it changed', () => {
    const [hit] = only('outdated', 'Complete the IG Toolkit each year.');
    expect(hit!.expected[0]).toContain('Data Security and Protection Toolkit');
    expect(hit!.message).toMatch(/since .*2018/);
  });

  it('keeps the current name as written when the old one was an acronym', () => {
    const [hit] = only('outdated', 'Contact your CCG.');
    expect(hit!.expected[0]).not.toMatch(/^Integrated/);
  });
});
