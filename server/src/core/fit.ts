/**
 * Fitting each alternative to its place. A dictionary gives an alternative in
 * its plain form ("use", "record of who looked at…"); the sentence may need
 * "used", "records", "a" instead of "an", or no swap at all. Every check's
 * `replace`, `explain` and `expand` candidates pass through {@link fitCandidates}
 * after they are collected:
 *
 * - the alternative is put in the form of the words it replaces (tense, number,
 *   participle after "be" or "have");
 * - the article before it is corrected ("an option" → "a choice"), or dropped
 *   before a plural or a clause (the fix then covers the article too);
 * - it is checked against the words around it with their parts of speech: a
 *   verb whose alternative cannot take the same object ("ensure the quality" →
 *   "make sure the quality"), a verb tied to the preposition after it ("benefit
 *   from" → "help from"), a long alternative used to describe the noun after it
 *   ("access control adjustments"), a modal in place of a verb ("may require" →
 *   "may must"), or an expansion already in brackets;
 * - an alternative that cannot be made to fit stays in the message as advice
 *   ("Try …") but is not offered as an edit.
 *
 * Whether the fitted fix is safe to apply without reading is decided next, per
 * finding, by `safety.ts`. Results are cached by the candidate and the text
 * around it, so re-checking a document only fits what changed.
 */
import { indefiniteArticle } from './articles.ts';
import { quote, type Candidate, type DocumentInput } from './check-api.ts';
import type { Dictionaries } from './dictionary-types.ts';
import { formInContext, formOf, inflectAs, lemmaOf, partsOfSpeech, pluralOf, singularOf, verbForms, type WordForm } from './morphology.ts';
import { placeOf, safetyOf, type FitNotes, type Place } from './safety.ts';
import { quickTags, wordTags } from './word-tags.ts';

/** How far before and after a finding the fit step reads (characters). */
const BEFORE = 120;
const AFTER = 100;

/** One word near a finding, with the punctuation that follows it. */
interface Word {
  text: string;
  /** Punctuation right after the word ("," in "quality,"). */
  after: string;
}


const WORD = /[A-Za-z0-9][A-Za-z0-9’'&.-]*[A-Za-z0-9]|[A-Za-z0-9]/g;

/** The text without white space (a single space, the usual gap between words, needs no regex). */
const withoutSpace = (gap: string): string => (gap === ' ' ? '' : gap.replace(/\s+/g, ''));

/** Words of a stretch of text, with the punctuation after each. */
function wordsIn(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  let previous: Word | undefined;
  let lastEnd = 0;
  while ((match = WORD.exec(text))) {
    if (previous) previous.after = withoutSpace(text.slice(lastEnd, match.index));
    let word = match[0];
    // A full stop that ends a sentence is punctuation, not part of an abbreviation.
    let end = match.index + word.length;
    if (word.endsWith('.')) {
      word = word.slice(0, -1);
      end--;
    }
    previous = { text: word, after: '' };
    out.push(previous);
    lastEnd = end;
  }
  if (previous) previous.after = text.slice(lastEnd).replace(/\s+/g, '').slice(0, 1);
  return out;
}

/** True when a run of punctuation ends the clause a word is in. */
const endsClause = (punctuation: string): boolean => /[,;:.!?()[\]]|—|–/.test(punctuation);

/**
 * A line break that starts a new line of text rather than wrapping a sentence:
 * the next line starts with a capital, a number, a list marker or is blank.
 */
const NEW_LINE = /(?:\r\n?|\n)(?=[ \t]*(?:[A-Z0-9*+•#>|-]|\r|\n|$))/;

/** Words that never end a line of text of their own: a line ending in one goes on in the next ("the\nIT estate"). */
const CONTINUES = new Set(['a', 'an', 'the', 'of', 'to', 'and', 'or', 'but', 'in', 'on', 'for', 'with', 'by', 'from', 'our', 'your', 'their', 'its', 'is', 'are', 'was', 'were']);

/**
 * Words before a finding in its sentence, nearest last. `first` is the finding's
 * own first character: a line break just before it starts a new line only when
 * that is a capital, a number or a mark (see {@link NEW_LINE}), and the line
 * before does not end in a word such as "the".
 */
function wordsBefore(before: string, first: string): Word[] {
  // The last few words are all the rules read.
  const recent = before.slice(-60);
  const lines = `${recent}${first}`.split(NEW_LINE);
  let line = recent;
  if (lines.length > 1) {
    const last = lines.pop()!.slice(0, -1);
    const previous = lines[lines.length - 1]!;
    line = CONTINUES.has(/(\S+)\s*$/.exec(previous)?.[1]?.toLowerCase() ?? '') ? `${previous} ${last}` : last;
  }
  const sentence = line.split(/(?<=[.!?:;])\s+/).pop() ?? '';
  return wordsIn(sentence);
}

/** Words after a finding up to the end of its sentence (`after` is already cut at the first new line: see {@link NEW_LINE}). */
function wordsAfter(after: string): Word[] {
  const words = wordsIn(after);
  const out: Word[] = [];
  if (/^\s*[.!?;:]/.test(after)) return out;
  for (const word of words) {
    out.push(word);
    if (/[.!?;:]/.test(word.after) || out.length >= 12) break;
  }
  return out;
}

/** Tags for the words of a window: before, the flagged words, after. */
interface Tagged {
  before: string[][];
  actual: string[][];
  after: string[][];
}

const alone = new Map<string, string[]>();

/** The full tagger's reading of one word on its own ("help" → a verb), remembered per word. */
function aloneTags(word: string): string[] {
  let tags = alone.get(word);
  if (!tags) {
    tags = partsOfSpeech(word)[0]?.tags ?? [];
    alone.set(word, tags);
  }
  return tags;
}

/** Quick tags for the words of a window (see word-tags.ts). */
function tagWindow(before: Word[], actual: Word[], after: Word[]): Tagged {
  const tags = quickTags([...before, ...actual, ...after].map((word) => word.text));
  return {
    before: tags.slice(0, before.length),
    actual: tags.slice(before.length, before.length + actual.length),
    after: tags.slice(before.length + actual.length),
  };
}

const has = (tags: readonly string[] | undefined, ...wanted: string[]): boolean => tags !== undefined && wanted.some((tag) => tags.includes(tag));

const PREPOSITIONS = new Set(['from', 'upon', 'on', 'of', 'with', 'to', 'into', 'about', 'at', 'against']);
/** Prepositions a verb usually chooses for itself ("benefit from", "comply with", "adhere to"): a different verb rarely takes them. */
const BOUND_PREPOSITIONS = new Set(['from', 'upon', 'on', 'of', 'with', 'to', 'against']);
const MODALS = new Set(['must', 'should', 'can', 'could', 'may', 'might', 'will', 'would', 'shall']);
/** Last words of alternatives that need a clause after them ("make sure the data is safe", "if a breach happens"). */
const NEEDS_CLAUSE = new Set(['sure', 'certain', 'if', 'because', 'since', 'although', 'though', 'unless', 'whether']);
/** The word classes a single-word swap must keep. */
const WORD_CLASSES = ['Noun', 'Verb', 'Adjective', 'Adverb'];
/** Reflexive pronouns ("satisfy themselves"). */
const REFLEXIVES = new Set(['themselves', 'himself', 'herself', 'itself', 'ourselves', 'yourself', 'yourselves', 'myself']);
/** Nouns with no plural, which take no "a" ("equipment", "advice"). */
const UNCOUNTABLE = new Set(['equipment', 'information', 'advice', 'software', 'hardware', 'data', 'evidence', 'guidance', 'research', 'feedback', 'support', 'training', 'access', 'storage', 'knowledge', 'help', 'consent', 'security', 'safety', 'furniture', 'money', 'work', 'care']);
/** The head noun of a phrase: its last word before what describes it. */
function lastNoun(phrase: string): string {
  const words = phrase.toLowerCase().split(' ');
  const head = words.findIndex((word, i) => i > 0 && POSTMODIFIER.has(word));
  return words[head < 0 ? words.length - 1 : head - 1] ?? '';
}
/** True when "a" or "an" stands a few describing words back ("a physical or electronic …"). */
function indefiniteBefore(before: Word[]): boolean {
  for (let i = before.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const word = before[i]!.text.toLowerCase();
    if (word === 'a' || word === 'an') return true;
    // (A comma between describing words is a list, not the end of a clause: "a new, secure …".)
    if (endsClause(before[i]!.after.replace(',', '')) || !(has(wordTags(word), 'Adjective') || word === 'or' || word === 'and')) return false;
  }
  return false;
}
/** Verbs that agree with a singular or a plural subject. */
const SINGULAR_VERBS = new Set(['is', 'was', 'has', 'does']);
const PLURAL_VERBS = new Set(['are', 'were', 'have', 'do']);
/** Words that join clauses and only fit at the start of one. */
const JOINERS = new Set(['so', 'but', 'or', 'yet', 'and']);
/** Superlatives, which take "the", never "a". */
const SUPERLATIVES = new Set(['least', 'most', 'best', 'worst', 'fewest', 'smallest', 'largest', 'biggest', 'highest', 'lowest', 'greatest']);
/** Verbs that take "someone with something" ("provide staff with training"), which most plain alternatives do not. */
const WITH_FRAME = new Set(['provide', 'supply', 'furnish', 'equip', 'present', 'entrust', 'issue']);
/** Prepositions that start a phrase saying how or when ("in many cases", "at present"). */
const PREPOSITIONS_OF_PHRASES = new Set(['in', 'at', 'on', 'for', 'by', 'with']);
/** Words before "to" that make the verb after it legal wording ("powers to require", "duty to disclose"). */
const LEGAL_LEADS = new Set(['power', 'powers', 'right', 'rights', 'duty', 'duties', 'obligation', 'obligations', 'entitled', 'obliged', 'authority', 'empowered']);
/** Words that start a sentence's subject ("it is essential", "there are"). */
const SUBJECTS = new Set(['it', 'there', 'this', 'we', 'you', 'they']);
/** Words that start a noun phrase ("the", "our"), which one before another does not read ("the all our …"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'our', 'your', 'their', 'its', 'my', 'all', 'each', 'every']);
/** Words that tie an adverb to a time ("immediately after"). */
const TIME_LINKS = new Set(['after', 'before', 'following', 'upon', 'on', 'when', 'once']);
const CLAUSE_STARTS = new Set(['how', 'what', 'who', 'whom', 'whether', 'when', 'where', 'why', 'that', 'which']);
/** Words that end a noun phrase's head and start what describes it ("record of who …"). */
const POSTMODIFIER = new Set([...PREPOSITIONS, ...CLAUSE_STARTS]);

/** The form an alternative must take: a word form, or the singular where the dictionary writes a plural. */
type Target = WordForm | 'singular' | 'mismatch';

/** A dictionary phrase or flagged text, compared loosely: lower case, hyphens as spaces, "-ize" as "-ise". */
const looseWordsUncached = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/iz(e|es|ed|ing|ation|ations)\b/g, 'is$1')
    .split(/[\s-]+/)
    .filter(Boolean);

const loose = new Map<string, readonly string[]>();

/** {@link looseWordsUncached} for a dictionary's phrase, remembered (a document asks for the same few phrases again and again). */
function looseWords(phrase: string): readonly string[] {
  let words = loose.get(phrase);
  if (words === undefined) {
    words = looseWordsUncached(phrase);
    if (loose.size >= 20_000) loose.clear();
    loose.set(phrase, words);
  }
  return words;
}

/** "-s": a plural noun or a verb ("benefits")? The tagger decides, a noun when it cannot. */
function pluralOrPresent(form: WordForm, tags: string[] | undefined, single: boolean): WordForm {
  if (form !== 'plural' && form !== 'present3') return form;
  if (!single) return 'plural';
  if (has(tags, 'Verb') && !has(tags, 'Noun')) return 'present3';
  if (has(tags, 'Noun') && !has(tags, 'Verb')) return 'plural';
  return form;
}

/**
 * The form the flagged words are in compared with the dictionary's phrase
 * ("utilised" of "utilise" → `past`), or undefined when they are written as in
 * the dictionary. Without the dictionary's phrases, the words' own form is used.
 */
function formToMatch(actualWords: Word[], phrases: readonly string[], previous: Word | undefined, tags: () => Tagged): Target | undefined {
  const actual = looseWordsUncached(actualWords.map((word) => word.text).join(' '));
  const single = actualWords.length === 1;
  if (phrases.length > 0) {
    const same = phrases.map(looseWords).filter((words) => words.length === actual.length);
    if (same.some((words) => words.every((word, i) => word === actual[i]))) return undefined;
    for (const words of same) {
      const differ = words.flatMap((word, i) => (word === actual[i] ? [] : [i]));
      if (differ.length !== 1) continue;
      const at = differ[0]!;
      // The dictionary writes the plural ("primary care trusts"), the text the singular.
      if (formOf(words[at]!, actual[at]!) === 'plural') return 'singular';
      const form = formInContext(actual[at]!, words[at]!, at === 0 ? previous?.text : actual[at - 1]);
      if (form === 'base') return undefined;
      // "data extracted" of "data extract": a noun phrase used as a verb; its alternative cannot follow.
      if (at > 0 && form !== 'plural' && form !== 'unknown') return 'mismatch';
      // Several words with an "-s" are a noun phrase ("audit trails"), but a verb phrase when the "-s" is
      // on a first word the tagger reads as a verb ("takes part in") or right after an adverb ("adversely impacts on").
      if (!single && (form === 'plural' || form === 'present3')) {
        const lead = tags().actual[at === 0 ? 0 : at - 1];
        if (at === 0 ? has(lead, 'Verb') && !has(lead, 'Noun') : has(lead, 'Adverb') && !has(lead, 'Adjective')) return 'present3';
      }
      return pluralOrPresent(form, tags().actual[at], single);
    }
  }
  const first = actualWords[0]?.text ?? '';
  const last = actualWords[actualWords.length - 1]?.text ?? '';
  if (!/^[a-z]/i.test(first) || first === first.toUpperCase()) return undefined;
  const headForm = formInContext(first, lemmaOf(first), previous?.text);
  const lastForm = single ? headForm : formOf(last, lemmaOf(last));
  if (lastForm === 'plural') return pluralOrPresent('plural', tags().actual[actualWords.length - 1], single);
  // (A first word the tagger reads as a verb leads a verb phrase, as above: "takes part in".)
  if (headForm === 'present3' || headForm === 'plural') return !single && has(tags().actual[0], 'Verb') && !has(tags().actual[0], 'Noun') ? 'present3' : pluralOrPresent(headForm, tags().actual[0], single);
  if (headForm === 'past' || headForm === 'participle' || headForm === 'gerund') return headForm;
  return undefined;
}

/**
 * True when the words after a finding make a clause: a noun or pronoun followed by
 * a verb that is not a participle ("staff know", "the data is", "they must").
 */
function clauseFollows(after: Word[], tags: string[][]): boolean {
  for (let i = 1; i < after.length; i++) {
    const t = tags[i];
    const previous = tags[i - 1];
    if (has(t, 'Verb') && has(t, 'Copula', 'Modal', 'PastTense', 'PresentTense') && !has(t, 'Participle', 'Gerund') && has(previous, 'Noun', 'Pronoun') && !has(previous, 'Verb')) {
      // "should failure occur" is a condition, not the clause's verb.
      if (has(t, 'Modal') && !(has(tags[i + 1], 'Verb', 'Adverb', 'Negative') && !has(tags[i + 2], 'Verb'))) return false;
      return true;
    }
    if (endsClause(after[i]!.after) || endsClause(after[i - 1]!.after)) return false;
  }
  return false;
}

/** Puts a noun phrase's head in the plural: "record of who …" → "records of who …". */
function pluraliseNounPhrase(phrase: string): string | undefined {
  const words = phrase.split(' ');
  let head = words.findIndex((word, i) => i > 0 && (POSTMODIFIER.has(word.toLowerCase()) || word.startsWith('(')));
  head = head < 0 ? words.length - 1 : head - 1;
  const word = words[head]!.replace(/,$/, '');
  if (!/^[a-z]+$/i.test(word)) return undefined;
  const lemma = lemmaOf(word);
  // Already plural ("records of access": "records" reads as a verb too, like "limits").
  if (lemma !== word.toLowerCase() && ['plural', 'present3'].includes(formOf(word, lemma))) return phrase;
  // An acronym takes a small "s" ("CCTVs", not "CCTVS").
  const plural = word === word.toUpperCase() ? `${word}s` : pluralOf(word);
  words[head] = words[head]!.replace(word, plural);
  return words.join(' ');
}

const plurals = new Map<string, boolean>();

/** True when a phrase reads as a plural noun phrase ("records of access", "limits on who …"); remembered per phrase. */
function isPlural(phrase: string): boolean {
  let answer = plurals.get(phrase);
  if (answer === undefined) {
    answer = isPluralUncached(phrase);
    if (plurals.size > 50_000) plurals.clear();
    plurals.set(phrase, answer);
  }
  return answer;
}

function isPluralUncached(phrase: string): boolean {
  const words = phrase.split(' ');
  let head = words.findIndex((word, i) => i > 0 && (POSTMODIFIER.has(word.toLowerCase()) || word.startsWith('(')));
  head = head < 0 ? words.length - 1 : head - 1;
  const word = (words[head] ?? '').replace(/[^A-Za-z]/g, '');
  if (!word || word === word.toUpperCase()) return false;
  const lemma = lemmaOf(word);
  const form = lemma !== word.toLowerCase() ? formOf(word, lemma) : 'base';
  return form === 'plural' || (form === 'present3' && /s$/i.test(word));
}

/** Puts the alternative in the form the flagged words are in, or says why it cannot be. */
function inflect(alternative: string, form: Target | undefined, actual: string): { text: string } | { reason: string } {
  if (form === undefined || form === 'unknown') return { text: alternative };
  if (form === 'mismatch') return { reason: `${quote(actual)} is used differently from the dictionary's ${quote(alternative)}` };
  if (form === 'singular') {
    const words = alternative.split(' ');
    const last = words[words.length - 1]!;
    if (/^[a-z]+$/.test(last)) words[words.length - 1] = singularOf(last);
    return { text: words.join(' ') };
  }
  const words = alternative.split(' ');
  const head = words[0] ?? '';
  if (form === 'plural') {
    const plural = pluraliseNounPhrase(alternative);
    return plural === undefined ? { reason: `it cannot be made plural like ${quote(actual)}` } : { text: plural };
  }
  if (!/^[a-z]+$/i.test(head)) return { reason: `it cannot take the form of ${quote(actual)}` };
  const headLemma = lemmaOf(head);
  const headForm = formOf(head, headLemma);
  // "can be evidenced" → "can be shown", not "showed": the alternative is given in the past tense.
  if (form === 'participle' && headForm === 'past' && /^[a-z]+$/.test(head)) {
    const participle = verbForms(headLemma).participle;
    return { text: [participle, ...words.slice(1)].join(' ') };
  }
  if (headForm === form || ((form === 'past' || form === 'participle') && (headForm === 'past' || headForm === 'participle'))) return { text: alternative };
  const inflected = inflectAs(alternative, form);
  // "centralises" → "centrals": a describing word given a verb's "-s" is no verb (the tagger reads a plural noun).
  if (form === 'present3' && inflected !== undefined && words.length === 1 && has(wordTags(head), 'Adjective') && !has(aloneTags(inflected), 'Verb')) return { reason: `it cannot take the form of ${quote(actual)}` };
  if (inflected !== undefined && inflected !== alternative) return { text: inflected };
  // "centralised records" → "central records": a describing word needs no tense.
  if ((form === 'past' || form === 'participle') && words.length === 1 && has(wordTags(head), 'Adjective')) return { text: alternative };
  return { reason: `it cannot take the form of ${quote(actual)}` };
}

/** Capitalises the first letter. */
const capitalise = (text: string): string => (text[0] ?? '').toUpperCase() + text.slice(1);
/** Lower-cases the first letter of an ordinary capitalised word ("Access"), never of a word with other capitals in it ("ShCR", "NHSmail"). */
const lowerFirst = (text: string): string => {
  const first = /^\S+/.exec(text)?.[0] ?? '';
  return first.length > 1 && first.slice(1) === first.slice(1).toLowerCase() ? (text[0] ?? '').toLowerCase() + text.slice(1) : text;
};

/** One candidate fitted: the new span (it may take in the article before it) and the alternatives that fit. */
interface Fitting {
  start: number;
  actual: string;
  expected: string[];
  notes: FitNotes;
  /** Alternative as written in the message → as fitted. */
  renamed: Map<string, string>;
}

/** Fits the alternatives of one candidate to the words around it. */
function fitOne(candidate: Candidate, text: string, phrases: readonly string[]): Fitting {
  const { start, end, actual } = candidate;
  const beforeText = text.slice(Math.max(0, start - BEFORE), start);
  const afterText = text.slice(end, end + AFTER).split(NEW_LINE, 1)[0] ?? '';
  const before = wordsBefore(beforeText, actual.slice(0, 1));
  const after = wordsAfter(afterText);
  const actualWords = wordsIn(actual);
  let tagged: Tagged | undefined;
  const tags = (): Tagged => (tagged ??= tagWindow(before.slice(-3), actualWords, after));
  const previous = before[before.length - 1];
  const next = after[0];
  const notes: FitNotes = { refused: 0, modifier: false };
  const refuse = (reason: string): undefined => {
    notes.refused++;
    notes.reason ??= reason;
    return undefined;
  };

  const tail = beforeText.slice(-24);
  let articleMatch = /(^|[^\p{L}\p{N}'’-])(a|an|A|An|AN)(\s+)$/u.exec(tail);
  // The tail may start inside a longer word ("formula" → "a").
  if (articleMatch && articleMatch.index === 0 && articleMatch[1] === '' && beforeText.length > tail.length && /[\p{L}\p{N}'’-]/u.test(beforeText[beforeText.length - tail.length - 1]!)) articleMatch = null;
  const article = articleMatch ? { word: articleMatch[2]!, start: start - articleMatch[2]!.length - articleMatch[3]!.length } : undefined;
  const inTableRow = /(^|\n)[ \t]*[|+][^\n]*$/.test(beforeText);
  const insideBrackets = /\(\s*$/.test(beforeText) && /^\s*\)/.test(afterText);

  // The flagged words describe the noun after them: "access control adjustments".
  const actualLastTags = (): string[] | undefined => tags().actual[actualWords.length - 1];
  const nextIsNoun = (): boolean =>
    next !== undefined &&
    !endsClause(actualWords[actualWords.length - 1]?.after ?? '') &&
    !/^\s*[,;:.!?()]/.test(afterText) &&
    // (An acronym after the words may be spelled out by its own fix, which would change this answer.)
    !/^[A-Z0-9]{2,}s?$/.test(next.text) &&
    has(tags().after[0], 'Noun') &&
    !has(tags().after[0], 'Pronoun', 'Verb', 'Preposition', 'Conjunction', 'Determiner') &&
    // ("access control": a verb's plain form at the end of a phrase of several words is a noun.)
    (has(actualLastTags(), 'Noun', 'Adjective') || (actualWords.length > 1 && has(actualLastTags(), 'Infinitive')));

  // "the IT estate" → "the computer systems": the capital came from the acronym, not from the sentence.
  const acronymLed = actualWords[0] !== undefined && actualWords[0].text.length > 1 && actualWords[0].text === actualWords[0].text.toUpperCase() && /[A-Z]/.test(actualWords[0].text);
  const sentenceStart = previous === undefined || /[.!?:]$/.test(previous.after);
  const fitted: string[] = [];
  const renamed = new Map<string, string>();
  const form = candidate.fixKind === 'replace' ? formToMatch(actualWords, phrases, previous, tags) : undefined;
  const actualIsVerb = (): boolean => has(tags().actual[0], 'Verb') && !has(tags().actual[0], 'Noun');
  const nextWords = (): string => quote(after.slice(0, 2).map((word) => word.text).join(' '));
  const onlyAs = (kind: string): boolean => has(tags().actual[0], kind) && !WORD_CLASSES.filter((k) => k !== kind).some((k) => has(tags().actual[0], k));
  for (const original of candidate.expected) {
    let alternative = acronymLed && !sentenceStart && candidate.check !== 'acronym' && /^[A-Z][a-z]/.test(original) && !/\s[A-Z]/.test(original) ? lowerFirst(original) : original;
    if (candidate.fixKind === 'explain' || candidate.fixKind === 'expand') {
      if (insideBrackets) {
        refuse('it is already in brackets after what it stands for');
        continue;
      }
      if (candidate.fixKind === 'explain' && /^[^\s,;:.!?)]/.test(afterText.replace(/^\s+/, '')) && nextIsNoun()) notes.modifier = true;
    } else if (candidate.fixKind === 'replace' && alternative !== '') {
      // "Lung Function testing" → "Lung Act testing": a capital mid-sentence marks part of a name,
      // which no plain word replaces (an old name is different: the check offers the new name).
      if (candidate.check !== 'outdated' && !sentenceStart && actualWords.some((word) => /^[A-Z][a-z]/.test(word.text)) && !phrases.includes(actual)) {
        refuse(`${quote(actual)} looks like part of a name`);
        continue;
      }
      // "Primary Care Trusts (PCTs)": the short form is defined by the words before the brackets.
      if (insideBrackets && /^[A-Z0-9]{2,}s?$/.test(actual)) {
        refuse(`${quote(actual)} stands for the words before the brackets`);
        continue;
      }
      // "National Information Governance Board (NIGB)" → "… Group (CAG) (NIGB)": two brackets in a row.
      if (/\)$/.test(original) && /^\s*\(/.test(afterText)) {
        refuse(`the brackets after ${quote(actual)} would follow those in ${quote(original)}`);
        continue;
      }
      const inflected = inflect(alternative, form, actual);
      if ('reason' in inflected) {
        refuse(inflected.reason);
        continue;
      }
      alternative = inflected.text;
      if (form === 'unknown') notes.doubt ??= `Check ${quote(alternative)} takes the same form as ${quote(actual)}.`;
      // "can only be evidenced" → "can only be shown": the dictionary gives the past tense ("showed").
      if (form === undefined && /ed$/i.test(actualWords[0]!.text)) {
        const head = alternative.split(' ')[0]!;
        const lemma = lemmaOf(head);
        if (/^[a-z]+$/.test(head) && formInContext(head, lemma, previous?.text) === 'participle') {
          alternative = [verbForms(lemma).participle, ...alternative.split(' ').slice(1)].join(' ');
        }
      }
      const altWords = alternative.split(' ');
      const altHead = altWords[0]!.toLowerCase();
      const altLast = altWords[altWords.length - 1]!.toLowerCase();
      // A modal is not a verb with an object: "may require extra support" ≠ "may must extra support".
      if (MODALS.has(altHead)) {
        if ((previous && (MODALS.has(previous.text.toLowerCase()) || previous.text.toLowerCase() === 'to')) || !has(tags().after[0], 'Infinitive') || form !== undefined) {
          refuse(`${quote(original)} needs a verb after it`);
          continue;
        }
      }
      const following = next?.text.toLowerCase();
      // "Primary Care Trusts (PCTs) with the power" → "Integrated care boards (PCTs)": the short form
      // in brackets belongs to the words it follows.
      if (/^\s*\([A-Z][A-Z0-9&]+s?\)/.test(afterText) && actualWords.length > 1) {
        refuse(`the short form in brackets after ${quote(actual)} stands for it`);
        continue;
      }
      // "should satisfy themselves that" ≠ "should meet themselves that".
      if (REFLEXIVES.has(following ?? '') && altWords.length === 1) {
        refuse(`${quote(`${original} ${following}`)} does not read`);
        continue;
      }
      // "a physical or electronic infrastructure" ≠ "a … equipment": a word with no plural takes no "a".
      if (!isPlural(alternative) && UNCOUNTABLE.has(lastNoun(alternative)) && (article || indefiniteBefore(before))) {
        refuse(`${quote(original)} cannot follow ${quote('a')}`);
        continue;
      }
      const actualLast = actualWords[actualWords.length - 1]!.text.toLowerCase();
      const actualFirst = actualWords[0]!.text.toLowerCase();
      const endsHere = !next || endsClause(actualWords[actualWords.length - 1]!.after);
      // A comma inside the alternative runs into the words after it: "the record of who looked …, and when and the …".
      if (alternative.includes(',') && !endsHere && candidate.check !== 'outdated') {
        refuse(`${quote(original)} has a comma of its own, which would run into ${nextWords()}`);
        continue;
      }
      // "In addition to the law" → "Also to the law": the phrase was part of a longer one.
      if (altWords.length === 1 && actualWords.length > 1 && PREPOSITIONS_OF_PHRASES.has(actualFirst) && (following === 'to' || following === 'of') && altLast !== following && !['to', 'of', 'for'].includes(actualLast)) {
        refuse(`${quote(`${actual} ${following}`)} is one phrase, which ${quote(original)} cannot replace`);
        continue;
      }
      // "so", "but" and "or" join clauses: "It is therefore necessary" ≠ "It is so necessary".
      if (altWords.length === 1 && JOINERS.has(altHead) && !sentenceStart && !(previous && endsClause(previous.after))) {
        refuse(`${quote(original)} only fits at the start of a sentence or clause`);
        continue;
      }
      // "a minimum resolution" ≠ "a least resolution": a superlative takes "the"; and "the least
      // necessary data" reads as "the data needed least". ("Honest" ends in "-est" but is no superlative.)
      if ((article || has(tags().after[0], 'Adjective')) && (SUPERLATIVES.has(altHead) || (/est$/.test(altHead) && has(wordTags(altHead), 'Superlative')))) {
        refuse(`${quote(`${article ? `${article.word} ` : ''}${original}${article ? '' : ` ${following ?? ''}`}`)} does not read as meant`);
        continue;
      }
      // "provide practices with the power" ≠ "give practices with the power".
      if (WITH_FRAME.has(lemmaOf(actualFirst)) && altWords.length === 1 && after.slice(1, 6).some((word) => word.text.toLowerCase() === 'with')) {
        refuse(`${quote(original)} does not take ${quote('with')} the way ${quote(actual)} does`);
        continue;
      }
      // "it is essential" → "need to" drops the sentence's subject: "However, need to that …".
      if (SUBJECTS.has(actualFirst) && actualWords[0]!.text !== actualWords[0]!.text.toUpperCase() && !SUBJECTS.has(altHead) && actualWords.length > 1) {
        refuse(`${quote(original)} leaves the sentence without its subject`);
        continue;
      }
      // "make sure", "if", "since" need a clause after them, not a noun: "make sure the quality" and
      // "if a data breach, …" do not read; "make sure the data is safe" does.
      if (NEEDS_CLAUSE.has(altLast) && !NEEDS_CLAUSE.has(actualLast) && actualLast !== 'that' && next && !CLAUSE_STARTS.has(following ?? '') && !endsClause(actualWords[actualWords.length - 1]!.after)) {
        if (!clauseFollows(after, tags().after)) {
          refuse(`${quote(original)} needs a whole clause after it, and ${nextWords()} does not start one`);
          continue;
        }
      }
      // An alternative ending in "to" needs a verb after it: "for the purpose of receiving" ≠ "to receiving".
      // ("come back to the plan" in place of a verb is a preposition, and takes a noun.)
      if (altLast === 'to' && actualLast !== 'to' && next && !actualIsVerb()) {
        const verb = has(tags().after[0], 'Infinitive') && !has(tags().after[0], 'Gerund', 'Noun', 'Determiner', 'Preposition', 'Conjunction');
        if (!verb || following === 'to' || following === 'that') {
          refuse(`${quote(original)} needs a verb after it, and ${nextWords()} is not one`);
          continue;
        }
      }
      // A word made of several, in place of an adverb before "after" or "before": "at once after" does not read.
      if (altWords.length > 1 && actualWords.length === 1 && has(tags().actual[0], 'Adverb') && following && TIME_LINKS.has(following)) {
        refuse(`${quote(`${original} ${following}`)} does not read`);
        continue;
      }
      // "the IT estate" → "the all our computers": the alternative brings a determiner of its own.
      if (previous && DETERMINERS.has(previous.text.toLowerCase()) && DETERMINERS.has(altHead) && altWords.length > 1) {
        refuse(`${quote(original)} cannot follow ${quote(previous.text)}`);
        continue;
      }
      // "the functionality" → "the what the system can do": a clause cannot follow "the".
      if (CLAUSE_STARTS.has(altHead) && previous && has(tags().before[tags().before.length - 1], 'Determiner', 'Adjective', 'Possessive')) {
        refuse(`${quote(original)} cannot follow ${quote(previous.text)}`);
        continue;
      }
      // "record audit trails" → "record records of …": the same word twice.
      if ((previous && previous.text.toLowerCase() !== actualFirst && lemmaOf(previous.text) === lemmaOf(altHead)) || (next && altLast === following && following !== actualLast)) {
        refuse(`${quote(original)} would repeat the word next to it`);
        continue;
      }
      // "free text is" → "typed notes is": the verb after must agree with the alternative.
      if (next && !endsClause(actualWords[actualWords.length - 1]!.after) && form === undefined) {
        const pluralAlt = isPlural(alternative);
        const pluralActual = isPlural(actual);
        if (pluralAlt !== pluralActual && (pluralAlt ? SINGULAR_VERBS : PLURAL_VERBS).has(following ?? '')) {
          refuse(`${quote(original)} does not agree with ${quote(next.text)}`);
          continue;
        }
      }
      // "a physical or electronic infrastructure" → "a … computers and networks": "a" further back.
      if (isPlural(alternative) && !isPlural(actual)) {
        // "There is an access control" → "There is limits …".
        if (article && ['is', 'was'].includes(before[before.length - 2]?.text.toLowerCase() ?? '')) {
          refuse(`${quote(original)} is plural, and ${quote(before[before.length - 2]!.text)} is singular`);
          continue;
        }
        for (let i = before.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
          const word = before[i]!.text.toLowerCase();
          if (word === 'a' || word === 'an') {
            if (i < before.length - 1) {
              refuse(`${quote(original)} is plural, and ${quote(word)} comes before it`);
              break;
            }
          }
          if (!(has(tags().before[tags().before.length - (before.length - i)] ?? [], 'Adjective') || ['or', 'and'].includes(word) || word === 'a' || word === 'an')) break;
        }
        if (notes.refused > 0 && notes.reason?.includes('comes before it')) continue;
      }
      // "were subsequently made" ≠ "were after made": an adverb's place needs an adverb.
      // (And a describing word's place needs one: "subsequent additions" ≠ "after additions".)
      if (altWords.length === 1 && actualWords.length === 1 && ((onlyAs('Adverb') && !has(aloneTags(alternative), 'Adverb') && !JOINERS.has(altHead)) || (onlyAs('Adjective') && has(aloneTags(alternative), 'Preposition', 'Conjunction', 'Adverb')))) {
        refuse(`${quote(original)} does not do the work of ${quote(actual)} here`);
        continue;
      }
      // A table cell holds a label, not a sentence: a long alternative does not belong in it.
      if (inTableRow && (altWords.length > 4 || alternative.includes(','))) {
        refuse(`${quote(original)} is too long for a table cell`);
        continue;
      }
      // A noun swapped for a word that is mostly a verb: "for the benefit of" → "for the help of" changes the sense.
      if (altWords.length === 1 && actualWords.length === 1 && has(tags().actual[0], 'Noun') && !has(tags().actual[0], 'Verb')) {
        const alone = aloneTags(alternative);
        if (has(alone, 'Verb') && !has(alone, 'Noun') && !/[^s]s$/.test(alternative)) {
          refuse(`${quote(actual)} is a noun here, and ${quote(alternative)} is mostly a verb`);
          continue;
        }
      }
      // A verb that grants a power or sets a duty ("powers to require disclosure", "require practices to keep")
      // is legal wording: a near-synonym can change what the law or the policy demands.
      const lead = before.slice(-3).map((word) => word.text.toLowerCase());
      // "require practices to keep": the object, then "to" and a verb.
      const to = after.findIndex((word, i) => i > 0 && i < 5 && word.text.toLowerCase() === 'to');
      if ((lead[lead.length - 1] === 'to' || to > 0) && has(tags().actual[0], 'Verb') && form !== 'gerund') {
        const legal = lead[lead.length - 1] === 'to' && lead.slice(0, -1).some((word) => LEGAL_LEADS.has(word));
        const control =
          to > 0 &&
          !after.slice(0, to).some((word) => CLAUSE_STARTS.has(word.text.toLowerCase())) &&
          // (The tagger often takes the verb after "to" for a noun: "to retain".)
          after[to + 1] !== undefined &&
          /^[a-z]+$/.test(after[to + 1]!.text) &&
          !has(tags().after[to + 1], 'Determiner', 'Pronoun', 'Plural', 'Adjective', 'Value', 'Preposition') &&
          after.slice(0, to).every((word, i) => !has(tags().after[i], 'Preposition', 'Conjunction', 'Adverb') && !['order', 'so', 'as', 'able'].includes(word.text.toLowerCase()));
        if (legal) {
          refuse(`it states a legal power or duty, and ${quote(original)} may not keep exactly what it allows or demands`);
          continue;
        }
        else if (control && !has(tags().after[0], 'Preposition')) notes.doubt ??= `Check ${quote(alternative)} keeps the sense of ${quote(`${actual} … to`)}.`;
      }
      // "can only be evidenced in many cases by a review" → "shown often by": a phrase that says how
      // often, moved to a single word between a verb and what follows it, may no longer read as meant.
      if (altWords.length === 1 && actualWords.length > 1 && PREPOSITIONS_OF_PHRASES.has(actualFirst) && has(tags().before[tags().before.length - 1], 'Verb') && next && has(tags().after[0], 'Preposition')) {
        notes.doubt ??= `Check ${quote(alternative)} reads well where ${quote(actual)} was; it may belong earlier in the sentence.`;
      }
      // A verb tied to its preposition: "benefit from", "comply with", "adhere to".
      if (following && PREPOSITIONS.has(following) && actualIsVerb() && !endsClause(actualWords[actualWords.length - 1]!.after) && altLast !== following) {
        const infinitive = following === 'to' && has(tags().after[1], 'Infinitive', 'Verb') && !has(tags().after[1], 'Noun');
        if (BOUND_PREPOSITIONS.has(following) && !infinitive) {
          refuse(`${quote(`${original} ${following}`)} is not how the sentence goes on`);
          continue;
        }
        if (!infinitive) notes.doubt ??= `Check that ${quote(following)} still reads well after ${quote(alternative)}.`;
      }
      // A long alternative cannot describe the noun after it: "limits on who can see … adjustments".
      if (nextIsNoun()) {
        notes.modifier = true;
        if (altWords.length > 2 || altWords.some((word) => POSTMODIFIER.has(word.toLowerCase())) || alternative.includes(',')) {
          refuse(`${quote(original)} cannot describe ${quote(next!.text)} the way ${quote(actual)} does`);
          continue;
        }
      }
    }
    fitted.push(alternative);
    if (alternative !== original) renamed.set(original, alternative);
  }

  // The article before the alternative: "a" or "an", or none before a plural or a clause.
  let newStart = start;
  let newActual = actual;
  let expected = fitted;
  if (article && fitted.length > 0 && candidate.fixKind !== 'explain') {
    const wanted = fitted.map((alternative) => {
      if (alternative === '') return article.word;
      const first = alternative.split(' ')[0]!.toLowerCase();
      if (isPlural(alternative) || CLAUSE_STARTS.has(first) || MODALS.has(first)) return '';
      return indefiniteArticle(alternative);
    });
    if (wanted.some((word) => word.toLowerCase() !== article.word.toLowerCase())) {
      const capital = /^[A-Z]/.test(article.word);
      newStart = article.start;
      newActual = text.slice(newStart, end);
      expected = fitted.map((alternative, i) => {
        const word = wanted[i]!;
        if (alternative === '') return `${article.word} `.trimEnd();
        if (word === '') return capital ? capitalise(alternative) : alternative;
        // "An SIRO" → "A Senior Information Risk Owner (SIRO)": a name's capitals stay (lowerFirst keeps "NHS…" itself).
        const body = capital && !/\s[A-Z]/.test(alternative) ? lowerFirst(alternative) : alternative;
        return `${capital ? capitalise(word) : word} ${body}`;
      });
    }
  }
  return { start: newStart, actual: newActual, expected, notes, renamed };
}

/** The message with each alternative quoted as fitted, and a line when some cannot be used as they are. */
function messageFor(candidate: Candidate, fitting: Fitting): string {
  let message = candidate.message;
  for (const [original, fitted] of fitting.renamed) message = message.split(quote(original)).join(quote(fitted));
  if (fitting.notes.refused > 0 && fitting.notes.reason) {
    const all = fitting.notes.refused === candidate.expected.length;
    message += ` ${all ? 'It cannot simply be swapped in here' : 'Not every suggestion fits here'}: ${fitting.notes.reason}.`;
  }
  return message;
}

const phraseMaps = new WeakMap<Dictionaries, Map<string, string[]>>();

/** Each rule's phrases as the dictionary writes them, by `check/ruleId`. */
function phrasesByRule(dictionaries: Dictionaries): Map<string, string[]> {
  let map = phraseMaps.get(dictionaries);
  if (!map) {
    map = new Map();
    for (const entry of dictionaries.jargon.entries) map.set(`jargon/${entry.id}`, entry.phrases);
    for (const entry of dictionaries.outdated.entries) map.set(`outdated/${entry.id}`, entry.phrases);
    phraseMaps.set(dictionaries, map);
  }
  return map;
}

/** A plain-words rule id is its phrase with hyphens for spaces ("in-order-to"). */
const plainWordsPhrase = (ruleId: string): string[] => [ruleId.replace(/-/g, ' ')];

let maxCached = 20_000;
const cache = new Map<string, Candidate>();

/**
 * Sets how many fitted candidates the cache keeps (default 20,000), dropping
 * the oldest beyond it. The block cache's limit is passed on (see
 * `setBlockCacheLimit`): a batch run over many files keeps a small cache, since
 * each entry holds a copy of the text around its finding.
 */
export function setFitCacheLimit(limit: number): void {
  maxCached = Math.max(10, Math.floor(limit));
  while (cache.size > maxCached) cache.delete(cache.keys().next().value!);
}

/** Empties the fit cache (cold runs in tests and benchmarks). */
export function clearFitCache(): void {
  cache.clear();
}

function cacheKey(candidate: Candidate, text: string, place: Place): string {
  return [
    candidate.check,
    candidate.ruleId,
    candidate.fixKind,
    candidate.safe ? 1 : 0,
    candidate.message,
    candidate.expected.join('\u0001'),
    place.key,
    text.slice(Math.max(0, candidate.start - BEFORE), candidate.end + AFTER),
    Math.min(candidate.start, BEFORE),
  ].join('\u0000');
}

/** Fits one candidate and decides whether its fix is safe. */
function fitAndJudge(candidate: Candidate, text: string, place: Place, phrases: readonly string[]): Candidate {
  if (candidate.fixKind === 'none' || candidate.fixKind === 'reframe' || candidate.expected.length === 0) {
    if (candidate.fixKind === 'reframe' || candidate.fixKind === 'none') return candidate;
    // "Remove it": nothing to fit, but the place still decides safety.
    const verdict = safetyOf(candidate, { refused: 0, modifier: false }, place, text);
    return { ...candidate, safe: verdict.safe, ...(verdict.reason ? { unsafeReason: verdict.reason } : {}) };
  }
  const fitting = fitOne(candidate, text, phrases);
  const fitted: Candidate = {
    ...candidate,
    start: fitting.start,
    actual: fitting.actual,
    expected: fitting.expected,
    message: messageFor(candidate, fitting),
    fixKind: fitting.expected.length === 0 ? 'none' : candidate.fixKind,
  };
  return judged(fitted, safetyOf(fitted, fitting.notes, place, text));
}

/**
 * A fitted candidate (a fresh object, this module's own) with the verdict:
 * `safe` set, and `unsafeReason` the verdict's reason or absent. Set in place
 * when the candidate has no earlier reason to drop (nearly always: copying the
 * object without one property is slow in V8).
 */
function judged(fitted: Candidate, verdict: { safe: boolean; reason?: string }): Candidate {
  if (!('unsafeReason' in fitted)) {
    fitted.safe = verdict.safe;
    if (verdict.reason) fitted.unsafeReason = verdict.reason;
    return fitted;
  }
  const { unsafeReason: _dropped, ...rest } = fitted;
  return { ...rest, safe: verdict.safe, ...(verdict.reason ? { unsafeReason: verdict.reason } : {}) };
}

/**
 * Fits every candidate's alternatives to its sentence and decides, per
 * finding, whether the fix is safe to apply without reading it (filling
 * `safe` and `unsafeReason`). Reframes and inserted paragraphs pass through unchanged.
 * @param candidates the document's candidates, document offsets
 * @param document the document (its text, blocks and sections)
 * @param dictionaries the dictionaries the candidates came from, so each alternative is put in the form
 *   the flagged words take compared with the entry's own phrase (default: the words' own form is used)
 * @returns the candidates fitted, in the same order
 */
export function fitCandidates(candidates: Candidate[], document: DocumentInput, dictionaries?: Dictionaries): Candidate[] {
  const phrases = dictionaries ? phrasesByRule(dictionaries) : undefined;
  return candidates.map((candidate) => {
    // A reframe or an inserted paragraph is the check's own suggestion, never applied in bulk: left as it is.
    if (candidate.fixKind === 'reframe' || candidate.fixKind === 'insert' || candidate.fixKind === 'none') return candidate;
    const place = placeOf(candidate, document);
    const key = cacheKey(candidate, document.text, place);
    const hit = cache.get(key);
    const shiftBy = candidate.start;
    if (hit) return { ...hit, start: hit.start + shiftBy, end: hit.end + shiftBy };
    const result = fitAndJudge(candidate, document.text, place, (candidate.check === 'plain-words' ? plainWordsPhrase(candidate.ruleId) : phrases?.get(`${candidate.check}/${candidate.ruleId}`)) ?? []);
    if (cache.size >= maxCached) cache.delete(cache.keys().next().value!);
    cache.set(key, { ...result, start: result.start - shiftBy, end: result.end - shiftBy });
    return result;
  });
}
