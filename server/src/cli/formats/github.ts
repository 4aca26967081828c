/**
 * `--format github`: GitHub Actions workflow commands, which annotate the
 * changed lines of a pull request, and a Markdown job summary. A run shows
 * only a few annotations per step, so by default only warnings and errors are
 * annotated, at most {@link DEFAULT_MAX_ANNOTATIONS} per file, most serious
 * first; the job summary counts everything. Word documents have no lines, so
 * their annotations name the file and quote the paragraph instead.
 */
import { CHECK_LIST } from '../../checks/registry.ts';
import { SEVERITIES, type Severity } from '../../core/types.ts';
import type { ReportedFinding } from '../check-file.ts';
import { CHECK_TITLES, fullRuleId, plural, summarise, type RunReport } from './report.ts';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Annotations per file unless `--max-annotations` says otherwise. */
export const DEFAULT_MAX_ANNOTATIONS = 10;

/** Column headings of the job summary. */
const SEVERITY_HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info', hint: 'Hints' };

/** Checks in the job summary: what matters most for sharing first (each check's `report.order`). */
const SUMMARY_ORDER: readonly string[] = [...CHECK_LIST].sort((a, b) => a.report.order - b.report.order).map((check) => check.id);

/** Findings listed in the job summary. */
export const SUMMARY_FINDINGS = 10;

/** What to annotate. */
export interface GithubOptions {
  /** Annotate info and hint findings too. Default: false (warnings and errors only). */
  all?: boolean;
  /** Most annotations per file. Default: {@link DEFAULT_MAX_ANNOTATIONS}. */
  maxPerFile?: number;
}

/** Escapes the message of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const rank = (f: { severity: Severity }): number => SEVERITIES.indexOf(f.severity);

/**
 * The findings of one file that are annotated: warnings and errors (or all),
 * the `maxPerFile` most serious (the earlier first among equals), in document order.
 */
export function annotated(findings: readonly ReportedFinding[], options: GithubOptions = {}): ReportedFinding[] {
  const wanted = options.all ? findings : findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  return [...wanted]
    .sort((a, b) => rank(a) - rank(b) || a.start.offset - b.start.offset)
    .slice(0, options.maxPerFile ?? DEFAULT_MAX_ANNOTATIONS)
    .sort((a, b) => a.start.offset - b.start.offset);
}

function annotation(path: string, f: ReportedFinding): string {
  const where = f.paragraph === undefined ? `,line=${f.start.line},col=${f.start.column},endLine=${f.end.line},endColumn=${f.end.column}` : '';
  const title = `Plain IG ${fullRuleId(f)}`;
  const message = f.paragraph === undefined ? `${f.message} ${f.note}` : `${f.page === undefined ? 'Paragraph' : `Page ${f.page}, paragraph`} ${f.paragraph} (“${f.quote}”): ${f.message} ${f.note}`;
  return `::${COMMAND[f.severity]} file=${escapeProperty(path)}${where},title=${escapeProperty(title)}::${escapeData(message.trim())}`;
}

/** The workflow commands of a run: the annotated findings in file order, one line per unreadable file, and a summary line. */
export function formatGithub(report: RunReport, options: GithubOptions = {}): string {
  const lines: string[] = [];
  let shown = 0;
  for (const result of report.results) {
    for (const f of annotated(result.findings, options)) {
      lines.push(annotation(result.path, f));
      shown++;
    }
  }
  for (const error of report.errors) {
    lines.push(`::error file=${escapeProperty(error.path)},title=Plain IG could not check this file::${escapeData(`${error.path} ${error.message}`)}`);
  }
  const s = summarise(report);
  const hidden = s.findings - shown;
  const rest = hidden > 0 ? ` ${plural(shown, 'annotation')} shown; ${plural(hidden, 'other finding')} ${hidden === 1 ? 'is' : 'are'} counted in the job summary.` : '';
  const unread = s.errors > 0 ? ` ${plural(s.errors, 'file')} could not be checked.` : '';
  lines.push(`Plain IG: ${plural(s.findings, 'finding')} in ${plural(s.files, 'file')}.${rest}${unread}`);
  return `${lines.join('\n')}\n`;
}

const cell = (text: string): string => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/**
 * The Markdown job summary of a run (for the file named in
 * `GITHUB_STEP_SUMMARY`): counts per check and per severity, files that could
 * not be checked, and the most serious findings.
 */
export function formatGithubSummary(report: RunReport): string {
  const s = summarise(report);
  const lines = ['## Plain IG', ''];
  const unread = s.errors > 0 ? ` **${plural(s.errors, 'file')} could not be checked.**` : '';
  lines.push(`${plural(s.findings, 'finding')} in ${plural(s.files, 'file')} (${plural(s.words, 'word')}).${unread}`, '');
  if (s.findings > 0) {
    const severities = SEVERITIES.filter((sev) => (s.bySeverity[sev] ?? 0) > 0);
    lines.push(`| Check | ${severities.map((sev) => SEVERITY_HEADINGS[sev]).join(' | ')} | All |`, `| --- | ${severities.map(() => '---:').join(' | ')} | ---: |`);
    const order = (check: string): number => (SUMMARY_ORDER.includes(check) ? SUMMARY_ORDER.indexOf(check) : SUMMARY_ORDER.length);
    for (const [check, count] of Object.entries(s.byCheck).sort(([a], [b]) => order(a) - order(b))) {
      if (count === 0) continue;
      const per = severities.map((sev) => report.results.reduce((sum, r) => sum + r.findings.filter((f) => f.check === check && f.severity === sev).length, 0));
      lines.push(`| ${CHECK_TITLES[check] ?? check} | ${per.join(' | ')} | ${count} |`);
    }
    lines.push('');
    const all = report.results.flatMap((r) => r.findings.map((f) => ({ path: r.path, f })));
    // Most serious first; risk-averse wording first among equals, since it matters most for sharing.
    const top = all.sort((a, b) => rank(a.f) - rank(b.f) || Number(b.f.check === 'risk') - Number(a.f.check === 'risk')).slice(0, SUMMARY_FINDINGS);
    lines.push(`### ${top.length === all.length ? 'Findings' : `The ${top.length} most serious findings`}`, '', '| Where | Severity | Finding |', '| --- | --- | --- |');
    for (const { path, f } of top) {
      const where = f.paragraph === undefined ? `${path}:${f.start.line}` : `${path}, paragraph ${f.paragraph}`;
      lines.push(`| ${cell(where)} | ${f.severity} | ${cell(f.message)} |`);
    }
    lines.push('');
  }
  if (report.errors.length > 0) lines.push('### Not checked', '', ...report.errors.map((e) => `- ${cell(e.path)}: ${cell(e.message)}`), '');
  return `${lines.join('\n')}\n`;
}
