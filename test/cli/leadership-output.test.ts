/**
 * Trust and leadership findings in the command line's outputs: the same finding
 * in JSON, SARIF and the default listing, never touched by --fix.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain, tempDir } from './helpers.ts';

const LEAFLET = join(ROOT, 'examples/care-home-leaflet.md');
const CODE = join(ROOT, 'examples/confidentiality-code.md');

describe('trust and leadership in the CLI', () => {
  it('JSON carries the document-level finding with its form, evidence and suggested paragraph', async () => {
    const out = JSON.parse((await runMain(['check', '--format', 'json', LEAFLET])).stdout) as {
      files: Array<{ findings: Array<{ check: string; ruleId: string; severity: string; start: { line: number; column: number }; fixKind: string; safe: boolean; form?: string; expected: string[]; evidence?: Array<{ url: string }> }> }>;
    };
    const leadership = out.files[0]!.findings.filter((f) => f.check === 'leadership');
    expect(leadership.map((f) => f.ruleId)).toEqual(['shared-with-carers', 'how-to-object', 'contact']);
    const objecting = leadership[1]!;
    expect(objecting).toMatchObject({ severity: 'info', start: { line: 1, column: 3 }, fixKind: 'insert', safe: false, form: 'public-notice' });
    expect(objecting.expected[0]).toMatch(/^You can object to us sharing your information/);
    expect(objecting.evidence?.map((e) => e.url)).toContain('https://www.legislation.gov.uk/eur/2016/679/article/21');
  });

  it('SARIF gives each a note-level result whose help offers the paragraph, and a trust finding no “Remove it”', async () => {
    const log = JSON.parse((await runMain(['check', '--format', 'sarif', LEAFLET, CODE])).stdout) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { text: string } }> } }; results: Array<{ ruleId: string; level: string; properties: { fixKind: string } }> }>;
    };
    const run = log.runs[0]!;
    const contact = run.results.find((r) => r.ruleId === 'leadership/contact')!;
    expect(contact).toMatchObject({ level: 'note', properties: { fixKind: 'insert' } });
    const rule = (id: string) => run.tool.driver.rules.find((r) => r.id === id)!.help.text;
    expect(rule('leadership/contact')).toMatch(/A suggested paragraph to add: ‘If you have questions about how we use your information/);
    expect(rule('trust/approval-without-approver')).not.toMatch(/Remove it/);
  });

  it('the default listing shows the message and the rule id', async () => {
    const { stdout } = await runMain(['check', CODE]);
    expect(stdout).toMatch(/19:200 +info +Say who decides: ‘approval must be sought’ does not say who makes this decision or gives this permission\..*trust\/approval-without-approver/);
  });

  it('--fix never inserts a paragraph or rewrites a trust finding', async () => {
    const dir = tempDir();
    const file = join(dir, 'code.md');
    copyFileSync(CODE, file);
    await runMain(['check', '--fix', file], { cwd: dir });
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('approval must be sought');
    expect(after).toContain('speak to the appropriate person');
    expect(after).not.toContain('[Organisation name]');
  });
});
