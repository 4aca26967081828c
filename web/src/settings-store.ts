/**
 * The page's settings (audience, nation, which checks run), kept in the
 * browser's local storage under one key. This is the only thing the page
 * stores: never the text.
 */
import type { PageSettings } from './protocol.ts';

/** The local-storage key. */
export const SETTINGS_KEY = 'plain-ig.settings';

/** A stored check id worth keeping (the page knows its checks from its check boxes, not from a list). */
const CHECK_ID = /^[a-z][a-z-]{0,39}$/;
const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

/** Staff audience, England, every check on (the same defaults as the CLI): a check not named in `checks` is on. */
export function defaultPageSettings(): PageSettings {
  return { audience: 'staff', nation: 'england', checks: {} };
}

/** Settings from untrusted stored JSON: anything missing or wrong takes its default. */
export function normaliseSettings(input: unknown): PageSettings {
  const settings = defaultPageSettings();
  if (!input || typeof input !== 'object') return settings;
  const raw = input as Record<string, unknown>;
  if (raw['audience'] === 'public' || raw['audience'] === 'staff') settings.audience = raw['audience'];
  if ((NATIONS as readonly unknown[]).includes(raw['nation'])) settings.nation = raw['nation'] as PageSettings['nation'];
  const checks = raw['checks'];
  if (checks && typeof checks === 'object') {
    for (const [check, value] of Object.entries(checks as Record<string, unknown>)) {
      if (CHECK_ID.test(check) && typeof value === 'boolean') settings.checks[check] = value;
    }
  }
  return settings;
}

/** The stored settings, or the defaults (also when storage is blocked). */
export function loadSettings(storage: Pick<Storage, 'getItem'> | undefined): PageSettings {
  try {
    const text = storage?.getItem(SETTINGS_KEY);
    return normaliseSettings(text ? JSON.parse(text) : undefined);
  } catch {
    return defaultPageSettings();
  }
}

/** Stores the settings; a browser that refuses storage just forgets them. */
export function saveSettings(storage: Pick<Storage, 'setItem'> | undefined, settings: PageSettings): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Private browsing or storage switched off: settings last for this visit only.
  }
}
