import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfigFile, loadConfigFor, parseConfigText } from '../../server/src/core/config.ts';
import { applySettings } from '../../server/src/core/settings.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';

describe('config files', () => {
  it('is found by walking up from the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'plain-ig-config-'));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, '.plain-ig.yml'), 'audience: public\nchecks:\n  plain-words: off\n  risk: error\nallow: [Spine]\n');
    writeFileSync(join(root, 'a', 'b', 'policy.md'), '# x\n');
    expect(findConfigFile(join(root, 'a', 'b', 'policy.md'))).toBe(join(root, '.plain-ig.yml'));
    const loaded = loadConfigFor(join(root, 'a', 'b', 'policy.md'), defaultSettings())!;
    expect(loaded.settings.audience).toBe('public');
    expect(loaded.settings.checks['plain-words'].enabled).toBe(false);
    expect(loaded.settings.checks.risk).toEqual({ enabled: true, severity: 'error' });
    expect(loaded.settings.allow).toEqual(['Spine']);
  });

  it('resolves extra dictionary paths against the config file folder', () => {
    const loaded = parseConfigText('dictionaries: [./ours.yml]\n', '/work/x/.plain-ig.yml', defaultSettings());
    expect(loaded.settings.dictionaries).toEqual(['/work/x/ours.yml']);
  });

  it.each([
    ['broken YAML', 'checks:\n  risk: warning\n   bad: [x\n', 'not valid YAML', 2],
    ['a wrong severity', 'checks:\n  risk: loud\n', 'use off, on, or a severity', 2],
    ['a wrong audience', 'nation: england\naudience: everyone\n', 'audience must be', 2],
    ['allow that is not a list', 'allow: Spine\n', '"allow" must be a list', 1],
  ])('reports %s with the file, the line and what is wrong', (_name, text, reason, line) => {
    let error: unknown;
    try {
      parseConfigText(text, '/tmp/.plain-ig.yml', defaultSettings());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect(configError.file).toBe('/tmp/.plain-ig.yml');
    expect(configError.message).toContain(reason);
    expect(configError.line).toBe(line);
  });

  it('reports broken JSON with a line', () => {
    expect(() => parseConfigText('{\n  "audience": "public",\n  oops\n}', '/tmp/.plain-ig.json', defaultSettings())).toThrow(ConfigError);
  });

  it('warns about unknown keys but still loads', () => {
    const loaded = parseConfigText('audeince: public\nnation: wales\n', '/tmp/.plain-ig.yml', defaultSettings());
    expect(loaded.settings.nation).toBe('wales');
    expect(loaded.warnings.map((w) => w.message)).toEqual(['unknown setting "audeince" (ignored)']);
  });
});

describe('settings normalisation', () => {
  it('accepts each way of writing a check setting', () => {
    const { settings, problems } = applySettings(defaultSettings(), {
      checks: { jargon: false, risk: 'error', acronym: { severity: 'hint' }, outdated: 'off' },
    });
    expect(problems).toEqual([]);
    expect(settings.checks.jargon.enabled).toBe(false);
    expect(settings.checks.risk).toEqual({ enabled: true, severity: 'error' });
    expect(settings.checks.acronym).toEqual({ enabled: true, severity: 'hint' });
    expect(settings.checks.outdated.enabled).toBe(false);
  });

  it('copes with null (as Neovim sends) and non-objects', () => {
    expect(applySettings(defaultSettings(), null).settings).toEqual(defaultSettings());
    expect(applySettings(defaultSettings(), 42).problems[0]?.level).toBe('error');
  });
});
