/**
 * Expands a vocabulary lemma ("pass on", "disclose", "disclosure") into the
 * surface forms a writer may use, so the dictionary lists each word once.
 * Over-generation is harmless here: a form nobody writes never matches.
 */

/** Irregular verbs that appear in sharing, consent and sanction wording: base → [past, participle]. */
const IRREGULAR: Record<string, [string, string]> = {
  give: ['gave', 'given'], send: ['sent', 'sent'], tell: ['told', 'told'], keep: ['kept', 'kept'],
  hold: ['held', 'held'], withhold: ['withheld', 'withheld'], break: ['broke', 'broken'], lead: ['led', 'led'],
  forbid: ['forbade', 'forbidden'], lose: ['lost', 'lost'], get: ['got', 'got'], make: ['made', 'made'],
  seek: ['sought', 'sought'], have: ['had', 'had'], speak: ['spoke', 'spoken'], show: ['showed', 'shown'],
  let: ['let', 'let'], put: ['put', 'put'], set: ['set', 'set'], sign: ['signed', 'signed'],
  grant: ['granted', 'granted'], take: ['took', 'taken'], see: ['saw', 'seen'], know: ['knew', 'known'],
  write: ['wrote', 'written'], say: ['said', 'said'], hand: ['handed', 'handed'], face: ['faced', 'faced'],
};

const VOWEL = /[aeiou]/;

/** Regular verb forms of one word: [present3, past/participle, gerund]. */
function verbForms(word: string): string[] {
  const irregular = IRREGULAR[word];
  let present3: string;
  if (/(s|sh|ch|x|z|o)$/.test(word)) present3 = `${word}es`;
  else if (/[^aeiou]y$/.test(word)) present3 = `${word.slice(0, -1)}ies`;
  else present3 = `${word}s`;
  let past: string;
  let gerund: string;
  if (word.endsWith('e') && !word.endsWith('ee')) {
    past = `${word}d`;
    gerund = `${word.slice(0, -1)}ing`;
  } else if (/[^aeiou]y$/.test(word)) {
    past = `${word.slice(0, -1)}ied`;
    gerund = `${word}ing`;
  } else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(word) && word.length <= 4 && VOWEL.test(word)) {
    // one-syllable consonant-vowel-consonant: "ban" → "banned", "bar" → "barred"
    past = `${word}${word.at(-1)}ed`;
    gerund = `${word}${word.at(-1)}ing`;
  } else if (/(fer|mit)$/.test(word)) {
    // stressed final syllable: "transfer" → "transferred", "permit" → "permitted"
    past = `${word}${word.at(-1)}ed`;
    gerund = `${word}${word.at(-1)}ing`;
  } else {
    past = `${word}ed`;
    gerund = `${word}ing`;
  }
  return irregular ? [present3, ...irregular, gerund] : [present3, past, gerund];
}

/** Plural of one noun ("disclosure" → "disclosures", "party" → "parties"). */
function pluralForms(word: string): string[] {
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  if (/(s|sh|ch|x|z)$/.test(word)) return [`${word}es`];
  return [`${word}s`];
}

/**
 * Every surface form of a lemma phrase, lower case: the phrase itself, its
 * first word inflected as a verb ("pass on" → "passed on", "passing on"), and
 * its last word as a plural noun ("third party" → "third parties").
 */
export function surfaceFormsOf(phrase: string): string[] {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const out = new Set<string>([words.join(' ')]);
  const [first, ...rest] = words;
  if (/^[a-z]+$/.test(first!) && first!.length > 2) {
    for (const form of verbForms(first!)) out.add([form, ...rest].join(' '));
  }
  const last = words.at(-1)!;
  if (/^[a-z]+$/.test(last) && last.length > 2) {
    for (const form of pluralForms(last)) out.add([...words.slice(0, -1), form].join(' '));
  }
  return [...out];
}
