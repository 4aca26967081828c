/**
 * `--format github`: GitHub Actions workflow commands, which annotate the
 * changed lines of a pull request. Word documents have no lines, so their
 * annotations name the file and quote the paragraph instead.
 */
import type { Severity } from '../../core/types.ts';
import { fullRuleId, plural, summarise, type RunReport } from './report.ts';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes the message of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The workflow commands of a run, one line per finding and per unreadable file. */
export function formatGithub(report: RunReport): string {
  const lines: string[] = [];
  for (const result of report.results) {
    for (const f of result.findings) {
      const where =
        f.paragraph === undefined
          ? `,line=${f.start.line},col=${f.start.column},endLine=${f.end.line},endColumn=${f.end.column}`
          : '';
      const title = `Plain IG ${fullRuleId(f)}`;
      const message = f.paragraph === undefined ? `${f.message} ${f.note}` : `${f.page === undefined ? 'Paragraph' : `Page ${f.page}, paragraph`} ${f.paragraph} (“${f.quote}”): ${f.message} ${f.note}`;
      lines.push(`::${COMMAND[f.severity]} file=${escapeProperty(result.path)}${where},title=${escapeProperty(title)}::${escapeData(message.trim())}`);
    }
  }
  for (const error of report.errors) {
    lines.push(`::error file=${escapeProperty(error.path)},title=Plain IG could not check this file::${escapeData(`${error.path} ${error.message}`)}`);
  }
  const s = summarise(report);
  lines.push(`Plain IG: ${plural(s.findings, 'finding')} in ${plural(s.files, 'file')}.`);
  return `${lines.join('\n')}\n`;
}
