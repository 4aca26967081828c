/**
 * The shared vocabulary of Plain IG: checks, severities, findings and settings.
 * Everything here is plain data so that the CLI, the language server and the
 * tests can pass it around, serialise it and compare it.
 */

/**
 * Identifier of one check. The core knows no check by name: the shipped
 * checks' ids are `CHECK_IDS` in `checks/registry.ts`, derived from the checks.
 */
export type CheckId = string;

/** How serious a finding is. `off` switches a check off. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Ordered from most to least serious; used for `--fail-on` and sorting. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Who the document is written for: what counts as jargon differs. */
export type Audience = 'staff' | 'public';

/**
 * The audience setting: `auto` (the default) means "not set": the leadership
 * check infers staff policy or public notice from the text, and every other
 * check treats the document as written for staff.
 */
export type AudienceSetting = Audience | 'auto';

/** Which UK nation's law the messages should cite. */
export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';

/** A place in the text. Lines and columns are 1-based, the offset is 0-based (UTF-16 code units). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A piece of evidence a risk finding cites. */
export interface Evidence {
  title: string;
  text: string;
  url: string;
}

/**
 * What kind of change the fix makes:
 * - `replace`: swap the flagged words for a plainer alternative;
 * - `explain`: keep the term and add a short explanation after it;
 * - `expand`: spell out an acronym;
 * - `reframe`: a suggested rewording of a sentence (never applied automatically);
 * - `insert`: a suggested paragraph to add to the document (`expected[0]`), at a place
 *   the check chooses, not over the flagged text (never applied automatically);
 * - `none`: nothing to apply; the message asks the writer to act.
 */
export const FIX_KINDS = ['replace', 'explain', 'expand', 'reframe', 'insert', 'none'] as const;

/** One of {@link FIX_KINDS}. */
export type FixKind = (typeof FIX_KINDS)[number];

/** One problem found in a document. This is the JSON shape the CLI prints. */
export interface Finding {
  /** The check that found it. */
  check: CheckId;
  /** The dictionary entry (stable kebab-case id). */
  ruleId: string;
  severity: Severity;
  /** One plain sentence for the writer. */
  message: string;
  /** Why it matters to the reader. */
  note: string;
  /** The text as written. */
  actual: string;
  /**
   * What the flagged text could become. `[]` means "remove it". For `explain`
   * findings each item is the term followed by its explanation; for `reframe`
   * findings each item is a suggested sentence.
   */
  expected: string[];
  fixKind: FixKind;
  /** True when the first alternative can be applied without a person reading it (fix-all, `--fix`). */
  safe: boolean;
  start: Point;
  end: Point;
  /** The rule's entry in the catalogue. */
  url: string;
  /** Evidence for risk findings. */
  evidence?: Evidence[];
  /**
   * The shape the wording took, for checks that recognise several (risk: `consent-gate`,
   * `absolute`, `threat`, …). Absent for checks with one shape.
   */
  form?: string;
  /** When `safe` is false and a fix exists: why a person should read it first. */
  unsafeReason?: string;
}

/** Settings of one check. */
export interface CheckSettings {
  enabled: boolean;
  severity: Severity;
}

/** The one typed settings contract shared by the CLI, the server and the extension. */
export interface Settings {
  checks: Record<CheckId, CheckSettings>;
  /** Words, phrases or rule ids never to flag. Default: none. */
  allow: string[];
  /** Extra dictionary files (absolute paths once resolved). Default: none. */
  dictionaries: string[];
  /** Default: `auto` (other checks read it as `staff`; the leadership check infers it). */
  audience: AudienceSetting;
  /** Default: `england`. */
  nation: Nation;
}

/** The kind of document. */
export type DocumentFormat = 'markdown' | 'plaintext';
