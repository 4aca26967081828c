// Fix quality on policy-shaped text: every safe fix is applied (as fix-all, fix-on-save and
// --fix do, until nothing changes) and the result is compared with what a careful editor would
// write by hand. Headings, citations, old names, quotations, link text and names stay as written;
// an alternative that does not fit its sentence is left for the writer.
import { describe, expect, it } from 'vitest';
import { fixText } from '../../server/src/cli/fix.ts';
import { checkText } from '../../server/src/engine/check-text.ts';
import { applySettings } from '../../server/src/core/settings.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import type { DocumentFormat } from '../../server/src/core/types.ts';

function fixAll(text: string, format: DocumentFormat = 'markdown'): string {
  const { settings } = applySettings(defaultSettings(), {});
  return fixText(text, (current) => checkText(current, { format, settings })).text;
}

describe('headings, titles and citations stay as written', () => {
  it.each([
    ['a heading with acronyms', '# Completing a DPIA for the ICB\n\nEvery new system needs one.\n'],
    ['a heading that names an old Act and defines its acronym', '## Data Protection Act 1998 (DPA) and the SIRO\n'],
    ['a citation of an old Act in a sentence about the past', 'Requests were handled under section 7 of the Data Protection Act 1998 until 2018.\n'],
    ['an old name in a sentence about the past', 'In 2012, Primary Care Trusts held the contracts for GP IT.\n'],
    ['an old name in the present tense (the writer decides)', 'The GDPR applies to every record we hold.\n'],
    ['a reference list entry', '## References\n\n- Department of Health (2003) Confidentiality: NHS Code of Practice. We utilise it.\n'],
    ['a quotation in a block quote', '> Staff shall ensure the confidentiality of all records.\n'],
    ['a quotation in a sentence', 'Staff said that “we utilise every system we have”.\n'],
    ['the text of a link', 'Read [how we utilise your data](https://example.org/data) first.\n'],
    ['a team name and a product name', 'The Platform Developers team manages the Job Server.\n'],
    ['a title written as a line of text', 'Information Governance Policy For Utilising The Shared Record\n'],
  ])('%s', (_name, text) => {
    expect(fixAll(text)).toBe(text);
  });
});

describe('"ensure" with each kind of object', () => {
  it.each([
    ['a noun list: "make sure" cannot take it', 'The practice must ensure the quality, security and appropriate use of information.\n', null],
    ['a noun with a preposition', 'The practice must ensure compliance with the policy.\n', null],
    ['a clause without "that"', 'Staff must ensure records are kept securely.\n', 'Staff must make sure records are kept securely.\n'],
    ['a clause with "that"', 'Managers should ensure that staff complete their training.\n', 'Managers should make sure that staff complete their training.\n'],
    ['a pronoun subject', 'Please ensure it is locked when you leave.\n', 'Please make sure it is locked when you leave.\n'],
    ['a noun phrase, then a condition', 'We ensure seamless continuity should failure occur.\n', null],
    ['a noun phrase with a reduced clause', 'Please ensure any action taken is written down.\n', null],
  ])('%s', (_name, text, expected) => {
    expect(fixAll(text)).toBe(expected ?? text);
  });
});

describe('alternatives that need a different sentence are left for the writer', () => {
  it.each([
    ['"if" needs a clause', 'In the event of a breach, we will tell the patient.\n'],
    ['"since" needs a clause', 'In view of the risk, the board agreed a new plan.\n'],
    ['"to" needs a verb, not "providing"', 'Information is shared for the purpose of providing care.\n'],
    ['a verb tied to its preposition', 'Patients could benefit from the new service.\n'],
    ['a subject would be lost', 'It is essential that staff lock their screens.\n'],
    ['a long gloss is not applied in bulk', 'The system keeps an audit trail of every change.\n'],
    ['a legal power keeps its verb', 'The board has the power to require disclosure of records.\n'],
  ])('%s', (_name, text) => {
    expect(fixAll(text)).toBe(text);
  });
});

describe('safe fixes that fit', () => {
  it.each([
    ['the article follows the alternative', 'There is an option to opt out of sharing.\n', 'There is a choice to opt out of sharing.\n'],
    ['a verb after "will"', 'We will utilise the new system from April.\n', 'We will use the new system from April.\n'],
    ['a participle after "be"', 'Poor performance can only be evidenced by a review of the records.\n', 'Poor performance can only be shown by a review of the records.\n'],
    ['a need, not a demand', 'Contractors may require additional support.\n', 'Contractors may need additional support.\n'],
    ['an acronym spelled out, with "your" before it', 'Ask your DPO before you share anything.\n', 'Ask your Data Protection Officer (DPO) before you share anything.\n'],
    ['a wordy phrase', 'Staff who need access should apply in order to get a smartcard.\n', 'Staff who need access should apply to get a smartcard.\n'],
    ['a day of the week is not a name', 'We meet every Monday in order to plan the move.\n', 'We meet every Monday to plan the move.\n'],
    [
      'a list: the adverb at the end is fixed, the one before "after" is not',
      '- Staff must ensure that records are locked away.\n- Report any loss immediately.\n- Report any loss immediately after it happens.\n',
      '- Staff must make sure that records are locked away.\n- Report any loss at once.\n- Report any loss immediately after it happens.\n',
    ],
  ])('%s', (_name, text, expected) => {
    expect(fixAll(text)).toBe(expected);
  });

  it('fixes a whole policy section and leaves its heading, citation and old name alone', () => {
    const policy = [
      '# Access to records (SAR) policy',
      '',
      'Under the Data Protection Act 1998, Primary Care Trusts answered requests within 40 days.',
      'Today the practice must ensure that every request is logged, and staff should utilise the',
      'request form. There is an option to ask for a copy by email.',
      '',
      '- Managers must ensure the quality of every reply.',
      '- Report a late reply immediately.',
      '',
    ].join('\n');
    expect(fixAll(policy)).toBe(
      [
        '# Access to records (SAR) policy',
        '',
        'Under the Data Protection Act 1998, Primary Care Trusts answered requests within 40 days.',
        'Today the practice must make sure that every request is logged, and staff should use the',
        'request form. There is a choice to ask for a copy by email.',
        '',
        '- Managers must ensure the quality of every reply.',
        '- Report a late reply at once.',
        '',
      ].join('\n'),
    );
  });
});
