/**
 * The rule catalogue (docs/rules.md), rendered from the dictionaries. Every
 * finding's `url` points at an anchor here (`#check-ruleid`).
 */
import { UNKNOWN_ACRONYM_RULE } from '../checks/acronym.ts';
import { CHECKS } from '../checks/registry.ts';
import type { Dictionaries } from './dictionary-types.ts';
import { CHECK_IDS, type CheckId } from './types.ts';
import { DEFAULT_SEVERITY } from './settings.ts';

const esc = (text: string): string => text.replace(/\|/g, '\\|').replace(/</g, '&lt;');
const list = (items: readonly string[]): string => items.map((item) => `“${esc(item)}”`).join(', ');

function heading(check: CheckId, id: string, title: string): string {
  return `<a id="${check}-${id}"></a>\n#### ${esc(title)}\n`;
}

/** One retext-simplify phrase, as its package describes it. */
export interface SimplifyPattern {
  replace: string[];
  omit?: boolean;
}

/**
 * Renders the whole catalogue as Markdown.
 * @param simplify retext-simplify's phrase list (read from the package), so every plain-words rule has an anchor
 */
export function renderCatalogue(d: Dictionaries, simplify: Record<string, SimplifyPattern> = {}): string {
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
  const counts: Record<CheckId, number> = {
    jargon: d.jargon.entries.length,
    risk: d.risk.entries.length,
    'plain-words': d['plain-words'].entries.length,
    acronym: d.acronym.entries.length,
    outdated: d.outdated.entries.length,
  };
  for (const id of CHECK_IDS) {
    out.push(`| [${id}](#check-${id}) | ${esc(CHECKS[id].description)} | ${counts[id]} | ${DEFAULT_SEVERITY[id]} |`);
  }
  out.push('');

  out.push('<a id="check-jargon"></a>', '## IT jargon (`jargon`)', '', CHECKS.jargon.description, '');
  const categories = [...new Set(d.jargon.entries.map((e) => e.category ?? 'other'))];
  for (const category of categories) {
    out.push(`### ${category}`, '');
    for (const e of d.jargon.entries.filter((x) => (x.category ?? 'other') === category)) {
      out.push(heading('jargon', e.id, e.phrases[0] ?? e.id));
      out.push(`- Matches: ${list(e.phrases)}${e.caseSensitive ? ' (exact case)' : ''}${e.context ? `, only near: ${e.context.join(', ')}` : ''}`);
      if (e.action === 'explain') out.push(`- Keep the term and explain it on first use: “${esc(e.gloss ?? '')}”`);
      else out.push(`- Instead: ${list(e.alternatives ?? [])}`);
      out.push(`- Why: ${esc(e.reason)}`);
      if (e.audience) out.push(`- Flagged only for audience: ${e.audience}`);
      out.push('');
    }
  }

  out.push('<a id="check-risk"></a>', '## Risk-averse wording (`risk`)', '', CHECKS.risk.description, '');
  out.push('Suggested wording is always a suggestion: it is never applied automatically.', '');
  for (const e of d.risk.entries) {
    out.push(heading('risk', e.id, e.patterns[0] ?? e.id));
    out.push(`- Kind: ${e.kind ?? 'wording'}`);
    out.push(`- Patterns: ${e.patterns.map((p) => `\`${p}\``).join(', ')}`);
    out.push(`- Suggested wording: ${esc(e.reframe)}`);
    out.push(`- Why: ${esc(e.reason)}`);
    const evidence = (e.evidence ?? []).map((key) => d.risk.evidence?.[key]).filter((x) => x !== undefined);
    if (evidence.length > 0) out.push(`- Evidence: ${evidence.map((x) => `[${esc(x.title)}](${x.url})${x.nations ? ` (${x.nations.join(', ')})` : ''}`).join('; ')}`);
    out.push('');
  }
  out.push('<a id="risk-support-statement"></a>', '### Pattern macros', '');
  for (const [name, values] of Object.entries(d.risk.macros ?? {})) out.push(`- \`{${name}}\`: ${values.join(', ')}`);
  out.push('');

  out.push('<a id="check-plain-words"></a>', '## Plain words (`plain-words`)', '', CHECKS['plain-words'].description, '');
  out.push('The word list is the `retext-simplify` package (MIT). Plain IG changes these entries:', '');
  for (const e of d['plain-words'].entries) {
    out.push(heading('plain-words', e.id, e.phrase));
    const what = e.action === 'off' ? 'Not flagged' : e.action === 'quiet' ? 'Shown as a hint only' : `Instead: ${list(e.alternatives ?? [])}`;
    out.push(`- ${what}. ${esc(e.reason)}`, '');
  }
  const adjusted = new Set(d['plain-words'].entries.map((e) => e.id));
  const phrases = Object.keys(simplify).filter((phrase) => !adjusted.has(phrase.replace(/\s+/g, '-').toLowerCase()));
  if (phrases.length > 0) {
    out.push('### The rest of the retext-simplify list', '', 'Used as the package gives them:', '');
    for (const phrase of phrases) {
      const p = simplify[phrase]!;
      const id = phrase.replace(/\s+/g, '-').toLowerCase();
      const instead = p.replace.length > 0 ? `instead: ${list(p.replace)}` : '';
      out.push(`<a id="plain-words-${id}"></a>`, `- **${esc(phrase)}**: ${[instead, p.omit ? 'or leave it out' : ''].filter(Boolean).join(', ')}`);
    }
    out.push('');
  }

  out.push('<a id="check-acronym"></a>', '## Acronyms (`acronym`)', '', CHECKS.acronym.description, '');
  out.push(`Need no expansion: ${(d.acronym.wellKnown ?? []).join(', ')}.`, '');
  out.push(heading('acronym', UNKNOWN_ACRONYM_RULE, 'Any other acronym'));
  out.push(
    '- Any acronym or initialism not listed below (capitals, perhaps with digits, “&” or “/” inside: ZTNA, PBKDF2, S/MIME, IM&T) that the document does not define is flagged at its first use, with no fix: only the writer knows what it stands for.',
    '- Defined means spelled out before the brackets (“zero trust network access (ZTNA)”), inside them (“ZTNA (zero trust network access)”), or listed in a section headed Glossary, Abbreviations, Acronyms or Definitions.',
    '- Never flagged: the acronyms above that need no expansion, Roman numerals, units (MB, GHz), code, words written in capitals for emphasis (NOT, CONFIDENTIAL), headings and sentences written all in capitals, and anything the allow list names.',
    '',
  );
  for (const e of d.acronym.entries) {
    out.push(heading('acronym', e.id, e.acronym));
    out.push(`- ${e.expansions.length > 1 ? 'Can mean' : 'Means'}: ${list(e.expansions)}${e.note ? `. ${esc(e.note)}` : ''}`, '');
  }

  out.push('<a id="check-outdated"></a>', '## Outdated names (`outdated`)', '', CHECKS.outdated.description, '');
  for (const e of d.outdated.entries) {
    out.push(heading('outdated', e.id, e.phrases[0] ?? e.id));
    out.push(`- Matches: ${list(e.phrases)}`);
    out.push(`- Now: ${e.current.length > 0 ? list(e.current) : 'no direct successor'} (since ${esc(e.changed)})`);
    out.push(`- Why: ${esc(e.reason)}`, '');
  }
  return `${out.join('\n')}\n`;
}
