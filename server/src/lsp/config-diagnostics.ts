/**
 * What the editor shows in a config file (.plain-ig.yml): the error that
 * stops it being used, or the keys that were ignored.
 */
import { readFileSync } from 'node:fs';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { SOURCE } from './diagnostics.ts';
import type { ConfigReport } from './settings.ts';

/** Diagnostics for a config file: the error that stops it being used, or the keys that were ignored. */
export function configDiagnostics(report: ConfigReport): Diagnostic[] {
  let text = '';
  try {
    text = readFileSync(report.file, 'utf8');
  } catch {
    // Positions fall back to the first line.
  }
  const lineRange = (line: number): Diagnostic['range'] => {
    const length = text.split(/\r?\n/)[line]?.length ?? 0;
    return { start: { line, character: 0 }, end: { line, character: length } };
  };
  if (report.error) {
    return [
      {
        range: lineRange(Math.max(0, (report.error.line ?? 1) - 1)),
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        code: 'config-error',
        message: `Plain IG cannot use this config file: ${report.error.reason}. Until it is fixed, documents are checked with the editor's settings and Plain IG's defaults.`,
      },
    ];
  }
  return report.warnings.map((warning) => ({
    range: lineRange(Math.max(0, (warning.line ?? 1) - 1)),
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    code: 'config-warning',
    message: `Plain IG ignored this: ${warning.message.replace(/\s*\(ignored\)$/, '')}.`,
  }));
}
