/**
 * The browser page in a real Chromium: the same findings as the CLI, paste
 * from Word, open a .docx, a .doc and a .pdf, apply one fix and fix all, move between
 * findings by keyboard, settings that persist (and nothing else stored), no
 * request after load under a Content-Security-Policy that forbids them, a
 * board report to download, and no serious or critical axe violations.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocText } from '../../server/src/sources/doc.ts';
import { makeDoc } from '../fixtures/make/doc.ts';
import { makePdf } from '../fixtures/make/pdf.ts';
import { editorText, findingsOn, named, PageHarness, RESULTS, screenshotPath, settled, type Watched } from './harness.ts';

const harness = new PageHarness();
const EXAMPLE = 'examples/information-sharing-policy.md';

beforeAll(() => harness.start());
afterAll(() => harness.stop());

/** Clipboard HTML shaped like Word's: Heading styles, and list paragraphs whose bullet or number is typed text. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8">
<style><!-- p.MsoNormal {margin:0cm;} --></style></head><body lang=EN-GB><!--StartFragment-->
<h1>Sharing information safely</h1>
<p class=MsoNormal>We utilise the shared care record when we plan your care.</p>
<h2>When we share</h2>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>to plan and give care</p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>including out of hours</p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span><![endif]>Check who is asking.</p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span><![endif]>Share only what is needed.</p>
<!--EndFragment--></body></html>`;

async function paste(page: Watched['page'], html: string, plain: string): Promise<void> {
  await page.click('.cm-content');
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/html', ${JSON.stringify(html)});
    data.setData('text/plain', ${JSON.stringify(plain)});
    document.querySelector('.cm-content').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}

async function openFile(page: Watched['page'], name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.setInputFiles('#file-input', { name, mimeType, buffer });
  await named(page, name);
  await settled(page);
}

describe('the same core as the CLI', () => {
  it('finds exactly what plain-ig check --format json finds in the example policy', async () => {
    const { page } = await harness.open('#example');
    const cli = spawnSync(process.execPath, ['bin/plain-ig.js', 'check', '--format', 'json', EXAMPLE], { encoding: 'utf8' });
    const expected = (JSON.parse(cli.stdout) as { files: Array<{ findings: unknown[] }> }).files[0]!.findings;
    expect(expected.length).toBeGreaterThan(20);
    expect(await findingsOn(page)).toEqual(expected);
    expect(await editorText(page)).toBe(readFileSync(EXAMPLE, 'utf8'));
    await page.close();
  });
});

describe('writing on the page', () => {
  it('keeps headings and lists when pasting from Word, and checks the pasted text', async () => {
    const { page, errors } = await harness.open();
    await paste(page, WORD_HTML, 'plain text that should not be used');
    expect(await editorText(page)).toBe(
      [
        '# Sharing information safely',
        '',
        'We utilise the shared care record when we plan your care.',
        '',
        '## When we share',
        '',
        '- to plan and give care',
        '   - including out of hours',
        '',
        '1. Check who is asking.',
        '2. Share only what is needed.',
        '',
      ].join('\n'),
    );
    const findings = await findingsOn(page);
    expect(findings.map((f) => [f.ruleId, f.start])).toEqual([['utilise', { line: 3, column: 4, offset: 33 }]]);
    expect(await page.locator('.finding-jump .where').allTextContents()).toEqual(['Line 3']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps nested lists pasted from a web page or Google Docs (ul, ol, li)', async () => {
    const { page } = await harness.open();
    await paste(
      page,
      '<meta charset="utf-8"><h2>Who can see your record</h2><ul><li>your GP<ul><li>and the practice team</li></ul></li><li>hospital staff</li></ul><ol><li>Ask us.</li><li>We reply within a month.</li></ol><p>We utilise your data carefully.</p>',
      '',
    );
    expect(await editorText(page)).toBe(
      '## Who can see your record\n\n- your GP\n   - and the practice team\n- hospital staff\n\n1. Ask us.\n2. We reply within a month.\n\nWe utilise your data carefully.\n',
    );
    await page.close();
  });

  it('applies one fix from the panel, and the finding goes', async () => {
    const { page } = await harness.open();
    await page.click('.cm-content');
    await page.keyboard.type('We utilise the form. Staff should utilise the log.');
    const before = await findingsOn(page);
    expect(before.map((f) => f.ruleId)).toEqual(['utilise', 'utilise']);
    await page.locator('.finding').nth(1).getByRole('button', { name: 'Use ‘use’' }).click();
    expect(await editorText(page)).toBe('We utilise the form. Staff should use the log.');
    expect((await findingsOn(page)).map((f) => f.start.offset)).toEqual([3]);
    await page.close();
  });

  it('fixes all safe findings at once and leaves the ones that need reading', async () => {
    const { page } = await harness.open('#example');
    const before = await findingsOn(page);
    const safe = before.filter((f) => f.safe).length;
    expect(safe).toBeGreaterThan(5);
    await expect(page.locator('#fix-all').textContent()).resolves.toBe(`Fix all safe (${safe})`);
    await page.click('#fix-all');
    const after = await findingsOn(page);
    expect(after.filter((f) => f.safe)).toEqual([]);
    expect(after.filter((f) => f.check === 'risk').length).toBe(before.filter((f) => f.check === 'risk').length);
    expect(await editorText(page)).not.toContain('In order to deliver');
    expect(await page.locator('#fix-all').isDisabled()).toBe(true);
    await page.close();
  });

  it('moves between findings by keyboard: F8 in the text, arrow keys and Enter in the panel', async () => {
    const { page } = await harness.open();
    await page.click('.cm-content');
    await page.keyboard.type('We utilise cloud storage. Then we utilise the form.');
    const findings = await findingsOn(page);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    const selection = (): Promise<[number, number]> => page.evaluate('[window.plainIg.source.view.state.selection.main.from, window.plainIg.source.view.state.selection.main.to]');
    expect(await selection()).toEqual([findings[0]!.start.offset, (findings[0]!['end'] as { offset: number }).offset]);
    // The panel lists jargon (the cloud, finding 1) above plain words (the two utilises, findings 0 and 2).
    const focused = (): Promise<string> => page.evaluate('document.activeElement.dataset.index');
    expect(await focused()).toBe('0');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('2');
    await page.keyboard.press('Enter');
    expect(await selection()).toEqual([findings[2]!.start.offset, (findings[2]!['end'] as { offset: number }).offset]);
    expect(await page.evaluate('document.activeElement.classList.contains("cm-content")')).toBe(true);
    await page.close();
  });
});

describe('keyboard only', () => {
  it('loads the example, fixes all safe findings, moves to a finding and applies its fix, without a mouse', async () => {
    const { page } = await harness.open();
    const active = (): Promise<string> => page.evaluate("document.activeElement.textContent.trim() || document.activeElement.className");
    await page.keyboard.press('Tab');
    expect(await active()).toBe('Skip to your document');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('Open a file…');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('Try an example');
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-state="checked"] #fix-all:not([disabled])');
    await page.keyboard.press('Tab');
    expect(await active()).toMatch(/^Fix all safe \(\d+\)$/);
    await page.keyboard.press('Enter');
    await settled(page);
    expect((await findingsOn(page)).filter((f) => f.safe)).toEqual([]);
    // F8 goes to the first finding after the cursor; Tab reaches its fix; Enter applies it.
    const before = await editorText(page);
    const count = (await findingsOn(page)).length;
    // A document-level finding (what the policy leaves out) has no edit here: F8 moves on to one that has.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('F8');
      expect(await page.evaluate("document.activeElement.classList.contains('finding-jump')")).toBe(true);
      if (await page.evaluate("Boolean(document.activeElement.closest('li')?.querySelector('.fix'))")) break;
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate("document.activeElement.classList.contains('fix')")).toBe(true);
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await editorText(page)).not.toBe(before);
    // The finding it fixed is gone (a fix can settle another finding too, such as an acronym it spells out).
    expect((await findingsOn(page)).length).toBeLessThan(count);
    await page.close();
  });
});

describe('opening files', () => {
  it('opens a .docx and names the paragraph of each finding', async () => {
    const { page } = await harness.open();
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Records policy'), new Paragraph('We keep records safe.'), new Paragraph('We utilise the shared record.')] }] }),
    );
    await openFile(page, 'records.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx);
    expect(await editorText(page)).toBe('Records policy\n\nWe keep records safe.\n\nWe utilise the shared record.\n\n');
    expect((await findingsOn(page)).map((f) => f.ruleId)).toEqual(['utilise']);
    expect(await page.locator('.finding-jump .where').allTextContents()).toEqual(['Paragraph 3']);
    await page.close();
  });

  it('opens a .pdf and names the page and paragraph of each finding, also after an edit above it', async () => {
    const { page } = await harness.open();
    const pdf = await makePdf([
      { header: 'Leaflet', footer: 'Page #', lines: [{ text: 'About your records', size: 16 }, { text: 'We keep them safe.', gapBefore: 10 }] },
      { header: 'Leaflet', footer: 'Page #', lines: [{ text: 'Intro to sharing.' }, { text: 'We utilise the shared record.', gapBefore: 10 }] },
    ]);
    await openFile(page, 'leaflet.pdf', 'application/pdf', Buffer.from(pdf));
    expect(await editorText(page)).toBe('About your records\n\nWe keep them safe.\n\nIntro to sharing.\n\nWe utilise the shared record.');
    expect(await page.locator('.finding-jump .where').allTextContents()).toEqual(['Page 2, paragraph 4']);
    // Typing above the finding moves the text, not the numbers in the PDF.
    await page.evaluate("window.plainIg.source.view.dispatch({ changes: { from: 0, insert: 'Draft. ' } })");
    await settled(page);
    expect(await page.locator('.finding-jump .where').allTextContents()).toEqual(['Page 2, paragraph 4']);
    await page.close();
  });

  it('shows a long document’s findings, the same as the CLI’s for that file', async () => {
    const { page } = await harness.open();
    // Over 16,000 characters: the page shows the findings of the first part, then all of them.
    const long = Array.from({ length: 4 }, (_, i) => readFileSync(EXAMPLE, 'utf8').replace(/^## (\d+)\./gm, `## ${i + 1}.$1.`)).join('\n\n');
    expect(long.length).toBeGreaterThan(40_000);
    const dir = mkdtempSync(join(tmpdir(), 'plain-ig-web-'));
    writeFileSync(join(dir, 'long.md'), long);
    const cli = spawnSync(process.execPath, ['bin/plain-ig.js', 'check', '--format', 'json', join(dir, 'long.md')], { encoding: 'utf8' });
    await openFile(page, 'long.md', 'text/markdown', Buffer.from(long));
    const findings = await findingsOn(page);
    expect(findings).toEqual((JSON.parse(cli.stdout) as { files: Array<{ findings: unknown[] }> }).files[0]!.findings);
    expect(await page.locator('#status').textContent()).toMatch(/^\d+ findings in 7,\d{3} words \(checked in \d+ ms\)\.$/);
    // The panel draws a long list in batches: Shift+F8 from the end reaches the last finding at once, drawn or not.
    await page.click('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Shift+F8');
    expect(await page.evaluate('document.activeElement.dataset.index')).toBe(String(findings.length - 1));
    // Then every finding has its entry, each check's group in the order of the text.
    await expect.poll(() => page.locator('.finding').count()).toBe(findings.length);
    const listed = (await page.locator('.finding-jump').evaluateAll((buttons) => buttons.map((button) => Number((button as unknown as { dataset: { index: string } }).dataset.index)))) as number[];
    expect([...listed].sort((a, b) => a - b)).toEqual(findings.map((_, i) => i));
    expect(listed.filter((i) => findings[i]!.check === 'jargon')).toEqual(findings.flatMap((f, i) => (f.check === 'jargon' ? [i] : [])));
    await page.close();
  });

  it('opens a file dropped anywhere on the page', async () => {
    const { page } = await harness.open();
    const drop = await page.evaluateHandle(`(() => {
      const data = new DataTransfer();
      data.items.add(new File(['We utilise the record.'], 'dropped.txt', { type: 'text/plain' }));
      return data;
    })()`);
    await page.dispatchEvent('.findings', 'drop', { dataTransfer: drop });
    await named(page, 'dropped.txt');
    await settled(page);
    expect(await editorText(page)).toBe('We utilise the record.');
    await page.close();
  });

  it('opens a Word 97–2003 .doc (also one renamed .docx) with the CLI’s text, naming the paragraph of each finding', async () => {
    const { page, errors } = await harness.open();
    const bytes = makeDoc(['Records policy', '', 'We keep your records safe – that’s our duty.', 'We utilise the shared record.']);
    const cli = await extractDocText(bytes);
    await openFile(page, 'old.doc', 'application/msword', Buffer.from(bytes));
    expect(await editorText(page)).toBe(cli);
    expect(cli).toBe("Records policy\n\nWe keep your records safe - that's our duty.\n\nWe utilise the shared record.");
    expect((await findingsOn(page)).map((f) => [f.ruleId, f.start.offset])).toEqual([['utilise', cli.indexOf('utilise')]]);
    expect(await page.locator('.finding-jump .where').allTextContents()).toEqual(['Paragraph 3']);
    await openFile(page, 'renamed.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.from(bytes));
    expect(await editorText(page)).toBe(cli);
    expect(await page.locator('.finding-jump .where').allTextContents()).toEqual(['Paragraph 3']);
    // Word's 8-bit text (Windows-1252), read through the browser's Buffer.
    const eightBit = makeDoc(['Caldicott “principles” – café', 'We utilise it.'], { eightBit: true });
    await openFile(page, 'eight-bit.doc', 'application/msword', Buffer.from(eightBit));
    expect(await editorText(page)).toBe(await extractDocText(eightBit));
    expect(await editorText(page)).toBe('Caldicott "principles" - café\n\nWe utilise it.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says in one line why a file cannot be read (a .doc that is not a Word document)', async () => {
    const { page } = await harness.open();
    await page.setInputFiles('#file-input', { name: 'notes.doc', mimeType: 'application/msword', buffer: Buffer.from('plain text saved with the wrong name') });
    await page.waitForSelector('#problem:not([hidden])');
    expect(await page.locator('#problem').textContent()).toBe(
      'notes.doc is not a Word 97–2003 document Plain IG can read (it may be damaged or password-protected)',
    );
    await page.close();
  });
});

describe('settings', () => {
  it('persist across a reload, and they are the only thing stored', async () => {
    const context = await harness.browser.newContext();
    const { page } = await harness.open('', context);
    await page.click('.settings summary');
    await page.selectOption('#audience', 'public');
    await page.selectOption('#nation', 'wales');
    await page.uncheck('input[name="check"][value="plain-words"]');
    await page.click('.cm-content');
    await page.keyboard.type('We utilise cloud storage.');
    expect((await findingsOn(page)).map((f) => f.check)).toEqual(['jargon']);
    const again = await context.newPage();
    await again.goto(harness.server.url);
    await again.waitForSelector('body[data-state="empty"]');
    expect(await again.inputValue('#audience')).toBe('public');
    expect(await again.inputValue('#nation')).toBe('wales');
    expect(await again.isChecked('input[name="check"][value="plain-words"]')).toBe(false);
    expect(await again.isChecked('input[name="check"][value="jargon"]')).toBe(true);
    const stored = (await again.evaluate('({ ...localStorage })')) as Record<string, string>;
    expect(Object.keys(stored)).toEqual(['plain-ig.settings']);
    expect(JSON.parse(stored['plain-ig.settings']!)).toEqual({
      audience: 'public',
      nation: 'wales',
      checks: { jargon: true, risk: true, 'plain-words': false, acronym: true, outdated: true, trust: true, leadership: true },
    });
    expect(await again.evaluate('sessionStorage.length')).toBe(0);
    await context.close();
  });
});

describe('privacy and accessibility', () => {
  it('makes no request after load and works offline, and its Content-Security-Policy refuses a request', async () => {
    const watched = await harness.open('#example');
    const { page, requests } = watched;
    const origin = harness.server.url;
    // The file reader's script is fetched once the first findings are shown.
    await page.waitForFunction(() =>
      (globalThis as unknown as { performance: { getEntriesByType(type: string): Array<{ name: string }> } }).performance
        .getEntriesByType('resource')
        .some((entry) => entry.name.endsWith('/reader.js')),
    );
    expect([...requests].sort()).toEqual([origin, `${origin}app.js`, `${origin}boot.js`, `${origin}reader.js`, `${origin}styles.css`, `${origin}worker.js`]);
    const loaded = requests.length;
    await page.context().setOffline(true);
    await paste(page, WORD_HTML, '');
    await openFile(page, 'p.pdf', 'application/pdf', Buffer.from(await makePdf([{ lines: [{ text: 'We utilise it.' }] }])));
    await page.click('#fix-all');
    const download = page.waitForEvent('download');
    await page.click('#download-report');
    expect(readFileSync((await (await download).path())!, 'utf8')).toContain('<title>Plain English report: p.pdf</title>');
    expect(requests.slice(loaded).filter((url) => !url.startsWith('blob:'))).toEqual([]);
    const attempts = await page.evaluate(`Promise.all([
      fetch(location.href).then(() => 'fetched', () => 'refused'),
      fetch('https://example.org/').then(() => 'fetched', () => 'refused'),
    ])`);
    expect(attempts).toEqual(['refused', 'refused']);
    expect(requests.slice(loaded).filter((url) => !url.startsWith('blob:'))).toEqual([]);
    expect(watched.errors.filter((error) => !/Content Security Policy|ERR_BLOCKED|Failed to fetch/.test(error))).toEqual([]);
    await page.close();
  });

  it('downloads the revised text', async () => {
    const { page } = await harness.open();
    await page.click('.cm-content');
    await page.keyboard.type('We utilise the form.');
    await settled(page);
    await page.click('#fix-all');
    await settled(page);
    const download = page.waitForEvent('download');
    await page.click('#download-text');
    const file = await download;
    expect(file.suggestedFilename()).toBe('Pasted text (revised).md');
    expect(readFileSync((await file.path())!, 'utf8')).toBe('We use the form.');
    await page.close();
  });

  it('has no serious or critical accessibility problems (axe), with findings and settings open', async () => {
    const { page } = await harness.open('#example');
    await page.click('.settings summary');
    await page.evaluate("document.querySelectorAll('details').forEach((details) => { details.open = true; })");
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: screenshotPath('web-page.png') });
    // The policy allows only the page's own scripts, so axe is read here and run through the test's own channel.
    await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    const violations = (await page.evaluate(
      'axe.run(document).then((r) => r.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.length, target: nodes[0].target })))',
    )) as Array<{ id: string; impact: string }>;
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });
});
