import { describe, expect, it } from 'vitest';
import { disabledForDocument, isSuppressed, parseControlComments, suppressions } from '../../server/src/core/control-comments.ts';
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

describe('control comments, one function at a time', () => {
  const comment = (text: string, start: number) => ({ text, start, end: start + text.length + 7 });

  it('reads the action, the names (spaces or commas) and the reason after "--"', () => {
    expect(parseControlComments([
      comment(' plain-ig disable jargon/cloud, risk -- we explain it ', 0),
      comment('plain-ig enable', 100),
      comment('  plain-ig ignore-next plain-words ', 200),
      comment(' plain-ig disable -- ', 300),
      comment(' not ours ', 400),
      comment(' plain-ig disabled jargon ', 500),
      comment(' plain-igdisable jargon ', 600),
    ])).toEqual([
      { action: 'disable', rules: ['jargon/cloud', 'risk'], reason: 'we explain it', start: 0, end: 61 },
      { action: 'enable', rules: [], start: 100, end: 122 },
      { action: 'ignore-next', rules: ['plain-words'], start: 200, end: 242 },
      { action: 'disable', rules: [], start: 300, end: 328 },
    ]);
    // "--" inside a name is not a reason.
    expect(parseControlComments([comment(' plain-ig disable a--b ', 0)])[0]!.rules).toEqual(['a--b']);
    // A reason straight after "--", and a reason of only spaces (none).
    expect(parseControlComments([comment(' plain-ig disable jargon --our readers know it ', 0)])[0]).toMatchObject({ rules: ['jargon'], reason: 'our readers know it' });
    expect(parseControlComments([comment(' plain-ig disable jargon --   ', 0)])[0]).toEqual({ action: 'disable', rules: ['jargon'], start: 0, end: 37 });
  });

  it('a disable lasts until its enable, or the end; the first disable of a name counts', () => {
    const controls = [
      { action: 'disable', rules: ['jargon'], start: 10, end: 20 },
      { action: 'disable', rules: ['jargon'], start: 30, end: 40 },
      { action: 'enable', rules: ['jargon'], start: 50, end: 60 },
      { action: 'disable', rules: ['risk'], start: 70, end: 80 },
      { action: 'enable', rules: ['acronym'], start: 90, end: 95 },
    ] as const;
    expect(suppressions(controls.map((c) => ({ ...c, rules: [...c.rules] })), [], 200)).toEqual([
      { start: 20, end: 50, rules: ['jargon'] },
      { start: 80, end: 200, rules: ['risk'] },
    ]);
  });

  it('an enable with no names ends every open stretch, the one for everything too', () => {
    const list = suppressions([
      { action: 'disable', rules: [], start: 0, end: 5 },
      { action: 'disable', rules: ['risk'], start: 10, end: 15 },
      { action: 'enable', rules: [], start: 50, end: 55 },
      { action: 'enable', rules: ['risk'], start: 60, end: 65 },
    ], [], 100);
    expect(list).toEqual([
      { start: 5, end: 50, rules: [] },
      { start: 15, end: 50, rules: ['risk'] },
    ]);
  });

  it('ignore-next covers the first block that starts after the comment, and nothing when there is none', () => {
    const blocks = [{ start: 0, end: 9 }, { start: 20, end: 30 }, { start: 40, end: 50 }];
    expect(suppressions([{ action: 'ignore-next', rules: ['risk'], start: 10, end: 20 }], blocks, 60)).toEqual([{ start: 20, end: 30, rules: ['risk'] }]);
    expect(suppressions([{ action: 'ignore-next', rules: [], start: 51, end: 58 }], blocks, 60)).toEqual([]);
  });

  it('a stretch switches off a finding that starts inside it, by check, rule id or check/rule', () => {
    const list = [{ start: 10, end: 20, rules: ['jargon'] }, { start: 30, end: 40, rules: ['cloud'] }, { start: 50, end: 60, rules: ['risk/if-in-doubt'] }, { start: 70, end: 80, rules: [] }];
    expect(isSuppressed(list, 'jargon', 'cloud', 10)).toBe(true);
    expect(isSuppressed(list, 'jargon', 'cloud', 19)).toBe(true);
    expect(isSuppressed(list, 'jargon', 'cloud', 20)).toBe(false);
    expect(isSuppressed(list, 'jargon', 'cloud', 9)).toBe(false);
    expect(isSuppressed(list, 'risk', 'cloud', 35)).toBe(true);
    expect(isSuppressed(list, 'risk', 'other', 35)).toBe(false);
    expect(isSuppressed(list, 'risk', 'if-in-doubt', 55)).toBe(true);
    expect(isSuppressed(list, 'risk', 'absolute', 55)).toBe(false);
    expect(isSuppressed(list, 'acronym', 'dpia', 75)).toBe(true);
    expect(isSuppressed([], 'acronym', 'dpia', 75)).toBe(false);
  });

  it('a document-level finding is off when any disable names its check or rule, not an enable', () => {
    const controls = (action: 'disable' | 'enable', rules: string[]) => [{ action, rules, start: 0, end: 1 }];
    expect(disabledForDocument(controls('disable', ['leadership']), 'leadership', 'staff-support')).toBe(true);
    expect(disabledForDocument(controls('disable', ['staff-support']), 'leadership', 'staff-support')).toBe(true);
    expect(disabledForDocument(controls('disable', ['leadership/staff-support']), 'leadership', 'staff-support')).toBe(true);
    expect(disabledForDocument(controls('disable', ['leadership/other']), 'leadership', 'staff-support')).toBe(false);
    expect(disabledForDocument(controls('enable', ['leadership']), 'leadership', 'staff-support')).toBe(false);
    // A disable with no names switches off stretches of text, not the document's own findings.
    expect(disabledForDocument(controls('disable', []), 'leadership', 'staff-support')).toBe(false);
  });
});
