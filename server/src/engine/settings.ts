/**
 * Settings for the shipped checks: the core's `settingsFor` given the
 * registry, so each check's default severity lives only on the check.
 */
import { CHECK_IDS, CHECK_LIST } from '../checks/registry.ts';
import { settingsFor } from '../core/settings.ts';
import { starterConfig } from '../core/starter-config.ts';
import { type CheckId, type Settings, type Severity } from '../core/types.ts';

/** Default severity of each shipped check (its `defaultSeverity`). */
export const DEFAULT_SEVERITY = Object.fromEntries(CHECK_LIST.map((check) => [check.id, check.defaultSeverity])) as Record<CheckId, Severity>;

/** Fresh default settings: every shipped check on at its default severity, audience not set (`auto`), England. */
export function defaultSettings(): Settings {
  return settingsFor(reported);
}

// In the order checks are reported, as the settings and the starter config list them.
const reported = CHECK_IDS.map((id) => ({ id, defaultSeverity: DEFAULT_SEVERITY[id] }));

/** The commented starter config (`plain-ig init`, and the VS Code command through `client/src/starter-config.ts`). */
export const STARTER_CONFIG = starterConfig(reported);
