/**
 * Word 97–2003 documents (.doc) through the CLI, the report and the
 * workspace check: a real binary .doc made here (test/fixtures/make/doc.ts)
 * is read with word-extractor; findings name their paragraph; a .doc renamed
 * .docx is still read; --fix never writes one and says so.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWord97Body } from '../../server/src/sources/word97.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { checkWorkspace } from '../../server/src/lsp/workspace-check.ts';
import { makeDoc } from '../fixtures/make/doc.ts';
import { makePdf } from '../fixtures/make/pdf.ts';
import { runCli, runMain, tempDir } from './helpers.ts';

const PARAGRAPHS = [
  'Records sharing guide',
  '',
  'We utilise the shared care record to plan your care.',
  'Staff must never share patient information without consent.',
];

let dir: string;
let bytes: Uint8Array;

beforeAll(() => {
  dir = tempDir();
  bytes = makeDoc(PARAGRAPHS);
  writeFileSync(join(dir, 'guide.doc'), bytes);
  writeFileSync(join(dir, 'renamed.docx'), bytes);
  writeFileSync(join(dir, 'notes.doc'), 'plain text saved with the wrong name');
});

interface Located {
  ruleId: string;
  paragraph: number;
  quote: string;
  page?: number;
}

const brief = (stdout: string, file = 0): Array<Omit<Located, 'page'>> =>
  (JSON.parse(stdout) as { files: Array<{ findings: Located[] }> }).files[file]!.findings.map(({ ruleId, paragraph, quote }) => ({ ruleId, paragraph, quote }));

describe('plain-ig check on a .doc', () => {
  it('reads the body and gives each finding its paragraph (paragraphs with text) and sentence', async () => {
    const run = await runMain(['check', 'guide.doc', '--format', 'json'], { cwd: dir });
    expect(brief(run.stdout)).toEqual([
      { ruleId: 'utilise', paragraph: 2, quote: 'We utilise the shared care record to plan your care.' },
      { ruleId: 'no-sharing-without-consent', paragraph: 3, quote: 'Staff must never share patient information without consent.' },
    ]);
  });

  it('is read by the built command too (dist/readers.mjs)', () => {
    const run = runCli(['check', 'guide.doc', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(brief(run.stdout).map((finding) => [finding.ruleId, finding.paragraph])).toEqual([
      ['utilise', 2],
      ['no-sharing-without-consent', 3],
    ]);
    const broken = runCli(['check', 'notes.doc'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe('plain-ig: notes.doc is not a Word 97–2003 document Plain IG can read (it may be damaged or password-protected)\n');
  });

  it('reads an old .doc renamed .docx by its content', async () => {
    const run = await runMain(['check', 'renamed.docx', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(brief(run.stdout).map((finding) => finding.ruleId)).toEqual(['utilise', 'no-sharing-without-consent']);
  });

  it('says when a .doc is not a Word document', async () => {
    const run = await runMain(['check', 'notes.doc'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('plain-ig: notes.doc is not a Word 97–2003 document Plain IG can read (it may be damaged or password-protected)\n');
  });

  it('never writes a .doc under --fix, and says so', async () => {
    const run = await runMain(['check', 'guide.doc', '--fix'], { cwd: dir });
    expect(readFileSync(join(dir, 'guide.doc'))).toEqual(Buffer.from(bytes));
    expect(run.stderr).toBe('plain-ig: guide.doc is a Word 97–2003 document, which Plain IG only reads: no fixes were made (make them in the original)\n');
  });
});

describe('the shared .doc reader (server/src/sources/word97.ts, used by the CLI and the page)', () => {
  it('gives the text word-extractor gives when it opens the file itself', async () => {
    const { default: WordExtractor } = await import('word-extractor');
    const odd = makeDoc(['Caldicott “principles” – 2020', 'Field\x13 PAGE \x145\x15 done.', 'Tab\x07cell and\x0bbreak']);
    const own = await new WordExtractor().extract(Buffer.from(odd));
    expect(await readWord97Body(odd)).toBe(own.getBody());
    expect(await readWord97Body(odd)).toBe('Caldicott "principles" - 2020\nField5 done.\nTab\tcell and\nbreak\n');
  });

  it('reads 8-bit (Windows-1252) text the same way', async () => {
    const eightBit = makeDoc(['Caldicott “principles” – café', 'We utilise it.'], { eightBit: true });
    const { default: WordExtractor } = await import('word-extractor');
    expect(await readWord97Body(eightBit)).toBe((await new WordExtractor().extract(Buffer.from(eightBit))).getBody());
    expect(await readWord97Body(eightBit)).toBe('Caldicott "principles" - café\nWe utilise it.\n');
  });
});

describe('plain-ig report on a .doc', () => {
  it('names the paragraph of each finding', async () => {
    const out = join(dir, 'report.html');
    const run = await runMain(['report', join(dir, 'guide.doc'), '--out', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Paragraph 3');
  });
});

describe('the workspace check', () => {
  it('checks .doc and .pdf files, naming page and paragraph on the first line, with no fixes attached', async () => {
    const folder = tempDir();
    writeFileSync(join(folder, 'guide.doc'), bytes);
    writeFileSync(join(folder, 'leaflet.pdf'), await makePdf([{ lines: [{ text: 'Intro.' }] }, { lines: [{ text: 'We utilise the shared record.' }] }]));
    const published = new Map<string, Diagnostic[]>();
    await checkWorkspace([folder], {
      settingsFor: async () => defaultSettings(),
      isOpen: () => false,
      publish: (uri, diagnostics) => published.set(uri.slice(uri.lastIndexOf('/') + 1), diagnostics),
      progress: () => undefined,
      isCancelled: () => false,
      uriOf: (path) => `file://${path}`,
    });
    const origin = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    expect(published.get('leaflet.pdf')).toEqual([
      expect.objectContaining({ range: origin, message: 'Page 2, paragraph 2 (“We utilise the shared record.”): ‘utilise’ has a plainer alternative. Try ‘use’.' }),
    ]);
    expect(published.get('guide.doc')!.map((diagnostic) => String(diagnostic.message).slice(0, String(diagnostic.message).indexOf(':')))).toEqual([
      'Paragraph 2 (“We utilise the shared care record to plan your care.”)',
      'Paragraph 3 (“Staff must never share patient information without consent.”)',
    ]);
    expect([...published.values()].flat().some((diagnostic) => 'data' in diagnostic)).toBe(false);
  });
});
