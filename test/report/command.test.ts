import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runReport } from '../../server/src/report/command.ts';
import { buildReport } from '../../server/src/report/model.ts';
import { renderHtml } from '../../server/src/report/html.ts';
import { renderMarkdown } from '../../server/src/report/markdown.ts';
import type { CheckedDocument } from '../../server/src/report/collect.ts';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function report(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new Capture();
  const err = new Capture();
  const code = await runReport(argv, out, err);
  return { code, out: out.text, err: err.text };
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'plain-ig-report-'));

describe('plain-ig report: usage and input errors', () => {
  it.each([
    ['no paths', [], /no files or folders given/],
    ['a missing path', ['no-such-folder'], /no-such-folder: no such file or folder/],
    ['an unknown format', ['examples/', '--format', 'pdf'], /unknown format "pdf"/],
    ['an unknown option', ['examples/', '--colour'], /Unknown option/],
    ['a missing baseline', ['examples/', '--compare', 'nowhere.json'], /nowhere.json: baseline file not found/],
    ['a wrong nation', ['examples/', '--nation', 'mars'], /nation must be one of/],
  ])('exits 2 with one line for %s', async (_name, argv, reason) => {
    const { code, err, out } = await report(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(reason);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 when the baseline is not a Plain IG summary', async () => {
    const file = join(tmp(), 'old.json');
    writeFileSync(file, '{"hello": 1}');
    const { code, err } = await report('examples/', '--compare', file);
    expect(code).toBe(2);
    expect(err).toMatch(/not a Plain IG summary/);
  });

  it('prints its help', async () => {
    const { code, out } = await report('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/Usage: plain-ig report/);
  });
});

describe('plain-ig report: output', () => {
  it('lists a binary file as not checked, still writes the report, and exits 0', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'scan.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    writeFileSync(join(dir, 'policy.md'), 'Going forward, we will leverage the data lake.\n');
    const out = join(dir, 'report.html');
    const { code, err } = await report(dir, '--out', out);
    expect(code).toBe(0);
    expect(err).toMatch(/scan\.md not checked: looks like a binary file/);
    expect(err).toContain(`plain-ig: wrote ${out} (1 document, 8 words, 3 findings)`);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/<h2 id="h-skipped">Not checked<\/h2>/);
    expect(html).toMatch(/scan\.md<\/strong>: looks like a binary file/);
  });

  it('checks Word documents too, giving paragraph numbers instead of lines', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const dir = tmp();
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Welcome.'), new Paragraph('We will leverage the data lake.')] }] }));
    writeFileSync(join(dir, 'policy.docx'), bytes);
    writeFileSync(join(dir, 'broken.docx'), 'not a zip');
    const out = join(dir, 'report.html');
    const { code, err } = await report(dir, '--out', out);
    expect(code).toBe(0);
    expect(err).toMatch(/broken\.docx not checked: is not a Word document/);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/Paragraph 2 · <span class="tag tag-jargon">IT jargon<\/span>/);
    expect(html).toContain('We will <mark class="m-jargon">leverage</mark> the data lake.');
  });

  it('writes Markdown for a board paper when --out ends in .md, and a JSON summary', async () => {
    const dir = tmp();
    const { code } = await report('examples/', '--out', join(dir, 'board.md'), '--json', join(dir, 'summary.json'));
    expect(code).toBe(0);
    const markdown = readFileSync(join(dir, 'board.md'), 'utf8');
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(markdown).toMatch(/^## Plain English report: policy library/);
    expect(markdown).toContain(`| 1 | ${summary.files[0].path.replace(/_/g, '\\_')} |`);
    expect(markdown).toContain(`${summary.summary.words.toLocaleString('en-GB')} words`);
    expect(summary.summary.files).toBe(summary.files.length);
  });

  it('compares with the output of check --format json', async () => {
    const dir = tmp();
    const check = spawnSync(process.execPath, ['bin/plain-ig.js', 'check', '--format', 'json', 'examples/'], { encoding: 'utf8' });
    writeFileSync(join(dir, 'check.json'), check.stdout);
    const { code, out } = await report('examples/', '--format', 'markdown', '--compare', join(dir, 'check.json'));
    expect(code).toBe(0);
    expect(out).toMatch(/no change since the last report/);
  });

  it('speaks to a board: Where to start led by risk-averse wording, "last report", formula and packages only under How this was measured', async () => {
    const dir = tmp();
    const check = spawnSync(process.execPath, ['bin/plain-ig.js', 'check', '--format', 'json', 'examples/'], { encoding: 'utf8' });
    writeFileSync(join(dir, 'check.json'), check.stdout);
    const { code, out } = await report('examples/', '--compare', join(dir, 'check.json'));
    expect(code).toBe(0);
    const [main, measured] = out.slice(out.indexOf('<body>')).split('<h2 id="h-measured">');
    expect(measured).toContain('206.835');
    expect(measured).toContain('syllable package');
    expect(main).not.toMatch(/206\.835|package|baseline|Run <code>plain-ig/i);
    expect(main).toContain('Change since the last report');
    const start = main!.slice(main!.indexOf('<h2 id="h-start">'), main!.indexOf('</section>', main!.indexOf('<h2 id="h-start">')));
    const tags = [...start.matchAll(/<span class="tag tag-([a-z-]+)">/g)].map((m) => m[1]);
    expect(tags).toHaveLength(5);
    expect(tags[0]).toBe('risk');
    expect(start.match(/<strong>Suggested wording:<\/strong>/g)).toHaveLength(5);
  });
});

describe('plain-ig report --compare: progress only where the text changed', () => {
  it('counts findings that went away in an edited document, and says a drop in an unedited one comes from the rules', async () => {
    const dir = tmp();
    const edited = join(dir, 'edited.md');
    const unedited = join(dir, 'unedited.md');
    writeFileSync(edited, 'Going forward, we will leverage the data lake.\n');
    writeFileSync(unedited, 'We utilise the portal and the data lake.\n');
    const baseline = join(dir, 'before.json');
    expect((await report(dir, '--json', baseline, '--out', join(dir, 'before.html'))).code).toBe(0);
    // The writer fixes one document; the other is unchanged but a rule is switched off.
    writeFileSync(edited, 'From now on, we will use the data lake.\n');
    writeFileSync(join(dir, '.plain-ig.yml'), 'allow: [utilise]\n');
    const { code, out } = await report(dir, '--format', 'markdown', '--compare', baseline);
    expect(code).toBe(0);
    expect(out).toContain('2 findings went away where the text was changed (by the suggested wording or by the writer).');
    expect(out).toMatch(
      /\n1 finding went away in documents whose text did not change \([^)]*\/unedited\.md\): that drop comes from a change of dictionaries or settings, not from the writing, and is not progress\.\n/,
    );
  });
});

describe('rendering', () => {
  const hostile = '<script>alert(1)</script>';
  const doc: CheckedDocument = {
    kind: 'checked',
    path: `a${hostile}|b.md`,
    words: 100,
    sentences: 5,
    sentenceLengths: [20, 20, 20, 20, 20],
    syllables: 150,
    syllableWords: 100,
    findings: [
      {
        check: 'jargon',
        ruleId: 'x',
        severity: 'warning',
        message: `m${hostile}`,
        note: `n${hostile}`,
        actual: hostile,
        expected: [hostile],
        fixKind: 'replace',
        safe: true,
        start: { line: 1, column: 1, offset: 0 },
        end: { line: 1, column: 1, offset: 0 },
        url: 'https://example.org',
        context: { before: hostile, match: hostile, after: hostile },
        sentence: { start: 0, text: `${hostile} is here.` },
      },
    ],
  };
  const model = buildReport([doc], { title: `T${hostile}` });

  it('escapes everything taken from the documents in HTML', () => {
    const html = renderHtml(model);
    expect(html).not.toContain(hostile);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('escapes Markdown table cells', () => {
    const markdown = renderMarkdown(model);
    expect(markdown).toContain('a\\<script\\>alert(1)\\</script\\>\\|b.md');
  });

  it('forbids fetching anything, and names its charts', () => {
    const html = renderHtml(model);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const svg of html.match(/<svg class="chart"[^>]*>/g) ?? []) expect(svg).toMatch(/role="img" aria-labelledby="[^"]+-title [^"]+-desc"/);
  });
});

describe('plain-ig report --config', () => {
  const jargonCount = (file: string): number =>
    (JSON.parse(readFileSync(file, 'utf8')) as { files: { byCheck: Record<string, number> }[] }).files[0]!.byCheck['jargon']!;

  it('uses the config file it is given, whatever its name, as plain-ig check does', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'backups.md'), '# Backups\n\nWe keep the backups on a server in the cloud.\n');
    // A .plain-ig.yml beside the file, which --config must override.
    writeFileSync(join(dir, '.plain-ig.yml'), 'nation: england\n');
    const team = join(dir, 'team.yml');
    writeFileSync(team, 'allow:\n  - server\n');
    const json = join(dir, 'summary.json');

    expect((await report(dir, '--config', team, '--format', 'markdown', '--json', json)).code).toBe(0);
    expect(jargonCount(json)).toBe(1); // 'cloud' only: team.yml allows 'server'

    expect((await report(dir, '--format', 'markdown', '--json', json)).code).toBe(0);
    expect(jargonCount(json)).toBe(2); // 'server' and 'cloud'
  });
});
