/**
 * A PDF as a real word processor or browser makes it: the example policy
 * printed to PDF by Chromium over several A4 pages, with a running header and
 * a "Page N of M" footer. Reading it must give back every word of the policy
 * in order, without the header and footer, and the findings must name pages
 * in order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractReadOnly } from '../../server/src/sources/read-only-documents.ts';
import { CHROMIUM_ARGS } from '../web/harness.ts';
import { ROOT, runMain, tempDir } from './helpers.ts';

/** The example policy's paragraphs as plain text (front matter, comments and Markdown marks left out; links as "text (address)"). */
const paragraphs = readFileSync(join(ROOT, 'examples/information-sharing-policy.md'), 'utf8')
  .replace(/^---[\s\S]*?---\n/, '')
  .replace(/<!--[\s\S]*?-->/g, '')
  .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
  .split(/\n\s*\n/)
  .map((block) => block.replace(/[#*_>|`]/g, ' ').replace(/\s+/g, ' ').trim())
  .filter((block) => /\p{L}/u.test(block));

const HEADER = 'Northmoor Community Health and Care NHS Trust: information sharing policy';
let dir: string;
let pdf: Uint8Array;
/** The policy's first four paragraphs alone, printed on one page with the same header and footer. */
let onePage: Uint8Array;

beforeAll(async () => {
  dir = tempDir();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const print = async (blocks: readonly string[]): Promise<Uint8Array> => {
      await page.setContent(`<html lang="en-GB"><body style="font: 11pt serif">${blocks.map((p) => `<p>${escape(p)}</p>`).join('')}</body></html>`);
      return page.pdf({
        format: 'A4',
        displayHeaderFooter: true,
        headerTemplate: `<div style="font-size:8px;width:100%;text-align:center">${HEADER}</div>`,
        footerTemplate: '<div style="font-size:8px;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
        margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2.5cm' },
      });
    };
    pdf = await print(paragraphs);
    onePage = await print(paragraphs.slice(0, 4));
  } finally {
    await browser.close();
  }
  writeFileSync(join(dir, 'printed.pdf'), pdf);
});

describe('a PDF printed by Chromium', () => {
  it('reads back every word of the policy in order, without the running header and footer', async () => {
    const document = await extractReadOnly('pdf', pdf);
    expect(document.pageStarts!.length).toBeGreaterThanOrEqual(4);
    expect(document.text).not.toContain(HEADER);
    expect(document.text).not.toMatch(/Page \d+ of \d+/);
    expect(document.text.replace(/\s+/g, ' ')).toBe(paragraphs.join(' '));
  });

  it('leaves the header and footer out of a one-page PDF too (told by where they sit)', async () => {
    const document = await extractReadOnly('pdf', onePage);
    expect(document.pageStarts).toEqual([0]);
    expect(document.text.replace(/\s+/g, ' ')).toBe(paragraphs.slice(0, 4).join(' '));
  });

  it('names pages in order in plain-ig check', async () => {
    const run = await runMain(['check', 'printed.pdf', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(run.stdout) as { files: Array<{ findings: Array<{ page: number; paragraph: number }> }> }).files[0]!.findings;
    expect(findings.length).toBeGreaterThan(20);
    const pages = findings.map((finding) => finding.page);
    expect(pages[0]).toBe(1);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(Math.max(...pages)).toBeGreaterThanOrEqual(4);
  });
});
