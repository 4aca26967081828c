/**
 * Plain IG's public API (the package's `exports`, built to dist/index.mjs):
 * the core with every shipped check, each check as a retext plugin, and the
 * shared types.
 */
export { checkText, DocumentChecker, type EngineOptions } from './engine/check-text.ts';
export { clearBlockCache, type CheckResult, type TextStats } from './core/run.ts';
export { applySettings } from './core/settings.ts';
export { defaultSettings, DEFAULT_SEVERITY } from './engine/settings.ts';
export { loadConfigFor, findConfigFile, parseConfigText, ConfigError } from './core/config.ts';
export { CONFIG_NAMES } from './core/shared.ts';
export { DictionaryError, bundledDictionaries, dictionariesWith, loadDictionaryFile } from './core/dictionaries.ts';
export { applyFixes, safeEdits, type TextEdit } from './core/fixes.ts';
export type { Check, CheckMetadata, Candidate } from './core/check-api.ts';
export * from './engine/retext-plugins.ts';
export * from './core/types.ts';
export { CHECKS, CHECK_LIST } from './checks/registry.ts';
