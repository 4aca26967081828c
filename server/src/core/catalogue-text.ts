/**
 * What a check's section of the rule catalogue (docs/rules.md) is written
 * with: the input it reads and the Markdown helpers every section shares.
 * `engine/catalogue.ts` puts the sections together; each check writes its own.
 */
import type { Dictionaries, EvidenceEntry } from './dictionary-types.ts';

/** One retext-simplify phrase, as its package describes it. */
export interface SimplifyPattern {
  replace: string[];
  omit?: boolean;
}

/** What a catalogue section may read. */
export interface CatalogueInput {
  dictionaries: Dictionaries;
  /** retext-simplify's phrase list (read from the package), so every plain-words rule has an anchor. */
  simplify: Readonly<Record<string, SimplifyPattern>>;
}

/** A check's part of the catalogue. */
export interface CatalogueSection {
  /** How many dictionary entries the check has (the overview table's count). */
  entries: number;
  /** Markdown lines after the check's heading and description. */
  lines: string[];
}

/** Escapes text for a Markdown table cell or line. */
export const esc = (text: string): string => text.replace(/\|/g, '\\|').replace(/</g, '&lt;');

/** Phrases in curly quotes, separated by commas. */
export const list = (items: readonly string[]): string => items.map((item) => `“${esc(item)}”`).join(', ');

/** The anchor and heading of one rule: findings link to `#check-ruleid`. */
export function ruleHeading(check: string, id: string, title: string): string {
  return `<a id="${check}-${id}"></a>\n#### ${esc(title)}\n`;
}

/** "- Evidence: …" for the sources an entry cites, or nothing when it cites none. */
export function evidenceLines(keys: readonly string[] | undefined, sources: Readonly<Record<string, EvidenceEntry>> | undefined): string[] {
  const found = (keys ?? []).map((key) => sources?.[key]).filter((x) => x !== undefined);
  if (found.length === 0) return [];
  return [`- Evidence: ${found.map((x) => `[${esc(x.title)}](${x.url})${x.nations ? ` (${x.nations.join(', ')})` : ''}`).join('; ')}`];
}
