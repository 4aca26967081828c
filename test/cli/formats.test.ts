/**
 * Every output format against the fixture library: JSON shape and summary,
 * SARIF validated against the SARIF 2.1.0 schema, GitHub workflow commands and
 * JUnit XML parsed back, stylish grouped by file with a summary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIBRARY, ROOT, runMain, type RunOutput } from './helpers.ts';

interface JsonFinding {
  check: string;
  ruleId: string;
  severity: string;
  message: string;
  start: { line: number; column: number; offset: number };
  end: { line: number; column: number; offset: number };
  url: string;
}
interface JsonOutput {
  version: number;
  files: Array<{ path: string; words: number; findings: JsonFinding[] }>;
  summary: { files: number; findings: number; byCheck: Record<string, number>; bySeverity: Record<string, number>; byFile: Record<string, number> };
}

const outputs: Record<string, RunOutput> = {};
let json: JsonOutput;

beforeAll(async () => {
  for (const format of ['json', 'sarif', 'github', 'junit', 'stylish']) {
    outputs[format] = await runMain(['check', '.', '--format', format], { cwd: LIBRARY });
  }
  outputs['github-all'] = await runMain(['check', '.', '--format', 'github', '--annotate-all', '--max-annotations', '1000'], { cwd: LIBRARY });
  json = JSON.parse(outputs['json']!.stdout) as JsonOutput;
});

describe('json', () => {
  it('lists every checked file in order, leaving out ignored folders', () => {
    expect(json.version).toBe(1);
    expect(json.files.map((file) => file.path)).toEqual(['clean.md', 'notice.txt', 'policy.md', 'sub/annual-report.md']);
  });

  it('gives each finding the full message contract', () => {
    const finding = json.files.find((file) => file.path === 'policy.md')!.findings.find((f) => f.ruleId === 'leverage')!;
    expect(finding).toMatchObject({ check: 'jargon', severity: 'warning', actual: 'leverage', start: { line: 3, column: 9, offset: 38 } });
    expect(finding.url).toMatch(/^https:\/\//);
    expect(Object.keys(finding)).toEqual(expect.arrayContaining(['check', 'ruleId', 'severity', 'message', 'note', 'actual', 'expected', 'fixKind', 'safe', 'start', 'end', 'url']));
  });

  it('counts findings per check, per severity and per file', () => {
    const all = json.files.flatMap((file) => file.findings);
    expect(json.summary.findings).toBe(all.length);
    for (const check of new Set(all.map((f) => f.check))) expect(json.summary.byCheck[check]).toBe(all.filter((f) => f.check === check).length);
    for (const severity of ['error', 'warning', 'info', 'hint']) expect(json.summary.bySeverity[severity]).toBe(all.filter((f) => f.severity === severity).length);
    expect(json.summary.byFile).toEqual(Object.fromEntries(json.files.map((file) => [file.path, file.findings.length])));
    expect(json.summary.byFile['clean.md']).toBe(0);
  });

  it('uses the nearest config file for each file', () => {
    const sub = json.files.find((file) => file.path === 'sub/annual-report.md')!.findings;
    const top = json.files.find((file) => file.path === 'policy.md')!.findings;
    expect(sub.find((f) => f.ruleId === 'ig-toolkit')?.severity).toBe('error');
    expect(top.find((f) => f.ruleId === 'ig-toolkit')?.severity).toBe('warning');
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/cli/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // The schema uses four formats; ajv-formats is not a dependency, so each is checked here.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/') && !/\s/.test(value));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  const validate = ajv.compile(schema);

  it('is valid against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(outputs['sarif']!.stdout) as unknown;
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check catches a broken log (it is really checking)', () => {
    const log = JSON.parse(outputs['sarif']!.stdout) as { runs: Array<{ results: Array<{ level: string }> }> };
    log.runs[0]!.results[0]!.level = 'severe';
    expect(validate(log)).toBe(false);
  });

  it('lists each rule once, with a help URI, and points every result at its rule and place', () => {
    const log = JSON.parse(outputs['sarif']!.stdout) as {
      runs: Array<{
        tool: { driver: { name: string; rules: Array<{ id: string; helpUri: string; help: { text: string } }> } };
        results: Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }>;
      }>;
    };
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('Plain IG');
    const ids = run.tool.driver.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(rule.help.text.length).toBeGreaterThan(10);
    }
    expect(run.results.length).toBe(json.summary.findings);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    const leverage = run.results.find((result) => result.ruleId === 'jargon/leverage')!;
    expect(leverage.level).toBe('warning');
    expect(leverage.locations[0]!.physicalLocation.artifactLocation.uri).toBe('policy.md');
    expect(leverage.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 9 });
  });
});

/** Parses `::level key=value,...::message` back, undoing the escaping. */
function parseWorkflowCommand(line: string): { level: string; props: Record<string, string>; message: string } | undefined {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) return undefined;
  const unescape = (text: string): string => text.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const props = Object.fromEntries(match[2]!.split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]));
  return { level: match[1]!, props, message: unescape(match[3]!) };
}

describe('github', () => {
  const commandsOf = (text: string) => text.split('\n').map(parseWorkflowCommand).filter((c) => c !== undefined);

  it('annotates warnings and errors only by default, and says how many findings are left to the job summary', () => {
    const commands = commandsOf(outputs['github']!.stdout);
    const all = json.files.flatMap((file) => file.findings);
    const wanted = all.filter((f) => f.severity === 'warning' || f.severity === 'error');
    expect(wanted.length).toBeGreaterThan(0);
    expect(wanted.length).toBeLessThan(all.length);
    expect(commands).toHaveLength(wanted.length);
    expect(commands.every((c) => c.level === 'warning' || c.level === 'error')).toBe(true);
    expect(outputs['github']!.stdout).toContain(
      `Plain IG: ${all.length} findings in ${json.files.length} files. ${wanted.length} annotations shown; ${all.length - wanted.length} other findings are counted in the job summary.`,
    );
  });

  it('annotates at most --max-annotations per file, most serious first', async () => {
    const one = commandsOf((await runMain(['check', '.', '--format', 'github', '--max-annotations', '1'], { cwd: LIBRARY })).stdout);
    const withWarnings = json.files.filter((file) => file.findings.some((f) => f.severity === 'warning' || f.severity === 'error'));
    expect(one.map((c) => c.props['file'])).toEqual(withWarnings.map((file) => file.path));
    // sub/annual-report.md has an error and warnings: the error is the one annotated.
    expect(one.find((c) => c.props['file'] === 'sub/annual-report.md')!.level).toBe('error');
  });

  it('rejects --annotate-all and --max-annotations without --format github', async () => {
    const run = await runMain(['check', '.', '--annotate-all'], { cwd: LIBRARY });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('plain-ig: --annotate-all only works with --format github\n');
  });

  it('writes a Markdown job summary to the file GitHub names, with counts per check and the top findings', async () => {
    const { main } = await import('../../server/src/main.ts');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'plain-ig-summary-')), 'summary.md');
    const sink = { write: () => true } as unknown as NodeJS.WritableStream;
    const code = await main(['check', '.', '--format', 'github'], sink, sink, { cwd: LIBRARY, env: { GITHUB_STEP_SUMMARY: file } });
    expect(code).toBe(1);
    const summary = readFileSync(file, 'utf8');
    const all = json.files.flatMap((f) => f.findings);
    expect(summary).toContain(`## Plain IG\n\n${all.length} findings in ${json.files.length} files`);
    // A column for each severity found (this library has no hints), and the checks in the order
    // that matters for sharing: risk-averse wording, then jargon, then the rest.
    expect(summary).toContain('| Check | Errors | Warnings | Info | All |');
    const rows = [...summary.matchAll(/^\| ([A-Z][A-Za-z -]+?) \| \d/gm)].map((m) => m[1]);
    expect(rows.slice(0, 3)).toEqual(['Risk-averse wording', 'IT jargon', 'Outdated name']);
    const jargon = all.filter((f) => f.check === 'jargon').length;
    expect(summary).toMatch(new RegExp(`\\| IT jargon \\|[^\\n]*\\| ${jargon} \\|`));
    // The first finding listed is the one error.
    expect(summary).toMatch(/\| Where \| Severity \| Finding \|\n\| --- \| --- \| --- \|\n\| sub\/annual-report\.md:\d+ \| error \|/);
  });

  it('with --annotate-all, has one workflow command per finding that parses back to the same place and message', () => {
    const commands = commandsOf(outputs['github-all']!.stdout);
    const all = json.files.flatMap((file) => file.findings.map((finding) => ({ path: file.path, finding })));
    expect(commands).toHaveLength(all.length);
    commands.forEach((command, i) => {
      const { path, finding } = all[i]!;
      expect(command.level).toBe({ error: 'error', warning: 'warning', info: 'notice', hint: 'notice' }[finding.severity]);
      expect(command.props).toMatchObject({
        file: path,
        line: String(finding.start.line),
        col: String(finding.start.column),
        endLine: String(finding.end.line),
        endColumn: String(finding.end.column),
        title: `Plain IG ${finding.check}/${finding.ruleId}`,
      });
      expect(command.message.startsWith(finding.message)).toBe(true);
    });
  });

  it('escapes commas, colons, percent signs and new lines', async () => {
    const { formatGithub } = await import('../../server/src/cli/formats/github.ts');
    const text = formatGithub({
      results: [],
      errors: [{ path: 'odd, name: 100%.md', message: 'does not exist\nreally' }],
      failOn: 'error',
      baselined: undefined,
      fixesApplied: undefined,
    });
    const command = parseWorkflowCommand(text.split('\n')[0]!)!;
    expect(command.props['file']).toBe('odd, name: 100%.md');
    expect(command.message).toBe('odd, name: 100%.md does not exist\nreally');
  });
});

describe('junit', () => {
  it('is well-formed XML with one test case per file, failing files with findings at or above --fail-on', () => {
    const xml = outputs['junit']!.stdout;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(xml) as {
      testsuites: { tests: string; failures: string; testsuite: { testcase: Array<{ name: string; failure?: { message: string; '#text': string }; 'system-out'?: string }> } };
    };
    const cases = parsed.testsuites.testsuite.testcase;
    expect(cases.map((c) => c.name)).toEqual(json.files.map((file) => file.path));
    // Only sub/annual-report.md has an error-level finding (its config makes outdated names errors).
    expect(cases.filter((c) => c.failure).map((c) => c.name)).toEqual(['sub/annual-report.md']);
    expect(parsed.testsuites.failures).toBe('1');
    expect(cases.find((c) => c.name === 'policy.md')!['system-out']).toContain('jargon/leverage');
    expect(cases.find((c) => c.name === 'sub/annual-report.md')!.failure!['#text']).toContain('outdated/ig-toolkit');
  });

  it('with --fail-on warning, files with warnings fail too', async () => {
    const { stdout } = await runMain(['check', '.', '--format', 'junit', '--fail-on', 'warning'], { cwd: LIBRARY });
    const failed = [...stdout.matchAll(/<testcase[^>]*name="([^"]+)"[^>]*>\s*<failure/g)].map((m) => m[1]);
    expect(failed).toEqual(['policy.md', 'sub/annual-report.md']);
  });
});

describe('stylish', () => {
  it('groups findings by file and ends with a summary, without colour when not on a terminal', () => {
    const text = outputs['stylish']!.stdout;
    expect(text).not.toMatch(/\u001b\[/);
    expect(text).toMatch(/^policy\.md\n {2}3:9 +warning +‘leverage’ is a buzzword/m);
    expect(text).not.toContain('clean.md');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^\d+ findings \(1 error, \d+ warning, \d+ info\) in 4 files \(\d+ words\)\.$/);
  });
});

describe('--output', () => {
  it('writes the report to a file and nothing to the screen', async () => {
    const { tempDir } = await import('./helpers.ts');
    const file = join(tempDir(), 'report.sarif');
    const run = await runMain(['check', '.', '--format', 'sarif', '--output', file], { cwd: LIBRARY });
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(outputs['sarif']!.stdout);
  });
});
