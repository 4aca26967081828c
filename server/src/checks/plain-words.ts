/**
 * `plain-words`: general plain English through the retext-simplify package's
 * own word list. Plain IG switches off the entries that clash with IG terms of
 * art, offers UK-friendly alternatives for some, and turns very common ones
 * into hints (see `dictionaries/plain-words.yml`).
 *
 * Matching follows retext-simplify (through nlcst-search) exactly: a phrase
 * starts at a word that is not a literal, its words are compared after
 * nlcst-normalize (lower case, no apostrophes or dashes), and only white space
 * may sit between them. nlcst-search rebuilds its first-word index on every
 * call; here the index is built once per dictionary, and no `VFileMessage`
 * (an `Error` with a stack trace) is made per match.
 *
 * On top of retext-simplify's literal matches, every other form of its words
 * is found through a phrase index built once (`surfaceForms` in morphology.ts):
 * "utilised", "utilises", "facilitating", "requirements". Such a match keeps
 * the phrase's rule id, and its alternatives are those of the phrase as
 * written (the core's fit step puts them in the matched form).
 */
import type { Root as NlcstRoot } from 'nlcst';
import { isLiteral } from 'nlcst-is-literal';
// retext-simplify exports only its plugin; its word list is generated into
// dictionaries/ by `npm run docs`, and a test fails when the two drift apart.
import simplifyList from '../../../dictionaries/retext-simplify.json' with { type: 'json' };
import { matchCase, quote, type BlockInput, type Candidate, type Check } from '../core/check-api.ts';
import { esc, list, ruleHeading, type CatalogueInput, type CatalogueSection } from '../core/catalogue-text.ts';
import type { PlainWordsEntry } from '../core/dictionary-types.ts';
import { PhraseIndex } from '../core/phrase-index.ts';
import { properNames } from '../core/proper-names.ts';
import { rememberPerWord, type Token } from '../core/words.ts';
import { inPrinciplesList, notOurWords } from './quoted.ts';

/** retext-simplify's phrases: the plainer words for each, or `omit` when it can simply go. */
const patterns: Record<string, { replace: readonly string[]; omit?: boolean }> = simplifyList;

interface Phrase {
  /** The retext-simplify key, for example "a number of". */
  phrase: string;
  ruleId: string;
  /** Normalised words after the first. */
  rest: string[];
  replace: readonly string[];
  omit: boolean;
}

interface Compiled {
  /** Phrases by normalised first word, in retext-simplify's order. */
  byFirstWord: Map<string, Phrase[]>;
  /** The phrases that start with a word as written in the text (null: none), normalised once per distinct word. */
  startingWith: (written: string) => Phrase[] | null;
  byRule: Map<string, PlainWordsEntry>;
  /** Every form of every phrase made of plain words (no "e.g." or "and/or"). */
  forms: PhraseIndex<Phrase>;
}

const compiled = new WeakMap<object, Compiled>();

const ruleIdOf = (phrase: string): string => phrase.replace(/\s+/g, '-').toLowerCase();

const STRIPPED = /['’-]/g;

/** nlcst-normalize with its default options: lower case, without apostrophes or hyphens. */
const normalize = (value: string): string => {
  const lower = value.toLowerCase();
  return lower.includes("'") || lower.includes('’') || lower.includes('-') ? lower.replace(STRIPPED, '') : lower;
};

function compile(entries: PlainWordsEntry[]): Compiled {
  let result = compiled.get(entries);
  if (!result) {
    const ignore = new Set(entries.filter((entry) => entry.action === 'off').map((entry) => entry.phrase));
    const byFirstWord = new Map<string, Phrase[]>();
    const all: Phrase[] = [];
    for (const [phrase, pattern] of Object.entries(patterns)) {
      if (ignore.has(phrase)) continue;
      const words = phrase.split(' ');
      const first = normalize(words[0] ?? '');
      const list = byFirstWord.get(first) ?? [];
      const item: Phrase = { phrase, ruleId: ruleIdOf(phrase), rest: words.slice(1).map(normalize), replace: pattern.replace, omit: pattern.omit === true };
      list.push(item);
      all.push(item);
      byFirstWord.set(first, list);
    }
    // A phrase switched off is off in every form ("identify", "identified"). A phrase turned
    // into a hint because it is so common is matched only as written: its other forms
    // ("provided", "required") are more common still, and mostly read as adjectives.
    const offForms = new Set(entries.filter((entry) => entry.action === 'off' || entry.action === 'quiet').map((entry) => entry.phrase.toLowerCase()));
    const forms = new PhraseIndex(
      all.filter((item) => /^[a-z][a-z' ]*$/.test(item.phrase) && !offForms.has(item.phrase)).map((item) => ({ entry: item, phrases: [item.phrase] })),
    );
    const startingWith = rememberPerWord((written) => byFirstWord.get(normalize(written)) ?? null, MAX_WRITTEN);
    result = { byFirstWord, startingWith, byRule: new Map(entries.map((entry) => [ruleIdOf(entry.phrase), entry])), forms };
    compiled.set(entries, result);
  }
  return result;
}

interface NlcstNode {
  type: string;
  value?: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

function textOf(node: NlcstNode): string {
  if (typeof node.value === 'string') return node.value;
  if (!node.children) return '';
  // Most words are one text node.
  if (node.children.length === 1 && typeof node.children[0]!.value === 'string') return node.children[0]!.value;
  let out = '';
  for (const child of node.children) out += textOf(child);
  return out;
}

interface RawMatch {
  phrase: Phrase;
  start: number;
  end: number;
  /** True for another form of the phrase ("utilised" for "utilise"). */
  inflected?: boolean;
}

/** A bound on the words remembered here: a document has a few thousand distinct words; a long-running server sees more. */
const MAX_WRITTEN = 50_000;

/** {@link normalize}, remembered per word as written (the words after a phrase's first are compared often). */
const normalizeCached = rememberPerWord(normalize, MAX_WRITTEN);

/** Finds retext-simplify's phrases in a tree, in the order retext-simplify reports them. */
function search(tree: NlcstRoot, c: Compiled): RawMatch[] {
  const out: RawMatch[] = [];
  const visit = (parent: NlcstNode): void => {
    const siblings = parent.children;
    if (!siblings) return;
    for (let index = 0; index < siblings.length; index++) {
      const node = siblings[index]!;
      if (node.type !== 'WordNode') {
        // (White space and punctuation have no children: not worth a call each.)
        if (node.children) visit(node);
        continue;
      }
      // (A word holds only text, punctuation and symbols: no word inside it to visit.)
      const phrases = c.startingWith(textOf(node));
      if (phrases && !isLiteral(parent as never, index)) {
        for (const phrase of phrases) {
          const last = matchRest(siblings, index, phrase.rest);
          if (last < 0) continue;
          const start = node.position?.start.offset;
          const end = siblings[last]!.position?.end.offset;
          if (start === undefined || end === undefined) continue;
          out.push({ phrase, start, end });
        }
      }
    }
  };
  visit(tree as unknown as NlcstNode);
  return out;
}

/** Index of the last word of the phrase that starts at `index`, or -1 (nlcst-search's `test`). */
function matchRest(siblings: NlcstNode[], index: number, rest: readonly string[]): number {
  let position = index + 1;
  for (const word of rest) {
    while (position < siblings.length && siblings[position]!.type === 'WhiteSpaceNode') position++;
    const node = siblings[position];
    if (!node || node.type !== 'WordNode' || (word !== '*' && word !== normalizeCached(textOf(node)))) return -1;
    position++;
  }
  return position - 1;
}

/** Document spans of the proper names in a block's sentences (see core/proper-names.ts). */
function nameSpans(sentences: BlockInput['sentences']): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const sentence of sentences) {
    for (const [from, to] of properNames(sentence.tokens)) out.push([sentence.tokens[from]!.start, sentence.tokens[to - 1]!.end]);
  }
  return out;
}

/** Words after which an "-ing" or "-ed" form describes the next word ("the operating procedures"). */
const DESCRIBING_AFTER = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'your', 'his', 'her', 'any', 'all', 'each', 'every', 'other', 'no', 'some']);

/** Words after which an "-ing" form is a verb ("is operating", "by operating", "staff operating"). */
const VERBAL_BEFORE = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'by', 'for', 'of', 'in', 'on', 'from', 'to', 'when', 'while', 'whilst',
  'after', 'before', 'without', 'about', 'and', 'or', 'not', 'also', 'start', 'stop', 'keep', 'avoid', 'continue', 'we', 'you', 'they',
  'staff', 'who', 'which', 'that', 'through', 'into', 'upon', 'with', 'at', 'as', 'than', 'still', 'now', 'currently',
]);

/**
 * True when a one-word "-ing" or "-ed" form is used as an adjective: after a
 * determiner or another "-ed" word and before a noun ("the remaining records",
 * "associated operating procedures", "the desired outcome"), or an "-ed" form
 * before "with" ("satisfied with"). Plainer verbs do not fit there, so the word
 * is left alone.
 */
function adjectiveUse(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !/(ing|ed)$/.test(tokens[from]!.norm)) return false;
  const previous = tokens[from - 1];
  const next = tokens[to];
  // "satisfied with", "concerned with": a state, not an action.
  if (/ed$/.test(tokens[from]!.norm) && next?.norm === 'with' && next.sep === 'space') return true;
  if (!previous || !next || next.sep !== 'space' || !/^[a-z]/.test(next.text)) return false;
  // What stands between the word before and this one: a comma or other mark ends the phrase there.
  const joined = tokens[from]!.sep;
  if (DESCRIBING_AFTER.has(previous.norm) || (joined !== 'punct' && /ed$/.test(previous.norm) && previous.norm.length > 4)) return true;
  // An "-ing" word between a describing word and a noun ("standard operating procedure"): not after
  // a word that makes it a verb ("is operating", "by operating", "when operating").
  // After a comma the "-ing" word starts a phrase of its own, nearly always a verb's ("completed, utilising the form").
  return /ing$/.test(tokens[from]!.norm) && joined === 'space' && !VERBAL_BEFORE.has(previous.norm) && !/(ly|ing)$/.test(previous.norm);
}

/** Quotation marks around a word mark it as a word being discussed (nlcst-is-literal's idea). */
const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);

/**
 * Matches of other forms of the phrases ("utilised", "requirements") that the
 * literal search did not find, left to right, skipping anything that overlaps a
 * literal match or sits in quotation marks.
 */
function otherForms(sentences: BlockInput['sentences'], text: string, forms: PhraseIndex<Phrase>, literal: readonly RawMatch[]): RawMatch[] {
  const out: RawMatch[] = [];
  for (const sentence of sentences) {
    for (const { target, from, to } of forms.match(sentence.tokens)) {
      // The phrase as written is the literal search's to find (or to leave, as a literal).
      if (!target.inflected) continue;
      if (adjectiveUse(sentence.tokens, from, to)) continue;
      // A capitalised form inside a sentence is part of a name ("Independent Group Advising on ...").
      if (from > 0 && /^[A-Z]/.test(sentence.tokens[from]!.text)) continue;
      const start = sentence.tokens[from]!.start;
      const end = sentence.tokens[to - 1]!.end;
      if (literal.some((match) => match.start < end && match.end > start)) continue;
      if (OPENING_QUOTES.has(text[start - 1] ?? '') && /^["”’']/.test(text[end] ?? '')) continue;
      out.push({ phrase: target.entry, start, end, inflected: true });
    }
  }
  return out;
}

const GENERAL_NOTE =
  'Plain words help every reader, including people reading in a hurry, in a second language, or with a reading difficulty.';

/** Collects pompous or wordy phrases in one block. */
export const plainWords: Check = {
  id: 'plain-words',
  title: 'Wordy phrases',
  titleOne: 'Wordy phrase',
  description: 'Pompous or wordy phrases with plainer alternatives (word list from retext-simplify, adjusted for IG writing).',
  priority: 6,
  defaultSeverity: 'info',
  report: { explain: 'Long or formal words and phrases with a plainer alternative.', weight: 1, colour: '#a86800', order: 6 },
  catalogue: catalogueSection,
  // The characters just before and after another form of a phrase (quotation marks).
  reach: { edge: 1 },
  collect(block, { dictionaries }) {
    // Quotations (of the law, the Caldicott principles, guidance) are not ours to reword.
    if (block.kind === 'blockquote') return [];
    const compiledWords = compile(dictionaries['plain-words'].entries);
    const { byRule, forms } = compiledWords;
    const out: Candidate[] = [];
    const literal = search(block.tree, compiledWords).map((match) => ({ ...match, start: block.base + match.start, end: block.base + match.end }));
    // (Found only when a phrase is: most blocks have none.)
    let names: Array<[number, number]> | undefined;
    for (const { phrase, start, end, inflected } of [...literal, ...otherForms(block.sentences, block.text, forms, literal)]) {
      // A word inside the capitalised name of a role, team or product is part of that name.
      names ??= nameSpans(block.sentences);
      if (names.some(([from, to]) => start >= from && end <= to && (start > from || end < to))) continue;
      const ruleId = phrase.ruleId;
      const override = byRule.get(ruleId);
      const actual = block.text.slice(start, end);
      const removable = phrase.omit;
      const expected = (override?.action === 'alternatives' ? override.alternatives ?? [] : [...phrase.replace]).map((alt) => matchCase(actual, alt));
      const offer = expected.length > 0 ? `Try ${expected.map(quote).join(' or ')}` : '';
      const text = removable && expected.length === 0 ? `You can usually leave out ${quote(actual)}.` : `${quote(actual)} has a plainer alternative. ${offer}${removable ? ', or leave it out' : ''}.`;
      out.push({
        check: 'plain-words',
        ruleId,
        start,
        end,
        actual,
        expected,
        fixKind: expected.length > 0 ? 'replace' : removable ? 'replace' : 'none',
        safe: expected.length === 1 && !removable && inflected !== true,
        ...(inflected && expected.length > 0 ? { unsafeReason: 'The words are in another form here: check that the plainer word reads right in the sentence.' } : {}),
        message: text,
        note: override?.reason ?? GENERAL_NOTE,
        ...(override?.action === 'quiet' ? { severity: 'hint' as const } : {}),
      });
    }
    return out;
  },
  finalize(candidates, document) {
    return candidates.filter((candidate) => !inPrinciplesList(document, candidate.start) && !notOurWords(document, candidate.start, candidate.end));
  },
};

/** Its part of the rule catalogue: Plain IG's changes, then the rest of retext-simplify's list. */
function catalogueSection({ dictionaries: d, simplify }: CatalogueInput): CatalogueSection {
  const lines: string[] = ['The word list is the `retext-simplify` package (MIT). Plain IG changes these entries:', ''];
  for (const e of d['plain-words'].entries) {
    lines.push(ruleHeading('plain-words', e.id, e.phrase));
    const what = e.action === 'off' ? 'Not flagged' : e.action === 'quiet' ? 'Shown as a hint only' : `Instead: ${list(e.alternatives ?? [])}`;
    lines.push(`- ${what}. ${esc(e.reason)}`, '');
  }
  const adjusted = new Set(d['plain-words'].entries.map((e) => e.id));
  const phrases = Object.keys(simplify).filter((phrase) => !adjusted.has(phrase.replace(/\s+/g, '-').toLowerCase()));
  if (phrases.length > 0) {
    lines.push('### The rest of the retext-simplify list', '', 'Used as the package gives them:', '');
    for (const phrase of phrases) {
      const p = simplify[phrase]!;
      const id = phrase.replace(/\s+/g, '-').toLowerCase();
      const instead = p.replace.length > 0 ? `instead: ${list(p.replace)}` : '';
      lines.push(`<a id="plain-words-${id}"></a>`, `- **${esc(phrase)}**: ${[instead, p.omit ? 'or leave it out' : ''].filter(Boolean).join(', ')}`);
    }
    lines.push('');
  }
  return { entries: d['plain-words'].entries.length, lines };
}
