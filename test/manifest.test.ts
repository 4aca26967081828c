/**
 * The VS Code manifest (package.json) against its sources: the settings must be the ones
 * the server reads (generated from the check registry), every command must have a
 * handler, and the package must hold what the extension needs at run time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS as SERVER_COMMANDS } from '../server/src/core/shared.ts';
import { settingsSchema } from '../server/src/lsp/settings-schema.ts';
import { CHECK_IDS } from '../server/src/checks/registry.ts';
import { COMMANDS, updatedDocs, updatedManifest } from '../scripts/generate-manifest.ts';
import { STARTER_CONFIG } from '../client/src/starter-config.ts';
import { CONFIG_NAMES as CONFIG_FILE_NAMES, CONFIG_NAMES } from '../server/src/core/shared.ts';
import { parseConfigText } from '../server/src/core/config.ts';
import { defaultSettings } from '../server/src/engine/settings.ts';

const packageText = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
const manifest = JSON.parse(packageText) as {
  main: string;
  engines: { vscode: string };
  contributes: { commands: { command: string }[]; configuration: { properties: Record<string, { default: unknown }> } };
  capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } };
};
const clientSource = ['extension.ts', 'config-file.ts', 'status.ts', 'language-client.ts']
  .map((file) => readFileSync(new URL(`../client/src/${file}`, import.meta.url), 'utf8'))
  .join('\n');

describe('package.json (VS Code manifest)', () => {
  it('is up to date with the settings schema and the command list', () => {
    // When this fails, run: npx tsx scripts/generate-manifest.ts
    expect(packageText).toBe(updatedManifest(packageText));
  });

  it('matches the settings and commands tables in docs/vscode.md', () => {
    const docs = readFileSync(new URL('../docs/vscode.md', import.meta.url), 'utf8');
    // When this fails, run: npx tsx scripts/generate-manifest.ts
    expect(docs).toBe(updatedDocs(docs));
  });

  it('has an on/off and a severity setting for every check', () => {
    const keys = Object.keys(manifest.contributes.configuration.properties);
    for (const id of CHECK_IDS) {
      expect(keys).toContain(`plainIg.checks.${id}.enabled`);
      expect(keys).toContain(`plainIg.checks.${id}.severity`);
    }
    expect(keys).toEqual(expect.arrayContaining(['plainIg.allow', 'plainIg.audience', 'plainIg.nation', 'plainIg.run', 'plainIg.dictionaries']));
    expect(keys).toHaveLength(settingsSchema().length);
  });

  it('restricts only settings that exist', () => {
    const keys = Object.keys(manifest.contributes.configuration.properties);
    for (const key of manifest.capabilities.untrustedWorkspaces.restrictedConfigurations) expect(keys).toContain(key);
  });

  it('gives every command a handler, in the server or the client', () => {
    const serverCommands = new Set<string>(Object.values(SERVER_COMMANDS));
    for (const { command } of COMMANDS) {
      const inClient = clientSource.includes(`registerCommand('${command}'`);
      expect(serverCommands.has(command) || inClient, `${command} has no handler`).toBe(true);
    }
    for (const command of serverCommands) expect(COMMANDS.map((item) => item.command)).toContain(command);
  });

  it('points at the bundled client and asks for a VS Code that vscode-languageclient supports', () => {
    expect(manifest.main).toBe('./dist/extension.cjs');
    const client = JSON.parse(readFileSync(new URL('../node_modules/vscode-languageclient/package.json', import.meta.url), 'utf8')) as {
      engines: { vscode: string };
    };
    const minor = (range: string): number => Number(/1\.(\d+)/.exec(range)?.[1]);
    expect(minor(manifest.engines.vscode)).toBeGreaterThanOrEqual(minor(client.engines.vscode));
    // code-server 4.100 (VS Code 1.100) runs the end-to-end tests.
    expect(minor(manifest.engines.vscode)).toBeLessThanOrEqual(100);
  });
});

describe('the starter config file', () => {
  it('is looked for under the same names as the server uses', () => {
    expect([...CONFIG_FILE_NAMES]).toEqual([...CONFIG_NAMES]);
  });

  it('is valid, changes nothing, and mentions every check', () => {
    const { settings, warnings } = parseConfigText(STARTER_CONFIG, '/workspace/.plain-ig.yml', defaultSettings());
    expect(warnings).toEqual([]);
    expect(settings.allow).toEqual([]);
    for (const id of CHECK_IDS) expect(STARTER_CONFIG).toContain(`#   ${id}:`);
  });

  it('still works with every line uncommented', () => {
    const uncommented = STARTER_CONFIG.split('\n')
      .filter((line) => /^# {0,3}[a-z-]+:|^#   /.test(line))
      .map((line) => line.slice(2))
      .join('\n');
    const { settings, warnings } = parseConfigText(uncommented, '/workspace/.plain-ig.yml', defaultSettings());
    expect(warnings).toEqual([]);
    expect(settings.allow).toContain('SystmOne');
    expect(settings.audience).toBe('staff');
  });
});
