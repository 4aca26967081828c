/**
 * The risk check's part of the rule catalogue (docs/rules.md): the forms a
 * risk-averse statement takes, the shape vocabularies, the entries and the macros.
 */
import { esc, evidenceLines, ruleHeading, type CatalogueInput, type CatalogueSection } from '../../core/catalogue-text.ts';
import type { Dictionaries } from '../../core/dictionary-types.ts';

/** The risk forms, with their wording for each audience and the shape vocabularies. */
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
    out.push(ruleHeading('risk', form, `${form}: ${text.title}`));
    out.push(`- For staff: ${esc(text.message.staff)} Suggested wording: ${esc(text.reframe.staff)}`);
    out.push(`- For the public: ${esc(text.message.public)} Suggested wording: ${esc(text.reframe.public)}`);
    out.push(`- Why: ${esc(text.reason)}`);
    out.push(...evidenceLines(text.evidence, d.risk.evidence));
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

/** The risk check's part of the rule catalogue. */
export function riskCatalogue({ dictionaries: d }: CatalogueInput): CatalogueSection {
  const lines: string[] = ['Suggested wording is always a suggestion: it is never applied automatically.', ''];
  lines.push(...riskForms(d));
  lines.push('### Entries', '', 'Word patterns with their own suggested wording; when none matches a sentence, the shapes above are looked for.', '');
  for (const e of d.risk.entries) {
    lines.push(ruleHeading('risk', e.id, e.patterns[0] ?? e.id));
    lines.push(`- Form: [${e.form ?? 'other'}](#risk-${e.form ?? 'other'}) · kind: ${e.kind ?? 'wording'}`);
    lines.push(`- Patterns: ${e.patterns.map((p) => `\`${p}\``).join(', ')}`);
    lines.push(`- Suggested wording: ${esc(e.reframe)}`);
    lines.push(`- Why: ${esc(e.reason)}`);
    lines.push(...evidenceLines(e.evidence, d.risk.evidence));
    lines.push('');
  }
  lines.push('<a id="risk-support-statement"></a>', '### Pattern macros', '');
  for (const [name, values] of Object.entries(d.risk.macros ?? {})) lines.push(`- \`{${name}}\`: ${values.join(', ')}`);
  lines.push('');
  return { entries: d.risk.entries.length, lines };
}
