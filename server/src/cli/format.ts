/**
 * Output formats of `plain-ig check`.
 */
import pc from 'picocolors';
import { CHECK_IDS, SEVERITIES, type Finding } from '../core/types.ts';

/** One checked file and its findings. */
export interface FileReport {
  path: string;
  findings: Finding[];
  words: number;
}

/** Counts per check, per severity and per file. */
export function summarise(reports: readonly FileReport[]) {
  const byCheck = Object.fromEntries(CHECK_IDS.map((id) => [id, 0])) as Record<string, number>;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<string, number>;
  const byFile: Record<string, number> = {};
  let words = 0;
  for (const report of reports) {
    byFile[report.path] = report.findings.length;
    words += report.words;
    for (const finding of report.findings) {
      byCheck[finding.check] = (byCheck[finding.check] ?? 0) + 1;
      bySeverity[finding.severity] = (bySeverity[finding.severity] ?? 0) + 1;
    }
  }
  const findings = reports.reduce((sum, report) => sum + report.findings.length, 0);
  return { files: reports.length, words, findings, byCheck, bySeverity, byFile };
}

/** The JSON shape (version 1). */
export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify({ version: 1, files: reports.map(({ path, findings, words }) => ({ path, words, findings })), summary: summarise(reports) }, null, 2)}\n`;
}

/** Human-readable output grouped by file, coloured only when asked. */
export function formatStylish(reports: readonly FileReport[], options: { color: boolean }): string {
  const c = pc.createColors(options.color);
  const paint: Record<string, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan, hint: c.dim };
  const lines: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    lines.push(c.underline(report.path));
    for (const f of report.findings) {
      const where = `${f.start.line}:${f.start.column}`.padEnd(8);
      lines.push(`  ${c.dim(where)}${(paint[f.severity] ?? String)(f.severity.padEnd(8))}${f.message}  ${c.dim(`${f.check}/${f.ruleId}`)}`);
    }
    lines.push('');
  }
  const s = summarise(reports);
  const parts = SEVERITIES.filter((sev) => (s.bySeverity[sev] ?? 0) > 0).map((sev) => `${s.bySeverity[sev]} ${sev}`);
  lines.push(
    s.findings === 0
      ? c.green(`No problems found in ${s.files} file${s.files === 1 ? '' : 's'} (${s.words} words).`)
      : `${s.findings} finding${s.findings === 1 ? '' : 's'} (${parts.join(', ')}) in ${s.files} file${s.files === 1 ? '' : 's'} (${s.words} words).`,
  );
  return `${lines.join('\n')}\n`;
}
