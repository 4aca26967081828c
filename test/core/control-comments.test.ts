import { describe, expect, it } from 'vitest';
import { brief, findings } from '../helpers.ts';

describe('inline control comments', () => {
  const body = 'We need interoperability. If in doubt, do not share.';

  it('disable … enable switches a check off for a stretch', () => {
    const text = `${body}\n\n<!-- plain-ig disable jargon -->\n\n${body}\n\n<!-- plain-ig enable jargon -->\n\n${body}\n`;
    const got = brief(findings(text)).filter((x) => x.startsWith('jargon/'));
    expect(got.length).toBe(2);
  });

  it('disable with a rule id and a reason leaves other rules alone', () => {
    const text = `<!-- plain-ig disable jargon/interoperability -- our readers are IT staff -->\n\n${body}\n`;
    const got = brief(findings(text));
    expect(got.some((x) => x.startsWith('jargon/interoperability'))).toBe(false);
    expect(got.some((x) => x.startsWith('risk/'))).toBe(true);
  });

  it('ignore-next skips only the next block', () => {
    const text = `<!-- plain-ig ignore-next -->\n${body}\n\n${body}\n`;
    const got = brief(findings(text));
    expect(got.filter((x) => x.startsWith('jargon/interoperability')).length).toBe(1);
    expect(got.filter((x) => x.startsWith('risk/')).length).toBe(1);
  });

  it('disable with no names switches everything off until the end', () => {
    expect(findings(`<!-- plain-ig disable -->\n\n${body}\n`)).toEqual([]);
  });
});
