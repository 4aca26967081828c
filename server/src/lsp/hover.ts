/**
 * Hover on a flagged span: what it is, why it matters to the reader, the
 * alternatives, the evidence (for risk wording), and a link to the catalogue.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { CHECKS } from '../checks/registry.ts';
import { quote } from '../core/check-api.ts';
import type { Finding } from '../core/types.ts';
import { rangeOf, ruleCode } from './diagnostics.ts';

/** Markdown special characters escaped, so dictionary text shows as written. */
function escape(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

function alternativesLine(finding: Finding): string | undefined {
  const list = finding.expected.map((item) => escape(quote(item))).join(' or ');
  switch (finding.fixKind) {
    case 'replace':
      return finding.expected.length === 0 ? '**What to do:** leave it out.' : `**Plainer alternatives:** ${list}`;
    case 'expand':
      return `**Spell it out:** ${list}`;
    case 'explain':
      return `**Keep the term and explain it:** ${list}`;
    case 'reframe':
      return `**Suggested wording** (adapt it to your service):\n\n${finding.expected.map((item) => `> ${escape(item)}`).join('\n>\n')}`;
    case 'insert':
      return `**Suggested paragraph** (fill in the [placeholders]; the light bulb can insert it):\n\n${finding.expected.map((item) => `> ${escape(item)}`).join('\n>\n')}`;
    case 'none':
      return undefined;
  }
}

/** Whether "Fix all" and fix-on-save apply this fix, and why not. */
function safetyLine(finding: Finding): string | undefined {
  if (finding.fixKind === 'none') return undefined;
  if (finding.safe) return '**Fixed by “Fix all”** and on save, when that is switched on.';
  if (finding.unsafeReason) return `**Not fixed by “Fix all”:** ${escape(finding.unsafeReason)}`;
  return undefined;
}

/** The hover text for one finding, as Markdown. */
export function hoverMarkdown(finding: Finding): string {
  const parts = [`**${escape(CHECKS[finding.check].title)}** · \`${ruleCode(finding)}\``, escape(finding.message)];
  if (finding.note) parts.push(`**Why it matters:** ${escape(finding.note)}`);
  const alternatives = alternativesLine(finding);
  if (alternatives) parts.push(alternatives);
  const fixLine = safetyLine(finding);
  if (fixLine) parts.push(fixLine);
  if (finding.evidence && finding.evidence.length > 0) {
    parts.push(['**Evidence:**', ...finding.evidence.map((item) => `- [${escape(item.title)}](${item.url}): ${escape(item.text)}`)].join('\n'));
  }
  parts.push(`[Read about this rule in the catalogue](${finding.url})`);
  return parts.join('\n\n');
}

/**
 * The hover for a position: every finding whose span holds `offset`, the
 * narrowest first (a word inside a flagged sentence comes before the sentence).
 */
export function hoverFor(findings: readonly Finding[], offset: number): Hover | null {
  const here = findings
    .filter((finding) => finding.start.offset <= offset && offset <= finding.end.offset && finding.end.offset > finding.start.offset)
    .sort((a, b) => a.end.offset - a.start.offset - (b.end.offset - b.start.offset));
  const first = here[0];
  if (!first) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: here.map(hoverMarkdown).join('\n\n---\n\n') },
    range: rangeOf(first),
  };
}
