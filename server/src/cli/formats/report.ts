/**
 * What every output format is given, and the counts they share.
 */
import { SEVERITIES, type Severity } from '../../core/types.ts';
import { CHECK_IDS } from '../../checks/registry.ts';
import type { FileResult, ReportedFinding } from '../check-file.ts';
import type { InputProblem } from '../../sources/inputs.ts';
import { CHECK_LIST } from '../../checks/registry.ts';

/** Everything a run found, ready to be formatted. */
export interface RunReport {
  /** The files that were checked, in order (after the baseline took out known findings). */
  results: FileResult[];
  /** Files and inputs that could not be checked, with a one-line reason each. */
  errors: InputProblem[];
  /** Findings at or above this level fail the run. */
  failOn: Severity;
  /** Findings the baseline absorbed (undefined without `--baseline`). */
  baselined: number | undefined;
  /** Safe fixes applied (undefined without `--fix` or `--fix-dry-run`). */
  fixesApplied: number | undefined;
}

/** The name of one finding of each check (its `titleOne`), for rule titles. */
export const CHECK_TITLES: Record<string, string> = Object.fromEntries(CHECK_LIST.map((check) => [check.id, check.titleOne]));

/** True when a finding is at or above the fail level. */
export function failsAt(finding: { severity: Severity }, failOn: Severity): boolean {
  return SEVERITIES.indexOf(finding.severity) <= SEVERITIES.indexOf(failOn);
}

/** `check/ruleId`: the id formats show and SARIF uses. */
export function fullRuleId(finding: ReportedFinding): string {
  return `${finding.check}/${finding.ruleId}`;
}

/** The summary of a run: counts per check, per severity and per file. */
export interface Summary {
  files: number;
  words: number;
  findings: number;
  byCheck: Record<string, number>;
  bySeverity: Record<string, number>;
  /** Findings in each checked file (files without findings count 0). */
  byFile: Record<string, number>;
  /** Files or inputs that could not be checked. */
  errors: number;
  /** With `--baseline`: findings already in the baseline (not listed). */
  baselined?: number;
  /** With `--fix` or `--fix-dry-run`: safe fixes applied. */
  fixesApplied?: number;
}

/** Counts per check, per severity and per file. */
export function summarise(report: RunReport): Summary {
  const byCheck = Object.fromEntries(CHECK_IDS.map((id) => [id, 0])) as Record<string, number>;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<string, number>;
  const byFile: Record<string, number> = {};
  let words = 0;
  let findings = 0;
  for (const result of report.results) {
    byFile[result.path] = result.findings.length;
    words += result.words;
    findings += result.findings.length;
    for (const finding of result.findings) {
      byCheck[finding.check] = (byCheck[finding.check] ?? 0) + 1;
      bySeverity[finding.severity] = (bySeverity[finding.severity] ?? 0) + 1;
    }
  }
  return {
    files: report.results.length,
    words,
    findings,
    byCheck,
    bySeverity,
    byFile,
    errors: report.errors.length,
    ...(report.baselined === undefined ? {} : { baselined: report.baselined }),
    ...(report.fixesApplied === undefined ? {} : { fixesApplied: report.fixesApplied }),
  };
}

/** "1 file", "2 files". */
export function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-GB')} ${word}${count === 1 ? '' : 's'}`;
}
