/**
 * The plain-words check at its edges (sixth session, from the mutation run's
 * survivors): a word made of several parts ("e.g."), another form found after a
 * phrase as written in the same sentence, a phrase inside a capitalised name,
 * the message of a phrase that can simply go, and where an "-ing" form counts.
 * Each case beside its near neighbour that is treated the other way.
 */
import { describe, expect, it } from 'vitest';
import { plainWords } from '../../server/src/checks/plain-words.ts';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import { only } from '../helpers.ts';

/** `ruleId:actual@start-end` of each finding. */
const hits = (text: string): string[] => only('plain-words', text).map((f) => `${f.ruleId}:${f.actual}@${f.start.offset}-${f.end.offset}`);

/** The finding expected for `ruleId` at the first `words` in `text`. */
const at = (text: string, ruleId: string, words: string): string => `${ruleId}:${words}@${text.indexOf(words)}-${text.indexOf(words) + words.length}`;

describe('plain-words: phrases as written', () => {
  it('finds a phrase written with full stops inside one word', () => {
    const text = 'Bring a form, e.g. a letter.';
    const [hit, ...rest] = only('plain-words', text);
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ ruleId: 'e.g.', actual: 'e.g.', expected: ['for example', 'such as'], fixKind: 'replace', safe: false, severity: 'info' });
    expect([hit!.start.offset, hit!.end.offset]).toEqual([14, 18]);
    expect(hit!.message).toBe('‘e.g.’ has a plainer alternative. Try ‘for example’ or ‘such as’.');
  });

  it('says a phrase with nothing to put in its place can simply go, and offers no fix', () => {
    const [hit] = only('plain-words', 'We are in the process of moving.');
    expect(hit).toMatchObject({ ruleId: 'in-the-process-of', actual: 'in the process of', expected: [], fixKind: 'replace', safe: false });
    expect(hit!.message).toBe('You can usually leave out ‘in the process of’.');
  });

  it('offers the alternative of a phrase that can go, or leaving it out, and never applies it', () => {
    const [hit] = only('plain-words', 'We are currently moving.');
    expect(hit).toMatchObject({ ruleId: 'currently', actual: 'currently', safe: false });
    expect(hit!.message).toMatch(/^‘currently’ has a plainer alternative\. Try ‘now’, or leave it out\./);
  });
});

describe('plain-words: where a phrase as written is found', () => {
  it('across more than one space and a line break, marking the whole phrase', () => {
    const spaced = 'We do this in  order to help.';
    expect(hits(spaced)).toEqual([at(spaced, 'in-order-to', 'in  order to')]);
    const broken = 'We do this in order\nto help.';
    expect(hits(broken)).toEqual([at(broken, 'in-order-to', 'in order\nto')]);
  });

  it('not as a word being discussed in quotation marks, nor in a quotation of eight words or more', () => {
    expect(hits('Avoid the word “utilise” in letters.')).toEqual([]);
    expect(hits('The report said “we utilise every form we hold for the purposes of audit and review” last year.')).toEqual([]);
    const short = 'The report said “we utilise forms” last year.';
    expect(hits(short)).toEqual([at(short, 'utilise', 'utilise')]);
  });
});

describe('plain-words: other forms of a phrase', () => {
  it('finds another form after a phrase as written in the same sentence', () => {
    const text = 'We utilise the form and facilitated the meeting.';
    expect(hits(text)).toEqual([at(text, 'utilise', 'utilise'), at(text, 'facilitate', 'facilitated')]);
  });

  it('finds a capitalised form at the start of a sentence, not inside one', () => {
    const text = 'Facilitating the meeting is hard.';
    expect(hits(text)).toEqual([at(text, 'facilitate', 'Facilitating')]);
    expect(hits('Ask the Group Facilitating Access first.')).toEqual([]);
  });

  it('leaves a form in single quotation marks alone, but not one with only an opening mark', () => {
    expect(hits("Avoid the word 'utilised' in letters.")).toEqual([]);
    const text = 'Avoid the word “utilised in letters.';
    expect(hits(text)).toEqual([at(text, 'utilise', 'utilised')]);
  });

  it('reads an "-ing" form after an "-ing" or "-ly" word as a verb', () => {
    const text = 'We are quickly operating it.';
    expect(hits(text)).toEqual([at(text, 'operate', 'operating')]);
    const two = 'We are operating, remaining calm.';
    expect(hits(two)).toEqual([at(two, 'operate', 'operating'), at(two, 'remain', 'remaining')]);
  });

  it('reads an "-ed" form after a determiner and before a noun as an adjective, and after "we" as a verb', () => {
    expect(hits('Check the purchased items.')).toEqual([]);
    const text = 'We purchased items.';
    expect(hits(text)).toEqual([at(text, 'purchase', 'purchased')]);
  });

  it('reads a form after a comma as starting its own phrase: the "-ed" word before the comma does not make it an adjective', () => {
    const text = 'Once it was approved, utilising the template was easy.';
    expect(hits(text)).toEqual([at(text, 'utilise', 'utilising')]);
    const past = 'When they had finished, utilised forms were filed.';
    expect(hits(past)).toEqual([at(past, 'utilise', 'utilised')]);
    // With no comma, the "-ed" word before it describes the same noun.
    expect(hits('The approved utilising teams met.')).toEqual([]);
    // An "-ing" word after a comma is a verb even when a word that is not a verb stands before the comma.
    const ing = 'Read the notes, utilising templates where you can.';
    expect(hits(ing)).toEqual([at(ing, 'utilise', 'utilising')]);
    expect(hits('Read the standard utilising templates.')).toEqual([]);
  });

  it('quotes a phrase a line break splits on one line in its message, and keeps the break in what it replaces', () => {
    const text = 'We will do this in\norder to help you.';
    const [hit, ...rest] = only('plain-words', text);
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ ruleId: 'in-order-to', actual: 'in\norder to', expected: ['to'] });
    expect(hit!.message).toBe('‘in order to’ has a plainer alternative. Try ‘to’.');
  });

  it('reads an "-ing" form before a capitalised word as a verb', () => {
    const text = 'Read the remaining Notes.';
    expect(hits(text)).toEqual([at(text, 'remain', 'remaining')]);
    expect(hits('Read the remaining notes.')).toEqual([]);
  });
});

describe('plain-words: names', () => {
  it('leaves a phrase inside the capitalised name of a team alone, and flags it in a sentence', () => {
    expect(hits('Contact the Patient Assistance Team today.')).toEqual([]);
    const text = 'Ask for assistance from the team.';
    expect(hits(text)).toEqual([at(text, 'assistance', 'assistance')]);
  });
});

describe('plain-words: its part of the rule catalogue', () => {
  const d = bundledDictionaries();

  it('lists the rest of the word list only when some phrase is left, each with its anchor', () => {
    const none = plainWords.catalogue!({ dictionaries: d, simplify: {} }).lines.join('\n');
    expect(none).not.toContain('The rest of the retext-simplify list');
    const one = plainWords.catalogue!({ dictionaries: d, simplify: { 'at this point in time': { replace: ['now'], omit: false } } }).lines;
    expect(one.slice(one.indexOf('### The rest of the retext-simplify list'))).toEqual([
      '### The rest of the retext-simplify list',
      '',
      'Used as the package gives them:',
      '',
      '<a id="plain-words-at-this-point-in-time"></a>',
      '- **at this point in time**: instead: “now”',
      '',
    ]);
  });
});
