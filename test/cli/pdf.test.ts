/**
 * PDF files through the CLI and the report: a real PDF made here with
 * pdf-lib is read with unpdf (PDF.js); running headers and footers are left
 * out, words hyphenated at line ends are joined again, each finding names its
 * page and paragraph, a PDF without text (a scan) gets one clear line, and
 * --fix never touches a PDF.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCANNED_PDF_MESSAGE } from '../../server/src/sources/pdf.ts';
import { extractReadOnly } from '../../server/src/sources/read-only-documents.ts';
import { makePdf, makeScannedPdf, type PdfPage } from '../fixtures/make/pdf.ts';
import { ROOT, runCli, runMain, tempDir } from './helpers.ts';

const PAGES: PdfPage[] = [
  {
    header: 'Information sharing policy (version 2)',
    footer: 'Page # of 3',
    lines: [
      { text: 'Sharing information', size: 16 },
      { text: 'This policy explains how staff share records for care. We utilise the', gapBefore: 10 },
      { text: 'shared record and keep the informa-' },
      { text: 'tion about your well-' },
      { text: 'being up to date.' },
      { text: 'Staff must never share patient information without consent.', gapBefore: 10 },
      { text: 'The records officer reviews the sharing log each month and tells the', gapBefore: 10 },
    ],
  },
  {
    header: 'Information sharing policy (version 2)',
    footer: 'Page # of 3',
    lines: [{ text: 'board what changed, and reports well-being concerns to the IG Toolkit lead.' }],
  },
  {
    header: 'Information sharing policy (version 2)',
    footer: 'Page # of 3',
    lines: [{ text: 'Contact the data protection officer with any question.' }],
  },
];

let dir: string;
let bytes: Uint8Array;

beforeAll(async () => {
  dir = tempDir();
  bytes = await makePdf(PAGES);
  writeFileSync(join(dir, 'policy.pdf'), bytes);
  writeFileSync(join(dir, 'scan.pdf'), await makeScannedPdf());
  writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nnot really a PDF\n');
});

interface Located {
  ruleId: string;
  page: number;
  paragraph: number;
  quote: string;
}

describe('reading a PDF', () => {
  it('keeps the body as paragraphs: headers, footers and page numbers out, hyphenated words joined, a paragraph broken by a page joined', async () => {
    const { text } = await extractReadOnly('pdf', bytes);
    expect(text).toBe(
      [
        'Sharing information',
        'This policy explains how staff share records for care. We utilise the shared record and keep the information about your well-being up to date.',
        'Staff must never share patient information without consent.',
        'The records officer reviews the sharing log each month and tells the board what changed, and reports well-being concerns to the IG Toolkit lead.',
        'Contact the data protection officer with any question.',
      ].join('\n\n'),
    );
  });
});

describe('a one-page PDF (nothing repeats, so the header and footer are told by where they sit)', () => {
  const body = [
    { text: 'Your records', size: 16 },
    { text: 'We keep your records safe and share them to plan your care.', gapBefore: 10 },
    { text: 'Ask us if you have a question.', gapBefore: 10 },
  ];
  const textOf = async (page: PdfPage): Promise<string> => (await extractReadOnly('pdf', await makePdf([page]))).text;

  it('leaves out a running header and a footer that are not page numbers', async () => {
    expect(await textOf({ header: 'Northmoor NHS Trust: patient leaflet', footer: 'Version 2, March 2024', lines: body })).toBe(
      'Your records\n\nWe keep your records safe and share them to plan your care.\n\nAsk us if you have a question.',
    );
    expect(await textOf({ header: 'Leaflet', footer: 'Page # of 1', lines: body })).toBe(
      'Your records\n\nWe keep your records safe and share them to plan your care.\n\nAsk us if you have a question.',
    );
  });

  it('keeps a page without a header or footer whole, title and short last line too', async () => {
    expect(await textOf({ lines: [...body, { text: 'Thank you.', gapBefore: 30 }] })).toBe(
      'Your records\n\nWe keep your records safe and share them to plan your care.\n\nAsk us if you have a question.\n\nThank you.',
    );
  });

  it('keeps body text that runs into the bottom margin with the body’s own spacing', async () => {
    // 52 lines 14 points apart: the last sits 46 points from the bottom edge, inside the band.
    const lines = Array.from({ length: 52 }, (_, i) => ({ text: `Line ${i + 1} of the policy text.` }));
    const text = await textOf({ lines });
    expect(text.match(/Line \d+/g)).toHaveLength(52);
    expect(text.endsWith('Line 52 of the policy text.')).toBe(true);
  });

  it('keeps a title set larger than the body, even in the top band', async () => {
    // The title moved 30 points up: 52 points from the top edge.
    const [title, ...rest] = body;
    expect(await textOf({ lines: [{ ...title!, gapBefore: -30 }, ...rest] })).toBe(
      'Your records\n\nWe keep your records safe and share them to plan your care.\n\nAsk us if you have a question.',
    );
  });
});

describe('plain-ig check on a PDF', () => {
  it('gives each finding its page, paragraph and sentence', async () => {
    const run = await runMain(['check', 'policy.pdf', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(run.stdout) as { files: Array<{ findings: Located[] }> }).files[0]!.findings;
    expect(findings.map(({ ruleId, page, paragraph, quote }) => ({ ruleId, page, paragraph, quote }))).toEqual([
      { ruleId: 'utilise', page: 1, paragraph: 2, quote: 'We utilise the shared record and keep the information about your well-being up to date.' },
      { ruleId: 'no-sharing-without-consent', page: 1, paragraph: 3, quote: 'Staff must never share patient information without consent.' },
      { ruleId: 'ig-toolkit', page: 2, paragraph: 4, quote: '…nged, and reports well-being concerns to the IG Toolkit lead.' },
    ]);
  });

  it('stylish shows the page and paragraph instead of line and column', async () => {
    const run = await runMain(['check', 'policy.pdf'], { cwd: dir });
    expect(run.stdout).toMatch(/^ {2}p2 ¶4 +warning +.*IG Toolkit/m);
  });

  it('answers a PDF with no text (a scan) with one line, exit 2', async () => {
    const run = await runMain(['check', 'scan.pdf'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'plain-ig: scan.pdf has no text to read: it looks like a scanned image. Check the original Word file instead, or run the PDF through text recognition (OCR) first\n',
    );
  });

  it('says a damaged PDF cannot be read', async () => {
    const run = await runMain(['check', 'broken.pdf'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('plain-ig: broken.pdf is not a PDF Plain IG can read (it may be damaged)\n');
  });

  it('never writes a PDF under --fix, and says so', async () => {
    const run = await runMain(['check', 'policy.pdf', '--fix', '--format', 'json'], { cwd: dir });
    expect(readFileSync(join(dir, 'policy.pdf'))).toEqual(Buffer.from(bytes));
    expect(run.stderr).toBe('plain-ig: policy.pdf is a PDF, which Plain IG only reads: no fixes were made (make them in the original)\n');
    expect((JSON.parse(run.stdout) as { summary: { fixesApplied: number } }).summary.fixesApplied).toBe(0);
  });

  it('is read by the built command too (the readers are their own bundle, dist/readers.mjs)', () => {
    const run = runCli(['check', 'policy.pdf', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const findings = (JSON.parse(run.stdout) as { files: Array<{ findings: Located[] }> }).files[0]!.findings;
    expect(findings.map(({ ruleId, page, paragraph }) => [ruleId, page, paragraph])).toEqual([
      ['utilise', 1, 2],
      ['no-sharing-without-consent', 1, 3],
      ['ig-toolkit', 2, 4],
    ]);
  });

  it('never touches the network while reading PDFs (every Node networking call blocked and recorded)', () => {
    const log = join(dir, 'net.log');
    writeFileSync(log, '');
    const run = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(join(ROOT, 'test/robustness/no-network-preload.mjs')).href, join(ROOT, 'bin/plain-ig.js'), 'check', 'policy.pdf', 'scan.pdf'],
      { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', PLAIN_IG_NET_LOG: log } },
    );
    expect(run.stdout).toContain('policy.pdf');
    expect(run.stderr).toBe(`plain-ig: scan.pdf ${SCANNED_PDF_MESSAGE}\n`);
    expect(readFileSync(log, 'utf8')).toBe('');
  });

  it('is found in a folder walk', async () => {
    const run = await runMain(['check', '.', '--format', 'json'], { cwd: dir });
    const files = (JSON.parse(run.stdout) as { files: Array<{ path: string }> }).files.map((file) => file.path);
    expect(files).toEqual(['policy.pdf']);
    expect(run.stderr).toContain('plain-ig: scan.pdf has no text to read');
  });
});

describe('plain-ig report on a PDF', () => {
  it('names the page and paragraph of each finding', async () => {
    const out = join(dir, 'report.html');
    const run = await runMain(['report', join(dir, 'policy.pdf'), '--out', out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Page 2, paragraph 4');
    expect(html).toContain('Page 1, paragraph 3');
  });
});
