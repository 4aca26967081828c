/**
 * The rule catalogue (docs/rules.md), rendered from the dictionaries. Every
 * finding's `url` points at an anchor here (`#check-ruleid`).
 */
import { CHECK_IDS, CHECKS } from '../checks/registry.ts';
import type { Check } from '../core/check-api.ts';
import { esc, type SimplifyPattern } from '../core/catalogue-text.ts';
import type { Dictionaries } from '../core/dictionary-types.ts';

/** The shipped checks in the order they are listed. */
const LISTED: readonly Check[] = CHECK_IDS.map((id) => CHECKS[id]);

/** The heading of a check's section: its one display name, its id and what it looks for. */
function checkHeading(check: Check): string[] {
  return [`<a id="check-${check.id}"></a>`, `## ${check.title} (\`${check.id}\`)`, '', check.description, ''];
}

/**
 * Renders the whole catalogue as Markdown: an overview table, then each check's
 * heading and its own section (`Check.catalogue`).
 * @param simplify retext-simplify's phrase list (read from the package), so every plain-words rule has an anchor
 * @param checks the checks, in the order listed; default the shipped ones
 */
export function renderCatalogue(d: Dictionaries, simplify: Record<string, SimplifyPattern> = {}, checks: readonly Check[] = LISTED): string {
  const out: string[] = [
    '# Plain IG rule catalogue',
    '',
    '<!-- Generated from dictionaries/ by `npm run docs`. Do not edit by hand. -->',
    '',
    'Every finding links to its entry here. Each check is described first, then its entries.',
    '',
    'Entries of `jargon`, `plain-words` and `outdated` match every form of their words: plurals and possessives, tenses and participles, “-ise” and “-ize”, and spaced, hyphenated and closed compounds (“utilise” also finds “utilised” and “utilizes”; “data centre” finds “datacentres” and “data-centre”). A very common plain-words phrase shown as a hint is matched only as written. No check rewords block quotes, quotations, numbered lists quoted from an Act or principles, reference lists, list items that cite a document, link text that names another document, or words inside the capitalised name of a role, team, product or body.',
    '',
    '| check | what it looks for | entries | default severity |',
    '|---|---|---|---|',
  ];
  const sections = checks.map((check) => check.catalogue?.({ dictionaries: d, simplify }) ?? { entries: 0, lines: [] });
  checks.forEach((check, i) => {
    out.push(`| [${check.id}](#check-${check.id}) | ${esc(check.description)} | ${sections[i]!.entries} | ${check.defaultSeverity} |`);
  });
  out.push('');
  checks.forEach((check, i) => out.push(...checkHeading(check), ...sections[i]!.lines));
  return `${out.join('\n')}\n`;
}
