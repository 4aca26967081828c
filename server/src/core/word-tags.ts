/**
 * Quick parts of speech for the few words around a finding: the `compromise`
 * library's own lexicon (the words it knows and their tags), word endings for
 * the rest, and the word before ("could benefit" is a verb, "the record" a
 * noun). Tagging a sentence with the library's full tagger costs a millisecond
 * or more; the fit step needs tags for hundreds of findings per document, so
 * it uses these, and the full tagger (`partsOfSpeech`) only for a word on its
 * own (remembered per word): is "help" a verb or a noun?
 */
import { lexiconEntry } from './morphology.ts';

/** What each lexicon tag implies, in the tagger's vocabulary. */
const EXPAND: Record<string, string[]> = {
  Infinitive: ['Verb', 'Infinitive', 'PresentTense'],
  PresentTense: ['Verb', 'PresentTense'],
  PastTense: ['Verb', 'PastTense'],
  Participle: ['Verb', 'Participle'],
  Gerund: ['Verb', 'Gerund'],
  Modal: ['Verb', 'Modal', 'Auxiliary'],
  Copula: ['Verb', 'Copula'],
  Auxiliary: ['Verb', 'Auxiliary'],
  PhrasalVerb: ['Verb', 'PhrasalVerb'],
  Singular: ['Noun', 'Singular'],
  Plural: ['Noun', 'Plural'],
  Uncountable: ['Noun', 'Uncountable'],
  ProperNoun: ['Noun', 'ProperNoun'],
  Pronoun: ['Pronoun'],
};

/** Tags by word ending, for words the lexicon does not know. */
function byEnding(word: string): string[] {
  if (/^\d/.test(word)) return ['Value'];
  if (/ly$/.test(word)) return ['Adverb'];
  if (/(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ure|age|ery|ist|er|or|ant)s$/.test(word)) return ['Noun', 'Plural'];
  if (/(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ure|age|ery|ist)$/.test(word)) return ['Noun', 'Singular'];
  if (/ing$/.test(word)) return ['Verb', 'Gerund'];
  if (/ed$/.test(word)) return ['Verb', 'PastTense', 'Participle'];
  if (/(?:ive|al|ous|ful|less|able|ible|ic|ary)$/.test(word)) return ['Adjective'];
  if (/(?:ent|ant)$/.test(word)) return ['Adjective', 'Noun', 'Singular'];
  if (/(?:ise|ize|ate|ify)$/.test(word)) return ['Verb', 'Infinitive', 'PresentTense'];
  if (/[^s]s$/.test(word)) return ['Noun', 'Plural', 'Verb', 'PresentTense'];
  return ['Noun', 'Singular'];
}

const remembered = new Map<string, string[]>();

/** Tags of one word on its own (remembered per word; the caller must not change the array). */
export function wordTags(word: string): string[] {
  const lower = word.toLowerCase();
  let tags = remembered.get(lower);
  if (!tags) {
    tags = lookUp(lower);
    if (remembered.size > 100_000) remembered.clear();
    remembered.set(lower, tags);
  }
  return tags;
}

function lookUp(lower: string): string[] {
  if (lower === 'to') return ['Preposition', 'Conjunction'];
  const entry = lexiconEntry(lower);
  if (entry === undefined) return byEnding(lower);
  const tags = new Set<string>();
  for (const tag of Array.isArray(entry) ? entry : [entry]) for (const t of EXPAND[tag] ?? [tag]) tags.add(t);
  return [...tags];
}

const NOUN_LEADS = new Set(['Determiner', 'Adjective', 'Possessive']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'you', 'he', 'she']);
const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/**
 * Tags for a run of words, each word's tags narrowed by the one before it:
 * after "could", "will" or "to" a word that can be a verb is one; after "the"
 * or a describing word it is a noun.
 */
export function quickTags(words: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let tags = wordTags(word);
    // An adverb between: "may also benefit", "to fully utilise".
    const back = out[i - 1]?.includes('Adverb') && i >= 2 ? 2 : 1;
    const before = out[i - back];
    const previous = words[i - back]?.toLowerCase();
    const relative = previous === 'that' || previous === 'which' || previous === 'who';
    const verbReading = tags.includes('Verb') || tags.includes('Singular') || (tags.includes('Noun') && !tags.includes('Plural'));
    if (before && (before.includes('Modal') || previous === 'to' || previous === 'not') && verbReading && !tags.includes('Determiner') && !tags.includes('Pronoun')) {
      tags = [...new Set(['Verb', 'Infinitive', ...tags.filter((t) => t !== 'Noun' && t !== 'Singular')])];
    } else if (before && BE.has(previous ?? '') && /ed$/.test(word.toLowerCase()) && !tags.includes('Verb')) {
      // "can be combined with": a passive verb, whatever the lexicon says.
      tags = ['Verb', 'Participle', ...tags];
    } else if (before && before.some((t) => NOUN_LEADS.has(t)) && tags.includes('Gerund')) {
      // "future processing": a verb's -ing form after a describing word is a noun.
      tags = ['Noun', 'Singular'];
    } else if (before && SUBJECT_PRONOUNS.has(previous ?? '') && verbReading && !tags.includes('Plural') && !tags.includes('Determiner')) {
      // "they purchase": after a subject pronoun, a word that can be a verb is one.
      tags = [...new Set(['Verb', 'PresentTense', ...tags.filter((t) => t !== 'Noun' && t !== 'Singular')])];
    } else if (relative) {
      // "areas that require": a verb after "that", "which" or "who" keeps its verb reading.
    } else if (before && before.some((t) => NOUN_LEADS.has(t)) && tags.includes('Noun') && tags.includes('Verb')) {
      tags = tags.filter((t) => t !== 'Verb' && t !== 'PresentTense' && t !== 'Infinitive');
    } else if (before && before.some((t) => NOUN_LEADS.has(t)) && tags.includes('Infinitive') && !tags.includes('Adjective')) {
      // "the record", "appropriate use": a verb's plain form after "the" is a noun.
      tags = ['Noun', 'Singular'];
    } else if (before && (before.includes('Pronoun') || before.includes('Noun')) && tags.includes('Plural') && tags.includes('PresentTense')) {
      tags = tags.filter((t) => t !== 'Noun' && t !== 'Plural');
    }
    out.push(tags);
  }
  return out;
}
