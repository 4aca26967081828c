import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectText, countSyllables, matchedPhrase, MissingPathError, sentenceAround, wholeSentence } from '../../server/src/report/collect.ts';
import { listFiles } from '../../server/src/report/list-files.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import type { Finding } from '../../server/src/core/types.ts';

/** Finds `word` in `text` and returns the sentence around it, as "before[match]after". */
function around(text: string, word: string, match?: string): string {
  const start = text.indexOf(word);
  const { before, match: m, after } = sentenceAround(text, start, start + word.length, match);
  return `${before}[${m}]${after}`;
}

describe('sentenceAround', () => {
  it.each([
    ['one sentence among others', 'First one. We will leverage the data. Last one.', 'leverage', 'We will [leverage] the data.'],
    ['section numbers are not sentence ends', '1.2 This policy will leverage data. Next.', 'leverage', '1.2 This policy will [leverage] data.'],
    ['a list item stops at its marker', 'Intro:\n\n- staff must leverage data\n- next item', 'leverage', 'staff must [leverage] data'],
    ['a heading drops its hashes', '## Going forward\n\nText.', 'Going', '[Going] forward'],
    ['a wrapped paragraph is one sentence', 'Staff may\nleverage the record\nfor care. Then.', 'leverage', 'Staff may [leverage] the record for care.'],
    ['a table cell stays in its cell', '| Role | We leverage data |\n| --- | --- |', 'leverage', 'We [leverage] data'],
    ['bold markers are dropped', 'We **must** leverage __all__ data. Next.', 'leverage', 'We must [leverage] all data.'],
    ['a blank line ends the sentence', 'No full stop here\n\nleverage it', 'leverage', '[leverage] it'],
    ['"e.g." does not end a sentence', 'We share records (e.g. with the GP) and leverage data. Next.', 'leverage', 'We share records (e.g. with the GP) and [leverage] data.'],
    ['"i.e." before the finding does not start one', 'First. Share it, i.e. leverage the record. Next.', 'leverage', 'Share it, i.e. [leverage] the record.'],
    ['a title such as "Dr." does not end one', 'Ask Dr. Patel to leverage it. Next.', 'leverage', 'Ask Dr. Patel to [leverage] it.'],
  ])('%s', (_name, text, word, expected) => {
    expect(around(text, word)).toBe(expected);
  });

  it('highlights the matched phrase inside a whole-sentence risk finding', () => {
    const text = 'Intro. Confidentiality must be maintained at all times. End.';
    const sentence = 'Confidentiality must be maintained at all times.';
    const start = text.indexOf(sentence);
    expect(sentenceAround(text, start, start + sentence.length, 'at all times')).toEqual({
      before: 'Confidentiality must be maintained ',
      match: 'at all times',
      after: '.',
    });
  });

  it('shortens very long sentences around the finding with an ellipsis', () => {
    const text = `${'word '.repeat(200)}leverage ${'more '.repeat(200)}.`;
    const { before, match, after } = sentenceAround(text, text.indexOf('leverage'), text.indexOf('leverage') + 8);
    expect(match).toBe('leverage');
    expect(before.startsWith('…')).toBe(true);
    expect(after.endsWith('…')).toBe(true);
    expect(before.length + after.length).toBeLessThan(340);
  });
});

describe('matchedPhrase', () => {
  it('reads the quoted phrase at the end of a risk message', () => {
    expect(matchedPhrase({ message: 'This wording may put staff off sharing. (‘at all times’)' } as Finding)).toBe('at all times');
    expect(matchedPhrase({ message: 'No quote here.' } as Finding)).toBeUndefined();
  });
});

describe('countSyllables', () => {
  it('counts prose words and leaves out front matter, comments, code and link targets', () => {
    const text = '---\ntitle: Many syllables everywhere\n---\n\nThe cat sat. <!-- internationalisation -->\n\n```\ncomputational\n```\n\n[Read](https://example.org/extraordinarily)';
    expect(countSyllables(text)).toEqual({ words: 4, syllables: 4 });
  });

  it('counts syllables of longer words', () => {
    expect(countSyllables('information governance').syllables).toBe(7);
  });
});

describe('listFiles', () => {
  it('walks folders for Markdown and text files, sorted, and keeps files named directly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plain-ig-list-'));
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, 'b', 'two.md'), 'x');
    writeFileSync(join(dir, 'a.txt'), 'x');
    writeFileSync(join(dir, 'picture.png'), 'x');
    writeFileSync(join(dir, '.hidden', 'secret.md'), 'x');
    expect(listFiles([dir]).map((file) => file.slice(dir.length + 1))).toEqual(['a.txt', 'b/two.md']);
    expect(listFiles([join(dir, 'picture.png')])).toEqual([join(dir, 'picture.png')]);
    expect(() => listFiles([join(dir, 'missing')])).toThrow(MissingPathError);
  });
});

describe('whole sentences and running text', () => {
  it('keeps the whole sentence as written, from after its list marker', () => {
    const text = 'Intro.\n\n- Staff must leverage\n  the data (e.g. records). Next one.';
    const start = text.indexOf('leverage');
    expect(wholeSentence(text, start, start + 8)).toEqual({ start: text.indexOf('Staff'), text: 'Staff must leverage\n  the data (e.g. records).' });
  });

  it('counts only sentences of running text: no headings, table cells or short list items', () => {
    const text = [
      '# Sharing information policy',
      '',
      'Staff share information with the care team when it helps the person.',
      '',
      '## Scope',
      '',
      '- Service users',
      '- Staff members',
      '- Visiting professionals who work with our teams every week',
      '- Ask first.',
      '',
      '| Role | Duty |',
      '| --- | --- |',
      '| Caldicott Guardian | Advises on sharing |',
    ].join('\n');
    const doc = collectText('policy.md', text, 'markdown', defaultSettings());
    expect(doc.sentenceLengths).toEqual([12, 9, 2]);
    expect(doc.sentences).toBe(3);
    expect(doc.words).toBeGreaterThan(30);
  });
});
