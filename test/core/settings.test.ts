// Reading settings from a config file, VS Code or the CLI: every value form, and the exact
// problem (key, wording, level) for each wrong one. Wrong values never throw.
import { describe, expect, it } from 'vitest';
import { applySettings, NATIONS } from '../../server/src/core/settings.ts';
import { DEFAULT_SEVERITY, defaultSettings } from '../../server/src/engine/settings.ts';

const apply = (input: unknown) => applySettings(defaultSettings(), input);

describe('default settings', () => {
  it('every check on at its own severity, no allow list or extra dictionaries, audience auto, England', () => {
    expect(defaultSettings()).toEqual({
      checks: {
        jargon: { enabled: true, severity: 'warning' },
        risk: { enabled: true, severity: 'warning' },
        'plain-words': { enabled: true, severity: 'info' },
        acronym: { enabled: true, severity: 'info' },
        outdated: { enabled: true, severity: 'warning' },
        trust: { enabled: true, severity: 'info' },
        leadership: { enabled: true, severity: 'info' },
      },
      allow: [],
      dictionaries: [],
      audience: 'auto',
      nation: 'england',
    });
    expect(DEFAULT_SEVERITY.risk).toBe('warning');
    expect(NATIONS).toEqual(['england', 'wales', 'scotland', 'northern-ireland']);
    // Fresh each time: changing one does not change the next.
    const first = defaultSettings();
    first.checks.risk.enabled = false;
    expect(defaultSettings().checks.risk.enabled).toBe(true);
  });
});

describe('applying settings', () => {
  it('nothing, null or an empty mapping changes nothing and reports nothing', () => {
    for (const input of [undefined, null, {}]) expect(apply(input)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('every way to set a check: true/false, on/off, a severity, or enabled and severity', () => {
    const { settings, problems } = apply({
      checks: { jargon: false, risk: 'off', acronym: 'error', outdated: { enabled: false, severity: 'hint' }, trust: { severity: 'warning' }, leadership: null },
    });
    expect(problems).toEqual([]);
    expect(settings.checks).toMatchObject({
      jargon: { enabled: false, severity: 'warning' },
      risk: { enabled: false, severity: 'warning' },
      acronym: { enabled: true, severity: 'error' },
      outdated: { enabled: false, severity: 'hint' },
      trust: { enabled: true, severity: 'warning' },
      leadership: { enabled: true, severity: 'info' },
    });
    const off = applySettings(settings, { checks: { jargon: true, risk: 'on', outdated: 'info', acronym: { enabled: true } } }).settings.checks;
    expect(off).toMatchObject({ jargon: { enabled: true }, risk: { enabled: true }, outdated: { enabled: true, severity: 'info' }, acronym: { enabled: true, severity: 'error' } });
  });

  it('does not change the settings it starts from', () => {
    const base = defaultSettings();
    applySettings(base, { checks: { risk: false }, allow: ['x'], audience: 'public' });
    expect(base).toEqual(defaultSettings());
  });

  it('adds to the allow list and the dictionaries, trimmed, without empty values', () => {
    const { settings } = applySettings({ ...defaultSettings(), allow: ['cloud'] }, { allow: ['  API ', '', '   '], dictionaries: ['/a.yml'] });
    expect(settings.allow).toEqual(['cloud', 'API']);
    expect(settings.dictionaries).toEqual(['/a.yml']);
  });

  it('takes a known audience and nation', () => {
    for (const audience of ['staff', 'public', 'auto']) expect(apply({ audience }).settings.audience).toBe(audience);
    for (const nation of NATIONS) expect(apply({ nation }).settings.nation).toBe(nation);
    expect(apply({ audience: null, nation: null })).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('reports each wrong value once, by key, and keeps the default', () => {
    const { settings, problems } = apply({
      checks: { jargon: 'loud', risk: { enabled: 'yes', severity: 'high' }, spelling: true, acronym: 3 },
      allow: 'cloud',
      dictionaries: ['/a.yml', 4],
      audience: 'everyone',
      nation: 'france',
      colour: 'blue',
      $schema: 'https://example.org/schema.json',
    });
    expect(problems).toEqual([
      { key: 'colour', message: 'unknown setting "colour" (ignored)', level: 'warning' },
      { key: 'checks.jargon', message: 'use off, on, or a severity (error, warning, info, hint)', level: 'error' },
      { key: 'checks.risk.enabled', message: '"enabled" must be true or false', level: 'error' },
      { key: 'checks.risk.severity', message: 'severity must be one of error, warning, info, hint', level: 'error' },
      { key: 'checks.spelling', message: 'unknown check "spelling"; the checks are jargon, risk, plain-words, acronym, outdated, trust, leadership', level: 'warning' },
      { key: 'checks.acronym', message: 'use off, on, or a severity (error, warning, info, hint)', level: 'error' },
      { key: 'allow', message: '"allow" must be a list of text values', level: 'error' },
      { key: 'dictionaries', message: '"dictionaries" must be a list of text values', level: 'error' },
      { key: 'audience', message: 'audience must be "staff", "public" or "auto"', level: 'error' },
      { key: 'nation', message: 'nation must be one of england, wales, scotland, northern-ireland', level: 'error' },
    ]);
    expect(settings).toEqual(defaultSettings());
  });

  it('settings that are not a mapping, or checks that are not, are one error each', () => {
    for (const input of [42, 'risk: off', ['risk'], true]) {
      expect(apply(input)).toEqual({ settings: defaultSettings(), problems: [{ key: '', message: 'settings must be a mapping of keys to values', level: 'error' }] });
    }
    for (const checks of [['risk'], 'off', 1]) {
      expect(apply({ checks }).problems).toEqual([{ key: 'checks', message: '"checks" must be a mapping such as {risk: warning}', level: 'error' }]);
    }
    expect(apply({ checks: null }).problems).toEqual([]);
  });
});
