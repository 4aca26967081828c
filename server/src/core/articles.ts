/**
 * "a" or "an": chosen by the sound a word starts with, not its first letter
 * ("an hour", "a user", "an NHS trust", "a one-off").
 */

/** Vowel-letter starts that sound like a consonant ("a user", "a one-off", "a European"). */
const CONSONANT_SOUND = /^(?:u[bcfhjkmpqrstvz][aeiou]|unanim|uni(?!nt|mp|nf|nst|nd|nh|nn)|use|usu|uti|ure|uro|eu|ewe|one\b|once\b|ouija)/i;

/** Consonant-letter starts that sound like a vowel ("an hour", "an honest"). */
const VOWEL_SOUND = /^(?:hour|honest|honou?r|heir|herb(?!al))/i;

/** Letters whose spoken name starts with a vowel sound: "an MP", "an SLA", "an HR team". */
const VOWEL_LETTERS = new Set('AEFHILMNORSX'.split(''));

/** Acronyms read as words, not letter by letter ("a NICE guideline" is read "a nice"). */
const READ_AS_WORDS = new Set(['NICE', 'NATO', 'UNICEF', 'UNESCO', 'OFSTED', 'OFCOM', 'GIF', 'JPEG', 'SIRO', 'SNOMED', 'SMART', 'RAG']);

/**
 * The indefinite article for a word or phrase: `an` before a vowel sound, `a` otherwise.
 * @param phrase the words the article stands before (only the first word counts)
 */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const word = phrase.trim().replace(/^[("‘“'[]+/, '').split(/[\s\-–,/]/, 1)[0] ?? '';
  if (!word) return 'a';
  // "an 8-week", "an 11-page", "an 18,000": eight, eleven and eighteen start with a vowel sound.
  if (/^\d/.test(word)) return /^8/.test(word) || /^(?:11|18)(?:\d{3})*$/.test(word.replace(/,/g, '')) ? 'an' : 'a';
  const letters = word.replace(/[^A-Za-z]/g, '');
  // Capitals read letter by letter ("an MRI"), and a capital letter on its own, whatever digits or
  // marks follow it ("an X-ray", "an A4 sheet", "a U-turn", "an S(1) notice", "an F.").
  if ((letters.length >= 2 || /^[A-Z]/.test(word)) && letters === letters.toUpperCase() && !READ_AS_WORDS.has(letters)) {
    return VOWEL_LETTERS.has(letters[0]!) ? 'an' : 'a';
  }
  if (VOWEL_SOUND.test(word)) return 'an';
  if (CONSONANT_SOUND.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
