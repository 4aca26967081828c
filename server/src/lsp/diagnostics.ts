/**
 * Findings → LSP diagnostics. Each diagnostic keeps in `data` what code
 * actions need of its finding and the diagnostic does not already say (see
 * {@link FindingData}), so code actions never need to check the document again.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { CheckId, Finding, Severity } from '../core/types.ts';
import { FIX_KINDS } from '../core/types.ts';
import { CHECK_IDS } from '../checks/registry.ts';
import { keepEncoding } from './encode-message.ts';

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

/**
 * What a diagnostic carries in `data`: the parts of its finding that code
 * actions need and the diagnostic does not already hold. The check, rule,
 * message, severity, link and line/column range are the diagnostic's own
 * `code`, `message`, `severity`, `codeDescription` and `range`; the note,
 * evidence, form and the reason a fix is not safe stay on the server (hovers
 * read its findings; no code action reads them). Every publish sends this for
 * every finding, so it is kept small.
 */
export interface FindingData {
  actual: string;
  expected: string[];
  fixKind: Finding['fixKind'];
  safe: boolean;
  /** Document offsets of the start and end. */
  offsets: [number, number];
}

/** The `data` of a finding's diagnostic (the one writer; {@link findingOf} is the one reader). */
export function findingData(finding: Finding): FindingData {
  return {
    actual: finding.actual,
    expected: finding.expected,
    fixKind: finding.fixKind,
    safe: finding.safe,
    offsets: [finding.start.offset, finding.end.offset],
  };
}

/** One finding as a diagnostic: code = rule id, source `plain-ig`, the catalogue link, and {@link findingData} in `data`. */
export function toDiagnostic(finding: Finding): Diagnostic {
  return {
    range: rangeOf(finding),
    severity: SEVERITY[finding.severity],
    code: ruleCode(finding),
    codeDescription: { href: finding.url },
    source: SOURCE,
    message: finding.message,
    data: findingData(finding),
  };
}

/**
 * The diagnostic made for each finding. The core hands on the same finding
 * object while nothing it says changes (see `core/run.ts`), so a re-check
 * after an edit makes diagnostics only for the findings that are new or moved.
 */
const diagnosticsMade = new WeakMap<Finding, Diagnostic>();

/** {@link toDiagnostic}, made once per finding object and then reused (never change the diagnostic it returns). */
export function diagnosticFor(finding: Finding): Diagnostic {
  let diagnostic = diagnosticsMade.get(finding);
  if (!diagnostic) {
    diagnostic = toDiagnostic(finding);
    diagnosticsMade.set(finding, diagnostic);
    keepEncoding(diagnostic);
  }
  return diagnostic;
}

/**
 * The diagnostics of a document's findings after an edit ({@link diagnosticFor}
 * for each). A finding the core made anew only because the edit shifted its
 * offsets (same line and column, same rule, words and message as one of the
 * previous findings) is marked as such, so its JSON is the previous
 * diagnostic's with new offsets (see `encode-message.ts`).
 * @param findings the findings of this check
 * @param previous the findings of the document's previous check ([] for none)
 */
export function diagnosticsFor(findings: readonly Finding[], previous: readonly Finding[]): Diagnostic[] {
  const diagnostics = new Array<Diagnostic>(findings.length);
  // Both lists are in document order, so the previous findings at a line and column are found by walking both once.
  let at = 0;
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    const made = diagnosticsMade.get(finding);
    if (made) {
      diagnostics[i] = made;
      continue;
    }
    while (at < previous.length && before(previous[at]!, finding)) at++;
    let movedFrom: Diagnostic | undefined;
    for (let j = at; j < previous.length && !before(finding, previous[j]!) && !movedFrom; j++) {
      if (sameButOffsets(previous[j]!, finding)) movedFrom = diagnosticsMade.get(previous[j]!);
    }
    const diagnostic = toDiagnostic(finding);
    diagnosticsMade.set(finding, diagnostic);
    keepEncoding(diagnostic, movedFrom);
    diagnostics[i] = diagnostic;
  }
  return diagnostics;
}

/** True when `a` starts on an earlier line, or earlier on the same line, than `b`. */
const before = (a: Finding, b: Finding): boolean => a.start.line < b.start.line || (a.start.line === b.start.line && a.start.column < b.start.column);

/** True when the two findings' diagnostics differ only in `data.offsets`: every other field {@link toDiagnostic} reads is the same. */
function sameButOffsets(a: Finding, b: Finding): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.column === b.start.column &&
    a.end.line === b.end.line &&
    a.end.column === b.end.column &&
    a.severity === b.severity &&
    a.check === b.check &&
    a.ruleId === b.ruleId &&
    a.url === b.url &&
    a.message === b.message &&
    a.actual === b.actual &&
    a.fixKind === b.fixKind &&
    a.safe === b.safe &&
    (a.expected === b.expected || (a.expected.length === b.expected.length && a.expected.every((text, i) => text === b.expected[i])))
  );
}

/** A diagnostic about the whole document (it was skipped, or checking it failed). */
export function documentNotice(code: string, message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Warning): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity, code, source: SOURCE, message };
}

const SEVERITY_OF: Partial<Record<number, Severity>> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const FIX_KIND_SET: ReadonlySet<string> = new Set(FIX_KINDS);

/**
 * The finding a diagnostic stands for, rebuilt from the diagnostic and its
 * `data` ({@link findingData}), when it looks like one of ours. Clients send
 * `data` back as they received it, but it is still checked before use. The
 * note comes back empty; evidence, form and the unsafe reason are left out.
 */
export function findingOf(diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string') return undefined;
  const slash = diagnostic.code.indexOf('/');
  const check = diagnostic.code.slice(0, slash);
  const ruleId = diagnostic.code.slice(slash + 1);
  if (slash < 0 || !(CHECK_IDS as readonly string[]).includes(check) || !ruleId) return undefined;
  const data = diagnostic.data as Partial<FindingData> | undefined;
  if (!data || typeof data !== 'object') return undefined;
  if (typeof data.actual !== 'string' || !Array.isArray(data.expected) || !data.expected.every((e) => typeof e === 'string')) return undefined;
  if (typeof data.fixKind !== 'string' || !FIX_KIND_SET.has(data.fixKind) || typeof data.safe !== 'boolean') return undefined;
  const offsets = data.offsets;
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((n) => Number.isInteger(n) && n >= 0)) return undefined;
  const { start, end } = diagnostic.range;
  return {
    check: check as CheckId,
    ruleId,
    severity: SEVERITY_OF[diagnostic.severity ?? 2] ?? 'warning',
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    note: '',
    actual: data.actual,
    expected: data.expected,
    fixKind: data.fixKind,
    safe: data.safe,
    start: { line: start.line + 1, column: start.character + 1, offset: offsets[0]! },
    end: { line: end.line + 1, column: end.character + 1, offset: offsets[1]! },
    url: diagnostic.codeDescription?.href ?? '',
  };
}
