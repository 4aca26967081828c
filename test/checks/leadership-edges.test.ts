/**
 * The leadership check at its edges (sixth session, from the mutation run's
 * survivors): how long and how much about information governance a document
 * must be, how headings and a front-matter title weigh in deciding a staff
 * policy from a public notice, how far apart the signals of a `nearby` group
 * may be, where the finding sits, and where a suggested paragraph goes. Each
 * document is built so that it sits exactly on a boundary or one step past it.
 */
import { describe, expect, it } from 'vitest';
import { paragraphInsertion } from '../../server/src/checks/leadership.ts';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import type { LeadershipElement } from '../../server/src/core/dictionary-types.ts';
import { only } from '../helpers.ts';

const STAFF = ['sharing-expected', 'staff-support', 'who-to-ask', 'accountable-owner'];
const PUBLIC = ['shared-with-carers', 'how-to-object', 'contact'];

/** `ruleId@start-end:form` of each finding. */
const found = (text: string): string[] => only('leadership', text).map((f) => `${f.ruleId}@${f.start.offset}-${f.end.offset}:${f.form}`);
const ids = (text: string): string[] => only('leadership', text).map((f) => f.ruleId);

/** Words as the check counts them. */
const wordCount = (text: string): number => (text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).length;

/** A staff-ish document of exactly `words` words: a heading, two sentences about confidentiality, one staff cue, then filler. */
function sized(words: number, heading = 'Opening hours', topics = 'Confidentiality matters to everyone here. Privacy matters too.'): string {
  const start = `# ${heading}\n\n${topics}\n\nAll staff read this.\n\n`;
  const text = `${start}${'Tea '.repeat(words - wordCount(start)).trim()}.\n`;
  expect(wordCount(text)).toBe(words);
  return text;
}

/** Where the findings of {@link sized} sit: the heading's words. */
const at = (text: string, heading = 'Opening hours'): string => `@${text.indexOf(heading)}-${text.indexOf(heading) + heading.length}`;

describe('leadership: what it judges', () => {
  it('judges a document of 150 words, not one of 149', () => {
    const text = sized(150);
    expect(found(text)).toEqual(STAFF.map((id) => `${id}${at(text)}:staff-policy`));
    expect(found(sized(149))).toEqual([]);
  });

  it('needs two sentences about information governance, and two in one paragraph are enough', () => {
    expect(ids(sized(200, 'Opening hours', 'Confidentiality matters to everyone here. Lunch is at noon.'))).toEqual([]);
    expect(ids(sized(200, 'Opening hours', 'Confidentiality matters to everyone here.\n\nPrivacy matters too.'))).toEqual(STAFF);
    expect(ids(sized(200))).toEqual(STAFF);
  });
});

describe('leadership: staff policy or public notice', () => {
  const filler = 'The building opens at eight in the morning and closes at six in the evening on weekdays, with a later finish on Thursdays. '.repeat(8);
  const doc = (heading: string, staff: string) => `# ${heading}\n\nConfidentiality matters to everyone here. Privacy matters too.\n\n${staff}\n\n${filler}\n`;
  const twoStaff = 'All staff read this. Staff must sign it.';
  const threeStaff = `${twoStaff} Staff are told.`;

  it('counts a public cue in a heading three times against two staff sentences', () => {
    expect(ids(doc('Your information', twoStaff))).toEqual(PUBLIC);
    // The same words in a heading that is no cue: a staff policy.
    expect(ids(doc('Opening hours', twoStaff))).toEqual(STAFF);
  });

  it('calls a tie a staff policy', () => {
    expect(ids(doc('Your information', threeStaff))).toEqual(STAFF);
  });

  it('reads the title in front matter as a heading', () => {
    expect(ids(`---\ntitle: "Privacy notice"\n---\n${doc('Opening hours', twoStaff)}`)).toEqual(PUBLIC);
    expect(ids(`---\nauthor: "Privacy notice"\n---\n${doc('Opening hours', twoStaff)}`)).toEqual(STAFF);
  });

  it('reads a staff title in front matter as a staff heading', () => {
    expect(ids(`---\ntitle: "Staff code of conduct"\n---\n${doc('Your information', 'All staff read this.')}`)).toEqual(STAFF);
    expect(ids(`---\ntitle: "Opening hours"\n---\n${doc('Your information', 'All staff read this.')}`)).toEqual(PUBLIC);
  });

  it('does not count a sentence with an exception phrase ("unless") towards sharing being expected', () => {
    const expected = 'Staff are expected to share relevant information with colleagues who are caring for the same person';
    expect(ids(doc('Opening hours', `All staff read this. ${expected}.`))).toEqual(STAFF.filter((id) => id !== 'sharing-expected'));
    expect(ids(doc('Opening hours', `All staff read this. ${expected}, unless told otherwise.`))).toEqual(STAFF);
  });

  it('looks for the title of front matter that is never closed only in its first 4,096 characters', () => {
    const text = `---\n${doc('Opening hours', threeStaff)}${'x '.repeat(2100)}\ntitle: Privacy notice\n`;
    expect(text.indexOf('title:')).toBeGreaterThan(4096);
    expect(ids(text)).toEqual(STAFF);
  });

  it('needs every word of a phrase: "a duty of care" is no "duty to share", "the seventh chapter" no "seventh principle"', () => {
    const withoutSharing = STAFF.filter((id) => id !== 'sharing-expected');
    expect(ids(`${sized(200)}\nStaff have a duty of care to patients.\n`)).toEqual(STAFF);
    expect(ids(`${sized(200)}\nStaff have a duty to share with colleagues.\n`)).toEqual(withoutSharing);
    expect(ids(`${sized(200)}\nRead the seventh chapter first.\n`)).toEqual(STAFF);
    expect(ids(`${sized(200)}\nRead the seventh principle first.\n`)).toEqual(withoutSharing);
  });

  it('does not take a heading for a sentence that says an element', () => {
    const base = sized(200);
    expect(ids(`${base}\n## Staff who share information in good faith will be supported by the organisation\n\nTea.\n`)).toEqual(STAFF);
    expect(ids(`${base}\n## More\n\nStaff who share information in good faith will be supported by the organisation.\n`)).toEqual(STAFF.filter((id) => id !== 'staff-support'));
  });
});

describe('leadership: signals close together in one section', () => {
  const ask = 'If you are unsure, talk to the Caldicott Guardian.';
  const fill = 'Lunch is served daily in the canteen.';
  const section = (between: string) => `${sized(200)}\n## Getting a second opinion\n\n${ask}\n\n${between}Email: caldicott@example.nhs.uk\n`;
  const withoutAsk = STAFF.filter((id) => id !== 'who-to-ask');

  it('finds a way to reach the role three blocks on, not four', () => {
    expect(ids(section(`${fill}\n\n`.repeat(2)))).toEqual(withoutAsk);
    expect(ids(section(`${fill}\n\n`.repeat(3)))).toEqual(STAFF);
  });

  it('finds it 800 characters on, not 801', () => {
    const apart = (chars: number) => {
      const pad = chars - ask.length - 4 - 1;
      const text = section(`${'T'.repeat(pad)}.\n\n`);
      expect(text.indexOf('Email:') - text.indexOf(ask)).toBe(chars);
      return text;
    };
    expect(ids(apart(800))).toEqual(withoutAsk);
    expect(ids(apart(801))).toEqual(STAFF);
  });

  it('does not join signals across a heading', () => {
    expect(ids(`${sized(200)}\n## Getting a second opinion\n\n${ask}\n\n## Lunch\n\nEmail: caldicott@example.nhs.uk\n`)).toEqual(STAFF);
  });
});

describe('leadership: where the finding sits', () => {
  it('on the words of a first heading of level two, without its hashes', () => {
    const text = sized(200, 'Opening hours').replace(/^# /, '## ');
    expect(found(text)[0]).toBe(`sharing-expected${at(text)}:staff-policy`);
  });

  it('on the heading’s words, without its closing hashes', () => {
    const text = sized(200, 'Opening hours ##');
    expect(found(text)[0]).toBe(`sharing-expected${at(text)}:staff-policy`);
  });
});

describe('leadership: where the finding sits without a heading', () => {
  const rest = `Confidentiality matters to everyone here. Privacy matters too. All staff read this. ${'Tea '.repeat(160)}.`;

  it('on the first line of the first paragraph, without the spaces at its end', () => {
    const text = `This policy covers records   \nand more.\n\n${rest}\n`;
    const [finding] = only('leadership', text);
    expect([finding!.start.offset, finding!.end.offset, finding!.actual]).toEqual([0, 26, 'This policy covers records']);
  });
});

describe('leadership: where a suggested paragraph goes', () => {
  const element: LeadershipElement = { ...bundledDictionaries().leadership.entries.find((e) => e.id === 'who-to-ask')!, paragraph: 'Ask the IG team.', placeAfter: ['contacts', 'further advice'] };
  const sections = (text: string) => {
    const out: Array<{ start: number; end: number; heading: string }> = [];
    const re = /^#+ (.*)$/gm;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: text.length, heading: m[1]! });
    for (let i = 0; i + 1 < out.length; i++) out[i]!.end = out[i + 1]!.start;
    return out;
  };

  it('after the first section whose heading has a placeAfter phrase, tried in order, before the blank lines', () => {
    const text = '# Policy\n\nText.\n\n## Further advice\n\nAsk.\n\n## Useful contacts\n\nPhone.\n\n## Review\n\nYearly.\n';
    const insertion = paragraphInsertion(text, sections(text), element);
    expect(insertion).toEqual({ offset: text.indexOf('Phone.') + 6, newText: '\n\nAsk the IG team.', after: 'Useful contacts' });
  });

  it('at the end of the document, before its trailing blank lines, when no heading fits', () => {
    const text = '# Policy\n\nText.\n\n## Review\n\nYearly.\n\n\n';
    expect(paragraphInsertion(text, sections(text), element)).toEqual({ offset: text.indexOf('Yearly.') + 7, newText: '\n\nAsk the IG team.' });
  });

  it('keeps the document’s CRLF line ends', () => {
    const text = '# Policy\r\n\r\nText.\r\n';
    expect(paragraphInsertion(text, sections(text), element)).toEqual({ offset: text.indexOf('Text.') + 5, newText: '\r\n\r\nAsk the IG team.' });
  });

  it('in an empty document, before nothing', () => {
    expect(paragraphInsertion(' \n\n', [], element)).toEqual({ offset: 0, newText: 'Ask the IG team.\n\n' });
  });
});
