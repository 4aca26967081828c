// Settings: pulled per resource, merged with .plain-ig.yml, re-applied on change; broken config files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE, TestClient, byCode, codes, makeWorkspace, uriOf } from './harness.ts';

async function withClient(options: Parameters<typeof TestClient.start>[0], body: (client: TestClient) => Promise<void>): Promise<void> {
  const client = await TestClient.start(options);
  try {
    await body(client);
  } finally {
    await client.stop();
  }
}

describe('editor settings (workspace/configuration, section plainIg)', () => {
  it('are pulled per resource: each folder gets its own', async () => {
    const strict = makeWorkspace();
    const relaxed = makeWorkspace();
    const asked: Array<string | undefined> = [];
    await withClient(
      {
        folders: [strict, relaxed],
        configuration: (scopeUri, section) => {
          asked.push(`${section} ${scopeUri}`);
          if (scopeUri?.startsWith(uriOf(strict))) return { checks: { jargon: { enabled: true, severity: 'error' } }, allow: [] };
          return { checks: { jargon: { enabled: false, severity: 'warning' } }, audience: 'staff', run: 'onType' };
        },
      },
      async (client) => {
        const strictUri = uriOf(join(strict, 'a.md'));
        const relaxedUri = uriOf(join(relaxed, 'b.md'));
        expect(byCode(await client.open(strictUri, SAMPLE), 'jargon/interoperability').severity).toBe(1);
        expect(codes(await client.open(relaxedUri, SAMPLE)).filter((code) => code.startsWith('jargon/'))).toEqual([]);
        expect(asked).toEqual([`plainIg ${strictUri}`, `plainIg ${relaxedUri}`]);
      },
    );
  });

  it('cope with a client that answers null (as Neovim does): defaults are used', async () => {
    await withClient({ configuration: () => null }, async (client) => {
      expect(byCode(await client.open('untitled:null.md', SAMPLE), 'jargon/interoperability').severity).toBe(2);
    });
  });

  it('use the default for a wrong value and keep the rest', async () => {
    await withClient({ configuration: () => ({ audience: 'martians', checks: { outdated: { enabled: false } } }) }, async (client) => {
      const diagnostics = await client.open('untitled:wrong.md', SAMPLE);
      expect(codes(diagnostics)).not.toContain('outdated/hscic');
      expect(codes(diagnostics)).toContain('jargon/interoperability');
    });
  });

  it('are re-applied on workspace/didChangeConfiguration', async () => {
    let severity = 'warning';
    await withClient({ configuration: () => ({ checks: { outdated: { enabled: true, severity } } }) }, async (client) => {
      const uri = 'untitled:change.md';
      expect(byCode(await client.open(uri, SAMPLE), 'outdated/hscic').severity).toBe(2);
      severity = 'hint';
      const since = client.published.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const after = await client.diagnostics(uri, (params) => byCode(params.diagnostics, 'outdated/hscic').severity === 4, since);
      expect(after.version).toBe(1);
    });
  });

  it('come from didChangeConfiguration for a client without workspace/configuration', async () => {
    await withClient({ capabilities: { workspace: { configuration: false } } }, async (client) => {
      const uri = 'untitled:push-settings.md';
      expect(codes(await client.open(uri, SAMPLE))).toContain('acronym/dspt');
      const since = client.published.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { plainIg: { checks: { acronym: { enabled: false } } } } });
      await client.diagnostics(uri, (params) => !codes(params.diagnostics).includes('acronym/dspt'), since);
    });
  });

  it('run: onSave checks on open and save only, not while typing', async () => {
    await withClient({ configuration: () => ({ run: 'onSave' }) }, async (client) => {
      const uri = 'untitled:on-save.md';
      await client.open(uri, 'Nothing to see.\n');
      const version = await client.edit(uri, 0, 0, 'The HSCIC said so. ');
      // Saving checks; the check it publishes is the first since open, so typing did not check.
      const since = client.published.length;
      await client.save(uri);
      const saved = await client.diagnostics(uri, (params) => params.version === version, since);
      expect(codes(saved.diagnostics)).toEqual(['outdated/hscic']);
      expect(client.published.filter((params) => params.uri === uri).map((params) => params.version)).toEqual([1, version]);
    });
  });
});

describe('.plain-ig.yml', () => {
  it('is merged over the editor settings: its keys win, allow lists are joined', async () => {
    const ws = makeWorkspace({ '.plain-ig.yml': 'checks:\n  acronym: off\n  jargon: error\nallow:\n  - data lake\n' });
    await withClient({ folders: [ws], configuration: () => ({ checks: { jargon: { enabled: true, severity: 'hint' } }, allow: ['HSCIC'] }) }, async (client) => {
      const diagnostics = await client.open(uri(ws, 'policy.md'), SAMPLE);
      expect(codes(diagnostics)).toEqual(['jargon/interoperability', 'jargon/firewall', 'risk/never-share-without-consent']);
      expect(byCode(diagnostics, 'jargon/interoperability').severity).toBe(1);
    });
  });

  it('is re-read when the client reports it changed (workspace/didChangeWatchedFiles)', async () => {
    const ws = makeWorkspace({ '.plain-ig.yml': 'allow: []\n' });
    await withClient({ folders: [ws] }, async (client) => {
      const doc = uri(ws, 'policy.md');
      expect(codes(await client.open(doc, SAMPLE))).toContain('outdated/hscic');
      writeFileSync(join(ws, '.plain-ig.yml'), 'checks:\n  outdated: off\n');
      const since = client.published.length;
      await client.fileChanged(join(ws, '.plain-ig.yml'));
      await client.diagnostics(doc, (params) => !codes(params.diagnostics).includes('outdated/hscic'), since);
    });
  });

  it('when broken, shows as a diagnostic on the config file, defaults are used, and it clears once fixed', async () => {
    const ws = makeWorkspace({ '.plain-ig.yml': 'checks:\n  outdated: off\nallow: [unclosed\n' });
    const config = uriOf(join(ws, '.plain-ig.yml'));
    await withClient({ folders: [ws] }, async (client) => {
      const doc = uri(ws, 'policy.md');
      expect(codes(await client.open(doc, SAMPLE))).toContain('outdated/hscic');
      const broken = await client.diagnostics(config, (params) => params.diagnostics.length > 0);
      expect(broken.diagnostics).toHaveLength(1);
      expect(broken.diagnostics[0]).toMatchObject({
        severity: 1,
        source: 'plain-ig',
        code: 'config-error',
        message: expect.stringMatching(/^Plain IG cannot use this config file: not valid YAML.*Until it is fixed, documents are checked with the editor's settings and Plain IG's defaults\.$/),
      });
      expect(broken.diagnostics[0]!.range.start.line).toBeGreaterThanOrEqual(2);

      writeFileSync(join(ws, '.plain-ig.yml'), 'checks:\n  outdated: off\n');
      const since = client.published.length;
      await client.fileChanged(join(ws, '.plain-ig.yml'));
      await client.diagnostics(config, (params) => params.diagnostics.length === 0, since);
      await client.diagnostics(doc, (params) => !codes(params.diagnostics).includes('outdated/hscic'), since);
    });
  });

  it('a wrong value is an error on its line; an unknown key is a warning', async () => {
    const ws = makeWorkspace({ '.plain-ig.yml': '# settings\naudience: martians\n' });
    await withClient({ folders: [ws] }, async (client) => {
      await client.open(uri(ws, 'a.md'), SAMPLE);
      const error = await client.diagnostics(uriOf(join(ws, '.plain-ig.yml')), (params) => params.diagnostics.length > 0);
      expect(error.diagnostics[0]).toMatchObject({ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 18 } }, code: 'config-error' });
      expect(error.diagnostics[0]!.message).toContain('audience must be "staff", "public" or "auto"');
    });
    const other = makeWorkspace({ '.plain-ig.yml': 'allow: []\ncolour: blue\n' });
    await withClient({ folders: [other] }, async (client) => {
      await client.open(uri(other, 'a.md'), SAMPLE);
      const warning = await client.diagnostics(uriOf(join(other, '.plain-ig.yml')), (params) => params.diagnostics.length > 0);
      expect(warning.diagnostics[0]).toMatchObject({ severity: 2, code: 'config-warning', range: { start: { line: 1 } }, message: 'Plain IG ignored this: unknown setting "colour".' });
    });
  });
});

function uri(folder: string, name: string): string {
  return uriOf(join(folder, name));
}
