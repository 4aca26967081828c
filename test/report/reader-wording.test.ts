// Every dictionary `reason` and `note` reaches readers: as the "Why" of a
// finding in the report, in editor hovers and in CI annotations. This lint
// keeps words meant for maintainers out of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/** Words that talk about the tool, not to the writer, and what is wrong with each. */
export const MAINTAINER_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\bhints?\b/i, 'names a severity level (say why the wording matters instead)'],
  [/\bdrowns?\s+out\b/i, 'talks about other findings'],
  [/\bwe\s+(?:show|flag|keep|leave|list|treat)\b/i, 'describes what the tool does'],
  [/\bshown\s+as\b/i, 'describes how the tool shows it'],
  [/\bflagg(?:ing|ed)\b/i, 'describes what the tool does'],
  [/\bfalse\s+(?:positive|alarm)s?\b/i, 'talks about the checker, not the reader'],
  [/\b(?:the|this)\s+(?:jargon|risk|acronym|outdated|plain-words)\s+check\b/i, 'names a check'],
  [/\bthis\s+(?:dictionary\s+)?entry\b/i, 'talks about the dictionary'],
  [/\b(?:the\s+)?original\s+(?:list|suggestion)\b/i, 'talks about where the dictionary came from'],
  [/\bword\s+list\b/i, 'talks about where the dictionary came from'],
  [/\b(?:npm|retext(?:-[a-z]+)?|nlcst|mdast|remark|unified|compromise|mammoth|write-good|alex)\b/i, 'names a software package'],
];

interface Text {
  file: string;
  id: string;
  key: string;
  text: string;
}

function textsIn(value: unknown, file: string, id = '', out: Text[] = []): Text[] {
  if (Array.isArray(value)) for (const item of value) textsIn(item, file, id, out);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const here = typeof record['id'] === 'string' ? record['id'] : id;
    for (const [key, child] of Object.entries(record)) {
      if ((key === 'reason' || key === 'note') && typeof child === 'string') out.push({ file, id: here, key, text: child });
      else textsIn(child, file, here, out);
    }
  }
  return out;
}

/** The maintainer words in one reader-facing text, with what is wrong with each. */
export function maintainerWords(text: string): string[] {
  return MAINTAINER_WORDS.filter(([pattern]) => pattern.test(text)).map(([pattern, why]) => `"${pattern.exec(text)![0]}" ${why}`);
}

const DIR = 'dictionaries';
const texts = readdirSync(DIR)
  .filter((name) => name.endsWith('.yml'))
  .flatMap((name) => textsIn(parse(readFileSync(join(DIR, name), 'utf8')), name));

describe('reader-facing dictionary text', () => {
  it('reads every reason and note of the bundled dictionaries', () => {
    expect(texts.length).toBeGreaterThan(500);
  });

  it.each([
    ['Correct advice, but "ensure" appears in almost every policy sentence; shown as a hint so it does not drown out the findings that matter.', 3],
    ['Matched by retext-simplify; we flag it.', 2],
    ['Too common in policy prose to be useful; flagging every "it is" buries real problems.', 1],
    ['A US government word list entry that does not apply to health and care writing.', 1],
    ['"Ensure" is a strong word: it makes someone answerable for the result, so say who.', 0],
  ])('the lint finds maintainer words: %s', (text, count) => {
    expect(maintainerWords(text)).toHaveLength(count);
  });

  it('has no words meant for maintainers in any reason or note', () => {
    const failures = texts.flatMap(({ file, id, key, text }) => maintainerWords(text).map((problem) => `${file} ${id} ${key}: ${problem}`));
    expect(failures).toEqual([]);
  });
});
