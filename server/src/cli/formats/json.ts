/**
 * `--format json` (version 1): every file with its findings, and a summary.
 * Findings in Word documents also have `paragraph` and `quote`.
 */
import { summarise, type RunReport } from './report.ts';

/** The JSON output. */
export function formatJson(report: RunReport): string {
  const data = {
    version: 1,
    files: report.results.map(({ path, words, findings }) => ({ path, words, findings })),
    ...(report.errors.length > 0 ? { errors: report.errors } : {}),
    summary: summarise(report),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
