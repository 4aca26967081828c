/**
 * Settings for each document: the editor's `plainIg` settings (pulled per
 * resource with `workspace/configuration`) with the workspace's
 * `.plain-ig.yml` on top, cached per URI and dropped whenever either changes.
 *
 * A config file the team shares wins over one person's editor settings for the
 * keys it sets; `allow` and `dictionaries` lists are joined. A broken config
 * file is reported (see {@link ConfigReport}) and the editor settings are used
 * meanwhile.
 */
import { isAbsolute, resolve } from 'node:path';
import { ConfigError, type ConfigWarning } from '../core/config.ts';
import { applySettings, type SettingsProblem } from '../core/settings.ts';
import { defaultSettings } from '../engine/settings.ts';
import type { Settings } from '../core/types.ts';
import { SettingsResolver } from '../sources/settings.ts';
import type { RunMode } from './settings-schema.ts';
import { pathOf } from './workspace.ts';

/** Everything the server needs to know to check one document. */
export interface DocumentSettings {
  /** The core settings contract. */
  settings: Settings;
  /** When to check. Default: `onType`. */
  run: RunMode;
}

/** What happened when the config file for a document was read. */
export interface ConfigReport {
  /** The config file's path. */
  file: string;
  /** Set when the file cannot be used. */
  error?: ConfigError;
  /** Unknown keys and other things that were ignored. */
  warnings: ConfigWarning[];
}

/** How the store reads the editor's settings and reports config files. */
export interface SettingsSource {
  /**
   * The `plainIg` section for one resource, as the editor sends it. Clients
   * may answer `null` (Neovim does when it has no settings): treat it as empty.
   */
  editorSettings(uri: string): Promise<unknown>;
  /** The workspace folder of a document (relative dictionary paths start there). */
  folderFor(uri: string): string | undefined;
  /** Called each time a config file is read, so its problems can be shown on it. */
  onConfig(report: ConfigReport): void;
  /** Called when the editor settings have a wrong value (the default is used). */
  onEditorProblem(problem: SettingsProblem): void;
  /**
   * False in an untrusted workspace (VS Code's Restricted Mode): extra
   * dictionary files named by the workspace are then not read.
   */
  trusted(): boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns the editor's `plainIg` section into core settings and a run mode.
 * Wrong values are reported and left at their defaults; `null` means "no settings".
 * @param raw the section as the client sent it
 * @param folder the workspace folder, for relative dictionary paths
 */
export function fromEditorSettings(raw: unknown, folder: string | undefined): { settings: Settings; run: RunMode; problems: SettingsProblem[] } {
  const input = isRecord(raw) ? { ...raw } : {};
  const runValue = input['run'];
  delete input['run'];
  const problems: SettingsProblem[] = [];
  let run: RunMode = 'onType';
  if (runValue === 'onSave' || runValue === 'onType') run = runValue;
  else if (runValue !== undefined && runValue !== null) problems.push({ key: 'run', message: 'plainIg.run must be "onType" or "onSave"', level: 'error' });
  // Editors send every key with its default; empty values mean "not set".
  const { settings, problems: more } = applySettings(defaultSettings(), input);
  problems.push(...more.filter((problem) => problem.level === 'error').map((problem) => ({ ...problem, message: `plainIg.${problem.key}: ${problem.message}` })));
  settings.dictionaries = settings.dictionaries.map((path) => (isAbsolute(path) || !folder ? path : resolve(folder, path)));
  return { settings, run, problems };
}

/** Per-document settings, cached per URI until something changes. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<DocumentSettings>>();

  constructor(private readonly source: SettingsSource) {}

  /** The settings for one document (from the cache when possible). */
  settingsFor(uri: string): Promise<DocumentSettings> {
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.load(uri);
      this.cache.set(uri, pending);
    }
    return pending;
  }

  /** Forgets every cached value (the editor settings or a config file changed). */
  clear(): void {
    this.cache.clear();
  }

  /** Forgets one document's settings (it closed). */
  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** Number of cached entries (for the soak test). */
  get size(): number {
    return this.cache.size;
  }

  private async load(uri: string): Promise<DocumentSettings> {
    const loaded = await this.loadUntrusted(uri);
    if (!this.source.trusted()) loaded.settings.dictionaries = [];
    return loaded;
  }

  private async loadUntrusted(uri: string): Promise<DocumentSettings> {
    let raw: unknown;
    try {
      raw = await this.source.editorSettings(uri);
    } catch {
      raw = undefined;
    }
    const folder = this.source.folderFor(uri);
    const editor = fromEditorSettings(raw, folder);
    for (const problem of editor.problems) this.source.onEditorProblem(problem);
    const path = pathOf(uri);
    const start = path ?? folder;
    if (!start) return { settings: editor.settings, run: editor.run };
    // The nearest config file on top of the editor settings, settled as the CLI and the report do.
    // This store caches per document and is cleared on every change, so each load reads afresh.
    const resolver = new SettingsResolver(editor.settings, undefined, (loaded) => this.source.onConfig({ file: loaded.file, warnings: loaded.warnings }));
    try {
      return { settings: path ? resolver.settingsFor(path) : resolver.settingsIn(start), run: editor.run };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.source.onConfig({ file: error.file, error, warnings: [] });
      return { settings: editor.settings, run: editor.run };
    }
  }
}
