// For every phrase of every dictionary: sentences built around it in the shapes policies use
// (after "a"/"an", as the subject, in the plural, as a verb after "will"), every safe fix
// applied once. Afterwards no "a" stands before a vowel sound or "an" before a consonant sound,
// no definition is doubled ("(DPIA) (…)", "((", the same acronym bracketed twice), and
// checking again leaves nothing safe to fix.
import { describe, expect, it } from 'vitest';
import { indefiniteArticle } from '../../server/src/core/articles.ts';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import { applyFixes, safeEdits } from '../../server/src/core/fixes.ts';
import { findings } from '../helpers.ts';

const d = bundledDictionaries();

/** Sentences around one phrase; `context` makes jargon that needs context words live. */
function shapes(phrase: string, context: string): string[] {
  const article = indefiniteArticle(phrase);
  return [
    `Staff said ${article} ${phrase} was needed${context}.`,
    `The ${phrase} is checked every week${context}.`,
    `We will ${phrase} the records${context} next year.`,
  ];
}

/** Every "a"/"an" in the text that disagrees with the word after it. */
function wrongArticles(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/\b(a|an|A|An) ([A-Za-z0-9][\w-]*)/g)) {
    const word = match[2]!;
    if (indefiniteArticle(word) !== match[1]!.toLowerCase()) out.push(match[0]);
  }
  return out;
}

/** Signs of a doubled definition or a bracket inside a bracket. */
function doubled(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let nested = false;
  for (const char of text) {
    if (char === '(') nested ||= ++depth > 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
  }
  if (nested || /\)\s*\(/.test(text)) out.push('brackets side by side or nested');
  const bracketed = [...text.matchAll(/\(([A-Z][A-Za-z0-9&]+)\)/g)].map((m) => m[1]!);
  for (const acronym of new Set(bracketed)) if (bracketed.filter((a) => a === acronym).length > 1) out.push(`(${acronym}) twice`);
  return out;
}

interface Problem {
  text: string;
  fixed: string;
  problems: string[];
}

function check(text: string): Problem | undefined {
  const before = findings(text, { format: 'plaintext' });
  const once = applyFixes(text, safeEdits(before)).text;
  if (once === text) return undefined;
  const problems = [...wrongArticles(once).filter((a) => !wrongArticles(text).includes(a)), ...doubled(once).filter((p) => !doubled(text).includes(p))];
  const again = safeEdits(findings(once, { format: 'plaintext' }));
  if (again.length > 0) problems.push(`still safe to fix: ${again.map((e) => once.slice(e.start, e.end)).join(', ')}`);
  return problems.length > 0 ? { text, fixed: once, problems } : undefined;
}

const phrasesOf = (): Array<{ phrase: string; context: string }> => {
  const out: Array<{ phrase: string; context: string }> = [];
  for (const entry of d.jargon.entries) for (const phrase of entry.phrases) out.push({ phrase, context: entry.context ? ` in the ${entry.context[0]}` : '' });
  for (const entry of d.outdated.entries) for (const phrase of entry.phrases) out.push({ phrase, context: '' });
  for (const entry of d.acronym.entries) out.push({ phrase: entry.acronym, context: '' });
  for (const entry of d['plain-words'].entries) if (entry.action !== 'off') out.push({ phrase: entry.phrase, context: '' });
  return out;
};

describe('every safe fix, for every dictionary phrase, in every shape', () => {
  it('leaves articles agreeing, no definition doubled, and nothing safe to fix', { timeout: 300_000 }, () => {
    const problems: Problem[] = [];
    let fixedSentences = 0;
    for (const { phrase, context } of phrasesOf()) {
      for (const text of shapes(phrase, context)) {
        const problem = check(text);
        if (problem) problems.push(problem);
        if (applyFixes(text, safeEdits(findings(text, { format: 'plaintext' }))).text !== text) fixedSentences++;
      }
    }
    // The shapes do reach the fixes: hundreds of sentences change.
    expect(fixedSentences).toBeGreaterThan(300);
    expect(problems.map((p) => `${p.text} → ${p.fixed}: ${p.problems.join('; ')}`)).toEqual([]);
  });

  it('the article checks catch a fix that ignores the article', () => {
    expect(wrongArticles('Keep an record of it.')).toEqual(['an record']);
    expect(wrongArticles('Keep a audit of it.')).toEqual(['a audit']);
    expect(doubled('Freedom of Information Act 2000 (freedom of information (FOI))')).toEqual(['brackets side by side or nested']);
  });
});
