/**
 * "Open the config file": opens the nearest existing config for the active
 * document, or creates the commented starter file at the workspace folder's
 * root; never creates one in Restricted Mode or without a folder. The starter
 * file changes nothing until edited, and each example in it, uncommented, is
 * a valid config.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConfigText } from '../../server/src/core/config.ts';
import { CONFIG_NAMES, CONFIG_NAMES as CONFIG_FILE_NAMES } from '../../server/src/core/shared.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';

vi.mock('vscode', () => import('./fake-vscode.ts'));

const { fake, Uri } = await import('./fake-vscode.ts');
const { openConfigFile } = await import('../../client/src/config-file.ts');
const { STARTER_CONFIG } = await import('../../client/src/starter-config.ts');

beforeEach(() => {
  fake.reset();
  fake.folders.push({ uri: Uri.file('/ws'), name: 'ws', index: 0 });
});

const text = (path: string): string => new TextDecoder().decode(fake.files.get(path));

describe('openConfigFile', () => {
  it('creates the starter file at the folder root when there is none, and opens it', async () => {
    fake.activeDocument = { uri: Uri.file('/ws/policies/sharing.md'), languageId: 'markdown' };
    await openConfigFile();
    expect([...fake.files.keys()]).toEqual(['/ws/.plain-ig.yml']);
    expect(text('/ws/.plain-ig.yml')).toBe(STARTER_CONFIG);
    expect(fake.opened).toEqual(['/ws/.plain-ig.yml']);
  });

  it('opens the nearest existing config, walking up from the document, without writing', async () => {
    fake.files.set('/ws/.plain-ig.yml', new Uint8Array());
    fake.files.set('/ws/policies/.plain-ig.json', new Uint8Array());
    fake.activeDocument = { uri: Uri.file('/ws/policies/hr/leave.md'), languageId: 'markdown' };
    await openConfigFile();
    expect(fake.opened).toEqual(['/ws/policies/.plain-ig.json']);
    expect(fake.files.size).toBe(2);
  });

  it('prefers .plain-ig.yml over .yaml and .json in the same folder', async () => {
    for (const name of ['.plain-ig.json', '.plain-ig.yaml', '.plain-ig.yml']) fake.files.set(`/ws/${name}`, new Uint8Array());
    await openConfigFile();
    expect(fake.opened).toEqual(['/ws/.plain-ig.yml']);
  });

  it('does not create a file in Restricted Mode, and says why', async () => {
    fake.trusted = false;
    await openConfigFile();
    expect(fake.files.size).toBe(0);
    expect(fake.opened).toEqual([]);
    expect(fake.messages).toEqual([expect.stringContaining('Restricted Mode')]);
  });

  it('without a folder, asks for one and writes nothing', async () => {
    fake.folders.length = 0;
    await openConfigFile();
    expect(fake.files.size).toBe(0);
    expect(fake.messages).toEqual([expect.stringContaining('open a folder first')]);
  });
});

describe('the starter config', () => {
  it('uses the same file names, in the same order, as the checker', () => {
    expect([...CONFIG_FILE_NAMES]).toEqual([...CONFIG_NAMES]);
  });

  it('changes nothing as created: every line is a comment or blank', () => {
    expect(STARTER_CONFIG.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'))).toEqual([]);
    expect(parseConfigText(STARTER_CONFIG, '.plain-ig.yml', defaultSettings()).settings).toEqual(defaultSettings());
  });

  it('with its examples uncommented, is a valid config that the checker reads as written', () => {
    const uncommented = STARTER_CONFIG.split('\n')
      .filter((line) => /^# ( *)(\w[\w-]*:|- )/.test(line) && !/^# [A-Z]/.test(line))
      .map((line) => line.slice(2))
      .join('\n');
    expect(uncommented).toContain('audience: staff');
    const loaded = parseConfigText(uncommented, '.plain-ig.yml', defaultSettings());
    expect(loaded.warnings).toEqual([]);
    expect(loaded.settings.audience).toBe('staff');
    expect(loaded.settings.nation).toBe('england');
    expect(loaded.settings.checks['plain-words']).toEqual({ enabled: true, severity: 'info' });
    expect(loaded.settings.allow).toEqual(['Section 75 agreement', 'SystmOne', 'leadership/staff-support']);
    expect(loaded.settings.dictionaries).toEqual([expect.stringMatching(/ig-dictionaries\/local-terms\.yml$/)]);
  });
});
