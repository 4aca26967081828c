/**
 * Every severity reaches every machine format at exactly its own level:
 * SARIF (result level and the rule's default level), GitHub workflow commands
 * and JUnit (failure or output, by `--fail-on`). One finding per severity, so
 * mapping any level to its neighbour fails a test.
 */
import { describe, expect, it } from 'vitest';
import type { FileResult, ReportedFinding } from '../../server/src/cli/check-file.ts';
import { annotated, formatGithub, formatGithubSummary, SUMMARY_FINDINGS } from '../../server/src/cli/formats/github.ts';
import { formatJunit } from '../../server/src/cli/formats/junit.ts';
import type { RunReport } from '../../server/src/cli/formats/report.ts';
import { formatReport } from '../../server/src/cli/formats/index.ts';
import { failsAt, plural, summarise } from '../../server/src/cli/formats/report.ts';
import { formatSarif, pathToUri } from '../../server/src/cli/formats/sarif.ts';
import { formatStylish } from '../../server/src/cli/formats/stylish.ts';
import type { Severity } from '../../server/src/core/types.ts';

const point = (line: number, column: number, offset: number) => ({ line, column, offset });

/** One finding per severity, each on its own line, each its own rule. */
function findingAt(severity: Severity, line: number): ReportedFinding {
  return {
    check: 'jargon',
    ruleId: `rule-${severity}`,
    severity,
    message: `Message for ${severity}.`,
    note: `Note for ${severity}.`,
    actual: `word${line}`,
    expected: [`plain${line}`],
    fixKind: 'replace',
    safe: true,
    start: point(line, 3, line * 10),
    end: point(line, 8, line * 10 + 5),
    url: `https://example.org/rules/${severity}`,
  };
}

const SEVERITY_LIST: Severity[] = ['error', 'warning', 'info', 'hint'];

function reportOf(failOn: Severity): RunReport {
  const result: FileResult = {
    index: 0,
    path: 'policy.md',
    kind: 'markdown',
    findings: SEVERITY_LIST.map((severity, i) => findingAt(severity, i + 1)),
    contexts: SEVERITY_LIST.map((severity) => `context ${severity}`),
    words: 40,
    fixesApplied: 0,
  };
  return { results: [result], errors: [], failOn, baselined: undefined, fixesApplied: undefined };
}

describe('severity levels in every format', () => {
  it('SARIF: error → error, warning → warning, info → note, hint → note (results and rules)', () => {
    const log = JSON.parse(formatSarif(reportOf('warning'), '/tmp')) as {
      runs: Array<{ results: Array<{ ruleId: string; level: string }>; tool: { driver: { rules: Array<{ id: string; defaultConfiguration: { level: string } }> } } }>;
    };
    const run = log.runs[0]!;
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['jargon/rule-error', 'error'],
      ['jargon/rule-warning', 'warning'],
      ['jargon/rule-info', 'note'],
      ['jargon/rule-hint', 'note'],
    ]);
    expect(run.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration.level])).toEqual([
      ['jargon/rule-error', 'error'],
      ['jargon/rule-warning', 'warning'],
      ['jargon/rule-info', 'note'],
      ['jargon/rule-hint', 'note'],
    ]);
  });

  it('GitHub: error → ::error, warning → ::warning, info and hint → ::notice, each on its own line and column', () => {
    // `all`: info and hint are annotated too (by default only warnings and errors are).
    const lines = formatGithub(reportOf('warning'), { all: true }).trimEnd().split('\n');
    expect(lines.slice(0, 4).map((line) => line.slice(0, line.indexOf(' file=')))).toEqual(['::error', '::warning', '::notice', '::notice']);
    expect(lines[0]).toContain('file=policy.md,line=1,col=3,endLine=1,endColumn=8,title=Plain IG jargon/rule-error::Message for error. Note for error.');
    expect(lines[3]).toContain('line=4,col=3,endLine=4,endColumn=8,title=Plain IG jargon/rule-hint::');
    expect(lines[4]).toBe('Plain IG: 4 findings in 1 file.');
  });

  it.each([
    ['error', ['error'], ['warning', 'info', 'hint']],
    ['warning', ['error', 'warning'], ['info', 'hint']],
    ['info', ['error', 'warning', 'info'], ['hint']],
    ['hint', ['error', 'warning', 'info', 'hint'], []],
  ] as Array<[Severity, Severity[], Severity[]]>)('JUnit with --fail-on %s: failures %j, output %j', (failOn, failing, others) => {
    const xml = formatJunit(reportOf(failOn));
    const failure = /<failure message="([^"]*)" type="plain-ig">([^<]*)<\/failure>/.exec(xml);
    const output = /<system-out>([^<]*)<\/system-out>/.exec(xml);
    const levels = (body: string | undefined): string[] => (body ?? '').split('\n').filter(Boolean).map((line) => line.split(' ')[1]!);
    expect(failure?.[1]).toBe(`${failing.length} finding${failing.length === 1 ? '' : 's'} at or above ${failOn}`);
    expect(levels(failure?.[2])).toEqual(failing);
    expect(levels(output?.[1])).toEqual(others);
    expect(xml).toContain('tests="1" failures="1" errors="0" skipped="0"');
    // Each line names its place and rule.
    expect(failure?.[2].split('\n')[0]).toBe('policy.md:1:3 error Message for error. (jargon/rule-error)');
  });
});

describe('exact output for a small report (every line, so any change to the format shows)', () => {
  /** One Markdown file with two findings, one Word file with a paragraph finding, one unreadable file. */
  function smallReport(failOn: Severity): RunReport {
    const md: FileResult = {
      index: 0,
      path: 'a & b.md',
      kind: 'markdown',
      findings: [findingAt('error', 2), { ...findingAt('hint', 3), message: 'Say <it> "plainly" & \'kindly\'.' }],
      contexts: ['', ''],
      words: 10,
      fixesApplied: 0,
    };
    const docx: FileResult = {
      index: 1,
      path: 'policy.docx',
      kind: 'docx',
      findings: [{ ...findingAt('warning', 1), paragraph: 4, quote: 'We word1 here.' }],
      contexts: [''],
      words: 5,
      fixesApplied: 0,
    };
    return { results: [md, docx], errors: [{ path: 'gone.md', message: 'does not exist' }], failOn, baselined: undefined, fixesApplied: undefined };
  }

  it('stylish: grouped by file, a Word finding by paragraph and quote, then the counts and the unread file', () => {
    expect(formatStylish(smallReport('warning'), { color: false })).toBe(
      [
        'a & b.md',
        '  2:3     error   Message for error.  jargon/rule-error',
        '  3:3     hint    Say <it> "plainly" & \'kindly\'.  jargon/rule-hint',
        '',
        'policy.docx',
        '  ¶4      warning Message for warning.  jargon/rule-warning',
        '                  “We word1 here.”',
        '',
        '3 findings (1 error, 1 warning, 1 hint) in 2 files (15 words).',
        '1 file could not be checked (see the messages above).',
        '',
      ].join('\n'),
    );
  });

  it('stylish: a PDF finding gives its page, and colour only when asked', () => {
    const pdf: FileResult = {
      index: 0, path: 'notice.pdf', kind: 'pdf', findings: [{ ...findingAt('info', 1), paragraph: 2, page: 3 }], contexts: [''], words: 1, fixesApplied: 0,
    };
    const report: RunReport = { results: [pdf], errors: [], failOn: 'error', baselined: undefined, fixesApplied: undefined };
    const plain = formatStylish(report, { color: false });
    expect(plain.split('\n')[1]).toBe('  p3 ¶2   info    Message for info.  jargon/rule-info');
    expect(plain).toContain('1 finding (1 info) in 1 file (1 word).');
    expect(plain).not.toContain('\u001b[');
    const coloured = formatStylish(report, { color: true });
    expect(coloured).toContain('\u001b[36minfo    \u001b[39m');
    expect(coloured).toContain('\u001b[4mnotice.pdf\u001b[24m');
  });

  it('stylish: the closing line says whether anything could be checked, and counts baselined and fixed findings', () => {
    const clean: FileResult = { index: 0, path: 'clean.md', kind: 'markdown', findings: [], contexts: [], words: 1200, fixesApplied: 0 };
    const base = { failOn: 'error' as const, baselined: undefined, fixesApplied: undefined };
    expect(formatStylish({ ...base, results: [clean], errors: [] }, { color: false })).toBe('No problems found in 1 file (1,200 words).\n');
    expect(formatStylish({ ...base, results: [clean], errors: [{ path: 'x', message: 'm' }] }, { color: false })).toBe(
      'Nothing found in 1 file (1,200 words), but 1 file could not be checked (see the messages above).\n',
    );
    expect(formatStylish({ ...base, results: [], errors: [{ path: 'x', message: 'm' }, { path: 'y', message: 'm' }] }, { color: false })).toBe(
      'Nothing was checked: 2 files could not be checked (see the messages above).\n',
    );
    expect(formatStylish({ ...base, results: [clean], errors: [], baselined: 1, fixesApplied: 1 }, { color: false })).toBe(
      'No problems found in 1 file (1,200 words).\n1 finding already in the baseline was not shown.\n1 safe fix applied.\n',
    );
    expect(formatStylish({ ...base, results: [clean], errors: [], baselined: 2, fixesApplied: 1500 }, { color: false })).toBe(
      'No problems found in 1 file (1,200 words).\n2 findings already in the baseline were not shown.\n1,500 safe fixes applied.\n',
    );
    // Nothing baselined or fixed: no line about either.
    expect(formatStylish({ ...base, results: [clean], errors: [], baselined: 0, fixesApplied: 0 }, { color: false })).toBe('No problems found in 1 file (1,200 words).\n');
  });

  it('JSON: version 1, each file with its words and findings, the errors only when there are some, and the summary', () => {
    const data = JSON.parse(formatReport('json', smallReport('warning'), { color: false, cwd: '/tmp' })) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['version', 'files', 'errors', 'summary']);
    expect(data.version).toBe(1);
    expect(data.errors).toEqual([{ path: 'gone.md', message: 'does not exist' }]);
    expect((data.files as Array<{ path: string; words: number; findings: unknown[] }>).map((f) => [f.path, f.words, f.findings.length])).toEqual([['a & b.md', 10, 2], ['policy.docx', 5, 1]]);
    expect(data.summary).toEqual(summarise(smallReport('warning')));
    const clean = JSON.parse(formatReport('json', { results: [], errors: [], failOn: 'error', baselined: undefined, fixesApplied: undefined }, { color: false, cwd: '/tmp' })) as Record<string, unknown>;
    expect(Object.keys(clean)).toEqual(['version', 'files', 'summary']);
  });

  it('every format by its name', () => {
    const report = smallReport('warning');
    expect(formatReport('sarif', report, { color: false, cwd: '/tmp' })).toBe(formatSarif(report, '/tmp'));
    expect(formatReport('junit', report, { color: false, cwd: '/tmp' })).toBe(formatJunit(report));
    expect(formatReport('github', report, { color: false, cwd: '/tmp', github: { all: true } })).toBe(formatGithub(report, { all: true }));
    expect(formatReport('stylish', report, { color: false, cwd: '/tmp' })).toBe(formatStylish(report, { color: false }));
  });

  it('the summary counts per check, severity and file, with baseline and fixes only when asked', () => {
    const summary = summarise(smallReport('warning'));
    expect(summary).toEqual({
      files: 2,
      words: 15,
      findings: 3,
      byCheck: { jargon: 3, risk: 0, 'plain-words': 0, acronym: 0, outdated: 0, trust: 0, leadership: 0 },
      bySeverity: { error: 1, warning: 1, info: 0, hint: 1 },
      byFile: { 'a & b.md': 2, 'policy.docx': 1 },
      errors: 1,
    });
    expect(summarise({ ...smallReport('warning'), baselined: 0, fixesApplied: 0 })).toMatchObject({ baselined: 0, fixesApplied: 0 });
  });

  it('fails at the level asked and above, and counts in words', () => {
    expect(SEVERITY_LIST.map((s) => failsAt({ severity: s }, 'warning'))).toEqual([true, true, false, false]);
    expect(SEVERITY_LIST.map((s) => failsAt({ severity: s }, 'hint'))).toEqual([true, true, true, true]);
    expect(SEVERITY_LIST.map((s) => failsAt({ severity: s }, 'error'))).toEqual([true, false, false, false]);
    expect([plural(0, 'file'), plural(1, 'file'), plural(2, 'file'), plural(12345, 'word')]).toEqual(['0 files', '1 file', '2 files', '12,345 words']);
  });

  it('JUnit', () => {
    expect(formatJunit(smallReport('warning'))).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="Plain IG" tests="3" failures="2" errors="1" skipped="0">',
        '  <testsuite name="Plain IG (3 findings)" tests="3" failures="2" errors="1" skipped="0">',
        '    <testcase classname="plain-ig" name="a &amp; b.md" file="a &amp; b.md" time="0">',
        '      <failure message="1 finding at or above warning" type="plain-ig">a &amp; b.md:2:3 error Message for error. (jargon/rule-error)</failure>',
        '      <system-out>a &amp; b.md:3:3 hint Say &lt;it&gt; &quot;plainly&quot; &amp; &apos;kindly&apos;. (jargon/rule-hint)</system-out>',
        '    </testcase>',
        '    <testcase classname="plain-ig" name="policy.docx" file="policy.docx" time="0">',
        '      <failure message="1 finding at or above warning" type="plain-ig">policy.docx:paragraph 4 warning Message for warning. (jargon/rule-warning) “We word1 here.”</failure>',
        '    </testcase>',
        '    <testcase classname="plain-ig" name="gone.md" file="gone.md" time="0">',
        '      <error message="does not exist" type="input"/>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('JUnit: a PDF finding gives its page and paragraph', () => {
    const pdf: FileResult = { index: 0, path: 'n.pdf', kind: 'pdf', findings: [{ ...findingAt('error', 1), paragraph: 2, page: 3, quote: 'Q.' }], contexts: [''], words: 1, fixesApplied: 0 };
    expect(formatJunit({ results: [pdf], errors: [], failOn: 'error', baselined: undefined, fixesApplied: undefined })).toContain('>n.pdf:page 3, paragraph 2 error Message for error. (jargon/rule-error) “Q.”</failure>');
  });

  it('JUnit: a clean file is an empty test case; one finding is "1 finding"; control characters are dropped', () => {
    const clean: FileResult = { index: 0, path: 'ok.md', kind: 'markdown', findings: [], contexts: [], words: 3, fixesApplied: 0 };
    const one: FileResult = { ...clean, path: 'x\u0007.md', findings: [findingAt('error', 1)], contexts: [''] };
    const xml = formatJunit({ results: [clean, one], errors: [], failOn: 'error', baselined: undefined, fixesApplied: undefined });
    expect(xml).toContain('  <testsuite name="Plain IG (1 finding)" tests="2" failures="1" errors="0" skipped="0">\n');
    expect(xml).toContain('\n    <testcase classname="plain-ig" name="ok.md" file="ok.md" time="0"></testcase>\n');
    expect(xml).toContain('<testcase classname="plain-ig" name="x.md" file="x.md" time="0">');
  });

  it('GitHub', () => {
    expect(formatGithub(smallReport('warning'), { all: true })).toBe(
      [
        '::error file=a & b.md,line=2,col=3,endLine=2,endColumn=8,title=Plain IG jargon/rule-error::Message for error. Note for error.',
        '::notice file=a & b.md,line=3,col=3,endLine=3,endColumn=8,title=Plain IG jargon/rule-hint::Say <it> "plainly" & \'kindly\'. Note for hint.',
        '::warning file=policy.docx,title=Plain IG jargon/rule-warning::Paragraph 4 (“We word1 here.”): Message for warning. Note for warning.',
        '::error file=gone.md,title=Plain IG could not check this file::gone.md does not exist',
        'Plain IG: 3 findings in 2 files. 1 file could not be checked.',
        '',
      ].join('\n'),
    );
  });

  it('GitHub: percent signs, line breaks, commas and colons are escaped', () => {
    const odd: FileResult = { index: 0, path: 'a,b:c.md', kind: 'markdown', findings: [{ ...findingAt('info', 1), message: '100%\r\ndone', note: '' }], contexts: [''], words: 1, fixesApplied: 0 };
    const [line] = formatGithub({ results: [odd], errors: [], failOn: 'error', baselined: undefined, fixesApplied: undefined }, { all: true }).split('\n');
    expect(line).toBe('::notice file=a%2Cb%3Ac.md,line=1,col=3,endLine=1,endColumn=8,title=Plain IG jargon/rule-info::100%25%0D%0Adone');
  });
});

describe('SARIF: places, Word paragraphs, unreadable files and fingerprints', () => {
  type Sarif = {
    runs: Array<{
      results: Array<{ ruleId: string; ruleIndex: number; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, unknown> } }>; partialFingerprints: Record<string, string>; properties: Record<string, unknown> }>;
      tool: { driver: { rules: Array<{ id: string; name: string; shortDescription: { text: string }; help: { text: string } }> } };
      invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; message: { text: string }; locations: unknown[] }> }>;
      originalUriBaseIds: Record<string, { uri: string }>;
    }>;
  };
  const md: FileResult = { index: 0, path: 'dir/a b.md', kind: 'markdown', findings: [findingAt('warning', 2)], contexts: ['the words around'], words: 9, fixesApplied: 0 };
  const docx: FileResult = { index: 1, path: 'p.docx', kind: 'docx', findings: [{ ...findingAt('info', 1), paragraph: 7, quote: 'We word1 here.' }], contexts: [''], words: 4, fixesApplied: 0 };
  const report = (errors: RunReport['errors']): RunReport => ({ results: [md, docx], errors, failOn: 'error', baselined: undefined, fixesApplied: undefined });
  const parse = (r: RunReport) => (JSON.parse(formatSarif(r, '/work/space')) as Sarif).runs[0]!;

  it('a text finding has its line and column range; a Word finding its paragraph and quote', () => {
    const run = parse(report([]));
    expect(run.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'dir/a%20b.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 8, snippet: { text: 'word2' } },
    });
    expect(run.results[1]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 7, snippet: { text: 'We word1 here.' } });
    expect(run.results[1]!.message.text).toBe('Message for info. (paragraph 7: “We word1 here.”)');
    expect(run.results[1]!.properties).toMatchObject({ paragraph: 7, quote: 'We word1 here.', severity: 'info', safe: true, fixKind: 'replace' });
    expect(run.results[0]!.properties).not.toHaveProperty('paragraph');
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe('file:///work/space/');
  });

  it('rules are listed once each, with a readable name and the alternatives in the help', () => {
    const run = parse(report([]));
    expect(run.tool.driver.rules.map((rule) => [rule.id, rule.name])).toEqual([
      ['jargon/rule-warning', 'jargonRuleWarning'],
      ['jargon/rule-info', 'jargonRuleInfo'],
    ]);
    expect(run.tool.driver.rules[0]!.shortDescription.text).toBe('IT jargon: ‘word2’');
    expect(run.tool.driver.rules[0]!.help.text).toBe('Note for warning. Try: ‘plain2’.');
    expect(run.results.map((result) => result.ruleIndex)).toEqual([0, 1]);
  });

  it('each kind of fix has its own help: alternatives, removal, a paragraph, a rewording, nothing', () => {
    const kinds: Array<Partial<ReportedFinding>> = [
      { ruleId: 'two', fixKind: 'replace', expected: ['use', 'apply'] },
      { ruleId: 'remove', fixKind: 'replace', expected: [] },
      { ruleId: 'insert', fixKind: 'insert', expected: ['Ask the DPO.'] },
      { ruleId: 'reframe', fixKind: 'reframe', expected: ['Share it safely.'] },
      { ruleId: 'none', fixKind: 'none', expected: [], note: '' },
    ];
    const file: FileResult = { ...md, findings: kinds.map((k) => ({ ...findingAt('warning', 2), ...k })), contexts: kinds.map(() => '') };
    const rules = parse({ ...report([]), results: [file] }).tool.driver.rules as unknown as Array<{ help: { text: string; markdown: string }; fullDescription: { text: string }; properties: unknown }>;
    expect(rules.map((rule) => rule.help.text)).toEqual([
      'Note for warning. Try: ‘use’ or ‘apply’.',
      'Note for warning. Remove it.',
      'Note for warning. A suggested paragraph to add: ‘Ask the DPO.’',
      'Note for warning. A suggested rewording: ‘Share it safely.’',
      '',
    ]);
    expect(rules[1]!.help.markdown).toBe('Note for warning.\n\nRemove it.\n\n[About this rule](https://example.org/rules/warning)');
    // No note: the message describes the rule.
    expect(rules[4]!.fullDescription.text).toBe('Message for warning.');
    expect(rules[0]!.fullDescription.text).toBe('Note for warning.');
    expect(rules[0]!.properties).toEqual({ tags: ['plain-language', 'jargon'], precision: 'high' });
  });

  it('a PDF finding names its page and paragraph; paths keep "." and ".." and encode the rest', () => {
    const pdf: FileResult = { ...docx, path: '../out/a b#1.pdf', findings: [{ ...findingAt('info', 1), paragraph: 2, page: 5, quote: 'Q.' }], contexts: [''] };
    const run = parse({ ...report([]), results: [pdf] });
    expect(run.results[0]!.message.text).toBe('Message for info. (page 5, paragraph 2: “Q.”)');
    expect(run.results[0]!.properties).toMatchObject({ page: 5, paragraph: 2, lineMeans: 'paragraph number in the Word or PDF document (counting paragraphs with text)' });
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('../out/a%20b%231.pdf');
    expect(pathToUri('./a/b c')).toBe('./a/b%20c');
  });

  it('the log names the tool and its version, and a rule used twice is listed once', () => {
    const twice: FileResult = { ...md, findings: [findingAt('warning', 2), findingAt('warning', 5)], contexts: ['', ''] };
    const log = JSON.parse(formatSarif({ ...report([]), results: [twice] }, '/work/space')) as {
      $schema: string; version: string;
      runs: Array<{ columnKind: string; tool: { driver: { name: string; informationUri: string; version: string; semanticVersion: string; rules: unknown[] } }; results: Array<{ ruleIndex: number }> }>;
    };
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run!.columnKind).toBe('utf16CodeUnits');
    expect(run!.tool.driver).toMatchObject({ name: 'Plain IG', informationUri: 'https://github.com/plain-ig/plain-ig' });
    expect(run!.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(run!.tool.driver.semanticVersion).toBe(run!.tool.driver.version);
    expect(run!.tool.driver.rules).toHaveLength(1);
    expect(run!.results.map((r) => r.ruleIndex)).toEqual([0, 0]);
  });

  it('a Word finding has no page, and a paragraph with nothing to add has empty help after its note', () => {
    const run = parse(report([]));
    expect(run.results[1]!.properties).not.toHaveProperty('page');
    expect(run.results[1]!.message.text).toBe('Message for info. (paragraph 7: “We word1 here.”)');
    const empty: FileResult = { ...md, findings: [{ ...findingAt('warning', 2), fixKind: 'insert', expected: [] }], contexts: [''] };
    const rules = parse({ ...report([]), results: [empty] }).tool.driver.rules as unknown as Array<{ help: { text: string } }>;
    expect(rules[0]!.help.text).toBe('Note for warning. A suggested paragraph to add: ‘’');
  });

  it('fingerprints depend on the file, the rule and the words around, not on the line', () => {
    const first = parse(report([])).results[0]!.partialFingerprints['plainIgContext/v1']!;
    const moved = parse({ ...report([]), results: [{ ...md, findings: [findingAt('warning', 9)] }, docx] }).results[0]!.partialFingerprints['plainIgContext/v1'];
    const otherContext = parse({ ...report([]), results: [{ ...md, contexts: ['other words'] }, docx] }).results[0]!.partialFingerprints['plainIgContext/v1'];
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(moved).toBe(first);
    expect(otherContext).not.toBe(first);
  });

  it('an unreadable file makes the run unsuccessful, with an error notification naming it', () => {
    expect(parse(report([])).invocations[0]).toEqual({ executionSuccessful: true, toolExecutionNotifications: [] });
    const invocation = parse(report([{ path: 'gone.md', message: 'does not exist' }])).invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: 'gone.md does not exist' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'gone.md', uriBaseId: '%SRCROOT%' } } }] },
    ]);
  });
});

describe('GitHub: which findings are annotated, and the job summary', () => {
  const at = (severity: Severity, line: number, check: ReportedFinding['check'] = 'jargon'): ReportedFinding => ({ ...findingAt(severity, line), check });
  const fileOf = (path: string, findings: ReportedFinding[], extra: Partial<FileResult> = {}): FileResult => ({
    index: 0, path, kind: 'markdown', findings, contexts: findings.map(() => ''), words: 100, fixesApplied: 0, ...extra,
  });

  it('annotates the most serious findings first up to the limit, then shows them in document order', () => {
    const findings = [at('warning', 1), at('hint', 2), at('error', 3), at('warning', 4), at('info', 5), at('error', 6)];
    expect(annotated(findings).map((f) => f.start.line)).toEqual([1, 3, 4, 6]);
    expect(annotated(findings, { maxPerFile: 3 }).map((f) => f.start.line)).toEqual([1, 3, 6]);
    expect(annotated(findings, { all: true, maxPerFile: 5 }).map((f) => f.start.line)).toEqual([1, 3, 4, 5, 6]);
    expect(annotated(findings, { all: true, maxPerFile: 0 })).toEqual([]);
    const many = Array.from({ length: 12 }, (_, i) => at('warning', i + 1));
    expect(annotated(many)).toHaveLength(10);
  });

  it('a PDF finding names its page and paragraph; the closing line counts what was not annotated', () => {
    const pdf = fileOf('n.pdf', [{ ...at('warning', 1), paragraph: 2, page: 3, quote: 'We word1.' }, at('info', 2)], { kind: 'pdf' });
    const lines = formatGithub({ results: [pdf], errors: [], failOn: 'error', baselined: undefined, fixesApplied: undefined }).trimEnd().split('\n');
    expect(lines).toEqual([
      '::warning file=n.pdf,title=Plain IG jargon/rule-warning::Page 3, paragraph 2 (“We word1.”): Message for warning. Note for warning.',
      'Plain IG: 2 findings in 1 file. 1 annotation shown; 1 other finding is counted in the job summary.',
    ]);
  });

  it('the job summary: counts per check and severity (risk first), the most serious findings, and what was not checked', () => {
    const findings = [
      at('warning', 1, 'jargon'), at('warning', 2, 'risk'), at('hint', 3, 'plain-words'), at('error', 4, 'acronym'),
      { ...at('warning', 5, 'jargon'), message: 'A | pipe\nand a break.' },
    ];
    const docx = fileOf('p.docx', [{ ...at('hint', 1, 'outdated'), paragraph: 9 }], { kind: 'docx', words: 20 });
    const summary = formatGithubSummary({ results: [fileOf('a.md', findings), docx], errors: [{ path: 'x|y.md', message: 'is not readable' }], failOn: 'error', baselined: undefined, fixesApplied: undefined });
    expect(summary).toBe(
      [
        '## Plain IG',
        '',
        '6 findings in 2 files (120 words). **1 file could not be checked.**',
        '',
        '| Check | Errors | Warnings | Hints | All |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| Risk-averse wording | 0 | 1 | 0 | 1 |',
        '| IT jargon | 0 | 2 | 0 | 2 |',
        '| Outdated name | 0 | 0 | 1 | 1 |',
        '| Undefined acronym | 1 | 0 | 0 | 1 |',
        '| Wordy phrase | 0 | 0 | 1 | 1 |',
        '',
        '### Findings',
        '',
        '| Where | Severity | Finding |',
        '| --- | --- | --- |',
        '| a.md:4 | error | Message for error. |',
        '| a.md:2 | warning | Message for warning. |',
        '| a.md:1 | warning | Message for warning. |',
        '| a.md:5 | warning | A \\| pipe and a break. |',
        '| a.md:3 | hint | Message for hint. |',
        '| p.docx, paragraph 9 | hint | Message for hint. |',
        '',
        '### Not checked',
        '',
        '- x\\|y.md: is not readable',
        '',
        '',
      ].join('\n'),
    );
  });

  it('the job summary lists only the most serious when there are more, and nothing but the count when clean', () => {
    const many = Array.from({ length: SUMMARY_FINDINGS + 2 }, (_, i) => at(i === 11 ? 'error' : 'info', i + 1));
    const summary = formatGithubSummary({ results: [fileOf('a.md', many)], errors: [], failOn: 'error', baselined: undefined, fixesApplied: undefined });
    expect(summary).toContain(`### The ${SUMMARY_FINDINGS} most serious findings`);
    expect(summary).toContain('| --- | --- | --- |\n| a.md:12 | error |');
    expect(summary.match(/^\| a\.md:/gm)).toHaveLength(SUMMARY_FINDINGS);
    const clean = formatGithubSummary({ results: [fileOf('a.md', [])], errors: [], failOn: 'error', baselined: undefined, fixesApplied: undefined });
    expect(clean).toBe('## Plain IG\n\n0 findings in 1 file (100 words).\n\n');
  });
});

describe('GitHub and the summary: orders and wording the tests above leave open', () => {
  const at = (severity: Severity, line: number, check: ReportedFinding['check'] = 'jargon'): ReportedFinding => ({ ...findingAt(severity, line), check });
  const fileOf = (path: string, findings: ReportedFinding[]): FileResult => ({ index: 0, path, kind: 'markdown', findings, contexts: findings.map(() => ''), words: 100, fixesApplied: 0 });
  const run = (...results: FileResult[]): RunReport => ({ results, errors: [], failOn: 'error', baselined: undefined, fixesApplied: undefined });

  it('keeps the earliest findings when more of one severity than the limit', () => {
    const many = Array.from({ length: 12 }, (_, i) => at('warning', i + 1));
    expect(annotated(many).map((f) => f.start.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(annotated([...many].reverse(), { maxPerFile: 3 }).map((f) => f.start.line)).toEqual([1, 2, 3]);
  });

  it('says "are" when two or more findings are not annotated', () => {
    const findings = [at('warning', 1), at('info', 2), at('hint', 3)];
    expect(formatGithub(run(fileOf('a.md', findings))).trimEnd().split('\n').at(-1)).toBe(
      'Plain IG: 3 findings in 1 file. 1 annotation shown; 2 other findings are counted in the job summary.',
    );
  });

  it('puts risk-averse wording first among findings of one severity, wherever it stands', () => {
    const order = (findings: ReportedFinding[]): string[] =>
      formatGithubSummary(run(fileOf('a.md', findings)))
        .split('\n')
        .filter((line) => line.startsWith('| a.md:'))
        .map((line) => line.split(' | ')[0]!.slice(2));
    expect(order([at('warning', 1, 'jargon'), at('warning', 2, 'risk')])).toEqual(['a.md:2', 'a.md:1']);
    expect(order([at('warning', 1, 'risk'), at('warning', 2, 'jargon')])).toEqual(['a.md:1', 'a.md:2']);
    expect(order([at('warning', 1, 'jargon'), at('warning', 2, 'trust'), at('warning', 3, 'risk'), at('error', 4, 'jargon')])).toEqual(['a.md:4', 'a.md:3', 'a.md:1', 'a.md:2']);
    // Past the length where the sort stops inserting one by one and merges runs.
    const long = Array.from({ length: 80 }, (_, i) => at('warning', i + 1, i % 3 === 2 ? 'risk' : 'jargon'));
    const risks = long.filter((f) => f.check === 'risk').map((f) => `a.md:${f.start.line}`);
    expect(order(long)).toEqual(risks.slice(0, SUMMARY_FINDINGS));
  });

  it('leaves baselined and fixed counts out of the summary altogether when not asked', () => {
    const summary = summarise(run(fileOf('a.md', [at('warning', 1)])));
    expect('baselined' in summary).toBe(false);
    expect('fixesApplied' in summary).toBe(false);
  });
});
