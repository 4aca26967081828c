// The workspace check command, cancellation, and a document that makes checking fail.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { describe, expect, it } from 'vitest';
import { SAMPLE, TestClient, codes, makeWorkspace, uriOf } from './harness.ts';

describe('plain-ig.checkWorkspace', () => {
  it('checks every Markdown and text file, honouring .gitignore and .plain-ig-ignore, with progress', async () => {
    const ws = makeWorkspace({
      'policy.md': SAMPLE,
      'notes/privacy.txt': 'The HSCIC said so.\n',
      'notes/open.md': 'We value interoperability.\n',
      'build/generated.md': SAMPLE,
      'drafts/old.md': SAMPLE,
      'drafts/keep.md': 'The HSCIC said so.\n',
      'node_modules/pkg/readme.md': SAMPLE,
      'image.png': 'not text',
      '.gitignore': 'build/\n',
      '.plain-ig-ignore': 'drafts/old.md\n',
    });
    const client = await TestClient.start({ folders: [ws] });
    try {
      // An open document is left to the editor's own checks.
      await client.open(uriOf(join(ws, 'notes/open.md')), 'Nothing here.\n');
      const since = client.published.length;
      const summary = await client.connection.sendRequest('workspace/executeCommand', { command: 'plain-ig.checkWorkspace', arguments: [] });
      expect(summary).toEqual({ files: 4, checked: 4, findings: 8, skipped: 0, cancelled: false });
      const published = client.published.slice(since);
      const byFile = new Map(published.map((params: PublishDiagnosticsParams) => [params.uri, params.diagnostics]));
      expect([...byFile.keys()].sort()).toEqual([uriOf(join(ws, 'drafts/keep.md')), uriOf(join(ws, 'notes/privacy.txt')), uriOf(join(ws, 'policy.md'))]);
      expect(codes(byFile.get(uriOf(join(ws, 'notes/privacy.txt')))!)).toEqual(['outdated/hscic']);
      const kinds = client.progress.map((progress) => (progress.value as { kind: string }).kind);
      expect(kinds[0]).toBe('begin');
      expect(kinds.at(-1)).toBe('end');
      expect(kinds).toContain('report');
      expect(client.progress[0]!.value).toMatchObject({ title: 'Plain IG: checking the workspace', cancellable: true });
    } finally {
      await client.stop();
    }
  });

  it('clears what it published for a file once .plain-ig-ignore leaves that file out', async () => {
    const ws = makeWorkspace({ 'policy.md': SAMPLE, 'drafts/keep.md': 'The HSCIC said so.\n' });
    const client = await TestClient.start({ folders: [ws] });
    try {
      const draft = uriOf(join(ws, 'drafts/keep.md'));
      await client.connection.sendRequest('workspace/executeCommand', { command: 'plain-ig.checkWorkspace', arguments: [] });
      expect(codes(client.latest(draft)!.diagnostics)).toEqual(['outdated/hscic']);
      const since = client.published.length;
      writeFileSync(join(ws, '.plain-ig-ignore'), 'drafts/\n');
      await client.fileChanged(join(ws, '.plain-ig-ignore'), 1);
      await client.diagnostics(draft, (params) => params.diagnostics.length === 0, since);
      // The file still checked keeps its diagnostics: nothing new was published for it.
      expect(client.published.slice(since).map((params: PublishDiagnosticsParams) => params.uri)).toEqual([draft]);
    } finally {
      await client.stop();
    }
  });

  it('in pull mode, opening a file clears what the workspace check pushed for it, so nothing shows twice', async () => {
    const ws = makeWorkspace({ 'policy.md': SAMPLE });
    const client = await TestClient.start({ folders: [ws], initializationOptions: { diagnosticMode: 'pull' } });
    try {
      const uri = uriOf(join(ws, 'policy.md'));
      await client.connection.sendRequest('workspace/executeCommand', { command: 'plain-ig.checkWorkspace', arguments: [] });
      expect(codes(client.latest(uri)!.diagnostics)).toContain('jargon/interoperability');
      await client.open(uri, SAMPLE, 'markdown', false);
      await client.diagnostics(uri, (params) => params.diagnostics.length === 0);
      const pulled = await client.connection.sendRequest<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
      expect(codes(pulled.items as never)).toContain('jargon/interoperability');
    } finally {
      await client.stop();
    }
  });

  it('is cancellable: $/cancelRequest stops it between files', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`doc-${String(i).padStart(3, '0')}.md`] = `${SAMPLE}\nParagraph ${i} is different.\n`;
    const ws = makeWorkspace(files);
    const client = await TestClient.start({ folders: [ws] });
    try {
      const { CancellationTokenSource } = await import('vscode-jsonrpc');
      const source = new CancellationTokenSource();
      const since = client.published.length;
      const pending = client.connection.sendRequest('workspace/executeCommand', { command: 'plain-ig.checkWorkspace', arguments: [] }, source.token);
      await client.waitFor(() => client.published.length >= since + 3, 'the first files to be checked');
      source.cancel();
      await expect(pending).rejects.toMatchObject({ code: -32800 });
      const checked = client.published.length - since;
      expect(checked).toBeLessThan(300);
      // The server still answers.
      expect(codes(await client.open('untitled:after-cancel.md', SAMPLE))).toContain('jargon/interoperability');
    } finally {
      await client.stop();
    }
  });

  it('stops when the progress is cancelled by the user (window/workDoneProgress/cancel)', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`doc-${i}.md`] = `${SAMPLE}\nParagraph ${i}.\n`;
    const ws = makeWorkspace(files);
    const client = await TestClient.start({ folders: [ws] });
    try {
      const pending = client.connection.sendRequest<{ cancelled: boolean; checked: number }>('workspace/executeCommand', { command: 'plain-ig.checkWorkspace', arguments: [] });
      await client.waitFor(() => client.progress.some((progress) => (progress.value as { kind: string }).kind === 'report'), 'progress');
      await client.connection.sendNotification('window/workDoneProgress/cancel', { token: client.progress[0]!.token });
      const summary = await pending;
      expect(summary.cancelled).toBe(true);
      expect(summary.checked).toBeLessThan(300);
    } finally {
      await client.stop();
    }
  });
});

describe('robustness', () => {
  it('a document whose check fails gets one diagnostic saying so; other documents are still checked', async () => {
    const broken = makeWorkspace({ '.plain-ig.yml': 'dictionaries:\n  - missing.yml\n' });
    const fine = makeWorkspace();
    const client = await TestClient.start({ folders: [broken, fine] });
    try {
      const failed = await client.open(uriOf(join(broken, 'a.md')), SAMPLE);
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ severity: 1, code: 'dictionary-error', source: 'plain-ig' });
      expect(failed[0]!.message).toMatch(/^Plain IG could not check this document: the extra dictionary .*missing\.yml cannot be used: there is no such file\. Fix the dictionary/);
      expect(codes(await client.open(uriOf(join(fine, 'b.md')), SAMPLE))).toContain('jargon/interoperability');
    } finally {
      await client.stop();
    }
  });

  it('in an untrusted workspace, extra dictionaries named by the workspace are not read', async () => {
    const ws = makeWorkspace({ '.plain-ig.yml': 'dictionaries:\n  - missing.yml\n' });
    const client = await TestClient.start({ folders: [ws], initializationOptions: { workspaceTrusted: false } });
    try {
      expect(codes(await client.open(uriOf(join(ws, 'a.md')), SAMPLE))).toContain('jargon/interoperability');
    } finally {
      await client.stop();
    }
  });

  it('answers an unknown command with a plain error and keeps serving', async () => {
    const client = await TestClient.start();
    try {
      await expect(client.connection.sendRequest('workspace/executeCommand', { command: 'plain-ig.nope' })).rejects.toThrow('Plain IG does not know the command "plain-ig.nope".');
      expect(codes(await client.open('untitled:still.md', SAMPLE))).toContain('outdated/hscic');
    } finally {
      await client.stop();
    }
  });
});
