// Smoke test with a second real client: headless Neovim's built-in LSP client
// (which answers workspace/configuration with null) gets the server's diagnostics.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SERVER, testDictionaries } from './harness.ts';

const hasNeovim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasNeovim)('Neovim', () => {
  it('shows the server’s diagnostics on open and after an edit', () => {
    const folder = mkdtempSync(join(tmpdir(), 'plain-ig-nvim-'));
    const file = join(folder, 'policy.md');
    writeFileSync(file, '# Policy\n\nWe value interoperability.\n');
    const out = join(folder, 'out.txt');
    const result = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${join(ROOT, 'test/lsp/fixtures/nvim/probe.lua')}`], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        PLAIN_IG_OUT: out,
        PLAIN_IG_SERVER: SERVER,
        PLAIN_IG_NODE: process.execPath,
        PLAIN_IG_FILE: file,
        PLAIN_IG_ROOT: folder,
        PLAIN_IG_DICTIONARIES: testDictionaries(),
      },
    });
    expect(result.error).toBeUndefined();
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toEqual([
      'opened true',
      'diagnostic 2:9:jargon/interoperability:plain-ig',
      'edited true',
      'diagnostic 2:9:jargon/interoperability:plain-ig',
      'diagnostic 3:4:outdated/hscic:plain-ig',
    ]);
  });
});
