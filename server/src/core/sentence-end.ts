/**
 * Where a sentence ends in raw text, for quoting a finding's sentence (Word
 * quotes in the CLI, sentences in the report). A full stop after an
 * abbreviation such as "e.g." or "Dr." or a single initial does not end a
 * sentence, and neither does one followed by a lower-case word.
 */

/** Abbreviations whose full stop does not end a sentence (lower case, without the final full stop). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'etc', 'cf', 'viz', 'vs', 'approx', 'incl', 'para', 'paras', 'pp', 'ss', 'sch', 'regs', 'fig', 'vol',
  'dr', 'mr', 'mrs', 'ms', 'prof', 'rev', 'hon', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sept', 'oct', 'nov', 'dec', 'tel',
]);

/** Abbreviations that end no sentence when a number follows ("No. 5", "s. 251", "Art. 9"). */
const BEFORE_NUMBERS: ReadonlySet<string> = new Set(['no', 'nos', 'art', 'reg', 'sec', 'ch', 'ref', 'ext', 'st']);

/**
 * True when the character at `index` (a full stop, question mark or
 * exclamation mark) ends a sentence: whitespace or the end of the text follows,
 * the word before it is not an abbreviation or a single letter, and the next
 * word does not start in lower case.
 */
export function isSentenceEnd(text: string, index: number): boolean {
  const ch = text[index];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  // Closing quotes and brackets may follow the mark: "…shared." or …shared.)
  let after = index + 1;
  while (after < text.length && /["'’”)\]]/.test(text[after]!)) after++;
  if (after < text.length && !/\s/.test(text[after]!)) return false;
  if (ch !== '.') return true;
  let from = index;
  while (from > 0 && /[\p{L}\p{N}.]/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, index).replace(/^[.]+/, '').toLowerCase();
  if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return false;
  const next = /\S/.exec(text.slice(after, after + 40));
  if (next && /\p{Ll}/u.test(next[0])) return false;
  if (next && /\d/.test(next[0]) && BEFORE_NUMBERS.has(word)) return false;
  return true;
}
