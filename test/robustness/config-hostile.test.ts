/**
 * Config files and extra dictionaries are data only, from an untrusted
 * workspace: malformed or hostile ones give a clear error (or a warning for
 * unknown keys), and none of them runs code, reads other files, pollutes
 * prototypes or hangs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ConfigError, parseConfigText } from '../../server/src/core/config.ts';
import { clearDictionaryCache, DictionaryError, dictionariesWith, loadDictionaryFile } from '../../server/src/core/dictionaries.ts';
import { checkText } from '../../server/src/engine/check-text.ts';
import { applySettings } from '../../server/src/core/settings.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { count } from './generators.ts';

const dir = mkdtempSync(join(tmpdir(), 'plain-ig-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  clearDictionaryCache();
  // Nothing may have been added to the shared prototypes.
  for (const proto of [Object.prototype, Array.prototype, Function.prototype]) {
    expect(Object.getOwnPropertyNames(proto).filter((name) => /polluted|pwned/i.test(name))).toEqual([]);
  }
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect((globalThis as Record<string, unknown>)['pwned']).toBeUndefined();
});

/** Parses config text as YAML (or JSON); returns the outcome as plain data. */
function tryConfig(text: string, name = '.plain-ig.yml'): { ok: true; warnings: string[]; settings: unknown } | { ok: false; error: unknown } {
  count('hostile configs parsed');
  try {
    const loaded = parseConfigText(text, join(dir, name), defaultSettings());
    return { ok: true, warnings: loaded.warnings.map((w) => w.message), settings: loaded.settings };
  } catch (error) {
    return { ok: false, error };
  }
}

const billionLaughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'allow: [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
].join('\n');

describe('malformed and wrong configs give a ConfigError with a reason', () => {
  it.each([
    ['broken YAML', 'checks: [risk\nallow: ]]', '.plain-ig.yml'],
    ['a tab-indented YAML map', 'checks:\n\trisk: off', '.plain-ig.yml'],
    ['duplicate keys', 'audience: staff\naudience: public', '.plain-ig.yml'],
    ['broken JSON', '{"checks": {"risk": "off",}', '.plain-ig.json'],
    ['JSON that is a string', '"checks"', '.plain-ig.json'],
    ['YAML that is a list', '- risk\n- jargon', '.plain-ig.yml'],
    ['checks as a number', 'checks: 5', '.plain-ig.yml'],
    ['a check as a list', 'checks:\n  risk: [1, 2]', '.plain-ig.yml'],
    ['allow as a map', 'allow: {cloud: true}', '.plain-ig.yml'],
    ['allow with numbers', 'allow: [1, 2]', '.plain-ig.yml'],
    ['nation as a huge number', 'nation: 1e999', '.plain-ig.yml'],
    ['audience as a huge integer', 'audience: 99999999999999999999999999999999', '.plain-ig.yml'],
    ['severity as -Infinity', 'checks:\n  risk: {severity: -.inf}', '.plain-ig.yml'],
    ['enabled as NaN', 'checks:\n  risk: {enabled: .nan}', '.plain-ig.yml'],
    ['dictionaries as a string', 'dictionaries: extra.yml', '.plain-ig.yml'],
    ['a billion-laughs alias bomb', billionLaughs, '.plain-ig.yml'],
    ['a bare alias to nothing', 'allow: *missing', '.plain-ig.yml'],
  ])('%s', (_name, text, file) => {
    const outcome = tryConfig(text, file);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error).toBeInstanceOf(ConfigError);
      expect(String((outcome.error as Error).message).split('\n')).toHaveLength(1);
    }
  });

  it('unknown keys are warnings, and the rest still loads', () => {
    const outcome = tryConfig('audience: public\ncolour: blue\nchecks:\n  spelling: on\n  risk: off\n');
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.warnings).toEqual(['unknown setting "colour" (ignored)', expect.stringContaining('unknown check "spelling"')]);
      expect(outcome.settings).toMatchObject({ audience: 'public', checks: { risk: { enabled: false } } });
    }
  });

  it('an empty file, a comment-only file and an empty JSON object are the defaults', () => {
    for (const [text, name] of [['', '.plain-ig.yml'], ['# nothing\n', '.plain-ig.yml'], ['{}', '.plain-ig.json'], ['', '.plain-ig.json']] as const) {
      const outcome = tryConfig(text, name);
      expect(outcome.ok).toBe(true);
      if (outcome.ok) expect(outcome.settings).toEqual(defaultSettings());
    }
  });

  it('a deeply nested YAML or JSON value is an error or ignored, never a crash', () => {
    const depth = 20_000;
    for (const [text, name] of [
      [`allow: ${'['.repeat(depth)}${']'.repeat(depth)}`, '.plain-ig.yml'],
      [`{"allow": ${'['.repeat(depth)}${']'.repeat(depth)}}`, '.plain-ig.json'],
      [`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, '.plain-ig.json'],
    ] as const) {
      const outcome = tryConfig(text, name);
      if (!outcome.ok) expect(outcome.error).toBeInstanceOf(ConfigError);
    }
  });

  it('a huge allow list loads and checking still works', () => {
    const allow = Array.from({ length: 100_000 }, (_, i) => `phrase number ${i}`);
    const outcome = tryConfig(`allow:\n${allow.map((a) => `  - ${a}`).join('\n')}\n  - cloud\n`);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const settings = outcome.settings as ReturnType<typeof defaultSettings>;
    expect(settings.allow).toHaveLength(100_001);
    const found = checkText('We store records in the cloud and leverage the data.', { format: 'plaintext', settings }).findings;
    expect(found.map((f) => f.actual)).not.toContain('cloud');
  });
});

describe('a config is data: nothing in it runs, reads files or pollutes prototypes', () => {
  it.each([
    ['!!js/function', 'allow: [!!js/function "function () { globalThis.pwned = true; return 1 }"]'],
    ['!!js/regexp', 'allow: [!!js/regexp "/(a+)+$/"]'],
    ['!!js/undefined', 'audience: !!js/undefined ""'],
    ['a verbatim js tag', 'audience: !<tag:yaml.org,2002:js/function> "function () { globalThis.pwned = true }"'],
    ['a local !include tag', 'allow: [!include /etc/passwd]'],
    ['!!binary', 'allow: [!!binary aGVsbG8=]'],
    ['!!set', 'allow: !!set {a, b}'],
    ['!!omap', 'checks: !!omap [risk: off]'],
    ['!!timestamp', 'audience: !!timestamp 2001-12-14'],
  ])('YAML tag %s never executes', (_name, text) => {
    const outcome = tryConfig(text);
    if (outcome.ok) {
      // Kept only as plain data: strings at most, never functions, never file contents.
      expect(JSON.stringify(outcome.settings)).not.toContain('root:');
      for (const item of (outcome.settings as { allow: unknown[] }).allow) expect(typeof item).toBe('string');
    } else {
      expect(outcome.error).toBeInstanceOf(ConfigError);
    }
  });

  it.each([
    ['__proto__ at the top (YAML)', '__proto__:\n  polluted: yes\naudience: public', '.plain-ig.yml'],
    ['__proto__ under checks (YAML)', 'checks:\n  __proto__:\n    polluted: yes', '.plain-ig.yml'],
    ['constructor.prototype (YAML)', 'constructor:\n  prototype:\n    polluted: yes', '.plain-ig.yml'],
    ['__proto__ via a merge key (YAML)', 'base: &base\n  __proto__: {polluted: yes}\nchecks:\n  <<: *base', '.plain-ig.yml'],
    ['__proto__ at the top (JSON)', '{"__proto__": {"polluted": true}, "audience": "public"}', '.plain-ig.json'],
    ['__proto__ under checks (JSON)', '{"checks": {"__proto__": {"polluted": true}, "risk": "off"}}', '.plain-ig.json'],
    ['constructor.prototype (JSON)', '{"constructor": {"prototype": {"polluted": true}}}', '.plain-ig.json'],
  ])('%s pollutes nothing', (_name, text, name) => {
    const outcome = tryConfig(text, name);
    if (outcome.ok) {
      const settings = outcome.settings as ReturnType<typeof defaultSettings>;
      expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(settings.checks)).toBe(Object.prototype);
      expect((settings as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
      expect((settings.checks as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
    }
  });

  it('settings from any source (VS Code, Neovim, CLI flags) normalise without throwing', () => {
    const inputs: unknown[] = [
      null, undefined, 0, -0, Number.NaN, Infinity, 1e308, 'off', [], [[]], true, Symbol('x').description, () => 1,
      { checks: null }, { checks: [] }, { checks: { risk: Symbol.iterator.toString() } }, { allow: [null] }, { allow: 'x' },
      JSON.parse('{"__proto__": {"polluted": 1}}'), Object.create(null), { checks: Object.create(null) },
      { checks: { risk: { enabled: 'yes', severity: 42 } } }, { nation: { toString: 'england' } },
    ];
    for (const input of inputs) {
      count('hostile settings objects normalised');
      const { settings, problems } = applySettings(defaultSettings(), input);
      expect(Array.isArray(problems)).toBe(true);
      expect(['staff', 'public', 'auto']).toContain(settings.audience);
    }
  });
});

describe('extra dictionaries are validated data and cannot hang or crash a check', () => {
  const write = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it.each([
    ['broken YAML', 'check: jargon\nentries: [\n'],
    ['no check named', 'entries: []\n'],
    ['an unknown check', 'check: spelling\nentries: []\n'],
    ['entries not a list', 'check: jargon\nentries: 5\n'],
    ['an entry with code in it', 'check: jargon\nentries:\n  - id: x\n    phrases: [x]\n    action: replace\n    alternatives: [y]\n    reason: A reason long enough.\n    run: !!js/function "function () { globalThis.pwned = 1 }"\n'],
    ['a $ref to a remote schema', 'check: jargon\n$ref: "https://example.invalid/evil.json"\nentries: []\n'],
    ['an entry id that is not kebab-case', 'check: jargon\nentries:\n  - id: "../../etc"\n    phrases: [x]\n    action: replace\n    alternatives: [y]\n    reason: A reason long enough.\n'],
    ['an empty phrase', 'check: jargon\nentries:\n  - id: x\n    phrases: [""]\n    action: replace\n    alternatives: [y]\n    reason: A reason long enough.\n'],
    ['a billion-laughs alias bomb', `check: jargon\n${billionLaughs.replace('allow:', 'entries:')}\n`],
    ['a malformed risk pattern', 'check: risk\nentries:\n  - id: x\n    patterns: ["(unclosed"]\n    reframe: Say what to do instead.\n    reason: A reason long enough.\n'],
    ['a risk pattern with an unknown macro', 'check: risk\nentries:\n  - id: x\n    patterns: ["{nothing} here"]\n    reframe: Say what to do instead.\n    reason: A reason long enough.\n'],
    ['a risk pattern that is only a gap', 'check: risk\nentries:\n  - id: x\n    patterns: ["..."]\n    reframe: Say what to do instead.\n    reason: A reason long enough.\n'],
  ])('%s: a DictionaryError with a reason', (name, text) => {
    const file = write(`${name.replace(/\W+/g, '-')}.yml`, text);
    count('hostile extra dictionaries loaded');
    const settings = { ...defaultSettings(), dictionaries: [file] };
    let error: unknown;
    try {
      loadDictionaryFile(file);
      checkText('We leverage the cloud. Staff must never share here.', { format: 'plaintext', settings });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DictionaryError);
    expect(String((error as Error).message)).toContain(file);
  });

  it('a huge extra dictionary (20,000 phrases) loads and checks', () => {
    const entries = Array.from(
      { length: 20_000 },
      (_, i) => `  - id: term-${i}\n    phrases: ["term${i} thing", "zz${i}"]\n    action: replace\n    alternatives: [plain ${i}]\n    reason: A generated entry to test size.\n`,
    );
    const file = write('huge-jargon.yml', `check: jargon\nentries:\n${entries.join('')}`);
    const settings = { ...defaultSettings(), dictionaries: [file] };
    expect(dictionariesWith([file]).jargon.entries.length).toBeGreaterThan(20_000);
    const found = checkText('We bought a term19999 thing and zz7.', { format: 'plaintext', settings }).findings;
    expect(found.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['term-19999', 'term-7']));
  });
});
