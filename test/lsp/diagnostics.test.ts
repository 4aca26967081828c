// Diagnostics over the wire: open, change, close, versions, ranges, pull, and documents that cannot be checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, TestClient, byCode, codes, findingOf } from './harness.ts';

let client: TestClient;
beforeAll(async () => {
  client = await TestClient.start();
});
afterAll(async () => {
  await client.stop();
});

/** A long policy: the sample's paragraphs repeated with varied filler, each numbered. */
function longPolicy(paragraphs: number): string {
  const out = ['# Long policy', ''];
  for (let i = 0; i < paragraphs; i++) out.push(`Paragraph ${i} explains how teams keep records up to date and who to ask for help.`, '');
  return out.join('\n');
}

describe('push diagnostics', () => {
  it('arrive on open with the rule id, source, catalogue link, severity, finding and version', async () => {
    const uri = 'untitled:open-1';
    const diagnostics = await client.open(uri, SAMPLE);
    const jargon = byCode(diagnostics, 'jargon/interoperability');
    expect(jargon).toMatchObject({
      range: { start: { line: 2, character: 9 }, end: { line: 2, character: 25 } },
      severity: 2,
      source: 'plain-ig',
      code: 'jargon/interoperability',
      codeDescription: { href: expect.stringMatching(/rules\.md#jargon-interoperability$/) },
      message: expect.stringContaining('interoperability'),
    });
    expect(findingOf(jargon)).toMatchObject({ check: 'jargon', ruleId: 'interoperability', actual: 'interoperability', expected: ['systems working together'], safe: true });
    expect(byCode(diagnostics, 'jargon/firewall').severity).toBe(3);
    expect(byCode(diagnostics, 'risk/never-share-without-consent').range).toEqual({ start: { line: 8, character: 0 }, end: { line: 8, character: 45 } });
    expect(client.latest(uri)?.version).toBe(1);
    await client.close(uri);
  });

  it('checks plain text documents (and Neovim’s "text" language id) but not other languages', async () => {
    const text = 'We value interoperability.\n\nThe HSCIC said so.\n';
    expect(codes(await client.open('untitled:plain.txt', text, 'plaintext'))).toEqual(['jargon/interoperability', 'outdated/hscic']);
    expect(codes(await client.open('untitled:nvim-text', text, 'text'))).toEqual(['jargon/interoperability', 'outdated/hscic']);
    await client.open('untitled:code.ts', 'const interoperability = 1;', 'typescript', false);
    // The TypeScript document gets nothing: a Markdown document opened after it is answered first.
    await client.open('untitled:after.md', text);
    expect(client.published.some((params) => params.uri === 'untitled:code.ts')).toBe(false);
    for (const uri of ['untitled:plain.txt', 'untitled:nvim-text', 'untitled:code.ts', 'untitled:after.md']) await client.close(uri);
  });

  it('follow incremental edits in the middle of a long document, with the right ranges and version', async () => {
    const uri = 'untitled:long.md';
    const text = longPolicy(400);
    expect(await client.open(uri, text)).toEqual([]);
    const at = text.indexOf('Paragraph 200 ');
    const line = text.slice(0, at).split('\n').length - 1;
    // Type a jargon word in the middle of paragraph 200.
    const inserted = 'interoperability ';
    const offset = at + 'Paragraph 200 '.length;
    let diagnostics = await client.editAndWait(uri, offset, offset, inserted);
    expect(codes(diagnostics)).toEqual(['jargon/interoperability']);
    expect(diagnostics[0]!.range).toEqual({ start: { line, character: 14 }, end: { line, character: 30 } });
    expect(client.latest(uri)!.version).toBe(2);
    // Insert a line above: the finding moves down one line.
    diagnostics = await client.editAndWait(uri, 0, 0, 'The HSCIC said so.\n\n');
    expect(codes(diagnostics)).toEqual(['outdated/hscic', 'jargon/interoperability']);
    expect(diagnostics[1]!.range.start.line).toBe(line + 2);
    // Delete the word again.
    const now = client.text(uri);
    const start = now.indexOf(inserted);
    diagnostics = await client.editAndWait(uri, start, start + inserted.length, '');
    expect(codes(diagnostics)).toEqual(['outdated/hscic']);
    await client.close(uri);
  });

  it('publish only the newest version when edits arrive faster than checks (stale results are dropped)', async () => {
    const uri = 'untitled:typing.md';
    await client.open(uri, 'We value\n');
    const since = client.published.length;
    const word = ' interoperability and the HSCIC';
    let version = 1;
    for (let i = 0; i < word.length; i++) {
      const end = client.text(uri).length - 1;
      version = await client.edit(uri, end, end, word[i]!);
    }
    const final = await client.diagnostics(uri, (params) => params.version === version, since);
    expect(codes(final.diagnostics)).toEqual(['jargon/interoperability', 'outdated/hscic']);
    const versions = client.published.slice(since).filter((params) => params.uri === uri).map((params) => params.version!);
    // Debounced: far fewer checks than keystrokes, and never an older version after a newer one.
    expect(versions.length).toBeLessThan(word.length);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    await client.close(uri);
  });

  it('clear when the document closes', async () => {
    const uri = 'untitled:close.md';
    expect((await client.open(uri, SAMPLE)).length).toBeGreaterThan(0);
    const since = client.published.length;
    await client.close(uri);
    const cleared = await client.diagnostics(uri, (params) => params.diagnostics.length === 0, since);
    expect(cleared.version).toBeUndefined();
  });

  it('check again on save', async () => {
    const uri = 'untitled:save.md';
    await client.open(uri, SAMPLE);
    const since = client.published.length;
    await client.save(uri);
    const again = await client.diagnostics(uri, (params) => params.version === 1, since);
    expect(codes(again.diagnostics)).toContain('jargon/interoperability');
    await client.close(uri);
  });
});

describe('pull diagnostics', () => {
  it('answer textDocument/diagnostic with the same diagnostics, then "unchanged"', async () => {
    const uri = 'untitled:pull.md';
    const pushed = await client.open(uri, SAMPLE);
    const report = await client.connection.sendRequest<{ kind: string; resultId: string; items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(report.kind).toBe('full');
    expect(report.items).toEqual(pushed);
    const again = await client.connection.sendRequest<{ kind: string; resultId: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    expect(again).toEqual({ kind: 'unchanged', resultId: report.resultId });
    // After an edit the pull checks the new version at once (no debounce wait).
    const end = client.text(uri).length;
    await client.edit(uri, end, end, '\nThe HSCIC again.\n');
    const after = await client.connection.sendRequest<{ kind: string; resultId: string; items: Array<{ code: string }> }>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: report.resultId,
    });
    expect(after.kind).toBe('full');
    expect(after.items.filter((item) => item.code === 'outdated/hscic')).toHaveLength(2);
    await client.close(uri);
  });

  it('are the only diagnostics when the client asks for pull mode', async () => {
    const pullOnly = await TestClient.start({ initializationOptions: { diagnosticMode: 'pull' } });
    const uri = 'untitled:pull-only.md';
    await pullOnly.open(uri, SAMPLE, 'markdown', false);
    const report = await pullOnly.connection.sendRequest<{ kind: string; items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(report.items.length).toBeGreaterThan(0);
    // A later document's push would arrive after this one's: none do.
    await pullOnly.connection.sendRequest('plain-ig/stats');
    expect(pullOnly.published).toEqual([]);
    await pullOnly.stop();
  });
});

describe('documents that cannot be checked', () => {
  it('a huge document gets one diagnostic saying it was skipped, and the server keeps answering', async () => {
    const uri = 'untitled:huge.md';
    const huge = 'interoperability '.repeat(Math.ceil((5.5 * 1024 * 1024) / 17));
    const diagnostics = await client.open(uri, huge);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'skipped', source: 'plain-ig', message: expect.stringContaining('over the 5 MB limit') });
    expect(codes(await client.open('untitled:small-after-huge.md', SAMPLE))).toContain('jargon/interoperability');
    await client.close(uri);
    await client.close('untitled:small-after-huge.md');
  });

  it('a binary-looking document gets one diagnostic saying so', async () => {
    const diagnostics = await client.open('untitled:binary.txt', 'PK\u0003\u0004\u0000\u0000interoperability', 'plaintext');
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'skipped', message: expect.stringContaining('binary') })]);
    await client.close('untitled:binary.txt');
  });
});
