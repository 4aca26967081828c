// The bundled dictionaries are found from their data (each file's `check:` key),
// not from a list of file names, so adding a check's dictionary touches nothing else.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledDictionaryFiles, dictionariesDir } from '../../server/src/core/dictionaries.ts';

const bundled = dictionariesDir();
let folder: string | undefined;

/** A copy of the bundled dictionaries folder, changed by `change`, used as PLAIN_IG_DICTIONARIES. */
function useCopy(change: (dir: string) => void): void {
  folder = mkdtempSync(join(tmpdir(), 'plain-ig-dicts-'));
  cpSync(bundled, folder, { recursive: true });
  change(folder);
  process.env['PLAIN_IG_DICTIONARIES'] = folder;
}

afterEach(() => {
  delete process.env['PLAIN_IG_DICTIONARIES'];
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

describe('the bundled dictionary files', () => {
  it('are found from each file’s check key, whatever the file is called', () => {
    const files = bundledDictionaryFiles();
    expect(basename(files.get('acronym') ?? '')).toBe('acronyms.yml');
    expect(basename(files.get('plain-words') ?? '')).toBe('plain-words.yml');
    expect([...files.keys()].sort()).toEqual(['acronym', 'jargon', 'leadership', 'outdated', 'plain-words', 'risk', 'trust']);
  });

  it('refuse two files for one check, naming both', () => {
    useCopy((dir) => cpSync(join(dir, 'trust.yml'), join(dir, 'trust-copy.yml')));
    expect(() => bundledDictionaryFiles()).toThrow(/\/trust\.yml: "trust" already has a dictionary: .*\/trust-copy\.yml$/); // files are read in name order
  });

  it('refuse a folder where a check has no dictionary', () => {
    useCopy((dir) => rmSync(join(dir, 'leadership.yml')));
    expect(() => bundledDictionaryFiles()).toThrow('no dictionary names the check leadership');
  });
});
