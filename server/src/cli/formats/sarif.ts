/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF
 * viewers. Each rule that has findings is listed with its help text and help
 * URI. Word documents have no line numbers: there, `startLine` is the
 * paragraph number (counting paragraphs with text), and the result's
 * properties say so and carry the quoted sentence.
 */
import { createHash } from 'node:crypto';
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import packageJson from '../../../../package.json' with { type: 'json' };
import type { Severity } from '../../core/types.ts';
import type { ReportedFinding } from '../check-file.ts';
import { CHECK_TITLES, fullRuleId, type RunReport } from './report.ts';

/** The SARIF schema the output follows. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A relative path as a URI reference (forward slashes, each segment percent-encoded). */
export function pathToUri(path: string): string {
  return path
    .split(sep)
    .join('/')
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
}

function ruleOf(finding: ReportedFinding) {
  const title = CHECK_TITLES[finding.check] ?? finding.check;
  const alternatives =
    finding.fixKind === 'none'
      ? ''
      : finding.fixKind === 'insert'
        ? `A suggested paragraph to add: ‘${finding.expected[0] ?? ''}’`
        : finding.fixKind === 'reframe'
          ? `A suggested rewording: ${finding.expected.map((e) => `‘${e}’`).join(' or ')}`
          : finding.expected.length === 0
          ? 'Remove it.'
          : `Try: ${finding.expected.map((e) => `‘${e}’`).join(' or ')}.`;
  return {
    id: fullRuleId(finding),
    name: `${finding.check}-${finding.ruleId}`.replace(/-([a-z0-9])/g, (_, ch: string) => ch.toUpperCase()),
    shortDescription: { text: `${title}: ‘${finding.actual}’` },
    fullDescription: { text: finding.note || finding.message },
    help: {
      text: `${finding.note} ${alternatives}`.replace(/\s+/g, ' ').trim(),
      markdown: `${finding.note}\n\n${alternatives}\n\n[About this rule](${finding.url})`,
    },
    helpUri: finding.url,
    defaultConfiguration: { level: LEVEL[finding.severity] },
    properties: { tags: ['plain-language', finding.check], precision: 'high' },
  };
}

function fingerprint(path: string, finding: ReportedFinding, context: string): string {
  return createHash('sha256').update(`${path}\u0000${fullRuleId(finding)}\u0000${context}`).digest('hex').slice(0, 32);
}

/** The SARIF output. */
export function formatSarif(report: RunReport, cwd: string = process.cwd()): string {
  const rules: Array<ReturnType<typeof ruleOf>> = [];
  const ruleIndex = new Map<string, number>();
  const results: object[] = [];
  for (const file of report.results) {
    const uri = pathToUri(file.path);
    file.findings.forEach((finding, i) => {
      const id = fullRuleId(finding);
      let index = ruleIndex.get(id);
      if (index === undefined) {
        index = rules.push(ruleOf(finding)) - 1;
        ruleIndex.set(id, index);
      }
      const inWord = finding.paragraph !== undefined;
      const region = inWord
        ? { startLine: finding.paragraph, snippet: { text: finding.quote ?? finding.actual } }
        : {
            startLine: finding.start.line,
            startColumn: finding.start.column,
            endLine: finding.end.line,
            endColumn: finding.end.column,
            snippet: { text: finding.actual },
          };
      results.push({
        ruleId: id,
        ruleIndex: index,
        level: LEVEL[finding.severity],
        message: { text: inWord ? `${finding.message} (${finding.page === undefined ? '' : `page ${finding.page}, `}paragraph ${finding.paragraph}: “${finding.quote}”)` : finding.message },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region } }],
        partialFingerprints: { 'plainIgContext/v1': fingerprint(file.path, finding, file.contexts[i] ?? '') },
        properties: {
          severity: finding.severity,
          actual: finding.actual,
          expected: finding.expected,
          fixKind: finding.fixKind,
          safe: finding.safe,
          ...(inWord ? { paragraph: finding.paragraph, ...(finding.page === undefined ? {} : { page: finding.page }), quote: finding.quote, lineMeans: 'paragraph number in the Word or PDF document (counting paragraphs with text)' } : {}),
        },
      });
    });
  }
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Plain IG',
            informationUri: 'https://github.com/plain-ig/plain-ig',
            version: packageJson.version,
            semanticVersion: packageJson.version,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((error) => ({
              level: 'error',
              message: { text: `${error.path} ${error.message}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(error.path), uriBaseId: '%SRCROOT%' } } }],
            })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
