/**
 * The rule catalogue (docs/rules.md), rendered from the dictionaries. Every
 * finding's `url` points at an anchor here (`#check-ruleid`).
 */
import { UNKNOWN_ACRONYM_RULE } from '../checks/acronym.ts';
import { CHECKS } from '../checks/registry.ts';
import type { Dictionaries } from '../core/dictionary-types.ts';
import { CHECK_IDS, type CheckId } from '../core/types.ts';
import { DEFAULT_SEVERITY } from '../engine/settings.ts';

const esc = (text: string): string => text.replace(/\|/g, '\\|').replace(/</g, '&lt;');
const list = (items: readonly string[]): string => items.map((item) => `“${esc(item)}”`).join(', ');

/** The heading of a check's section: its one display name, its id and what it looks for. */
function checkHeading(id: CheckId): string[] {
  return [`<a id="check-${id}"></a>`, `## ${CHECKS[id].title} (\`${id}\`)`, '', CHECKS[id].description, ''];
}

function heading(check: CheckId, id: string, title: string): string {
  return `<a id="${check}-${id}"></a>\n#### ${esc(title)}\n`;
}

/** The risk forms (the shapes a risk-averse statement takes), with their wording for each audience and the shape vocabularies. */
function riskForms(d: Dictionaries): string[] {
  const forms = d.risk.forms ?? {};
  const shape = d.risk.shape;
  const out: string[] = [
    '### Forms',
    '',
    'Every risk finding names its form. Besides the entries below, the check recognises a risk-averse statement by its parts,',
    'in any words, tense or voice: a *restriction* (a negation, “only”, “restricted to”, “under no circumstances”) on a',
    '*sharing act* (share, disclose, pass on, release, access, disclosure…) joined to a *gate* (consent or approval as a',
    'precondition), an *absolute* (“in the strictest confidence”), a *sanction* (“may lead to dismissal”) or the *law named',
    'as the barrier*. The vocabularies are lemmas: every inflection counts. A sentence is not flagged when it keeps direct care',
    'open (the care team, implied consent, safeguarding, a lawful basis), limits itself to purposes beyond care (employers,',
    'insurers, relatives, research, marketing), is about credentials or devices, is quoted, or states a genuine legal restriction.',
    '',
  ];
  for (const [form, text] of Object.entries(forms)) {
    if (!text) continue;
    out.push(heading('risk', form, `${form}: ${text.title}`));
    out.push(`- For staff: ${esc(text.message.staff)} Suggested wording: ${esc(text.reframe.staff)}`);
    out.push(`- For the public: ${esc(text.message.public)} Suggested wording: ${esc(text.reframe.public)}`);
    out.push(`- Why: ${esc(text.reason)}`);
    const evidence = (text.evidence ?? []).map((key) => d.risk.evidence?.[key]).filter((x) => x !== undefined);
    if (evidence.length > 0) out.push(`- Evidence: ${evidence.map((x) => `[${esc(x.title)}](${x.url})${x.nations ? ` (${x.nations.join(', ')})` : ''}`).join('; ')}`);
    out.push('');
  }
  if (shape) {
    out.push('#### Shape vocabularies', '', `Lemmas; inflected when compiled: ${(shape.inflect ?? []).join(', ')}.`, '');
    for (const [name, words] of Object.entries(shape.vocab)) out.push(`- \`${name}\`: ${esc((words ?? []).join(', '))}`);
    for (const [name, words] of Object.entries(shape.lift)) out.push(`- lifted by \`${name}\`: ${esc((words ?? []).join(', '))}`);
    out.push('');
  }
  return out;
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
    trust: d.trust.entries.length,
    leadership: d.leadership.entries.length,
  };
  for (const id of CHECK_IDS) {
    out.push(`| [${id}](#check-${id}) | ${esc(CHECKS[id].description)} | ${counts[id]} | ${DEFAULT_SEVERITY[id]} |`);
  }
  out.push('');

  out.push(...checkHeading('jargon'));
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

  out.push(...checkHeading('risk'));
  out.push('Suggested wording is always a suggestion: it is never applied automatically.', '');
  out.push(...riskForms(d));
  out.push('### Entries', '', 'Word patterns with their own suggested wording; when none matches a sentence, the shapes above are looked for.', '');
  for (const e of d.risk.entries) {
    out.push(heading('risk', e.id, e.patterns[0] ?? e.id));
    out.push(`- Form: [${e.form ?? 'other'}](#risk-${e.form ?? 'other'}) · kind: ${e.kind ?? 'wording'}`);
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

  out.push(...checkHeading('plain-words'));
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

  out.push(...checkHeading('acronym'));
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

  out.push(...checkHeading('outdated'));
  for (const e of d.outdated.entries) {
    out.push(heading('outdated', e.id, e.phrases[0] ?? e.id));
    out.push(`- Matches: ${list(e.phrases)}`);
    out.push(`- Now: ${e.current.length > 0 ? list(e.current) : 'no direct successor'} (since ${esc(e.changed)})`);
    out.push(`- Why: ${esc(e.reason)}`, '');
  }

  renderTrust(d, out);
  renderLeadership(d, out);
  return `${out.join('\n')}\n`;
}

function renderTrust(d: Dictionaries, out: string[]): void {
  out.push(...checkHeading('trust'));
  out.push(
    'A finding is lifted when the sentence names a role or team outside the flagged words, when “by …” or “from …” follows them, when the next sentence says who decides, or when the words are written as a name (“the Senior Management Team”).',
    '',
  );
  for (const e of d.trust.entries) {
    out.push(heading('trust', e.id, e.id.replace(/-/g, ' ')));
    out.push(`- Shape: ${e.form === 'vague-owner' ? 'an owner nobody can find (“who exactly?”)' : 'a decision or permission nobody makes (“say who decides”)'}`);
    out.push(`- Patterns: ${e.patterns.map((p) => `\`${p}\``).join(', ')}`);
    if (e.needs) out.push(`- Only when the sentence also has: ${list(e.needs)}`);
    out.push(`- Instead: ${esc(e.suggestion)}`);
    out.push(`- Why: ${esc(e.reason)}`);
    if (e.examples?.hit?.length) out.push(`- For example: ${list(e.examples.hit)}`);
    out.push('');
  }
  out.push('### Roles and teams that lift a finding', '', list(d.trust.actors), '');
  out.push('### Trust pattern macros', '');
  for (const [name, values] of Object.entries(d.trust.macros ?? {})) out.push(`- \`{${name}}\`: ${values.join(', ')}`);
  out.push('');
}

function renderLeadership(d: Dictionaries, out: string[]): void {
  out.push(...checkHeading('leadership'));
  out.push(
    'One finding per missing element, at the first heading (or line 1). A staff policy or a public notice comes from the `audience` setting, or is inferred from the text when it is `auto`. Documents under 150 words, or with fewer than two sentences about information governance, are not judged. Switch an element off with `<!-- plain-ig disable leadership/ID -->` anywhere in the document, or `allow: [leadership/ID]` in `.plain-ig.yml`. The suggested paragraph is never applied automatically.',
    '',
  );
  for (const audience of ['staff', 'public'] as const) {
    out.push(`### ${audience === 'staff' ? 'Staff policy' : 'Public notice'}`, '');
    for (const e of d.leadership.entries.filter((x) => x.audience === audience)) {
      out.push(heading('leadership', e.id, e.title));
      out.push(`- Missing means: ${esc(e.message)}`);
      if (e.patterns.length > 0) out.push(`- Found by: ${e.patterns.map((p) => `\`${p}\``).join(', ')}`);
      for (const group of e.together ?? []) out.push(`- Or one sentence with: ${group.join(' + ')}`);
      for (const group of e.nearby ?? []) out.push(`- Or, close together in one section: ${group.join(' + ')}`);
      if (e.headings) out.push(`- Or a section headed ${list(e.headings)} with: ${(e.sectionNeeds ?? []).join(' + ')}`);
      out.push(`- Suggested paragraph: “${esc(e.paragraph)}”`);
      out.push(`- Why: ${esc(e.reason)}`);
      const evidence = (e.evidence ?? []).map((key) => d.leadership.evidence?.[key]).filter((x) => x !== undefined);
      if (evidence.length > 0) out.push(`- Evidence: ${evidence.map((x) => `[${esc(x.title)}](${x.url})${x.nations ? ` (${x.nations.join(', ')})` : ''}`).join('; ')}`);
      out.push('');
    }
  }
  out.push('### Leadership signals', '');
  for (const [name, signal] of Object.entries(d.leadership.signals)) out.push(`- \`${name}\`: ${signal.patterns.map((p) => `\`${p}\``).join(', ')}`);
  out.push('');
}
