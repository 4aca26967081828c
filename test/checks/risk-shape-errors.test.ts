// A risk dictionary that cannot be compiled (here: the word-form library fails to
// load) is a dictionary error: one clear line and exit 2 in the CLI, not a crash.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../server/src/core/morphology.ts', async (original) => ({
  ...(await original<typeof import('../../server/src/core/morphology.ts')>()),
  surfaceForms: () => {
    throw new Error("Cannot find module 'compromise/two'");
  },
}));

const { bundledDictionaries, DictionaryError } = await import('../../server/src/core/dictionaries.ts');
const { compileShape } = await import('../../server/src/checks/risk/shape.ts');
const { runMain } = await import('../cli/helpers.ts');

describe('risk: a shape that cannot be compiled', () => {
  it('is a DictionaryError naming the library and the word', () => {
    const risk = structuredClone(bundledDictionaries().risk);
    expect(() => compileShape(risk)).toThrow(DictionaryError);
    expect(() => compileShape(risk)).toThrow(/word-form library \(compromise\) failed to load \(Cannot find module 'compromise\/two'\)/);
  });

  it('stops the CLI with one line and exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plain-ig-risk-'));
    writeFileSync(join(dir, 'policy.md'), 'Information must not be shared without consent.\n');
    const { code, stdout, stderr } = await runMain(['check', join(dir, 'policy.md')], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^plain-ig: risk dictionary: cannot expand "\w+/);
  });
});
