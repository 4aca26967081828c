/**
 * The acronym check at the edges of each of its rules (sixth session, from the
 * mutation run's survivors): what reads as a word in capitals rather than an
 * acronym, a sentence or phrase written in capitals, the forms of a
 * definition, acronyms joined by "/" or "-", glossary headings, and the exact
 * finding (rule, text, offsets, fix, message) each time, beside its near
 * neighbour that is treated the other way. Offsets come from `indexOf` on the
 * input, not from the check.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acronymShape, spells } from '../../server/src/checks/acronym.ts';
import { only } from '../helpers.ts';

/** `ruleId:actual@start-end` of each acronym finding. */
const hits = (text: string, settings?: Record<string, unknown>): string[] =>
  only('acronym', text, settings ? { settings } : {}).map((f) => `${f.ruleId}:${f.actual}@${f.start.offset}-${f.end.offset}`);

/** The finding expected for an acronym no dictionary lists, at the first `word` in `text` (or its `nth` occurrence). */
const unknown = (text: string, word: string, nth = 0): string => {
  let at = text.indexOf(word);
  for (let i = 0; i < nth; i++) at = text.indexOf(word, at + 1);
  return `undefined-acronym:${word}@${at}-${at + word.length}`;
};

describe('acronym: a word in capitals is not an acronym', () => {
  it.each([
    // Five letters with two vowels (0.4 of them): a word.
    ['Wear the BADGE at all times.', []],
    // Six letters need 0.3: two vowels of six is a word.
    ['Visit the CLINIC on Monday.', []],
    ['Ask the PATIENT first.', []],
    // Eight letters or more, all capitals: a word whatever its vowels.
    ['Set the CCITTFAX option.', []],
  ])('%s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it.each([
    // Four letters are too short to judge by vowels.
    ['Read the IDEA first.', 'IDEA'],
    // Five letters with one vowel.
    ['Open the BRAND folder.', 'BRAND'],
    // Six letters with one vowel (under 0.3).
    ['Pick a SCRIPT to run.', 'SCRIPT'],
    // Enough vowels, but three consonants first: read as letters.
    ['Open the STRAND view.', 'STRAND'],
    // Seven letters, two vowels (0.29): under the share.
    ['Set the CCITTFA option.', 'CCITTFA'],
  ])('%s flags %s', (text, word) => {
    expect(hits(text)).toEqual([unknown(text, word)]);
  });
});

describe('acronym: a sentence or phrase written in capitals', () => {
  it.each([
    // Most words in capitals: a shouted sentence (3 of 4, and exactly 3 of 5).
    ['CALL THE DESK now.', []],
    ['CALL THE DESK today please.', []],
    // Three words, all in capitals: just enough words.
    ['CALL THE DESK.', []],
  ])('%s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it.each([
    // One word of four.
    ['Call the DESK now.', 'DESK'],
    // Three of six: under 0.6.
    ['CALL THE DESK today please now.', 'DESK'],
    // Two words only: too few to call it shouting.
    ['THE DESK.', 'DESK'],
  ])('%s flags %s', (text, word) => {
    expect(hits(text)).toEqual([unknown(text, word)]);
  });

  it('lets a run of capitals with two long words pass, and flags an acronym outside it', () => {
    expect(hits('Switch the server to STRICT TRANSPORT MODE before the audit.')).toEqual([]);
    // Two words of exactly five letters are long enough.
    expect(hits('Put the firewall in BLOCK CHECK MODE overnight.')).toEqual([]);
    const text = 'Put the firewall in BLOCK CHECK MODE before the ZTNA review.';
    expect(hits(text)).toEqual([unknown(text, 'ZTNA')]);
  });

  it('flags the words of a run with only one long word', () => {
    const text = 'Switch the server to STRICT MODE before the audit.';
    expect(hits(text)).toEqual([unknown(text, 'STRICT'), unknown(text, 'MODE')]);
  });
});

describe('acronym: the forms of a definition', () => {
  it('does not take any words in brackets after a known acronym as its definition', () => {
    const text = 'Complete a DPIA (see section 4) first.';
    expect(hits(text)).toEqual([`dpia:DPIA@${text.indexOf('DPIA')}-${text.indexOf('DPIA') + 4}`]);
  });

  it('reads an expansion the letters do not spell, before or inside the brackets', () => {
    // "Data Protection Act 2018" does not spell DPA letter by letter: only the entry's own expansion defines it.
    expect(hits('Read the Data Protection Act 2018 (DPA) first. The DPA applies.')).toEqual([]);
    expect(hits('Read the DPA (Data Protection Act 2018) first. The DPA applies.')).toEqual([]);
    // The plural of the expansion before a plural acronym.
    expect(hits('Help small and medium-sized enterprises (SMEs) first. Each SME gets a grant.')).toEqual([]);
  });

  it('reads a spelled-out form for an acronym with digits or a slash in it', () => {
    expect(hits('Hash passwords with PBKDF2 (password-based key derivation function) before storing them.')).toEqual([]);
    expect(hits('Sign mail with S/MIME (secure/multipurpose internet mail extensions) certificates.')).toEqual([]);
    const text = 'Hash passwords with PBKDF2 (a slow hash) before storing them.';
    expect(hits(text)).toEqual([unknown(text, 'PBKDF2')]);
  });

  it('takes the explanation the jargon check would add as a definition', () => {
    expect(hits('Find the ODS code (a code that stands for an NHS or care organisation) on the letter.')).toEqual([]);
    const text = 'Find the ODS code (the number on the letter) here.';
    expect(hits(text)).toEqual([`ods:ODS@${text.indexOf('ODS')}-${text.indexOf('ODS') + 3}`]);
  });

  it('reads "ACR – expansion" at the start of a line or list item, not in the middle of a sentence', () => {
    expect(hits('# Access\n\n- ZTNA: zero trust network access\n- Staff use the ZTNA gateway.\n')).toEqual([]);
    expect(hits('* ZTNA – zero trust network access\n* Staff use ZTNA.\n')).toEqual([]);
    expect(hits('ZTNA = zero trust network access\nStaff use ZTNA.')).toEqual([]);
    expect(hits('| ZTNA | zero trust network access |\n|---|---|\n| SDP | software defined perimeter |\n\nUse the ZTNA and SDP.')).toEqual([]);
    const text = 'Staff use ZTNA – zero trust network access – at home.';
    expect(hits(text)).toEqual([unknown(text, 'ZTNA')]);
  });

  it('needs the bracket straight before the acronym: words spelling it with no bracket define nothing, even after another bracket', () => {
    for (const text of ['Use the form for the zero trust network access ZTNA.', 'Use the form (online) for the zero trust network access ZTNA.']) {
      expect(hits(text)).toEqual([unknown(text, 'ZTNA')]);
    }
  });

  it('reads a table row or list item with no space after the separator', () => {
    expect(hits('| ZTNA |zero trust network access|\n|---|---|\n\nUse the ZTNA.')).toEqual([]);
    expect(hits('- ZTNA –zero trust network access\n- Staff use ZTNA.\n')).toEqual([]);
  });

  it('reads a bracket that repeats the end of the expansion after spaces', () => {
    // The repeated words (exactly 40 characters) after two spaces.
    const repeat = 'Information Governance Oversight Council';
    expect(repeat).toHaveLength(40);
    expect(hits(`The North Staffordshire ${repeat} (NS  ${repeat}) meets monthly.`)).toEqual([]);
    expect(hits(`The North Staffordshire ${repeat} (NS ${repeat}) meets monthly.`)).toEqual([]);
  });

  it('says when the definition comes after the first use, and not otherwise', () => {
    const [later] = only('acronym', 'Ask the ZTNA team. Zero trust network access (ZTNA) is new.');
    expect(later!.message).toBe(
      'Spell out ‘ZTNA’ the first time you use it, with the short form in brackets: many readers will not know what it stands for. It is defined later in the document, after this first use.',
    );
    const [never] = only('acronym', 'Ask the ZTNA team. The ZTNA is new.');
    expect(never!.message).toBe('Spell out ‘ZTNA’ the first time you use it, with the short form in brackets: many readers will not know what it stands for.');
  });
});

describe('acronym: the finding for a known acronym', () => {
  it('gives one expansion, the plural fix for a plural, and the general note', () => {
    const text = 'All DPIAs are stored.';
    const [hit, ...rest] = only('acronym', text);
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      check: 'acronym',
      ruleId: 'dpia',
      actual: 'DPIAs',
      expected: ['data protection impact assessments (DPIAs)'],
      fixKind: 'expand',
      safe: true,
      severity: 'info',
      message: 'Spell out ‘DPIAs’ the first time you use it: ‘data protection impact assessment’.',
      note: 'Readers who do not know an abbreviation have to stop and guess. Spell it out the first time, with the short form in brackets, then use the short form.',
    });
    expect([hit!.start.offset, hit!.end.offset]).toEqual([4, 9]);
  });

  it('names every meaning of an ambiguous acronym, with the entry’s own note, and no safe fix', () => {
    const [hit] = only('acronym', 'Ask the CAF team.');
    expect(hit).toMatchObject({
      ruleId: 'caf',
      actual: 'CAF',
      expected: ['Cyber Assessment Framework (CAF)', 'Common Assessment Framework (CAF)'],
      safe: false,
      message: 'Spell out ‘CAF’ the first time you use it: it can mean ‘Cyber Assessment Framework’ or ‘Common Assessment Framework’.',
    });
    expect(hit!.note).toMatch(/^In health and care documents CAF can mean two things/);
  });
});

describe('acronym: acronyms joined by a slash or a hyphen', () => {
  it.each([
    ['See the ZTNA/SDP link.', ['ZTNA/SDP']],
    ['See the ZTNA SDP link.', ['ZTNA', 'SDP']],
    // An unknown acronym joined to a well-known one is still unknown as a whole.
    ['See the NHS/ZTNA link.', ['NHS/ZTNA']],
    // Joined, they would be too long (18 characters) for one acronym: the first alone, then the rest.
    ['See the ZTNA/SASE/CASB/SWG stack.', ['ZTNA', 'SASE/CASB/SWG']],
  ])('%s', (text, words) => {
    expect(hits(text)).toEqual(words.map((w) => unknown(text, w)));
  });

  it('takes known acronyms joined by a slash part by part: each is a first use, its fix offered but not as safe', () => {
    const text = 'The DPIA/SIRO sign-off comes first. Send the DPIA to the SIRO.';
    const found = only('acronym', text);
    expect(found.map((f) => `${f.ruleId}:${f.actual}@${f.start.offset}-${f.end.offset}`)).toEqual(['dpia:DPIA@4-8', 'siro:SIRO@9-13']);
    expect(found.map((f) => f.expected)).toEqual([['data protection impact assessment (DPIA)'], ['Senior Information Risk Owner (SIRO)']]);
    expect(found.every((f) => !f.safe && /joined to another word by a slash or hyphen/.test(f.unsafeReason ?? ''))).toBe(true);
  });

  it('a known acronym joined by a hyphen to a well-known one: only the known one, and not as safe', () => {
    const text = 'Our NHS-DPIA template is on the intranet.';
    const found = only('acronym', text);
    expect(found.map((f) => `${f.ruleId}:${f.actual}@${f.start.offset}-${f.end.offset}`)).toEqual(['dpia:DPIA@8-12']);
    expect(found[0]!.safe).toBe(false);
  });

  it('a known acronym on its own, with a space before a slash, keeps its safe fix', () => {
    const found = only('acronym', 'Complete the DPIA / screening form first.');
    expect(found.map((f) => `${f.ruleId}:${f.actual}@${f.start.offset}`)).toEqual(['dpia:DPIA@13']);
    expect(found[0]!.safe).toBe(true);
  });

  it('leaves a name joined to an identifier by an underscore alone, on either side, escaped or not', () => {
    expect(hits('Set the ZTNA_MODE value.')).toEqual([]);
    expect(hits('Set the MODE_ZTNA value.')).toEqual([]);
    expect(hits('Set the ZTNA\\_MODE value.')).toEqual([]);
    expect(hits('Set the COMPRESSION\\_ZTNA value.')).toEqual([]);
  });

  it('flags an acronym in emphasis written with underscores, as with asterisks', () => {
    for (const text of ['Use _ZTNA_ at home.', 'Use __ZTNA__ at home.', 'Use *ZTNA* at home.']) expect(hits(text)).toEqual([unknown(text, 'ZTNA')]);
  });
});

describe('acronym: where a use does not count', () => {
  it.each([
    ['Abbreviations'],
    ['Acronyms'],
    ['Definitions'],
    ['Terminology'],
    ['Key terms'],
    ['Terms used'],
    ['Glossary'],
  ])('a section headed %s defines what it lists, before or after the use', (heading) => {
    expect(hits(`Staff use ZTNA.\n\n## ${heading}\n\nZTNA is the gateway.\n`)).toEqual([]);
  });

  it('a section with another heading is no glossary, nor is a glossary that lists other acronyms', () => {
    const text = '# Policy\n\nUse the ZTNA gateway.\n\n## Contacts\n\nZTNA means the gateway.\n';
    expect(hits(text)).toEqual([unknown(text, 'ZTNA')]);
    const other = '# Policy\n\n## Glossary\n\n- SDP: perimeter\n\n## Access\n\nStaff use ZTNA.\n';
    expect(hits(other)).toEqual([unknown(other, 'ZTNA')]);
  });

  it('a glossary after the use that lists only other acronyms defines nothing', () => {
    const text = 'Staff use ZTNA.\n\n## Glossary\n\n- SDP: perimeter\n';
    expect(hits(text)).toEqual([unknown(text, 'ZTNA')]);
  });

  it('leaves a word of a jargon phrase written in capitals to that check', () => {
    // "LIVE" is a word of the jargon entry "go-live".
    expect(hits('The new system goes LIVE on Monday.')).toEqual([]);
  });

  it('counts a definition in a block quote, which is not ours to reword but still tells the reader', () => {
    expect(hits('> Zero trust network access (ZTNA) is our model.\n\nStaff use ZTNA.')).toEqual([]);
  });

  it('skips a use in the title of a linked document and flags the next one', () => {
    const text = 'Staff use [the ZTNA Guide for Remote Staff](https://x.org/z). The ZTNA is new.';
    expect(hits(text)).toEqual([unknown(text, 'ZTNA', 1)]);
  });

  it('skips a use in a block quote and flags the next one', () => {
    const text = '> The ZTNA failed.\n\nOur ZTNA gateway is new.';
    expect(hits(text)).toEqual([unknown(text, 'ZTNA', 1)]);
  });
});

describe('acronym: an extra jargon entry that replaces a phrase', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plain-ig-acronym-'));
  const path = join(dir, 'extra.yml');
  writeFileSync(
    path,
    [
      'check: jargon',
      'entries:',
      '  - id: dpia-tool',
      '    phrases: ["DPIA tool"]',
      '    action: replace',
      '    alternatives: ["privacy risk form"]',
      '    gloss: the form we use to weigh privacy risks',
      '    reason: Readers may not know the name of the tool.',
      '',
    ].join('\n'),
  );

  it('does not take its phrase and gloss as defining the acronym: only an explanation does', () => {
    const text = 'Open the DPIA tool the form we use to weigh privacy risks.';
    expect(hits(text, { dictionaries: [path] })).toEqual([`dpia:DPIA@9-13`]);
  });
});

describe('acronym: what spells an acronym', () => {
  it.each([
    [['data', 'protection', 'impact', 'assessment'], 'DPIA', true],
    // Small words may give no letter.
    [['National', 'Programme', 'for', 'IT'], 'NPfIT', true],
    [['Community', 'of', 'Interest', 'Network'], 'COIN', true],
    // More letters from inside a word, in order.
    [['Shared', 'Care', 'Record'], 'ShCR', true],
    // Hyphens and slashes split words; a plural "s" on the acronym is not a letter.
    [['password-based', 'key', 'derivation', 'function'], 'PBKDF2', true],
    [['secure/multipurpose', 'internet', 'mail', 'extensions'], 'S/MIME', true],
    [['data', 'protection', 'impact', 'assessments'], 'DPIAs', true],
    // Every other word must give a letter.
    [['data', 'protection', 'impact', 'risk', 'assessment'], 'DPIA', false],
    // Letters left over.
    [['data', 'protection'], 'DPIA', false],
    // Out of order.
    [['protection', 'data', 'impact', 'assessment'], 'DPIA', false],
    // One letter is no acronym; no words spell nothing.
    [['access'], 'A', false],
    [[], 'DPIA', false],
    // Far more words than letters.
    [['a', 'b', 'of', 'the', 'and', 'for', 'to', 'in'], 'AB', false],
  ] as const)('%j spells %s: %s', (words, acronym, expected) => {
    expect(spells(words, acronym)).toBe(expected);
  });
});

describe('acronym: the shape of an acronym, at its edges', () => {
  it.each([
    ['AB', true],
    ['IM&T', true],
    ['CD-ROM', true],
    ['ABC1', true],
    ['NHSMa', true],
    ['O36', false],
    ['A.B', false],
    ['SHcr', false],
    ['NHSMail', false],
    ['As', false],
    ['ZTNAs', true],
  ])('%s: %s', (text, expected) => {
    expect(acronymShape(text)).toBe(expected);
  });
});
