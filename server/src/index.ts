/** Plain IG's public API: the core, the checks as retext plugins, and the shared types. */
export { checkText, clearBlockCache, type CheckOptions, type CheckResult, type TextStats } from './core/run.ts';
export { applySettings, defaultSettings, DEFAULT_SEVERITY } from './core/settings.ts';
export { loadConfigFor, findConfigFile, parseConfigText, ConfigError, CONFIG_NAMES } from './core/config.ts';
export { DictionaryError, bundledDictionaries, dictionariesWith, loadDictionaryFile } from './core/dictionaries.ts';
export { applyFixes, safeEdits, type TextEdit } from './core/fixes.ts';
export * from './engine/retext-plugins.ts';
export * from './core/types.ts';
export { CHECKS } from './checks/registry.ts';
