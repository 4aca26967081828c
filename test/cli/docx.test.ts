/**
 * Word documents: a real .docx made here with the `docx` library is read
 * with mammoth, and each finding points to a paragraph number and a quote of
 * its sentence, in JSON, stylish, SARIF and GitHub output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { ParagraphIndex } from '../../server/src/sources/docx.ts';
import { runMain, tempDir } from './helpers.ts';

let dir: string;

beforeAll(async () => {
  dir = tempDir();
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Information sharing policy', bold: true })] }),
          new Paragraph({ children: [] }),
          new Paragraph({ children: [new TextRun('This policy explains how we share records. We '), new TextRun({ text: 'utilise', italics: true }), new TextRun(' the shared record.')] }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Owner')] }), new TableCell({ children: [new Paragraph('The IG Toolkit lead')] })] })] }),
          new Paragraph('Staff must never share patient information without consent.'),
        ],
      },
    ],
  });
  writeFileSync(join(dir, 'policy.docx'), await Packer.toBuffer(doc));
});

interface DocxFinding {
  ruleId: string;
  paragraph: number;
  quote: string;
}

describe('.docx', () => {
  it('finds the wording and gives paragraph numbers (paragraphs with text, table cells included) and quotes', async () => {
    const run = await runMain(['check', 'policy.docx', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(run.stdout) as { files: Array<{ findings: DocxFinding[] }> }).files[0]!.findings;
    const brief = findings.map(({ ruleId, paragraph, quote }) => ({ ruleId, paragraph, quote }));
    expect(brief).toEqual([
      { ruleId: 'utilise', paragraph: 2, quote: 'We utilise the shared record.' },
      { ruleId: 'ig-toolkit', paragraph: 4, quote: 'The IG Toolkit lead' },
      { ruleId: 'no-sharing-without-consent', paragraph: 5, quote: 'Staff must never share patient information without consent.' },
    ]);
  });

  it('stylish shows ¶N and the quote instead of line and column', async () => {
    const run = await runMain(['check', 'policy.docx'], { cwd: dir });
    expect(run.stdout).toMatch(/^ {2}¶2 +info +‘utilise’.*\n {18}“We utilise the shared record\.”$/m);
  });

  it('SARIF uses the paragraph as the line and says so; GitHub names the paragraph in the message', async () => {
    const sarif = JSON.parse((await runMain(['check', 'policy.docx', '--format', 'sarif'], { cwd: dir })).stdout) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { region: { startLine: number; snippet: { text: string } } } }>; properties: Record<string, unknown> }> }>;
    };
    const first = sarif.runs[0]!.results[0]!;
    expect(first.locations[0]!.physicalLocation.region).toEqual({ startLine: 2, snippet: { text: 'We utilise the shared record.' } });
    expect(first.properties).toMatchObject({ paragraph: 2, lineMeans: expect.stringContaining('paragraph') });
    const github = (await runMain(['check', 'policy.docx', '--format', 'github', '--annotate-all'], { cwd: dir })).stdout;
    expect(github.split('\n')[0]).toMatch(/^::notice file=policy\.docx,title=Plain IG plain-words\/utilise::Paragraph 2 \(“We utilise the shared record\.”\): /);
  });
});

describe('--fix and Word files', () => {
  it('names a Word file as read-only and leaves it unchanged, while fixing the Markdown beside it', async () => {
    const before = readFileSync(join(dir, 'policy.docx'));
    writeFileSync(join(dir, 'notes.md'), 'We utilise the record.\n');
    const run = await runMain(['check', '--fix', 'policy.docx', 'notes.md'], { cwd: dir });
    expect(run.stderr).toBe('plain-ig: policy.docx is a Word document, which Plain IG only reads: no fixes were made (make them in the original)\n');
    expect(readFileSync(join(dir, 'policy.docx')).equals(before)).toBe(true);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('We use the record.\n');
    const dry = await runMain(['check', '--fix-dry-run', 'policy.docx'], { cwd: dir });
    expect(dry.stderr).toContain('plain-ig: policy.docx is a Word document, which Plain IG only reads');
  });
});

describe('ParagraphIndex', () => {
  it.each([
    ['One.\n\nTwo words here.\n\n', 7, 2, 'Two words here.'],
    ['One.\n\n\n\nAfter an empty paragraph. Second sentence.\n\n', 35, 2, 'Second sentence.'],
    ['First sentence. Target is here. Last one.', 16, 1, 'Target is here.'],
    ['Services (e.g. new ones) use the record. Next.', 24, 1, 'Services (e.g. new ones) use the record.'],
    ['Intro. Ask i.e. the GP team to share. Next.', 16, 1, 'Ask i.e. the GP team to share.'],
    ['Intro. Dr. Jones and Mrs. Patel share records. Next.', 25, 1, 'Dr. Jones and Mrs. Patel share records.'],
    ['See s. 251 of the Act, etc. for details. Next.', 14, 1, 'See s. 251 of the Act, etc. for details.'],
  ])('in %j, offset %i is paragraph %i quoting %j', (text, offset, paragraph, quote) => {
    expect(new ParagraphIndex(text).locate(offset, offset + 1)).toEqual({ paragraph, quote });
  });

  it('shortens long sentences around the flagged words', () => {
    const long = `${'word '.repeat(40)}target ${'word '.repeat(40)}.`;
    const at = long.indexOf('target');
    const { quote } = new ParagraphIndex(long).locate(at, at + 6);
    expect(quote.length).toBeLessThanOrEqual(102);
    expect(quote).toMatch(/^….*target.*…$/);
  });
});
