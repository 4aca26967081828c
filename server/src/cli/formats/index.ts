/**
 * The output formats of `plain-ig check`, by name.
 */
import type { OutputFormat } from '../args.ts';
import { formatGithub, type GithubOptions } from './github.ts';
import { formatJson } from './json.ts';
import type { RunReport } from './report.ts';
import { formatSarif } from './sarif.ts';
import { formatStylish } from './stylish.ts';
import { formatJunit } from './junit.ts';

/**
 * Formats a run's results. `color` applies to stylish only; `cwd` is the folder
 * SARIF paths are relative to; `github` says what GitHub annotates.
 */
export function formatReport(format: OutputFormat, report: RunReport, options: { color: boolean; cwd: string; github?: GithubOptions }): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, options.cwd);
    case 'github':
      return formatGithub(report, options.github);
    case 'junit':
      return formatJunit(report);
    case 'stylish':
      return formatStylish(report, options);
  }
}
