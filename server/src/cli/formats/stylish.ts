/**
 * `--format stylish` (the default): findings grouped by file, then a
 * one-line summary. Coloured only when writing to a terminal.
 */
import pc from 'picocolors';
import { SEVERITIES } from '../../core/types.ts';
import { fullRuleId, plural, summarise, type RunReport } from './report.ts';

/** Human-readable output grouped by file. */
export function formatStylish(report: RunReport, options: { color: boolean }): string {
  const c = pc.createColors(options.color);
  const paint: Record<string, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan, hint: c.dim };
  const lines: string[] = [];
  for (const result of report.results) {
    if (result.findings.length === 0) continue;
    lines.push(c.underline(result.path));
    for (const f of result.findings) {
      const where = (f.paragraph === undefined ? `${f.start.line}:${f.start.column}` : `${f.page === undefined ? '' : `p${f.page} `}¶${f.paragraph}`).padEnd(8);
      lines.push(`  ${c.dim(where)}${(paint[f.severity] ?? String)(f.severity.padEnd(8))}${f.message}  ${c.dim(fullRuleId(f))}`);
      if (f.quote) lines.push(`  ${' '.repeat(16)}${c.dim(`“${f.quote}”`)}`);
    }
    lines.push('');
  }
  const s = summarise(report);
  const parts = SEVERITIES.filter((sev) => (s.bySeverity[sev] ?? 0) > 0).map((sev) => `${s.bySeverity[sev]} ${sev}`);
  const where = `in ${plural(s.files, 'file')} (${plural(s.words, 'word')})`;
  const unread = `${plural(s.errors, 'file')} could not be checked (see the messages above)`;
  if (s.findings > 0) lines.push(`${plural(s.findings, 'finding')} (${parts.join(', ')}) ${where}.`);
  // "No problems found" only when every file was read: a file that could not be checked may hold problems.
  else if (s.errors === 0) lines.push(c.green(`No problems found ${where}.`));
  else if (s.files === 0) lines.push(c.red(`Nothing was checked: ${unread}.`));
  else lines.push(`Nothing found ${where}, but ${c.red(unread)}.`);
  if (s.baselined) lines.push(c.dim(`${plural(s.baselined, 'finding')} already in the baseline ${s.baselined === 1 ? 'was' : 'were'} not shown.`));
  if (s.fixesApplied) lines.push(`${s.fixesApplied.toLocaleString('en-GB')} safe fix${s.fixesApplied === 1 ? '' : 'es'} applied.`);
  if (s.errors && s.findings > 0) lines.push(c.red(`${unread}.`));
  return `${lines.join('\n')}\n`;
}
