/**
 * Word forms: lemmas, inflections and spelling variants, so that a dictionary
 * entry written once ("utilise", "data flow", "pass on") matches every form a
 * writer uses ("utilised", "data flows", "passed on"), and an alternative can be
 * put in the form of the words it replaces ("used").
 *
 * Backed by the `compromise` English NLP library (its verb conjugation, noun
 * number and part-of-speech tagger), loaded lazily on first use: a run that
 * never needs a word form pays nothing for it. Results are cached per word.
 *
 * The build writes the answers the bundled dictionaries (and the shipped
 * examples) need, and the library's lexicon, to dist/word-forms.json
 * (scripts/generate-word-forms.ts). When that table is present, the caches
 * start from it and the library is loaded only for a word the table does not
 * hold (a user's own dictionary, a word in a document): loading it costs a
 * quarter of a second or more, most of a cold start. The answers are the same
 * either way (test/core/word-forms.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type nlpType from 'compromise/two';

type Nlp = typeof nlpType;

/**
 * Which form of its lemma a word is. `past` is the past tense; where the
 * participle differs ("gave"/"given") the participle is `participle`; for
 * regular verbs the two coincide and `past` is returned.
 */
export type WordForm = 'base' | 'past' | 'participle' | 'present3' | 'gerund' | 'plural' | 'unknown';

/** The five forms of an English verb. */
export interface VerbForms {
  base: string;
  past: string;
  participle: string;
  present3: string;
  gerund: string;
}

/** One word with its part-of-speech tags, as the tagger sees it. */
export interface TaggedWord {
  text: string;
  tags: string[];
}

declare const require: ((id: string) => unknown) | undefined;

let engine: Nlp | undefined;

/** The NLP library, loaded on first use (a synchronous require, so bundlers inline it lazily). */
function nlp(): Nlp {
  if (!engine) {
    if (typeof require === 'function') {
      engine = require('compromise/two') as Nlp;
    } else {
      const moduleApi = process.getBuiltinModule('node:module') as typeof import('node:module');
      engine = moduleApi.createRequire(import.meta.url)('compromise/two') as Nlp;
    }
  }
  return engine;
}

/** True once the NLP library has been loaded in this process (for benchmarks). */
export function morphologyLoaded(): boolean {
  return engine !== undefined;
}

/**
 * Loads the NLP library now, returning how long it took in milliseconds: for
 * benchmarks, and for the browser page, which loads it while it waits for the writer.
 */
export function loadMorphology(): number {
  const started = performance.now();
  transforms();
  return performance.now() - started;
}

interface Transforms {
  conjugate(verb: string): Record<string, string>;
  toInfinitive(word: string, tense: string): string;
  toPlural(noun: string): string;
  toSingular(noun: string): string;
  lexicon: Record<string, string | string[]>;
}

let cachedTransforms: Transforms | undefined;

/**
 * Word forms computed ahead of time from the library, as the build writes them
 * (dist/word-forms.json). Every map is keyed by its lower-case input (`surface`: an acronym in capitals).
 */
export interface WordFormsTable {
  /** The library's version the table was made with. */
  compromise: string;
  /** The lexicon, grouped: a tag (or a JSON array of tags) → the words with it, joined by commas. */
  lexicon: Record<string, string>;
  /** Verb lemma → base, past, participle, present3, gerund. */
  verbs: Record<string, [string, string, string, string, string]>;
  /** Noun → its plural, as the library writes it. */
  plurals: Record<string, string>;
  /** Noun → its singular, as the library writes it. */
  singulars: Record<string, string>;
  /** Word → its lemma (`lemmaOf`). */
  lemmas: Record<string, string>;
  /**
   * Dictionary phrase → every way it may be written (`surfaceForms`): keyed by the phrase in
   * lower case, or in capitals when it was written as an acronym (two capitals or more).
   */
  surface: Record<string, string[]>;
  /** A word on its own → its parts of speech (`partsOfSpeech`). */
  tagged: Record<string, TaggedWord[]>;
}

let table: WordFormsTable | null | undefined;
let tableLexicon: Record<string, string | string[]> | undefined;
const taggedCache = new Map<string, TaggedWord[]>();

/**
 * Starts the word-form caches from a table made ahead of time (the browser
 * page embeds dist/word-forms.json and calls this before its first check).
 * `null` means none: every answer comes from the library.
 */
export function useWordForms(forms: WordFormsTable | null): void {
  table = forms;
  tableLexicon = undefined;
  tableEntries = undefined;
  for (const cache of [verbCache, pluralCache, singularCache, lemmaCache, surfaceCache, taggedCache]) cache.clear();
  if (!forms) return;
  for (const [lemma, [base, past, participle, present3, gerund]] of Object.entries(forms.verbs)) verbCache.set(lemma, { base, past, participle, present3, gerund });
  for (const [noun, plural] of Object.entries(forms.plurals)) pluralCache.set(noun, plural);
  for (const [noun, single] of Object.entries(forms.singulars)) singularCache.set(noun, single);
  for (const [word, lemma] of Object.entries(forms.lemmas)) lemmaCache.set(word, lemma);
  for (const [phrase, surface] of Object.entries(forms.surface)) surfaceCache.set(phrase, surface);
  for (const [word, tagged] of Object.entries(forms.tagged)) taggedCache.set(word, tagged);
}

/** The table next to this module (dist/word-forms.json beside the bundle), read once; null when there is none. */
function wordFormsTable(): WordFormsTable | null {
  if (table === undefined) {
    let found: WordFormsTable | null = null;
    try {
      const file = join(dirname(fileURLToPath(import.meta.url)), 'word-forms.json');
      if (existsSync(file)) found = JSON.parse(readFileSync(file, 'utf8')) as WordFormsTable;
    } catch {
      found = null;
    }
    useWordForms(found);
  }
  return table ?? null;
}

/**
 * What the caches hold now, as a table (the build's generator runs the
 * dictionaries through this module without a table, then writes this).
 */
export function wordFormsSnapshot(): WordFormsTable {
  const groups = new Map<string, string[]>();
  for (const [word, tags] of Object.entries(lexicon())) {
    if (word.includes(',')) throw new Error(`the lexicon has a word with a comma in it: ${JSON.stringify(word)}`);
    const key = Array.isArray(tags) ? JSON.stringify(tags) : tags;
    const group = groups.get(key) ?? [];
    group.push(word);
    groups.set(key, group);
  }
  const sorted = <T>(map: Map<string, T>): Record<string, T> => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const verbs = new Map([...verbCache].map(([lemma, f]) => [lemma, [f.base, f.past, f.participle, f.present3, f.gerund] as [string, string, string, string, string]]));
  return {
    compromise: (nlp() as unknown as { version: string }).version,
    lexicon: sorted(new Map([...groups].map(([key, group]) => [key, group.sort().join(',')]))),
    verbs: sorted(verbs),
    plurals: sorted(pluralCache),
    singulars: sorted(singularCache),
    lemmas: sorted(lemmaCache),
    surface: sorted(surfaceCache),
    tagged: sorted(taggedCache),
  };
}

/** A word's plural or singular as the library writes it (remembered in `cache`). */
function libraryNumber(cache: Map<string, string>, noun: string, transform: 'toPlural' | 'toSingular'): string {
  wordFormsTable();
  let answer = cache.get(noun);
  if (answer === undefined) {
    answer = transforms()[transform](noun);
    cache.set(noun, answer);
  }
  return answer;
}

const libraryPlural = (noun: string): string => libraryNumber(pluralCache, noun, 'toPlural');
const librarySingular = (noun: string): string => libraryNumber(singularCache, noun, 'toSingular');

const pluralCache = new Map<string, string>();
const singularCache = new Map<string, string>();

function transforms(): Transforms {
  if (!cachedTransforms) {
    const world = nlp().world() as unknown as {
      methods: { two: { transform: { verb: Record<string, (...a: unknown[]) => unknown>; noun: Record<string, (...a: unknown[]) => unknown> } } };
      model: { one: { lexicon: Record<string, string | string[]> } };
    };
    const { verb, noun } = world.methods.two.transform;
    const model = world.model;
    cachedTransforms = {
      conjugate: (v) => verb['conjugate']!(v, model) as Record<string, string>,
      toInfinitive: (w, tense) => verb['toInfinitive']!(w, model, tense) as string,
      toPlural: (n) => noun['toPlural']!(n, model) as string,
      toSingular: (n) => noun['toSingular']!(n, model) as string,
      lexicon: model.one.lexicon,
    };
  }
  return cachedTransforms;
}

/** Nouns whose plural is the same word, or that the library would wrongly singularise. */
const INVARIANT = new Set([
  'data', 'metadata', 'news', 'series', 'species', 'media', 'information', 'software', 'hardware',
  'firmware', 'malware', 'ransomware', 'spyware', 'middleware', 'analytics', 'access', 'process',
  'business', 'address', 'status', 'consensus', 'census', 'bus', 'gas', 'lens', 'virus', 'campus',
  'class', 'pass', 'loss', 'stress', 'guidance', 'equipment', 'evidence', 'advice', 'staff', 'personnel',
]);

const verbCache = new Map<string, VerbForms>();

/** Verbs ending in one vowel and "l" that keep one "l" in UK English too. */
const SINGLE_L = new Set(['parallel']);

/** True when UK spelling doubles the verb's final "l" before "-ed" and "-ing". */
const doublesL = (lemma: string): boolean => /[^aeiou][aeiou]l$/.test(lemma) && !SINGLE_L.has(lemma);

/**
 * A verb form in UK spelling: a final "l" after one vowel is doubled before
 * "-ed" and "-ing" ("total" → "totalled", "cancel" → "cancelling"), where the
 * library spells the US way ("totaled").
 */
function british(lemma: string, form: string): string {
  if (!doublesL(lemma)) return form;
  if (form === `${lemma}ed` || form === `${lemma}ing`) return `${lemma}l${form.slice(lemma.length)}`;
  return form;
}

/** The US spelling of a form {@link british} doubled ("totalled" → "totaled"), or undefined. */
function american(lemma: string, form: string): string | undefined {
  return doublesL(lemma) && (form === `${lemma}led` || form === `${lemma}ling`) ? lemma + form.slice(lemma.length + 1) : undefined;
}

/** The five forms of a verb (the last word stays put in a phrasal verb: "pass on" → "passed on"). */
export function verbForms(lemma: string): VerbForms {
  wordFormsTable();
  const key = lemma.toLowerCase();
  let forms = verbCache.get(key);
  if (!forms) {
    const c = transforms().conjugate(key);
    const past = british(key, c['PastTense'] ?? `${key}ed`);
    forms = {
      base: c['Infinitive'] ?? key,
      past,
      participle: british(key, c['Participle'] ?? past),
      present3: c['PresentTense'] ?? `${key}s`,
      gerund: british(key, c['Gerund'] && c['Gerund'] !== key ? c['Gerund'] : `${key}ing`),
    };
    verbCache.set(key, forms);
  }
  return forms;
}

/** Words that end a noun phrase's head: "record of who looked" pluralises "record". */
const POST_MODIFIERS = new Set(['of', 'for', 'to', 'that', 'who', 'which', 'with', 'in', 'on', 'at', 'about', 'from', 'by', 'where', 'when']);

/**
 * The plural of a noun or noun phrase: its head word, which is the last word or
 * the word before a post-modifier ("data flow" → "data flows", "record of who
 * looked" → "records of who looked").
 */
export function pluralOf(noun: string): string {
  const words = noun.split(' ');
  let head = words.length - 1;
  const modifier = words.findIndex((w, i) => i > 0 && POST_MODIFIERS.has(w.toLowerCase()));
  if (modifier > 0) head = modifier - 1;
  const word = words[head]!;
  const lower = word.toLowerCase();
  if (INVARIANT.has(lower) || !/[a-z]$/i.test(word)) return noun;
  words[head] = matchCase(libraryPlural(lower), word);
  return words.join(' ');
}

/** The singular of a noun or noun phrase (its last word): "endpoints" → "endpoint". */
export function singularOf(noun: string): string {
  const words = noun.split(' ');
  const last = words[words.length - 1]!;
  const lower = last.toLowerCase();
  if (INVARIANT.has(lower) || /(ss|us|is)$/.test(lower) || lower.length < 4) return noun;
  const single = librarySingular(lower);
  // Only trust a singular that pluralises back to the word we were given.
  if (single && single !== lower && libraryPlural(single) === lower) {
    words[words.length - 1] = matchCase(single, last);
  }
  return words.join(' ');
}

const TENSES = ['PastTense', 'Participle', 'PresentTense', 'Gerund'] as const;
const lemmaCache = new Map<string, string>();

/**
 * The dictionary form of one word, lower-case: a verb's infinitive ("utilised" →
 * "utilise", "given" → "give") or a noun's singular ("endpoints" → "endpoint").
 * A word that is already a lemma, or that the library cannot place, comes back as
 * it is. Every answer is checked by inflecting it back to the word.
 */
export function lemmaOf(word: string): string {
  wordFormsTable();
  const w = word.toLowerCase().replace(/[’']s$/, '').replace(/s[’']$/, 's');
  const cached = lemmaCache.get(w);
  if (cached !== undefined) return cached;
  let lemma = w;
  const closedClass = (tags: string[]) => tags.length > 0 && tags.every((t) => CLOSED_CLASS_TAGS.has(t));
  if (/^[a-z]+$/.test(w) && !INVARIANT.has(w) && w.length > 1 && !closedClass(lexiconTags(w))) {
    const t = transforms();
    for (const tense of TENSES) {
      const candidate = t.toInfinitive(w, tense);
      if (!candidate || candidate === w) continue;
      const f = verbForms(candidate);
      if ([f.past, f.participle, f.present3, f.gerund].includes(w)) {
        lemma = candidate;
        break;
      }
    }
    if (lemma === w) {
      const single = singularOf(w);
      if (single !== w) lemma = single;
    }
  }
  lemmaCache.set(w, lemma);
  return lemma;
}

/** True when a lemma reads as a verb first: the lexicon says so, or it has a verb-making ending. */
function verbFirst(lemma: string): boolean {
  return lexiconTags(lemma).some((t) => VERB_TAGS.has(t)) || /(ise|ize|yse|ate|ify|en)$/.test(lemma);
}

/**
 * Which form of `lemma` the word is ("utilised" of "utilise" → `past`). A word
 * that could be a plural or a present tense ("processes") is read as the verb
 * when the lemma reads as a verb first, else as the plural.
 */
export function formOf(word: string, lemma: string): WordForm {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  const l = lemma.toLowerCase();
  if (w === l) return 'base';
  const head = w.split(' ')[0]!;
  const f = verbForms(l.split(' ')[0]!);
  const plural = pluralOf(l) === w;
  if (head === f.present3 && (!plural || verbFirst(l))) return 'present3';
  if (plural) return 'plural';
  if (head === f.past) return 'past';
  if (head === f.participle) return 'participle';
  if (head === f.gerund) return 'gerund';
  return 'unknown';
}

const BE_HAVE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', "'s", 'has', 'have', 'had', 'having', 'get', 'got', 'gets', 'getting']);

/**
 * Like `formOf`, but a past form after "be", "have" or "get" ("can be evidenced",
 * "has utilised") is the participle, so an alternative becomes "shown", not "showed".
 */
export function formInContext(word: string, lemma: string, previousWord: string | undefined): WordForm {
  const form = formOf(word, lemma);
  if (form === 'past' && previousWord !== undefined && BE_HAVE.has(previousWord.toLowerCase())) return 'participle';
  return form;
}

/** The library's lexicon (word → tag or tags), loaded on first use: for quick tags without running the tagger. */
export function lexicon(): Readonly<Record<string, string | string[]>> {
  const forms = wordFormsTable();
  if (!forms) return transforms().lexicon;
  if (!tableLexicon) {
    const words: Record<string, string | string[]> = {};
    for (const [key, group] of Object.entries(forms.lexicon)) {
      const tags = key.startsWith('[') ? (JSON.parse(key) as string[]) : key;
      for (const word of group.split(',')) words[word] = tags;
    }
    tableLexicon = words;
  }
  return tableLexicon;
}

let tableEntries: Map<string, string | string[]> | undefined;
const NO_ENTRIES: Readonly<Record<string, string | string[]>> = {};

/**
 * The library's lexicon entry for a lower-case word (a tag or tags), read
 * exactly as `lexicon()[word]` would be; with the build's table, from a map
 * made on first use, which is quicker to make than the whole lexicon object.
 */
export function lexiconEntry(word: string): string | string[] | undefined {
  const forms = wordFormsTable();
  if (!forms) return transforms().lexicon[word];
  if (!tableEntries) {
    const entries = new Map<string, string | string[]>();
    for (const [key, group] of Object.entries(forms.lexicon)) {
      const tags = key.startsWith('[') ? (JSON.parse(key) as string[]) : key;
      for (const each of group.split(',')) entries.set(each, tags);
    }
    tableEntries = entries;
  }
  // A word the lexicon lacks reads what a plain object would give ("constructor" its prototype's), as before.
  return tableEntries.has(word) ? tableEntries.get(word) : NO_ENTRIES[word];
}

/** What the library's lexicon knows a word as (for example `Infinitive`, `Noun`, `Adjective`). */
function lexiconTags(word: string): string[] {
  const tag = lexiconEntry(word.toLowerCase());
  if (tag === undefined) return [];
  return Array.isArray(tag) ? tag : [tag];
}

const VERB_TAGS = new Set(['Infinitive', 'Verb', 'PhrasalVerb', 'Imperative']);

const NOT_VERB_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Adjective', 'Comparative', 'Superlative', 'Value', 'Copula', 'Modal', 'Auxiliary', 'Negative', 'QuestionWord']);

/** True unless the lexicon knows the word only as something that is never a verb ("the", "of", "quickly"). */
function mayBeVerb(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length === 0 || !tags.every((t) => NOT_VERB_TAGS.has(t));
}

/** Tags of words that never inflect ("this", "of", "must"). */
const CLOSED_CLASS_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Modal', 'Auxiliary', 'Negative', 'QuestionWord']);

/** Particles and little words after which a phrase is a verb phrase ("pass on", "make a decision"). */
const VERB_PHRASE_SECOND = new Set(['on', 'in', 'up', 'out', 'off', 'over', 'down', 'away', 'back', 'through', 'to', 'with', 'from', 'for', 'about', 'a', 'an', 'the', 'sure', 'use', 'it', 'that', 'into', 'across']);

/**
 * Puts a phrase in the given form: a verb phrase inflects its first word ("make
 * sure" → "made sure"), a plural inflects a noun phrase's last word ("choice" →
 * "choices"). Returns undefined when the phrase cannot take that form (its first
 * word is not a verb, or the form is unknown). Case is kept per word.
 */
export function inflectAs(phrase: string, form: WordForm): string | undefined {
  if (form === 'base') return phrase;
  if (form === 'unknown') return undefined;
  if (form === 'plural') return pluralOf(phrase);
  const words = phrase.split(' ');
  const head = words[0]!;
  if (!/^[a-z]+$/i.test(head) || !mayBeVerb(head)) return undefined;
  const f = verbForms(head.toLowerCase());
  words[0] = matchCase(f[form], head);
  return words.join(' ');
}

/** Writes `word` with the capitalisation of `model` (all caps, initial capital, or as is). */
function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model[0] && model[0] !== model[0].toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** UK and US spellings of one word: "-ise" and "-ize", "-yse" and "-yze". */
function spellings(word: string): string[] {
  const out = [word];
  const m = /^(.{3,})(is|iz|ys|yz)(e|es|ed|ing|ation|ations|er|ers)$/.exec(word);
  if (m) {
    const swap: Record<string, string> = { is: 'iz', iz: 'is', ys: 'yz', yz: 'ys' };
    out.push(`${m[1]}${swap[m[2]!]}${m[3]}`);
  }
  return out;
}

const surfaceCache = new Map<string, string[]>();

/**
 * Every way a dictionary phrase may be written, lower-case: the phrase itself,
 * its plural (last word) and possessive, its verb forms (first word, when that
 * word may be a verb), UK and US spellings, and for two-word compounds the
 * hyphenated and closed forms ("data centre", "data-centre", "datacentre").
 */
export function surfaceForms(phrase: string): string[] {
  wordFormsTable();
  const key = phrase.toLowerCase().trim().replace(/\s+/g, ' ');
  const acronym = /[A-Z].*[A-Z]/.test(phrase);
  // An acronym gets no verb forms, so it is remembered apart from the same letters in lower
  // case ("API" apart from "api"): under its key in capitals, which no lower-case key can equal.
  const cacheKey = acronym ? key.toUpperCase() : key;
  const cached = surfaceCache.get(cacheKey);
  if (cached) return cached;
  const out = new Set<string>([key]);
  if (/^[a-z][a-z' -]*$/.test(key)) {
    const words = key.split(' ');
    const head = words[0]!;
    const verbPhrase = words.length > 1 && (lexiconTags(head).some((t) => VERB_TAGS.has(t)) || VERB_PHRASE_SECOND.has(words[1]!));
    if (!acronym && head.length > 1 && !head.includes('-') && (words.length === 1 || verbPhrase) && mayBeVerb(head)) {
      const f = verbForms(head);
      for (const form of [f.past, f.participle, f.present3, f.gerund]) {
        out.add([form, ...words.slice(1)].join(' '));
        const us = american(head, form);
        if (us) out.add([us, ...words.slice(1)].join(' '));
      }
    }
    if (!verbPhrase && words[words.length - 1]!.length > 1) {
      const plural = pluralOf(key);
      out.add(plural);
      out.add(`${key}'s`);
      out.add(plural.endsWith('s') ? `${plural}'` : `${plural}'s`);
    }
  }
  const compounds = new Set(out);
  for (const form of compounds) {
    const words = form.split(' ');
    if (words.length === 2 && !form.includes("'") && !VERB_PHRASE_SECOND.has(words[1]!) && !VERB_PHRASE_SECOND.has(words[0]!)) {
      out.add(words.join('-'));
      out.add(words.join(''));
    } else if (words.length === 1 && form.includes('-') && form.split('-').length === 2) {
      out.add(form.replace('-', ' '));
      out.add(form.replace('-', ''));
    }
  }
  for (const form of [...out]) {
    const words = form.split(' ');
    words.forEach((w, i) => {
      for (const variant of spellings(w).slice(1)) out.add([...words.slice(0, i), variant, ...words.slice(i + 1)].join(' '));
    });
  }
  const result = [...out];
  surfaceCache.set(cacheKey, result);
  return result;
}

/** Tags each word of a sentence with its parts of speech (the library's tagger: Noun, Verb, Determiner, …). */
export function partsOfSpeech(sentence: string): TaggedWord[] {
  wordFormsTable();
  // A word on its own is remembered (the fit step asks about each alternative's word).
  const single = !sentence.includes(' ');
  let tagged = single ? taggedCache.get(sentence) : undefined;
  if (!tagged) {
    const doc = nlp()(sentence) as unknown as { json(): Array<{ terms: Array<{ text: string; tags: string[] }> }> };
    tagged = doc.json().flatMap((s) => s.terms.map((t) => ({ text: t.text, tags: t.tags })));
    if (single) taggedCache.set(sentence, tagged);
  }
  return tagged.map((word) => ({ text: word.text, tags: [...word.tags] }));
}
