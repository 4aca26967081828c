/**
 * The output formats of `plain-ig check`, by name.
 */
import type { OutputFormat } from '../args.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import type { RunReport } from './report.ts';
import { formatSarif } from './sarif.ts';
import { formatStylish } from './stylish.ts';
import { formatJunit } from './junit.ts';

/** Formats a run's results. `color` applies to stylish only. */
export function formatReport(format: OutputFormat, report: RunReport, options: { color: boolean }): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'github':
      return formatGithub(report);
    case 'junit':
      return formatJunit(report);
    case 'stylish':
      return formatStylish(report, options);
  }
}
