/**
 * Capitalised proper names of roles, teams, products and organisations
 * ("Information Asset Owner", "Dataset Developers", "Digital Services Team",
 * "NHS Digital", "Microsoft Teams"). A word inside such a name is part of the
 * name, not the writer's choice of word, so checks do not ask to reword it.
 *
 * A name is a run of two or more capitalised words (small words such as "of"
 * and "and" may sit inside) that ends in a word naming a role, team or
 * organisation, that starts with the name of a body such as "NHS", or that
 * starts "Department of", "Office for" and the like. Runs at
 * the start of a sentence count only from their second word, and a sentence
 * written mostly in capitals (a shouted heading) has no names.
 */
import type { Token } from './words.ts';

/** Last words of names of roles, teams and organisations. */
const HEAD_WORDS = new Set([
  'officer', 'officers', 'owner', 'owners', 'manager', 'managers', 'lead', 'leads', 'guardian', 'guardians', 'director', 'directors',
  'developer', 'developers', 'administrator', 'administrators', 'analyst', 'analysts', 'architect', 'architects', 'engineer', 'engineers',
  'champion', 'champions', 'coordinator', 'coordinators', 'co-ordinator', 'adviser', 'advisers', 'advisor', 'advisors', 'custodian',
  'custodians', 'controller', 'controllers', 'steward', 'stewards', 'head', 'chair', 'secretary', 'executive', 'executives', 'specialist',
  'specialists', 'consultant', 'consultants', 'practitioner', 'practitioners', 'partner', 'partners',
  'team', 'teams', 'board', 'boards', 'committee', 'committees', 'group', 'groups', 'panel', 'panels', 'forum', 'forums', 'unit',
  'units', 'department', 'departments', 'directorate', 'directorates', 'office', 'service', 'services', 'desk', 'hub', 'network',
  'alliance', 'partnership', 'collaborative', 'programme', 'project', 'initiative', 'council', 'trust', 'trusts', 'agency', 'ministry', 'authority', 'commission',
  'commissioner', 'institute', 'society', 'college', 'association', 'foundation', 'federation', 'consortium', 'ltd', 'limited', 'plc',
  'llp', 'inc', 'centre', 'center', 'surgery', 'practice', 'hospital', 'hospitals', 'icb', 'pcn', 'csu',
]);

/** First words of names of national bodies and products ("NHS England", "Microsoft Teams"). */
const BODY_WORDS = new Set(['nhs', 'hm', 'microsoft', 'google', 'apple', 'amazon', 'oracle', 'cerner', 'emis', 'tpp', 'ico', 'dhsc', 'ukhsa']);

/** Small words that may sit inside a name ("Department of Health and Social Care"). */
const JOINING_WORDS = new Set(['of', 'and', 'for', '&', 'the']);

/** True when a word starts with a capital letter or a digit (a character-code test, no regex). */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

const capitalised = (token: Token): boolean => /^[A-Z0-9]/.test(token.text) && /[A-Za-z]/.test(token.text);

/** True when most words of the sentence are in capitals (a heading written in capitals). */
function shouted(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const token of tokens) {
    if (!/[A-Za-z]/.test(token.text)) continue;
    words++;
    if (token.text.length > 1 && token.text === token.text.toUpperCase()) capitals++;
  }
  return words >= 3 && capitals / words >= 0.6;
}

/** True when every word but the small joining ones starts with a capital (a title-case heading). */
function titleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => /[A-Za-z]/.test(token.text) && !JOINING_WORDS.has(token.norm) && token.norm !== 'a' && token.norm !== 'to');
  return words.length >= 3 && words.every(capitalised);
}

/**
 * Token index spans [from, to) of proper names in one sentence's tokens. A name
 * never crosses punctuation (other than a hyphen) or a line break.
 */
export function properNames(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (tokens.length < 2) return out;
  // Cheap test first: most sentences have no two capitalised words in a row, or with one joining word
  // between ("Department for Education").
  let pair = false;
  for (let k = 1; k < tokens.length && !pair; k++) {
    if (!startsUpper(tokens[k]!.text)) continue;
    pair = startsUpper(tokens[k - 1]!.text) || (k > 1 && JOINING_WORDS.has(tokens[k - 1]!.norm) && startsUpper(tokens[k - 2]!.text));
  }
  if (!pair || shouted(tokens) || titleCase(tokens)) return out;
  let i = 0;
  while (i < tokens.length) {
    if (!capitalised(tokens[i]!)) {
      i++;
      continue;
    }
    // Grow the run: capitalised words, with small joining words between them.
    let j = i + 1;
    let last = i;
    while (j < tokens.length) {
      const token = tokens[j]!;
      if (token.sep !== 'space' && token.sep !== 'hyphen') break;
      if (capitalised(token)) last = j;
      else if (!JOINING_WORDS.has(token.norm) || (token.norm === 'the' && !['of', 'for'].includes(tokens[j - 1]!.norm))) break;
      j++;
    }
    // A sentence's first word is capitalised anyway: the name starts at the second word
    // unless the first is a body's name ("NHS England").
    let from = i;
    if (i === 0 && !BODY_WORDS.has(tokens[0]!.norm)) from = 1;
    const to = last + 1;
    if (to - from >= 2) {
      const head = tokens[last]!.norm;
      // "Department of Health and Social Care", "Office of the National Data Guardian".
      const bodyOf = HEAD_WORDS.has(tokens[from]!.norm) && (tokens[from + 1]?.norm === 'of' || tokens[from + 1]?.norm === 'for');
      if (HEAD_WORDS.has(head) || BODY_WORDS.has(tokens[from]!.norm) || bodyOf) out.push([from, to]);
    }
    i = Math.max(last + 1, i + 1);
  }
  return out;
}

/**
 * True when tokens [from, to) lie inside a proper name and are not the whole
 * name: "Dataset" in "Dataset Developers" is part of a role's name, while
 * "Registration Authority" on its own is the term itself.
 */
export function insideProperName(names: ReadonlyArray<readonly [number, number]>, from: number, to: number): boolean {
  return names.some(([start, end]) => from >= start && to <= end && (from > start || to < end));
}
