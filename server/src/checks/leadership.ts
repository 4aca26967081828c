/**
 * `leadership`: what a policy or notice leaves out. For a staff policy: that
 * sharing for care is expected, that staff who share in good faith are
 * supported, whom to ask (a role and a way to reach it) and who owns the
 * policy. For a public notice: that information is shared with the people
 * caring for the reader, how to object, and whom to contact.
 *
 * `collect` marks, per sentence, the elements and signals it finds (cached with
 * the block like every other check); `finalize` decides what kind of document
 * this is, looks for each element across the document (a sentence, signals
 * near each other in one section, or a section under a telling heading) and
 * reports each missing element once, at the first heading.
 */
import { type Candidate, type Check, type CheckContext, type DocumentInput } from '../core/check-api.ts';
import { esc, evidenceLines, list, ruleHeading, type CatalogueInput, type CatalogueSection } from '../core/catalogue-text.ts';
import type { LeadershipDictionary, LeadershipElement } from '../core/dictionary-types.ts';
import { compilePattern, matchAt, mayMatch, rarestAnchor, type CompiledPattern } from '../core/pattern.ts';
import type { Audience, Evidence, Nation } from '../core/types.ts';
import { phraseTokens, wordSet, type Token } from '../core/words.ts';

/** A pattern with the name it stands for (a signal, an element, or a document kind). */
interface Named {
  name: string;
  pattern: CompiledPattern;
  /** Its number in its set (an index into the set's marks). */
  id: number;
}

/** A set of named patterns, indexed by the words that can start them. */
class PatternSet {
  private readonly byFirstWord = new Map<string, Named[]>();
  /**
   * What a word can take part in (one lookup per word): general patterns
   * under the words of their rarest required element (see {@link rarestAnchor}),
   * and patterns that are only a list of phrases (a literal, or one `{macro}`
   * or `(a|b)` element), matched by comparing words, without the general matcher.
   */
  private readonly byWord = new Map<string, { gates: Named[]; literals: Array<{ name: string; rest: string[] }> }>();

  private count = 0;
  /**
   * Per pattern, the call of {@link matches} (numbered by `call`) that last
   * gated it, and that last found it viable: marks instead of two Sets made
   * for every sentence.
   */
  private gatedMark = new Uint32Array(0);
  private viableMark = new Uint32Array(0);
  private call = 0;
  /** The patterns gated in the current call (reused). */
  private readonly gatedList: Named[] = [];

  private slot(word: string): { gates: Named[]; literals: Array<{ name: string; rest: string[] }> } {
    let slot = this.byWord.get(word);
    if (!slot) this.byWord.set(word, (slot = { gates: [], literals: [] }));
    return slot;
  }

  add(name: string, source: string, macros: Readonly<Record<string, readonly string[]>>): void {
    const pattern = compilePattern(source, macros);
    const [only, ...more] = pattern.elements;
    if (only && more.length === 0 && only.kind === 'words' && !only.optional) {
      for (const alt of only.alts) this.slot(alt[0]!).literals.push({ name, rest: alt.slice(1) });
      return;
    }
    const named: Named = { name, pattern, id: this.count++ };
    for (const word of pattern.firstWords) {
      const list = this.byFirstWord.get(word) ?? [];
      list.push(named);
      this.byFirstWord.set(word, list);
    }
    for (const word of rarestAnchor(pattern)) this.slot(word).gates.push(named);
  }

  /** The names whose patterns match somewhere in the sentence. */
  matches(tokens: readonly Token[]): Set<string> {
    const found = new Set<string>();
    if (this.gatedMark.length !== this.count || ++this.call === 0xffffffff) {
      this.gatedMark = new Uint32Array(this.count);
      this.viableMark = new Uint32Array(this.count);
      this.call = 1;
    }
    const now = this.call;
    const gated = this.gatedList;
    gated.length = 0;
    for (let i = 0; i < tokens.length; i++) {
      const slot = this.byWord.get(tokens[i]!.norm);
      if (!slot) continue;
      for (const named of slot.gates) {
        if (this.gatedMark[named.id] === now) continue;
        this.gatedMark[named.id] = now;
        gated.push(named);
      }
      const phrases = slot.literals;
      outer: for (const { name, rest } of phrases) {
        if (found.has(name) || i + rest.length >= tokens.length) continue;
        for (let k = 0; k < rest.length; k++) {
          const token = tokens[i + 1 + k]!;
          if (token.sep === 'break' || token.norm !== rest[k]) continue outer;
        }
        found.add(name);
      }
    }
    if (gated.length === 0) return found;
    // The gated patterns whose every required element has a word here (asked once per pattern, not per place).
    const words = wordSet(tokens);
    let viable = false;
    for (const named of gated) {
      if (!found.has(named.name) && mayMatch(named.pattern, words)) {
        this.viableMark[named.id] = now;
        viable = true;
      }
    }
    if (!viable) return found;
    for (let i = 0; i < tokens.length; i++) {
      const list = this.byFirstWord.get(tokens[i]!.norm);
      if (!list) continue;
      for (const named of list) {
        if (found.has(named.name) || this.viableMark[named.id] !== now) continue;
        if (matchAt(named.pattern, tokens, i) >= 0) found.add(named.name);
      }
    }
    return found;
  }
}

interface CompiledLeadership {
  /** Every pattern of the dictionary in one set, named `sig:…`, `el:…` and `kind:…`, so a sentence is walked once. */
  all: PatternSet;
  /** The document-kind cues alone (for a front-matter title). */
  kinds: PatternSet;
  except: Map<string, string[][]>;
  /** Signals that finalize needs (used by `nearby` or `sectionNeeds`), as `sig:` names. */
  markedSignals: Set<string>;
  /** Per element: its own name and its `together` groups, as names in {@link all}. */
  names: Map<string, { element: string; together: string[][] }>;
  headings: Map<string, string[][]>;
}

const compiled = new WeakMap<object, CompiledLeadership>();

/** Compiles the leadership dictionary once. */
export function compileLeadership(dictionary: LeadershipDictionary): CompiledLeadership {
  let result = compiled.get(dictionary);
  if (result) return result;
  const macros = dictionary.macros ?? {};
  const all = new PatternSet();
  for (const [name, signal] of Object.entries(dictionary.signals)) for (const source of signal.patterns) all.add(`sig:${name}`, source, macros);
  const except = new Map<string, string[][]>();
  const markedSignals = new Set<string>();
  const headings = new Map<string, string[][]>();
  const names = new Map<string, { element: string; together: string[][] }>();
  for (const element of dictionary.entries) {
    for (const source of element.patterns) all.add(`el:${element.id}`, source, macros);
    if (element.except) except.set(element.id, element.except.map(phraseTokens));
    for (const group of element.nearby ?? []) for (const name of group) markedSignals.add(`sig:${name}`);
    for (const name of element.sectionNeeds ?? []) markedSignals.add(`sig:${name}`);
    names.set(element.id, { element: `el:${element.id}`, together: (element.together ?? []).map((group) => group.map((name) => `sig:${name}`)) });
    if (element.headings) headings.set(element.id, element.headings.map(phraseTokens));
  }
  const kinds = new PatternSet();
  for (const kind of ['public', 'staff', 'topic'] as const) {
    for (const phrase of dictionary.kinds[kind]) {
      kinds.add(kind, phrase, {});
      all.add(`kind:${kind}`, phrase, {});
    }
  }
  result = { all, kinds, except, markedSignals, headings, names };
  compiled.set(dictionary, result);
  return result;
}

const KIND_NAMES = ['kind:public', 'kind:staff', 'kind:topic'] as const;

/** Cheap test before {@link REACH_SHAPE}: an email or phone number needs an "@" or a digit, a web address "www" or "http". */
const MAYBE_REACH = /[@\d]|www|http/;

/** An email address, a web address, or a UK-style phone number ("01632 960123", "0300 123 4567", "+44 20 7946 0000"). */
const REACH_SHAPE = /[\w.+-]+@[\w-]+\.[\w.-]+|https?:\/\/|\bwww\.|(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;

function containsPhrase(tokens: readonly Token[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k]!.norm !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

/** A marker: one sentence satisfies an element (`el:`), carries a signal (`sig:`) or a document-kind cue (`kind:`). */
function marker(key: string, start: number, end: number, heading: boolean): Candidate {
  return { check: 'leadership', ruleId: heading ? 'heading' : 'sentence', key, start, end, actual: '', expected: [], fixKind: 'none', safe: false, message: '', note: '', role: 'support' };
}

/** Whether a document is a staff policy or a public notice, and how that was decided. */
export interface DocumentKind {
  audience: Audience;
  /** True when it came from the text, false when from the `audience` setting. */
  inferred: boolean;
}

/** One element of the checklist. */
export interface ElementStatus {
  id: string;
  title: string;
  present: boolean;
  /** The sentence (or heading) that satisfied the element, with its document offsets. */
  evidence?: { text: string; start: number; end: number };
}

/** What the leadership check found in one document. */
export interface LeadershipAssessment {
  /** Undefined when the document is not about information governance or is too short to judge. */
  kind?: DocumentKind;
  elements: ElementStatus[];
}

/** Shortest document (in words) the check judges: a snippet is not a policy. */
export const MIN_WORDS = 150;
/** Fewest sentences about information governance that make a document a policy or notice about it. */
export const MIN_TOPIC_SENTENCES = 2;
/** How many blocks, and how many characters, apart the signals of a `nearby` group may be. */
const NEARBY_BLOCKS = 3;
const NEARBY_CHARS = 800;

/** The `title:` line of YAML front matter (searched only inside the front matter). */
const TITLE_LINE = /^title:[ \t]*["']?([^"'\r\n]+)/m;

/** The `title:` of YAML front matter at the top of a document, if any. */
function frontMatterTitle(text: string): string | undefined {
  if (!text.startsWith('---')) return undefined;
  const close = text.indexOf('\n---', 3);
  return TITLE_LINE.exec(text.slice(0, close < 0 ? Math.min(text.length, 4096) : close))?.[1];
}

/** Words in `text`, counted up to `enough` (the check only asks whether a document reaches {@link MIN_WORDS}, so it stops there). */
function countWords(text: string, enough = Infinity): number {
  let n = 0;
  const re = /[A-Za-z][A-Za-z'’-]*/g;
  while (n < enough && re.exec(text) !== null) n++;
  return n;
}

function blockIndex(document: DocumentInput, offset: number): number {
  const { blocks } = document;
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (blocks[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function sectionOf(document: DocumentInput, offset: number): number {
  const { sections } = document;
  let low = 0;
  let high = sections.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sections[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Decides the document's kind and which elements it contains.
 * @param candidates the leadership markers `collect` produced for the whole document
 */
export function assessLeadership(candidates: readonly Candidate[], document: DocumentInput, context: CheckContext): LeadershipAssessment {
  const dictionary = context.dictionaries.leadership;
  const c = compileLeadership(dictionary);
  let publicScore = 0;
  let staffScore = 0;
  let topic = 0;
  const elementMarks = new Map<string, Candidate>();
  const signalMarks = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const key = candidate.key ?? '';
    const weight = candidate.ruleId === 'heading' ? 3 : 1;
    if (key === 'kind:public') publicScore += weight;
    else if (key === 'kind:staff') staffScore += weight;
    else if (key === 'kind:topic') topic++;
    else if (key.startsWith('el:')) {
      const id = key.slice(3);
      if (!elementMarks.has(id)) elementMarks.set(id, candidate);
    } else if (key.startsWith('sig:')) {
      const name = key.slice(4);
      const list = signalMarks.get(name) ?? [];
      list.push(candidate);
      signalMarks.set(name, list);
    }
  }
  if (topic < MIN_TOPIC_SENTENCES || countWords(document.text, MIN_WORDS) < MIN_WORDS) return { elements: [] };
  // A front-matter title ("title: Records Policy") says what the document is, like a heading.
  const title = frontMatterTitle(document.text);
  if (title) {
    const tokens = phraseTokens(title).map((norm, i) => ({ text: norm, norm, start: i, end: i + 1, sep: 'space' }) as Token);
    const kinds = c.kinds.matches(tokens);
    if (kinds.has('public')) publicScore += 3;
    if (kinds.has('staff')) staffScore += 3;
  }
  const setting = context.settings.audience;
  const kind: DocumentKind =
    setting === 'staff' || setting === 'public' ? { audience: setting, inferred: false } : { audience: publicScore > staffScore ? 'public' : 'staff', inferred: true };

  const sentence = (mark: Candidate) => ({ text: flat(document.text.slice(mark.start, mark.end)), start: mark.start, end: mark.end });
  let placed: Map<string, Placed[]> | undefined;
  const elements: ElementStatus[] = [];
  for (const element of dictionary.entries) {
    if (element.audience !== kind.audience) continue;
    const status: ElementStatus = { id: element.id, title: element.title, present: false };
    const direct = elementMarks.get(element.id);
    if (direct) {
      status.present = true;
      status.evidence = sentence(direct);
    }
    for (const group of status.present ? [] : element.nearby ?? []) {
      placed ??= placeMarks(signalMarks, document);
      const found = findNearby(group, placed);
      if (found) {
        status.present = true;
        status.evidence = sentence(found);
        break;
      }
    }
    if (!status.present && element.headings && element.sectionNeeds) {
      const headingWords = c.headings.get(element.id) ?? [];
      const needs = element.sectionNeeds;
      for (let s = 0; s < document.sections.length; s++) {
        const section = document.sections[s]!;
        if (!section.heading) continue;
        const tokens = headingTokens(section.heading);
        if (!headingWords.some((phrase) => containsPhrase(tokens, phrase))) continue;
        placed ??= placeMarks(signalMarks, document);
        const inSection = needs.map((name) => (placed!.get(name) ?? []).find((mark) => mark.section === s));
        if (inSection.every(Boolean)) {
          status.present = true;
          status.evidence = { text: flat(section.heading), start: section.start, end: section.start + section.heading.length };
          break;
        }
      }
    }
    elements.push(status);
  }
  return { kind, elements };
}

/** Headings as tokens, kept across checks: the same headings are read for several elements on every edit. */
const headingCache = new Map<string, Token[]>();

/** A section heading's words as tokens (only `norm` is read), from {@link headingCache}. */
function headingTokens(heading: string): Token[] {
  let tokens = headingCache.get(heading);
  if (!tokens) {
    // Headings are few; a document pasted in whole can bring thousands, so the cache starts again past 5,000.
    if (headingCache.size >= 5000) headingCache.clear();
    tokens = phraseTokens(heading).map((norm) => ({ norm }) as Token);
    headingCache.set(heading, tokens);
  }
  return tokens;
}

/** A signal mark with its section and block, worked out once. */
interface Placed {
  mark: Candidate;
  section: number;
  block: number;
}

/** The first mark of `group[0]` with every other signal of the group in its section, close by. */
function findNearby(group: readonly string[], marks: ReadonlyMap<string, Placed[]>): Candidate | undefined {
  const [first, ...rest] = group;
  if (!first) return undefined;
  for (const placed of marks.get(first) ?? []) {
    const near = (other: Placed): boolean =>
      other.section === placed.section && Math.abs(other.mark.start - placed.mark.start) <= NEARBY_CHARS && Math.abs(other.block - placed.block) <= NEARBY_BLOCKS;
    if (rest.every((name) => (marks.get(name) ?? []).some(near))) return placed.mark;
  }
  return undefined;
}

/** Places every signal mark in its section and block (marks come sorted by offset). */
function placeMarks(marks: ReadonlyMap<string, Candidate[]>, document: DocumentInput): Map<string, Placed[]> {
  const placed = new Map<string, Placed[]>();
  for (const [name, list] of marks) placed.set(name, list.map((mark) => ({ mark, section: sectionOf(document, mark.start), block: blockIndex(document, mark.start) })));
  return placed;
}

function evidenceFor(element: LeadershipElement, dictionary: LeadershipDictionary, nation: Nation): Evidence[] {
  const out: Evidence[] = [];
  for (const key of element.evidence ?? []) {
    const item = dictionary.evidence?.[key];
    if (!item || (item.nations && !item.nations.includes(nation))) continue;
    out.push({ title: item.title, text: item.text, url: item.url });
  }
  return out;
}

/** Where document-level findings sit: the first heading, or else the first line of the first block. */
export function documentAnchor(document: DocumentInput): { start: number; end: number } {
  const heading = document.blocks.find((block) => block.kind === 'heading');
  if (heading) {
    // The heading's words, without the Markdown marks around them ("# ", closing "#"s).
    const raw = document.text.slice(heading.start, heading.end);
    const lead = /^#{1,6}[ \t]+/.exec(raw)?.[0].length ?? 0;
    const trail = /[ \t]+#+[ \t]*$|[ \t]+$/.exec(raw)?.[0].length ?? 0;
    return lead + trail < raw.length ? { start: heading.start + lead, end: heading.end - trail } : { start: heading.start, end: heading.end };
  }
  const first = document.blocks[0];
  const start = first ? first.start : 0;
  const newline = document.text.indexOf('\n', start);
  let end = newline < 0 ? document.text.length : newline;
  if (first) end = Math.min(end, first.end);
  while (end > start && /\s/.test(document.text[end - 1]!)) end--;
  return { start, end: Math.max(end, start) };
}

/** Why an inserted paragraph is never applied without a person reading it. */
export const INSERT_UNSAFE_REASON = 'A suggested paragraph with [placeholders]: a person must fill them in, check that it is true for this organisation and decide where it belongs.';

/** Finds what a staff policy or public notice leaves out. */
export const leadership: Check = {
  id: 'leadership',
  title: 'What a policy leaves out',
  titleOne: 'What a policy leaves out',
  description: 'Whether a staff policy says sharing for care is expected, supports staff who share in good faith, names whom to ask and an accountable owner; and whether a public notice says information is shared with the people caring for the reader, how to object and whom to contact.',
  priority: 1,
  defaultSeverity: 'info',
  span: true,
  documentLevel: true,
  report: { explain: 'Support for staff who share, whom to ask, an accountable owner; for the public, sharing for care, how to object and whom to contact.', weight: 5, colour: '#3b3b8f', order: 2 },
  catalogue: catalogueSection,
  reach: { edge: 0 },
  collect(block, { dictionaries }) {
    const dictionary = dictionaries.leadership;
    const c = compileLeadership(dictionary);
    const out: Candidate[] = [];
    const heading = block.kind === 'heading';
    // Signals are marked once per block (the first sentence that has each); finalize only needs where they are.
    const marked = new Set<string>();
    let topics = 0;
    for (const sentence of block.sentences) {
      const { tokens } = sentence;
      if (tokens.length === 0) continue;
      const start = tokens[0]!.start;
      const end = Math.max(sentence.end, tokens.at(-1)!.end);
      const found = c.all.matches(tokens);
      const slice = block.text.slice(start, end);
      if (MAYBE_REACH.test(slice) && REACH_SHAPE.test(slice)) found.add('sig:reach');
      // Nothing found: no kind, element or signal to mark (most sentences).
      if (found.size === 0) continue;
      for (const kind of KIND_NAMES) {
        if (!found.has(kind)) continue;
        // Three sentences about information governance are enough to judge a document.
        if (kind === 'kind:topic' && ++topics > MIN_TOPIC_SENTENCES) continue;
        out.push(marker(kind, start, end, heading));
      }
      if (!heading) {
        for (const element of dictionary.entries) {
          const names = c.names.get(element.id)!;
          const satisfied = found.has(names.element) || names.together.some((group) => group.every((name) => found.has(name)));
          if (!satisfied) continue;
          if ((c.except.get(element.id) ?? []).some((phrase) => containsPhrase(tokens, phrase))) continue;
          out.push(marker(`el:${element.id}`, start, end, false));
        }
      }
      // Headings carry signals too: "### Registered Manager" over "- Overall accountability".
      for (const name of c.markedSignals) {
        if (marked.has(name) || !found.has(name)) continue;
        marked.add(name);
        out.push(marker(name, start, end, false));
      }
    }
    return out;
  },
  finalize(candidates, document, context) {
    const { kind, elements } = assessLeadership(candidates, document, context);
    if (!kind) return [];
    const dictionary = context.dictionaries.leadership;
    const anchor = documentAnchor(document);
    const actual = document.text.slice(anchor.start, anchor.end);
    const out: Candidate[] = [];
    for (const status of elements) {
      if (status.present) continue;
      const element = dictionary.entries.find((entry) => entry.id === status.id);
      if (!element) continue;
      const evidence = evidenceFor(element, dictionary, context.settings.nation);
      out.push({
        check: 'leadership',
        ruleId: element.id,
        start: anchor.start,
        end: anchor.end,
        actual,
        expected: [element.paragraph],
        fixKind: 'insert',
        safe: false,
        unsafeReason: INSERT_UNSAFE_REASON,
        message: element.message,
        note: element.reason,
        form: kind.audience === 'staff' ? 'staff-policy' : 'public-notice',
        ...(evidence.length > 0 ? { evidence } : {}),
      });
    }
    return out;
  },
};

/** Where a suggested paragraph goes, and the text that inserts it. */
export interface ParagraphInsertion {
  offset: number;
  newText: string;
  /** The heading of the section it goes after, or undefined for the end of the document. */
  after?: string;
}

/**
 * Chooses where the suggested paragraph of a missing element fits: at the end
 * of the first section whose heading has one of the element's `placeAfter`
 * words (tried in order), else at the end of the document. The paragraph is
 * separated from its neighbours by blank lines and nothing else moves.
 * @param sections the document's sections (from its model)
 */
export function paragraphInsertion(text: string, sections: ReadonlyArray<{ start: number; end: number; heading: string }>, element: LeadershipElement): ParagraphInsertion {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let target: { end: number; heading: string } | undefined;
  for (const words of element.placeAfter ?? []) {
    const phrase = phraseTokens(words);
    target = sections.find((section) => section.heading && containsPhrase(phraseTokens(section.heading).map((norm) => ({ norm }) as Token), phrase));
    if (target) break;
  }
  let offset = target ? target.end : text.length;
  while (offset > 0 && /\s/.test(text[offset - 1]!)) offset--;
  const newText = offset === 0 ? `${element.paragraph}${eol}${eol}` : `${eol}${eol}${element.paragraph}`;
  return { offset, newText, ...(target ? { after: target.heading } : {}) };
}

/** Its part of the rule catalogue: how it judges, the elements for each audience, and the signals. */
function catalogueSection({ dictionaries: d }: CatalogueInput): CatalogueSection {
  const lines: string[] = [
    'One finding per missing element, at the first heading (or line 1). A staff policy or a public notice comes from the `audience` setting, or is inferred from the text when it is `auto`. Documents under 150 words, or with fewer than two sentences about information governance, are not judged. Switch an element off with `<!-- plain-ig disable leadership/ID -->` anywhere in the document, or `allow: [leadership/ID]` in `.plain-ig.yml`. The suggested paragraph is never applied automatically.',
    '',
  ];
  for (const audience of ['staff', 'public'] as const) {
    lines.push(`### ${audience === 'staff' ? 'Staff policy' : 'Public notice'}`, '');
    for (const e of d.leadership.entries.filter((x) => x.audience === audience)) {
      lines.push(ruleHeading('leadership', e.id, e.title));
      lines.push(`- Missing means: ${esc(e.message)}`);
      if (e.patterns.length > 0) lines.push(`- Found by: ${e.patterns.map((p) => `\`${p}\``).join(', ')}`);
      for (const group of e.together ?? []) lines.push(`- Or one sentence with: ${group.join(' + ')}`);
      for (const group of e.nearby ?? []) lines.push(`- Or, close together in one section: ${group.join(' + ')}`);
      if (e.headings) lines.push(`- Or a section headed ${list(e.headings)} with: ${(e.sectionNeeds ?? []).join(' + ')}`);
      lines.push(`- Suggested paragraph: “${esc(e.paragraph)}”`);
      lines.push(`- Why: ${esc(e.reason)}`);
      lines.push(...evidenceLines(e.evidence, d.leadership.evidence));
      lines.push('');
    }
  }
  lines.push('### Leadership signals', '');
  for (const [name, signal] of Object.entries(d.leadership.signals)) lines.push(`- \`${name}\`: ${signal.patterns.map((p) => `\`${p}\``).join(', ')}`);
  lines.push('');
  return { entries: d.leadership.entries.length, lines };
}
