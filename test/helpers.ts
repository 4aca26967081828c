// Shared test helpers: run the real core on a snippet.
import { applySettings } from '../server/src/core/settings.ts';
import { defaultSettings } from '../server/src/engine/settings.ts';
import { checkText } from '../server/src/engine/check-text.ts';
import { type CheckId, type DocumentFormat, type Finding } from '../server/src/core/types.ts';
import { CHECK_IDS } from '../server/src/checks/registry.ts';

/** Checks `text` with default settings plus `overrides`; returns the findings. */
export function findings(text: string, options: { format?: DocumentFormat; settings?: Record<string, unknown> } = {}): Finding[] {
  const { settings } = applySettings(defaultSettings(), options.settings ?? {});
  return checkText(text, { format: options.format ?? 'markdown', settings }).findings;
}

/** Findings of one check only (the others switched off, so no overlap hides anything). */
export function only(check: CheckId, text: string, options: { format?: DocumentFormat; settings?: Record<string, unknown> } = {}): Finding[] {
  const checks = Object.fromEntries(CHECK_IDS.map((id) => [id, id === check]));
  return findings(text, { ...options, settings: { ...options.settings, checks } });
}

/** `check/ruleId:actual` for compact assertions. */
export const brief = (list: Finding[]): string[] => list.map((f) => `${f.check}/${f.ruleId}:${f.actual}`);
