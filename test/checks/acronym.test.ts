import { describe, expect, it } from 'vitest';
import { acronymShape } from '../../server/src/checks/acronym.ts';
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

  describe('acronyms no dictionary lists', () => {
    it.each([
      ['flags the first use only', 'Traffic goes through the ZTNA gateway. The ZTNA gateway keeps a log.', ['acronym/undefined-acronym:ZTNA']],
      ['passes when spelled out before the brackets', 'Traffic goes through the zero trust network access (ZTNA) gateway. The ZTNA gateway keeps a log.', []],
      ['passes when spelled out inside the brackets', 'Traffic goes through ZTNA (zero trust network access). The ZTNA gateway keeps a log.', []],
      ['reads a definition whose bracket repeats the last word', 'Sites join the Public Sector Broadband Aggregation Network (PSBA Network). The PSBA links them.', []],
      ['reads small words and letters inside a word', 'The Regional Programme for IT (RPfIT) ended. RPfIT staff moved on.', []],
      ['passes when a glossary defines it', '# Remote access\n\nUse the ZTNA gateway.\n\n## Glossary\n\n- ZTNA: zero trust network access\n', []],
      ['does not take unrelated words in brackets as a definition', 'Use the ZTNA gateway (see section 4).', ['acronym/undefined-acronym:ZTNA']],
      ['joins letters around a slash', 'Encrypted email uses S/MIME certificates.', ['acronym/undefined-acronym:S/MIME']],
      ['counts capitals with digits', 'Passwords are stored with PBKDF2 hashing.', ['acronym/undefined-acronym:PBKDF2']],
      ['treats a plural as the same acronym', 'Each of the QMRs signs off. The QMR then files it.', ['acronym/undefined-acronym:QMRs']],
      ['lets words in capitals for emphasis pass', 'Do NOT share your password, and NEVER write it down.', []],
      ['lets all-capital headings pass', '# INFORMATION SECURITY AND REMOTE ACCESS POLICY\n\nRead this first.', []],
      ['lets Roman numerals pass', 'See Part IV and Schedule XII of the Act.', []],
      ['lets units pass', 'Attachments over 25 MB or 2 GB in total are blocked.', []],
      ['lets widely known ones pass', 'Save it as a PDF on the PC, not on a DVD or CD-ROM.', []],
      ['leaves code alone', 'Set `ZTNA_MODE` to strict.', []],
      ['leaves an identifier written as prose alone', 'Use the COMPRESSION_ZTNA setting.', []],
      ['lets known parts joined by a hyphen pass', 'See the GP-UK forum.', []],
      ['does not take a product name with a word inside for an acronym', 'Send it by NHSmail, not by WhatsApp.', []],
    ])('%s', (_name, text, expected) => {
      expect(brief(only('acronym', text))).toEqual(expected);
    });

    it('asks for the spelled-out form, offers no fix it cannot know, and marks the exact word', () => {
      const text = 'Traffic goes through the ZTNA gateway.';
      const [hit] = only('acronym', text);
      expect(hit).toMatchObject({ ruleId: 'undefined-acronym', actual: 'ZTNA', expected: [], fixKind: 'none', safe: false, severity: 'info' });
      expect(hit!.start.offset).toBe(text.indexOf('ZTNA'));
      expect(hit!.end.offset).toBe(text.indexOf('ZTNA') + 4);
      expect(hit!.message).toContain('Spell out ‘ZTNA’');
    });

    it('says nothing about an acronym the allow list names', () => {
      expect(only('acronym', 'Traffic goes through the ZTNA gateway.', { settings: { allow: ['ZTNA'] } })).toEqual([]);
    });

    it('leaves acronyms the jargon check explains to that check', () => {
      expect(brief(only('acronym', 'Call the API and sign in with MFA.'))).toEqual([]);
    });
  });
});

describe('acronym: what looks like an acronym', () => {
  it.each([
    ['DPIA', true],
    ['DPIAs', true],
    ['O365', true],
    ['NPfIT', true],
    ['ShCR', true],
    ['ABCDEFGHIJKLMNOP', true],
    // Too long to be one: 17 letters.
    ['ABCDEFGHIJKLMNOPQ', false],
    // Not starting with a capital: a digit, or a small letter.
    ['3GPP', false],
    ['xML', false],
    ['A', false],
    ['Data', false],
    ['NHSmail', false],
    ['S365', false],
  ])('%s: %s', (text, expected) => {
    expect(acronymShape(text)).toBe(expected);
  });
});
