/**
 * `--format junit`: JUnit XML for test-report viewers, one test case per
 * file. A file fails when it has findings at or above `--fail-on`; findings
 * below that level are listed in the test case's output. A file that could not
 * be read is an error.
 */
import { fullRuleId, failsAt, summarise, type RunReport } from './report.ts';
import type { ReportedFinding } from '../check-file.ts';

/** Escapes text for XML content and attribute values (and drops characters XML 1.0 forbids). */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function line(path: string, f: ReportedFinding): string {
  const where = f.paragraph === undefined ? `${f.start.line}:${f.start.column}` : `${f.page === undefined ? '' : `page ${f.page}, `}paragraph ${f.paragraph}`;
  return `${path}:${where} ${f.severity} ${f.message} (${fullRuleId(f)})${f.quote ? ` “${f.quote}”` : ''}`;
}

/** The JUnit XML of a run. */
export function formatJunit(report: RunReport): string {
  const s = summarise(report);
  const cases: string[] = [];
  let failures = 0;
  for (const result of report.results) {
    const failing = result.findings.filter((f) => failsAt(f, report.failOn));
    const others = result.findings.filter((f) => !failsAt(f, report.failOn));
    const name = escapeXml(result.path);
    let body = '';
    if (failing.length > 0) {
      failures++;
      const message = `${failing.length} finding${failing.length === 1 ? '' : 's'} at or above ${report.failOn}`;
      body += `\n      <failure message="${escapeXml(message)}" type="plain-ig">${escapeXml(failing.map((f) => line(result.path, f)).join('\n'))}</failure>`;
    }
    if (others.length > 0) body += `\n      <system-out>${escapeXml(others.map((f) => line(result.path, f)).join('\n'))}</system-out>`;
    cases.push(`    <testcase classname="plain-ig" name="${name}" file="${name}" time="0">${body}${body ? '\n    ' : ''}</testcase>`);
  }
  for (const error of report.errors) {
    const name = escapeXml(error.path);
    cases.push(`    <testcase classname="plain-ig" name="${name}" file="${name}" time="0">\n      <error message="${escapeXml(error.message)}" type="input"/>\n    </testcase>`);
  }
  const tests = report.results.length + report.errors.length;
  const attrs = `tests="${tests}" failures="${failures}" errors="${report.errors.length}" skipped="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="Plain IG" ${attrs}>`,
    `  <testsuite name="Plain IG (${s.findings} finding${s.findings === 1 ? '' : 's'})" ${attrs}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
