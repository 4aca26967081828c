/**
 * The contract every check implements. A check looks at one block at a time
 * (`collect`, cached by block content) and may then look at the whole document
 * (`finalize`, for "first use" and "same section" rules).
 */
import type { Root as NlcstRoot } from 'nlcst';
import type { CatalogueInput, CatalogueSection } from './catalogue-text.ts';
import type { BlockKind, Section } from './document.ts';
import type { Dictionaries } from './dictionary-types.ts';
import type { CheckId, Evidence, FixKind, Settings, Severity } from './types.ts';
import type { TokenSentence } from './words.ts';

/** A finding before positions are turned into lines and columns. Offsets are document offsets. */
export interface Candidate {
  check: CheckId;
  ruleId: string;
  start: number;
  end: number;
  actual: string;
  expected: string[];
  fixKind: FixKind;
  safe: boolean;
  message: string;
  note: string;
  /** The entry's own severity; the check's setting applies when this is absent or more serious. */
  severity?: Severity;
  evidence?: Evidence[];
  /** The shape the wording took (see `Finding.form`). */
  form?: string;
  /** When `safe` is false and a fix exists: why a person should read it first. */
  unsafeReason?: string;
  /** Groups candidates for document-level rules (for example one acronym). */
  key?: string;
  /** `use` is a finding; `definition` and `support` are markers that `finalize` consumes. */
  role?: 'use' | 'definition' | 'support' | 'threat';
}

/** One block, ready for checking. */
export interface BlockInput {
  kind: BlockKind;
  /** The whole document text; slice it with document offsets. */
  text: string;
  /** Document offset of the block's start. */
  base: number;
  end: number;
  /** The block's nlcst tree; its offsets are relative to `base`. */
  tree: NlcstRoot;
  /** The block's sentences as tokens, with document offsets. */
  sentences: TokenSentence[];
}

/** The whole document, for `finalize`. */
export interface DocumentInput {
  text: string;
  sections: Section[];
  /** `identity`: see `Block.identity` (the same object means the same block text, kind and labels). */
  blocks: ReadonlyArray<{ kind: BlockKind; start: number; end: number; identity?: object }>;
}

/** What a check may read besides the text. */
export interface CheckContext {
  settings: Settings;
  dictionaries: Dictionaries;
}

/** How a check shows in the board report. */
export interface CheckReportStyle {
  /** What it measures, in one line for a board. */
  explain: string;
  /** Points per finding in the attention score (risk-averse wording counts most). */
  weight: number;
  /** Bar colour in the charts (a fill pattern is added, so colour is never the only signal). */
  colour: string;
  /** Where it is listed: 0 first. Checks are listed by what matters most for sharing. */
  order: number;
}

/**
 * Everything about a check except its logic. The registry, the settings
 * schema, the CLI's rule titles, the report's legend and weights and the rule
 * catalogue are all derived from it.
 */
export interface CheckMetadata {
  id: CheckId;
  /** Its one display name, as a heading ("Wordy phrases"). */
  title: string;
  /** The same name for one finding ("Wordy phrase"), for rule titles. */
  titleOne: string;
  /** One sentence on what it looks for. */
  description: string;
  /** How its findings are shown until the settings say otherwise. */
  defaultSeverity: Severity;
  /** When findings of two checks overlap, the check with the lower number wins. */
  priority: number;
  /** True when findings span a sentence or a heading: they never hide, nor are hidden by, word-level findings. Default false. */
  span?: boolean;
  /**
   * True when its findings belong to the whole document (they sit at a heading
   * or line 1, not at the words that caused them): a `disable` comment naming
   * the check or one of its rules anywhere in the document switches them off.
   * Default false.
   */
  documentLevel?: boolean;
  /** How it shows in the board report. */
  report: CheckReportStyle;
  /** Its section of the rule catalogue (docs/rules.md), after its heading and description; none when absent. */
  catalogue?(input: CatalogueInput): CatalogueSection;
}

/** A check: knowledge from `dictionaries/`, logic here, and its {@link CheckMetadata}. */
export interface Check extends CheckMetadata {
  collect(block: BlockInput, context: CheckContext): Candidate[];
  finalize?(candidates: Candidate[], document: DocumentInput, context: CheckContext): Candidate[];
  /**
   * How far outside its block `collect` reads the text. The core keeps a
   * block's results while the text within that reach is unchanged, so an edit
   * in the next block does not check this one again. Without it, the check is
   * taken to read 160 characters on each side of the block.
   */
  reach?: Reach;
}

/** How far outside its block a check's `collect` reads (see {@link Check.reach}). */
export interface Reach {
  /** Characters read before the block's start and after its end, wherever in the block the reading starts. */
  edge: number;
  /**
   * Characters read on each side of a candidate `collect` returned (from its
   * start back, from its end on), when more than `edge`. `text` is the
   * document's text as `collect` read it.
   */
  around?(candidate: Candidate, text: string, context: CheckContext): number;
}

/** How far from `at` (back from it when `step` is -1, from it on when 1) the nearest character other than white space is, counting that character; to the text's start or end when there is none. */
export function toNonSpace(text: string, at: number, step: 1 | -1): number {
  let i = step < 0 ? at - 1 : at;
  while (i >= 0 && i < text.length && WHITE_SPACE.test(text[i]!)) i += step;
  return step < 0 ? at - i : i - at + 1;
}
const WHITE_SPACE = /\s/;

/** Where a rule is documented. */
export const CATALOGUE_URL = 'https://github.com/plain-ig/plain-ig/blob/main/docs/rules.md';

/** The catalogue address of one rule. */
export function ruleUrl(check: CheckId, ruleId: string): string {
  return `${CATALOGUE_URL}#${check}-${ruleId}`;
}

/** Puts `text` in curly quotes for a message, on one line (words a line break split in the document are joined by a space). */
export function quote(text: string): string {
  return `‘${/\s\s|[\t\n\r]/.test(text) ? text.replace(/\s+/g, ' ') : text}’`;
}

/** Gives `replacement` the capitalisation of `original` (first letter, or all caps). */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  // An acronym or a shouted word: keep the replacement's own case.
  if (original.length > 1 && original === original.toUpperCase() && /[A-Z]/.test(original)) return replacement;
  const first = original[0] ?? '';
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return (replacement[0] ?? '').toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/** Which of two severities is less serious. */
export function milder(a: Severity, b: Severity | undefined): Severity {
  if (!b) return a;
  const order: Severity[] = ['error', 'warning', 'info', 'hint'];
  return order.indexOf(b) > order.indexOf(a) ? b : a;
}
