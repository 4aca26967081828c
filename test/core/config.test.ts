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

describe('a config nested too deeply is refused before it is parsed', () => {
  it('names the line where brackets pass 64 levels, in YAML and JSON', () => {
    const yaml = `audience: staff\nallow: ${'['.repeat(65)}${']'.repeat(65)}\n`;
    expect(() => parseConfigText(yaml, '/w/.plain-ig.yml', defaultSettings())).toThrow('/w/.plain-ig.yml:2: nested more than 64 brackets deep');
    const json = `{\n  "allow": ${'['.repeat(70)}${']'.repeat(70)}\n}`;
    expect(() => parseConfigText(json, '/w/.plain-ig.json', defaultSettings())).toThrow('/w/.plain-ig.json:2: nested more than 64 brackets deep');
  });

  it('counts braces as well as square brackets, and brackets written after a word and "#" (no comment)', () => {
    const json = `${'{"a":'.repeat(70)}1${'}'.repeat(70)}`;
    expect(() => parseConfigText(json, '/w/.plain-ig.json', defaultSettings())).toThrow('/w/.plain-ig.json:1: nested more than 64 brackets deep');
    expect(() => parseConfigText(`audience: staff#${'['.repeat(65)}\n`, '/w/.plain-ig.yml', defaultSettings())).toThrow('/w/.plain-ig.yml:1: nested more than 64 brackets deep');
    // A comment at the very start of the file is skipped.
    expect(parseConfigText(`#${'['.repeat(70)}\naudience: public\n`, '/w/.plain-ig.yml', defaultSettings()).settings.audience).toBe('public');
  });

  it('a closing bracket with none open does not make room for more', () => {
    const text = `allow: a]]]]\nnation: ${'['.repeat(65)}${']'.repeat(65)}\n`;
    expect(() => parseConfigText(text, '/w/.plain-ig.yml', defaultSettings())).toThrow('/w/.plain-ig.yml:2: nested more than 64 brackets deep');
  });

  it('a quoted string ends at its own closing quote, not at an escaped one', () => {
    const text = `allow: ["x\\"${'['.repeat(100)}", 'it''s ${'['.repeat(70)}']\n`;
    expect(parseConfigText(text, '/w/.plain-ig.yml', defaultSettings()).settings.allow).toEqual([`x"${'['.repeat(100)}`, `it's ${'['.repeat(70)}`]);
  });

  it('counts no brackets inside quoted strings or YAML comments', () => {
    const text = `allow: ["${'['.repeat(100)}", '${'{'.repeat(100)}'] # ${'['.repeat(100)}\n`;
    expect(parseConfigText(text, '/w/.plain-ig.yml', defaultSettings()).settings.allow).toEqual(['['.repeat(100), '{'.repeat(100)]);
  });
});

describe('config files: exact errors, warnings and where the file is found', () => {
  const errorOf = (text: string, file: string): ConfigError => {
    try {
      parseConfigText(text, file, defaultSettings());
    } catch (error) {
      if (error instanceof ConfigError) return error;
      throw error;
    }
    throw new Error('no error');
  };

  it('names the nested key with arrows, its line, and the value as written', () => {
    const yaml = errorOf('audience: staff\nchecks:\n  risk:\n    severity: loud\n', '/w/.plain-ig.yml');
    expect(yaml.message).toBe('/w/.plain-ig.yml:4: checks → risk → severity: severity must be one of error, warning, info, hint, not "loud"');
    const json = errorOf('{\n  "checks": {\n    "risk": { "severity": "loud" }\n  }\n}\n', '/w/.plain-ig.json');
    expect(json.message).toBe('/w/.plain-ig.json:3: checks → risk → severity: severity must be one of error, warning, info, hint, not "loud"');
    // A value that is not a scalar is not quoted back.
    expect(errorOf('allow:\n  a: 1\n', '/w/.plain-ig.yml').message).toBe('/w/.plain-ig.yml:1: allow: "allow" must be a list of text values');
    expect(errorOf('{"nation": 7}', '/w/.plain-ig.json').message).toBe('/w/.plain-ig.json:1: nation: nation must be one of england, wales, scotland, northern-ireland, not "7"');
  });

  it('quotes back a JSON value as written: numbers, literals, strings with escapes', () => {
    const nations = 'nation must be one of england, wales, scotland, northern-ireland';
    const audiences = 'audience must be "staff", "public" or "auto"';
    expect(errorOf('{"nation": 77}', '/w/.plain-ig.json').message).toBe(`/w/.plain-ig.json:1: nation: ${nations}, not "77"`);
    expect(errorOf('{"nation": -1.5e3}', '/w/.plain-ig.json').message).toBe(`/w/.plain-ig.json:1: nation: ${nations}, not "-1.5e3"`);
    expect(errorOf('{"audience" :  false }', '/w/.plain-ig.json').message).toBe(`/w/.plain-ig.json:1: audience: ${audiences}, not "false"`);
    expect(errorOf('{"audience": true}', '/w/.plain-ig.json').message).toBe(`/w/.plain-ig.json:1: audience: ${audiences}, not "true"`);
    expect(errorOf('{"audience": "lo\\"ud"}', '/w/.plain-ig.json').message).toBe(`/w/.plain-ig.json:1: audience: ${audiences}, not "lo\\"ud"`);
    expect(errorOf('{"checks": {"risk": {"severity": null}}}', '/w/.plain-ig.json').message).toBe(
      '/w/.plain-ig.json:1: checks → risk → severity: severity must be one of error, warning, info, hint, not "null"',
    );
    // A list is not quoted back.
    expect(errorOf('{"audience": ["x"]}', '/w/.plain-ig.json').message).toBe(`/w/.plain-ig.json:1: audience: ${audiences}`);
  });

  it('finds each part of a JSON key after the one before it', () => {
    const error = errorOf('{\n  "risk": 1,\n  "checks": {\n    "risk": "loud"\n  }\n}\n', '/w/.plain-ig.json');
    expect([error.line, error.message]).toEqual([4, '/w/.plain-ig.json:4: checks → risk: use off, on, or a severity (error, warning, info, hint), not "loud"']);
  });

  it('a JSON key with characters a pattern would read as syntax is found where it is', () => {
    expect(parseConfigText('{\n  "audience": "staff",\n  "col(our)?": 1,\n  "a|b": 2\n}', '/w/.plain-ig.json', defaultSettings()).warnings).toEqual([
      { key: 'col(our)?', message: 'unknown setting "col(our)?" (ignored)', level: 'warning', line: 3 },
      { key: 'a|b', message: 'unknown setting "a|b" (ignored)', level: 'warning', line: 4 },
    ]);
  });

  it('settings that are not a mapping: no key to name, no line', () => {
    const error = errorOf('- risk\n', '/w/.plain-ig.yml');
    expect([error.line, error.message]).toEqual([undefined, '/w/.plain-ig.yml: settings must be a mapping of keys to values']);
    expect(errorOf('[1]', '/w/.plain-ig.json').message).toBe('/w/.plain-ig.json: settings must be a mapping of keys to values');
  });

  it('broken JSON gives the line of the mistake; empty JSON or YAML is no settings', () => {
    const error = errorOf('{\n  "a": 1,\n  "b" 2\n}', '/w/.plain-ig.json');
    expect(error.line).toBe(3);
    // Node gives no position for some mistakes (a trailing comma): then there is no line.
    expect(errorOf('{\n  "allow": [\n    "x",\n  ]\n}', '/w/.plain-ig.json').line).toBeUndefined();
    expect(error.reason).toMatch(/^not valid JSON \(/);
    expect(parseConfigText('  \n', '/w/.plain-ig.json', defaultSettings()).settings).toEqual(defaultSettings());
    expect(parseConfigText('', '/w/.plain-ig.yml', defaultSettings()).settings).toEqual(defaultSettings());
  });

  it('a line is counted from a line break at the very start too', () => {
    expect(errorOf('\n{"nation": 77}', '/w/.plain-ig.json').line).toBe(2);
  });

  it('closing brackets and braces end their level: many siblings are not deep', () => {
    for (const open of ['{}', '[]']) {
      expect(parseConfigText(`{"colour": [${Array(70).fill(open).join(',')}]}`, '/w/.plain-ig.json', defaultSettings()).warnings.map((w) => w.key)).toEqual(['colour']);
    }
  });

  it('refuses more than 50 aliases, far fewer than the YAML library allows', () => {
    const aliases = (n: number) => `a: &a x\nallow: [${Array(n).fill('*a').join(', ')}]\n`;
    expect(parseConfigText(aliases(40), '/w/.plain-ig.yml', defaultSettings()).settings.allow).toEqual(Array(40).fill('x'));
    expect(errorOf(aliases(60), '/w/.plain-ig.yml').reason).toMatch(/^not valid YAML: /);
  });

  it('an alias bomb is refused as YAML, not expanded', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    expect(errorOf(`${bomb}\n`, '/w/.plain-ig.yml').reason).toMatch(/^not valid YAML: /);
  });

  it('unknown keys are warnings with their own line, in YAML and JSON', () => {
    expect(parseConfigText('audience: staff\ncolour: blue\nchecks:\n  spelling: on\n', '/w/.plain-ig.yml', defaultSettings()).warnings).toEqual([
      { key: 'colour', message: 'unknown setting "colour" (ignored)', level: 'warning', line: 2 },
      { key: 'checks.spelling', message: 'unknown check "spelling"; the checks are jargon, risk, plain-words, acronym, outdated, trust, leadership', level: 'warning', line: 4 },
    ]);
    expect(parseConfigText('{\n  "checks": {},\n  "colour": "blue"\n}', '/w/.plain-ig.json', defaultSettings()).warnings).toEqual([
      { key: 'colour', message: 'unknown setting "colour" (ignored)', level: 'warning', line: 3 },
    ]);
  });

  it('absolute dictionary paths are kept as they are', () => {
    expect(parseConfigText('dictionaries: [/abs/ours.yml, ../up.yml]\n', '/work/x/.plain-ig.yml', defaultSettings()).settings.dictionaries).toEqual(['/abs/ours.yml', '/work/up.yml']);
  });

  it('is looked for from a folder too, prefers .yml, and stops at the folder given', () => {
    const root = mkdtempSync(join(tmpdir(), 'plain-ig-config-'));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, '.plain-ig.json'), '{}');
    expect(findConfigFile(join(root, 'a', 'b'))).toBe(join(root, '.plain-ig.json'));
    expect(findConfigFile(join(root, 'a', 'b', 'missing.md'))).toBe(join(root, '.plain-ig.json'));
    expect(findConfigFile(join(root, 'a', 'b'), join(root, 'a'))).toBeUndefined();
    expect(loadConfigFor(join(root, 'a', 'b'), defaultSettings(), join(root, 'a'))).toBeUndefined();
    writeFileSync(join(root, 'a', '.plain-ig.yaml'), 'audience: public\n');
    writeFileSync(join(root, 'a', '.plain-ig.yml'), 'audience: staff\n');
    expect(findConfigFile(join(root, 'a', 'b'), join(root, 'a'))).toBe(join(root, 'a', '.plain-ig.yml'));
    expect(loadConfigFor(join(root, 'a', 'b'), defaultSettings())!.settings.audience).toBe('staff');
  });

  it('a config file that cannot be read is an error naming why', () => {
    const root = mkdtempSync(join(tmpdir(), 'plain-ig-config-'));
    mkdirSync(join(root, '.plain-ig.yml'));
    expect(() => loadConfigFor(join(root, 'policy.md'), defaultSettings())).toThrow(`${join(root, '.plain-ig.yml')}: cannot read the file (EISDIR)`);
  });
});
