// The editor settings description matches the core's settings contract and defaults.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { CHECK_IDS } from '../../server/src/checks/registry.ts';
import { fromEditorSettings } from '../../server/src/lsp/settings.ts';
import { settingsSchema } from '../../server/src/lsp/settings-schema.ts';
import { SETTINGS_SECTION } from '../../server/src/core/shared.ts';

describe('settings schema', () => {
  const schema = settingsSchema();

  it('describes every check’s enabled and severity, and the other settings, once each', () => {
    const keys = schema.map((setting) => setting.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const id of CHECK_IDS) expect(keys).toEqual(expect.arrayContaining([`plainIg.checks.${id}.enabled`, `plainIg.checks.${id}.severity`]));
    expect(keys).toEqual(expect.arrayContaining(['plainIg.allow', 'plainIg.audience', 'plainIg.nation', 'plainIg.run', 'plainIg.dictionaries']));
    expect(keys.every((key) => key.startsWith(`${SETTINGS_SECTION}.`))).toBe(true);
    expect(schema.every((setting) => setting.markdownDescription.length > 10)).toBe(true);
  });

  it('has the core’s defaults: the defaults read back give exactly defaultSettings()', () => {
    const nested: Record<string, unknown> = {};
    for (const setting of schema) {
      const path = setting.key.split('.').slice(1);
      let at = nested;
      for (const part of path.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
      at[path.at(-1)!] = setting.default;
    }
    const { settings, run, problems } = fromEditorSettings(nested, '/workspace');
    expect(problems).toEqual([]);
    expect(settings).toEqual(defaultSettings());
    expect(run).toBe('onType');
  });

  it('every enum default is one of its values', () => {
    for (const setting of schema.filter((entry) => entry.enum)) expect(setting.enum).toContain(setting.default);
  });
});
