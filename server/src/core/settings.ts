/**
 * The one settings contract: defaults, and normalisation of unknown input
 * (a config file, VS Code settings, CLI flags) into {@link Settings}.
 * Unknown or wrong values never throw here: they are reported as problems and
 * the default is used instead.
 */
import type { CheckMetadata } from './check-api.ts';
import { SEVERITIES, type CheckId, type Nation, type Settings, type Severity } from './types.ts';

/** Every nation Plain IG knows. */
export const NATIONS: readonly Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];

/**
 * Fresh default settings for these checks: each on at its `defaultSeverity`,
 * audience not set (`auto`), England. The core knows no check of its own:
 * `engine/settings.ts` gives the shipped ones (`defaultSettings`).
 */
export function settingsFor(checks: ReadonlyArray<Pick<CheckMetadata, 'id' | 'defaultSeverity'>>): Settings {
  const settings = {} as Settings['checks'];
  for (const check of checks) settings[check.id] = { enabled: true, severity: check.defaultSeverity };
  return { checks: settings, allow: [], dictionaries: [], audience: 'auto', nation: 'england' };
}

/** A problem found while reading settings: the key and what is wrong with it. */
export interface SettingsProblem {
  key: string;
  message: string;
  /** `warning` for unknown keys (ignored), `error` for wrong values (default used). */
  level: 'error' | 'warning';
}

const KNOWN_KEYS = new Set(['checks', 'allow', 'dictionaries', 'audience', 'nation', '$schema']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Applies partial, untrusted settings on top of `base` (which is not changed).
 * The checks are those `base` names. Accepts for each check: `true`/`false`, `"off"`, a severity, or `{enabled, severity}`.
 * @returns the new settings and any problems found
 */
export function applySettings(base: Settings, input: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const settings: Settings = structuredClone(base);
  const problems: SettingsProblem[] = [];
  if (input === null || input === undefined) return { settings, problems };
  if (!isRecord(input)) {
    problems.push({ key: '', message: 'settings must be a mapping of keys to values', level: 'error' });
    return { settings, problems };
  }
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) problems.push({ key, message: `unknown setting "${key}" (ignored)`, level: 'warning' });
  }
  const checks = input['checks'];
  if (checks !== undefined && checks !== null) {
    if (!isRecord(checks)) {
      problems.push({ key: 'checks', message: '"checks" must be a mapping such as {risk: warning}', level: 'error' });
    } else {
      const known = Object.keys(base.checks);
      for (const [id, value] of Object.entries(checks)) {
        if (!known.includes(id)) {
          problems.push({ key: `checks.${id}`, message: `unknown check "${id}"; the checks are ${known.join(', ')}`, level: 'warning' });
          continue;
        }
        const target = settings.checks[id as CheckId];
        if (value === null || value === undefined) continue;
        if (typeof value === 'boolean') target.enabled = value;
        else if (value === 'off') target.enabled = false;
        else if (value === 'on') target.enabled = true;
        else if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) {
          target.enabled = true;
          target.severity = value as Severity;
        } else if (isRecord(value)) {
          if (typeof value['enabled'] === 'boolean') target.enabled = value['enabled'];
          else if (value['enabled'] !== undefined) problems.push({ key: `checks.${id}.enabled`, message: '"enabled" must be true or false', level: 'error' });
          const severity = value['severity'];
          if (typeof severity === 'string' && (SEVERITIES as readonly string[]).includes(severity)) target.severity = severity as Severity;
          else if (severity !== undefined) problems.push({ key: `checks.${id}.severity`, message: `severity must be one of ${SEVERITIES.join(', ')}`, level: 'error' });
        } else {
          problems.push({ key: `checks.${id}`, message: `use off, on, or a severity (${SEVERITIES.join(', ')})`, level: 'error' });
        }
      }
    }
  }
  for (const listKey of ['allow', 'dictionaries'] as const) {
    const value = input[listKey];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      settings[listKey] = [...settings[listKey], ...(value as string[]).map((item) => item.trim()).filter(Boolean)];
    } else {
      problems.push({ key: listKey, message: `"${listKey}" must be a list of text values`, level: 'error' });
    }
  }
  const audience = input['audience'];
  if (audience === 'staff' || audience === 'public' || audience === 'auto') settings.audience = audience;
  else if (audience !== undefined && audience !== null) problems.push({ key: 'audience', message: 'audience must be "staff", "public" or "auto"', level: 'error' });
  const nation = input['nation'];
  if (typeof nation === 'string' && (NATIONS as readonly string[]).includes(nation)) settings.nation = nation as Nation;
  else if (nation !== undefined && nation !== null) problems.push({ key: 'nation', message: `nation must be one of ${NATIONS.join(', ')}`, level: 'error' });
  return { settings, problems };
}
