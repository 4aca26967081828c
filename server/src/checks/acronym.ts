/**
 * `acronym`: an acronym used before it is defined is flagged at its first use.
 * Acronyms the dictionary knows get their expansion as the fix ("data
 * protection impact assessment (DPIA)"); any other acronym or initialism
 * (capitals, perhaps with digits, "&" or "/" inside) is flagged too, without a
 * fix, unless the document defines it: "expansion (ACR)", "ACR (expansion)",
 * or a glossary section. Widely known ones, Roman numerals, units, code, words
 * written in capitals for emphasis and all-capital headings or sentences pass.
 */
import { quote, toNonSpace, type Candidate, type Check, type DocumentInput } from '../core/check-api.ts';
import { esc, list, ruleHeading, type CatalogueInput, type CatalogueSection } from '../core/catalogue-text.ts';
import type { AcronymDictionary, AcronymEntry, Dictionaries, JargonEntry } from '../core/dictionary-types.ts';
import { phraseTokens, phraseTokensRaw, type Token } from '../core/words.ts';
import { notOurWords } from './quoted.ts';

/** The rule id of an acronym the dictionary does not list. */
export const UNKNOWN_ACRONYM_RULE = 'undefined-acronym';

interface Compiled {
  byAcronym: Map<string, AcronymEntry>;
  wellKnown: Set<string>;
  expansions: Map<AcronymEntry, string[]>;
  /** Words another check owns, in capitals (every jargon and outdated phrase and its words). */
  ownedElsewhere: Set<string>;
}

/**
 * The jargon check's explanations of phrases that start with an acronym: its
 * fix, "KPI (a measure …)" or "SOC 2 (…)", also defines the acronym.
 */
const glosses = new WeakMap<object, Map<string, string[]>>();

function jargonGlosses(entries: readonly JargonEntry[]): Map<string, string[]> {
  let result = glosses.get(entries);
  if (!result) {
    result = new Map();
    for (const entry of entries) {
      if (entry.action !== 'explain' || !entry.gloss) continue;
      for (const phrase of entry.phrases) {
        const first = phrase.split(/[\s-]/, 1)[0] ?? phrase;
        result.set(first, [...(result.get(first) ?? []), squash(`${phrase} ${entry.gloss}`)]);
      }
    }
    glosses.set(entries, result);
  }
  return result;
}

const longestGlosses = new WeakMap<object, number>();

/** The longest gloss of {@link jargonGlosses} (how far past an acronym its gloss is looked for). */
function longestGloss(entries: readonly JargonEntry[]): number {
  let longest = longestGlosses.get(entries);
  if (longest === undefined) {
    longest = 0;
    for (const list of jargonGlosses(entries).values()) for (const gloss of list) longest = Math.max(longest, gloss.length);
    longestGlosses.set(entries, longest);
  }
  return longest;
}

const compiled = new WeakMap<object, Compiled>();

function compile(dictionaries: Dictionaries): Compiled {
  const dictionary: AcronymDictionary = dictionaries.acronym;
  let result = compiled.get(dictionary);
  if (!result) {
    const ownedElsewhere = new Set<string>();
    const phrases = [...dictionaries.jargon.entries.flatMap((entry) => entry.phrases), ...dictionaries.outdated.entries.flatMap((entry) => entry.phrases)];
    // In capitals, whatever case the entry uses: "OAUTH2" is the jargon entry "OAuth2" written in capitals.
    for (const phrase of phrases) {
      ownedElsewhere.add(phrase.toUpperCase());
      for (const token of phraseTokensRaw(phrase)) ownedElsewhere.add(token.toUpperCase());
    }
    result = {
      byAcronym: new Map(dictionary.entries.map((entry) => [entry.acronym, entry])),
      wellKnown: new Set(dictionary.wellKnown ?? []),
      expansions: new Map(dictionary.entries.map((entry) => [entry, entry.expansions.map((e) => phraseTokens(e).join(' '))])),
      ownedElsewhere,
    };
    compiled.set(dictionary, result);
  }
  return result;
}

const squash = (text: string): string => phraseTokens(text).join(' ');

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', '&', 'a', 'an', 'at', 'by', 'with']);

/**
 * True when `text` looks like an acronym or initialism: it starts with a capital,
 * has at least two capitals (or one capital and three or more digits, "O365"),
 * no more small letters than capitals ("NPfIT", "ShCR"), and only "&" or "/"
 * besides letters and digits. A plural "s" is allowed ("DPIAs").
 */
export function acronymShape(text: string): boolean {
  if (text.length < 2 || text.length > 16) return false;
  const first = text.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  const body = text.endsWith('s') && text.length > 2 ? text.slice(0, -1) : text;
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (const ch of body) {
    if (ch >= 'A' && ch <= 'Z') upper++;
    else if (ch >= 'a' && ch <= 'z') lower++;
    else if (ch >= '0' && ch <= '9') digits++;
    else if (ch !== '&' && ch !== '/' && ch !== '-') return false;
  }
  if (lower > 0 && lower >= upper) return false;
  // A run of small letters is a word inside a name ("NHSmail", "NHSMail"), not part of an acronym.
  if (/[a-z]{3}/.test(body)) return false;
  // A capital followed by small letters only at the start is a word ("Data"), not an acronym.
  if (upper >= 2) return true;
  return upper === 1 && digits >= 3 && lower === 0 && body[0] !== 'S';
}

const ROMAN = /^(?=[MDCLXVI])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

/** Units and markers that look like acronyms but are not (sizes, speeds, times of day, time zones). */
const UNITS = new Set([
  'KB', 'MB', 'GB', 'TB', 'PB', 'KBPS', 'MBPS', 'GBPS', 'HZ', 'KHZ', 'MHZ', 'GHZ', 'DPI', 'PPI', 'RPM', 'KW', 'MW', 'KWH', 'MWH',
  'AM', 'PM', 'BST', 'GMT', 'UTC', 'CET', 'BC', 'AD', 'NB', 'PS', 'PTO', 'RSVP', 'ETA',
]);

/** Ordinary words that documents write in capitals for emphasis or as labels. */
const SHOUTED_WORDS = new Set([
  'NOT', 'NO', 'NEVER', 'MUST', 'ONLY', 'ALL', 'ANY', 'DO', 'DONT', 'AND', 'OR', 'IF', 'THE', 'YOU', 'YOUR', 'WE', 'OUR', 'IS', 'ARE',
  'BE', 'WILL', 'SHOULD', 'MAY', 'CAN', 'NOTE', 'PLEASE', 'STOP', 'NOW', 'NEW', 'YES', 'OFF', 'ON', 'IN', 'OUT', 'UP', 'TO', 'AT',
  'BY', 'OF', 'FOR', 'AS', 'AN', 'IT', 'ALWAYS', 'EVERY', 'EACH', 'NONE', 'OK', 'HIGH', 'LOW', 'RED', 'AMBER', 'GREEN', 'DRAFT',
  'FINAL', 'TOP', 'PART', 'TEL', 'FAX', 'DOB', 'WHO', 'WHAT', 'WHEN', 'WHY', 'HOW', 'WHERE', 'NOTES', 'RISK', 'DATA', 'CARE', 'HELP',
  'FORM', 'TEAM', 'USER', 'SEE', 'ALSO', 'WITH', 'FROM', 'THIS', 'THAT', 'THEY', 'THEM', 'HAS', 'HAVE', 'WAS', 'NEED', 'KEEP', 'SAFE',
  'READ', 'SEND', 'LOCK', 'TEXT', 'MAIL', 'POST', 'CALL', 'LOG', 'PASS', 'FAIL', 'TRUE', 'FALSE', 'NULL', 'TBC', 'TBA', 'TBD', 'NA', 'N/A',
]);

/** True for a word in capitals that is an ordinary word, not an acronym (long, with enough vowels: "CONFIDENTIAL"). */
function shoutedWord(text: string): boolean {
  if (SHOUTED_WORDS.has(text)) return true;
  // Acronyms of eight or more letters are rare; words in capitals are not ("TRANSPORT", "SECURITY").
  if (text.length >= 8 && /^[A-Z]+$/.test(text)) return true;
  if (text.length < 5 || /[^A-Z]/.test(text)) return false;
  const vowels = text.replace(/[^AEIOUY]/g, '').length;
  return vowels / text.length >= (text.length >= 6 ? 0.3 : 0.4) && !/^[^AEIOUY]{3}/.test(text);
}

/** True when most words of the sentence are in capitals (a shouted heading or warning). */
function shouting(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const token of tokens) {
    if (!/[A-Za-z]/.test(token.text)) continue;
    words++;
    if (token.text === token.text.toUpperCase()) capitals++;
  }
  return words >= 3 && capitals / words >= 0.6;
}

/**
 * Spans of runs of words in capitals that read as a phrase written in capitals
 * ("TRANSPORT LAYER SECURITY"): two or more such words in a row, at least two
 * of them five letters or longer.
 */
function shoutedPhrases(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    let long = 0;
    while (j < tokens.length && /^[A-Z]{2,}$/.test(tokens[j]!.text) && (j === i || tokens[j]!.sep === 'space')) {
      if (tokens[j]!.text.length >= 5) long++;
      j++;
    }
    if (j - i >= 2 && long >= 2) out.push([tokens[i]!.start, tokens[j - 1]!.end]);
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The letters of an acronym that its expansion must account for ("NPfIT" → "npfit"). */
const lettersOf = (acronym: string): string => acronym.replace(/s$/, '').toLowerCase().replace(/[^a-z]/g, '');

/**
 * True when `words` (an expansion, in order) spell `acronym`: each word gives
 * the next letter with its first letter, perhaps followed by more letters from
 * inside it ("Shared Care Record" → ShCR), and small words ("of", "and") may
 * give none ("National Programme for IT" → NPfIT; "Community of Interest
 * Network" → COIN). Every other word must give at least one letter.
 */
export function spells(words: readonly string[], acronym: string): boolean {
  const letters = lettersOf(acronym);
  const parts = words.flatMap((word) => word.toLowerCase().split(/[-/]/)).filter((word) => /[a-z0-9]/.test(word));
  if (letters.length < 2 || parts.length === 0 || parts.length > letters.length + 4) return false;
  const seen = new Set<string>();
  const from = (letter: number, part: number): boolean => {
    if (part === parts.length) return letter === letters.length;
    const key = `${letter},${part}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const word = parts[part]!;
    if (SMALL_WORDS.has(word) && from(letter, part + 1)) return true;
    if (letter >= letters.length || word[0] !== letters[letter]) return false;
    // The first letter, then any number of further letters found in order inside the word.
    let next = letter + 1;
    let inside = 1;
    if (from(next, part + 1)) return true;
    while (next < letters.length) {
      const found = word.indexOf(letters[next]!, inside);
      if (found < 0) return false;
      next++;
      inside = found + 1;
      if (from(next, part + 1)) return true;
    }
    return false;
  };
  return from(0, 0);
}

/** True when the acronym at [start, end) is being defined: "expansion (ACR)" or "ACR (expansion)". */
function isDefinition(text: string, start: number, end: number, expansions: string[], acronym: string): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  const after = text.slice(end, end + 160);
  if (/\(\s*$/.test(before)) {
    const words = squash(before.replace(/\(\s*$/, ''));
    if (expansions.some((expansion) => words.endsWith(expansion) || words.endsWith(`${expansion}s`))) return true;
    let list = words.split(' ');
    // "Public Sector Broadband Aggregation Network (PSBA Network)": the words after the
    // acronym in the bracket repeat the end of the expansion.
    const trailing = /^\s+([^()]{1,40})\)/.exec(after);
    if (trailing) {
      const repeat = squash(trailing[1] ?? '').split(' ');
      if (repeat.length < list.length && list.slice(-repeat.length).join(' ') === repeat.join(' ')) list = list.slice(0, -repeat.length);
    }
    for (let take = 1; take <= Math.min(list.length, 12); take++) {
      if (spells(list.slice(-take), acronym)) return true;
    }
  }
  const open = /^\s*\(([^)]{3,150})\)/.exec(after);
  if (open) {
    const inside = squash(open[1] ?? '');
    if (expansions.some((expansion) => inside.startsWith(expansion))) return true;
    if (spells(inside.split(' '), acronym)) return true;
  }
  // "ACR – expansion" or "ACR: expansion" at the start of a line (a list of abbreviations).
  const dash = /^\s*(?:[-–—:=]|\|)\s*([^\n|]{3,150})/.exec(after);
  if (dash && /(^|\n)\s*(?:[-*+]\s+|\|\s*)?[*_]*$/.test(text.slice(Math.max(0, start - 12), start))) {
    if (spells(squash(dash[1] ?? '').split(' '), acronym)) return true;
  }
  return false;
}

/** Splits a run of tokens joined by "/" ("S/MIME", "ISO/IEC27001") into one acronym where both sides are capitals. */
function acronymsOf(tokens: readonly Token[], text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const first = token.text.charCodeAt(0);
    if (first < 65 || first > 90) continue;
    let end = token.end;
    let j = i;
    // "S/MIME", "ISO/IEC27001" and "CD-ROM" are one acronym each.
    while (
      j + 1 < tokens.length &&
      ((tokens[j + 1]!.start === end + 1 && text.charCodeAt(end) === 47) || tokens[j + 1]!.sep === 'hyphen') &&
      acronymShape(tokens[j + 1]!.text) &&
      (j > i || acronymShape(token.text) || /^[A-Z]$/.test(token.text))
    ) {
      j++;
      end = tokens[j]!.end;
    }
    if (j > i) {
      const whole = text.slice(token.start, end);
      if (acronymShape(whole)) {
        out.push({ text: whole, start: token.start, end });
        i = j;
        continue;
      }
    }
    if (acronymShape(token.text)) out.push({ text: token.text, start: token.start, end: token.end });
  }
  return out;
}

/**
 * Acronyms joined by a hyphen or slash whose parts are all known ("GP-UK",
 * "DPIA/SIRO"), and that are not an entry as a whole ("S/MIME"), taken part
 * by part: a well-known part needs no spelling out, and any other is a first
 * use like any other ("DPIA/SIRO sign-off" is where a reader first meets both).
 * Its fix is not offered as safe (see `REASONS.joined` in core/safety.ts).
 */
function splitKnownParts(
  found: Array<{ text: string; start: number; end: number }>,
  byAcronym: ReadonlyMap<string, unknown>,
  wellKnown: ReadonlySet<string>,
): Array<{ text: string; start: number; end: number }> {
  if (!found.some((token) => /[-/]/.test(token.text))) return found;
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (const token of found) {
    const parts = /[-/]/.test(token.text) && !byAcronym.has(token.text) ? token.text.split(/[-/]/) : undefined;
    if (!parts || !parts.every((part) => wellKnown.has(part) || byAcronym.has(part))) {
      out.push(token);
      continue;
    }
    let at = token.start;
    for (const part of parts) {
      out.push({ text: part, start: at, end: at + part.length });
      at += part.length + 1;
    }
  }
  return out;
}

/**
 * True when the word at [start, end) is joined by underscores to a letter or
 * digit ("COMPRESSION_CCITTFA", or "COMPRESSION\_CCITTFA" escaped in Markdown):
 * part of an identifier. Underscores with no letter or digit on their other side
 * are Markdown emphasis ("_ZTNA_", "__ZTNA__"), and the word is prose.
 */
function inIdentifier(text: string, start: number, end: number): boolean {
  return /[A-Za-z0-9](?:\\?_)+$/.test(text.slice(Math.max(0, start - 8), start)) || /^(?:\\?_)+[A-Za-z0-9]/.test(text.slice(end, end + 8));
}

/** What may follow an acronym that is being defined ("ACR (…)", "ACR – …", "ACR: …", "| ACR | …"). */
const DEFINITION_AFTER = /^[(\-–—:=|]$/;

/** Words in a heading that mark a glossary or list of abbreviations. */
const GLOSSARY_HEADING = /glossary|abbreviation|acronym|definitions|terminology|key terms|terms used/i;

/** Collects acronym uses and definitions in one block. */
export const acronym: Check = {
  id: 'acronym',
  title: 'Undefined acronyms',
  titleOne: 'Undefined acronym',
  description: 'Acronyms used before they are spelled out: known ones with the expansion as the fix, any other unexplained initialism without one.',
  priority: 5,
  defaultSeverity: 'info',
  report: { explain: 'Abbreviations that are not spelled out the first time they are used.', weight: 1, colour: '#00785a', order: 5 },
  catalogue: catalogueSection,
  // A character either side of an acronym. Around each one found, the white space to the nearest other character
  // either side; when that is a bracket, a dash or a colon (a definition may follow) or the acronym has a gloss, 160
  // characters either side, or the gloss and 40 more.
  reach: {
    edge: 1,
    around: (candidate, text, { dictionaries }) => {
      const before = toNonSpace(text, candidate.start, -1);
      const after = toNonSpace(text, candidate.end, 1);
      if (text[candidate.start - before] === '(' || DEFINITION_AFTER.test(text[candidate.end + after - 1] ?? '') || jargonGlosses(dictionaries.jargon.entries).has(candidate.actual)) {
        return Math.max(160, longestGloss(dictionaries.jargon.entries) + 40, before, after);
      }
      return Math.max(before, after);
    },
  },
  collect(block, { dictionaries }) {
    const { byAcronym, wellKnown, expansions, ownedElsewhere } = compile(dictionaries);
    const explained = jargonGlosses(dictionaries.jargon.entries);
    const out: Candidate[] = [];
    for (const sentence of block.sentences) {
      const found = splitKnownParts(acronymsOf(sentence.tokens, block.text), byAcronym, wellKnown);
      if (found.length === 0) continue;
      // Computed on demand, for acronyms no dictionary lists (known ones are asked for wherever they are).
      let shouted: boolean | undefined;
      let shoutedRuns: Array<[number, number]> | undefined;
      const inCapitals = (token: { start: number; end: number }): boolean => {
        shouted ??= shouting(sentence.tokens);
        shoutedRuns ??= shoutedPhrases(sentence.tokens);
        return shouted || shoutedRuns.some(([from, to]) => token.start >= from && token.end <= to);
      };
      for (const token of found) {
        if (wellKnown.has(token.text)) continue;
        const singular = token.text.endsWith('s') ? token.text.slice(0, -1) : undefined;
        const entry = byAcronym.get(token.text) ?? (singular ? byAcronym.get(singular) : undefined);
        if (entry && wellKnown.has(entry.acronym)) continue;
        if (!entry) {
          // Part of an identifier ("COMPRESSION_CCITTFA"): code, not prose.
          if (inIdentifier(block.text, token.start, token.end)) continue;
          const bare = singular && !byAcronym.has(token.text) && acronymShape(singular) ? singular : token.text;
          if (wellKnown.has(bare) || ownedElsewhere.has(token.text.toUpperCase()) || ownedElsewhere.has(bare.toUpperCase())) continue;
          if (ROMAN.test(token.text) || UNITS.has(bare.toUpperCase()) || shoutedWord(token.text) || shoutedWord(bare) || inCapitals(token)) continue;
          const defines = isDefinition(block.text, token.start, token.end, [], bare);
          out.push({
            check: 'acronym',
            ruleId: UNKNOWN_ACRONYM_RULE,
            start: token.start,
            end: token.end,
            actual: token.text,
            expected: [],
            fixKind: 'none',
            safe: false,
            message: `Spell out ${quote(token.text)} the first time you use it, with the short form in brackets: many readers will not know what it stands for.`,
            note: 'Readers who do not know an abbreviation have to stop and guess. Spell it out the first time, with the short form in brackets, then use the short form.',
            key: bare,
            role: defines ? 'definition' : 'use',
          });
          continue;
        }
        const expanded = expansions.get(entry) ?? [];
        const glossed = explained.get(token.text);
        const defines =
          isDefinition(block.text, token.start, token.end, expanded, entry.acronym) ||
          (glossed !== undefined && glossed.some((gloss) => squash(block.text.slice(token.start, token.start + gloss.length + 40)).startsWith(gloss)));
        const plural = token.text !== entry.acronym;
        const options = entry.expansions.map((expansion) => `${expansion}${plural ? 's' : ''} (${token.text})`);
        const ambiguous = entry.expansions.length > 1;
        out.push({
          check: 'acronym',
          ruleId: entry.id,
          start: token.start,
          end: token.end,
          actual: token.text,
          expected: options,
          fixKind: 'expand',
          safe: !ambiguous,
          message: ambiguous
            ? `Spell out ${quote(token.text)} the first time you use it: it can mean ${entry.expansions.map(quote).join(' or ')}.`
            : `Spell out ${quote(token.text)} the first time you use it: ${quote(entry.expansions[0] ?? '')}.`,
          note:
            entry.note ??
            'Readers who do not know an abbreviation have to stop and guess. Spell it out the first time, with the short form in brackets, then use the short form.',
          key: entry.acronym,
          role: defines ? 'definition' : 'use',
        });
      }
    }
    return out;
  },
  finalize(candidates, document) {
    const glossaries = glossarySections(document);
    const inGlossary = (offset: number): boolean => glossaries.some(([start, end]) => offset >= start && offset < end);
    const firsts = new Map<string, Candidate>();
    const defined = new Set<string>();
    const glossed = new Set<string>();
    for (const candidate of candidates) {
      const key = candidate.key ?? candidate.ruleId;
      // A use in a quotation or the title of a linked document is not the writer's: the next use counts.
      if (candidate.role === 'use' && notOurWords(document, candidate.start, candidate.end)) continue;
      if (inGlossary(candidate.start)) {
        glossed.add(key);
        continue;
      }
      if (!firsts.has(key)) firsts.set(key, candidate);
      if (candidate.role === 'definition') defined.add(key);
    }
    const out: Candidate[] = [];
    for (const [key, first] of firsts) {
      if (first.role !== 'use' || glossed.has(key)) continue;
      out.push(defined.has(key) ? { ...first, message: `${first.message} It is defined later in the document, after this first use.` } : first);
    }
    return out;
  },
};

/** Document spans of sections whose heading names a glossary or a list of abbreviations. */
function glossarySections(document: DocumentInput): Array<[number, number]> {
  return document.sections.filter((section) => GLOSSARY_HEADING.test(section.heading)).map((section) => [section.start, section.end]);
}

/** Its part of the rule catalogue: the acronyms that need no expansion, the rule for any other, then the entries. */
function catalogueSection({ dictionaries: d }: CatalogueInput): CatalogueSection {
  const lines: string[] = [`Need no expansion: ${(d.acronym.wellKnown ?? []).join(', ')}.`, ''];
  lines.push(ruleHeading('acronym', UNKNOWN_ACRONYM_RULE, 'Any other acronym'));
  lines.push(
    '- Any acronym or initialism not listed below (capitals, perhaps with digits, “&” or “/” inside: ZTNA, PBKDF2, S/MIME, IM&T) that the document does not define is flagged at its first use, with no fix: only the writer knows what it stands for.',
    '- Defined means spelled out before the brackets (“zero trust network access (ZTNA)”), inside them (“ZTNA (zero trust network access)”), or listed in a section headed Glossary, Abbreviations, Acronyms or Definitions.',
    '- Never flagged: the acronyms above that need no expansion, Roman numerals, units (MB, GHz), code, words written in capitals for emphasis (NOT, CONFIDENTIAL), headings and sentences written all in capitals, and anything the allow list names.',
    '',
  );
  for (const e of d.acronym.entries) {
    lines.push(ruleHeading('acronym', e.id, e.acronym));
    lines.push(`- ${e.expansions.length > 1 ? 'Can mean' : 'Means'}: ${list(e.expansions)}${e.note ? `. ${esc(e.note)}` : ''}`, '');
  }
  return { entries: d.acronym.entries.length, lines };
}
