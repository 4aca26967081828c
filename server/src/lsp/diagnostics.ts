/**
 * Findings → LSP diagnostics. Each diagnostic keeps its finding in `data`, so
 * code actions and hovers never need to check the document again.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { CheckId, Finding, Severity } from '../core/types.ts';
import { CHECK_IDS } from '../core/types.ts';

/** The `source` of every Plain IG diagnostic. */
export const SOURCE = 'plain-ig';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The LSP range of a finding (its lines and columns are 1-based, LSP's are 0-based). */
export function rangeOf(finding: Finding): Range {
  return {
    start: { line: finding.start.line - 1, character: finding.start.column - 1 },
    end: { line: finding.end.line - 1, character: finding.end.column - 1 },
  };
}

/** The full rule id shown as the diagnostic code: `check/ruleId`, as control comments and the allow list write it. */
export function ruleCode(finding: Pick<Finding, 'check' | 'ruleId'>): string {
  return `${finding.check}/${finding.ruleId}`;
}

/** One finding as a diagnostic: code = rule id, source `plain-ig`, the catalogue link, and the finding in `data`. */
export function toDiagnostic(finding: Finding): Diagnostic {
  return {
    range: rangeOf(finding),
    severity: SEVERITY[finding.severity],
    code: ruleCode(finding),
    codeDescription: { href: finding.url },
    source: SOURCE,
    message: finding.message,
    data: finding,
  };
}

/** A diagnostic about the whole document (it was skipped, or checking it failed). */
export function documentNotice(code: string, message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Warning): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity, code, source: SOURCE, message };
}

/**
 * The finding a diagnostic carries, when it looks like one of ours. Clients
 * send `data` back as they received it, but it is still checked before use.
 */
export function findingOf(diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const data = diagnostic.data as Partial<Finding> | undefined;
  if (!data || typeof data !== 'object') return undefined;
  if (!(CHECK_IDS as readonly string[]).includes(String(data.check)) || typeof data.ruleId !== 'string') return undefined;
  if (typeof data.actual !== 'string' || !Array.isArray(data.expected) || typeof data.fixKind !== 'string') return undefined;
  if (!data.start || !data.end || typeof data.start.offset !== 'number' || typeof data.end.offset !== 'number') return undefined;
  return { ...(data as Finding), check: data.check as CheckId };
}
