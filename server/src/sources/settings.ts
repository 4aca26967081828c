/**
 * Settling the settings for a file, in one place for every front end: the
 * file named by `--config` when there is one, else the nearest
 * `.plain-ig.yml` / `.plain-ig.json` above the file (read once per folder),
 * on top of the defaults and command-line flags (or, in the language server,
 * the editor's settings).
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadConfigFor, parseConfigText, type LoadedConfig } from '../core/config.ts';
import type { Settings } from '../core/types.ts';

/** The config file named by `--config` cannot be read (missing or unreadable). */
export class ConfigFileUnreadable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigFileUnreadable';
  }
}

/**
 * Reads the file named by `--config`, whatever its name (`team.yml` is read
 * as YAML, a name ending in `.json` as JSON).
 * @param file the absolute path
 * @param shown the path as the user gave it, for the message
 * @param base settings the file's settings apply on top of
 * @throws ConfigFileUnreadable when it cannot be read; ConfigError when it is malformed
 */
export function readExplicitConfig(file: string, shown: string, base: Settings): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigFileUnreadable(code === 'ENOENT' ? `${shown}: config file not found` : `${shown}: cannot read the config file (${code ?? 'error'})`);
  }
  return parseConfigText(text, file, base);
}

/**
 * Settings for each file: the `--config` file's if given, else the nearest
 * config file's, read once per folder. Each config file read is passed once to
 * `onConfig` (front ends show its warnings).
 */
export class SettingsResolver {
  private readonly byFolder = new Map<string, Settings>();
  private readonly seenConfigs = new Set<string>();

  /**
   * @param base defaults plus command-line flags
   * @param explicit the `--config` file, when given (see {@link readExplicitConfig})
   * @param onConfig called once per config file used. Default: nothing.
   */
  constructor(
    private readonly base: Settings,
    private readonly explicit: LoadedConfig | undefined,
    private readonly onConfig: (loaded: LoadedConfig) => void = () => {},
  ) {
    if (explicit) this.seen(explicit);
  }

  /**
   * The settings for one file.
   * @throws ConfigError when the config file that applies is malformed
   */
  settingsFor(file: string): Settings {
    return this.settingsIn(dirname(file));
  }

  /**
   * The settings for the files in one folder.
   * @throws ConfigError when the config file that applies is malformed
   */
  settingsIn(folder: string): Settings {
    if (this.explicit) return this.explicit.settings;
    let settings = this.byFolder.get(folder);
    if (!settings) {
      const loaded = loadConfigFor(folder, this.base);
      if (loaded) this.seen(loaded);
      settings = loaded?.settings ?? this.base;
      this.byFolder.set(folder, settings);
    }
    return settings;
  }

  private seen(loaded: LoadedConfig): void {
    if (this.seenConfigs.has(loaded.file)) return;
    this.seenConfigs.add(loaded.file);
    this.onConfig(loaded);
  }
}
