/**
 * Finding and reading `.plain-ig.yml` / `.plain-ig.json`, walking up from a file.
 * A config is data only: nothing in it is executed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { CONFIG_NAMES } from './shared.ts';
import { applySettings, type SettingsProblem } from './settings.ts';
import type { Settings } from './types.ts';


/** A config file that cannot be used, with the file, line and what is wrong. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'ConfigError';
  }
}

/** A config file's settings and the problems found in it. */
export interface LoadedConfig {
  file: string;
  settings: Settings;
  /** Unknown keys (warnings), each with the 1-based line of the key when it was found. Wrong values are errors and throw. */
  warnings: ConfigWarning[];
}

/** Something in a config file that was ignored, and where. */
export interface ConfigWarning extends SettingsProblem {
  /** 1-based line of the key, when it was found. */
  line?: number;
}

/**
 * Finds the nearest config file for `fromPath`, walking up to `stopAt` (or the root).
 * @returns the config file's path, or undefined
 */
export function findConfigFile(fromPath: string, stopAt?: string): string | undefined {
  let dir = resolve(fromPath);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  const stop = stopAt ? resolve(stopAt) : undefined;
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dir === stop) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Where a settings key is written: the line of the key itself and its value as written (scalars only). */
interface KeyPosition {
  line: number | undefined;
  value: string | undefined;
}

/**
 * Finds a dotted settings key (`checks.risk.severity`) in a parsed YAML
 * document, walking down as far as the key goes; the line is that of the
 * deepest key found. Only the key's own path is visited, so a huge or deeply
 * nested document costs nothing more.
 */
export function keyPositionInYaml(doc: Document, text: string, key: string): KeyPosition {
  let node: unknown = doc.contents;
  let line: number | undefined;
  let value: string | undefined;
  for (const part of key.split('.').filter(Boolean)) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === part);
    if (!pair) break;
    const at = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    if (at !== undefined) line = lineAt(text, at);
    node = pair.value;
    value = isScalar(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : undefined;
  }
  return { line, value };
}

/**
 * Finds a dotted settings key in JSON text that parsed: each part of the key is
 * looked for as `"part":` after the previous one (one pass over the text, so
 * deep nesting cannot blow up). The value is given when it is a string,
 * number or literal.
 */
export function keyPositionInJson(text: string, key: string): KeyPosition {
  let from = 0;
  let line: number | undefined;
  let value: string | undefined;
  for (const part of key.split('.').filter(Boolean)) {
    const pattern = new RegExp(`"${part.replace(/[\\^$.*+?()[\]{}|"]/g, '\\$&')}"\\s*:\\s*`, 'g');
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) break;
    line = lineAt(text, match.index);
    from = match.index + match[0].length;
    const literal = /^(?:"((?:[^"\\]|\\.)*)"|(-?[\d.eE+-]+|true|false|null))/.exec(text.slice(from, from + 200));
    value = literal ? (literal[1] ?? literal[2]) : undefined;
  }
  return { line, value };
}

/** Deeper than this, a config is refused before parsing: the parsers recurse, and 20,000 levels can exhaust the stack. */
const MAX_CONFIG_DEPTH = 64;

/**
 * Where brackets (`[` or `{`) first nest deeper than {@link MAX_CONFIG_DEPTH},
 * outside quoted strings and YAML comments; undefined when they never do. One
 * pass, no recursion.
 */
function tooDeep(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      // Skip the quoted string (a backslash escapes in double quotes; '' is a quote in single quotes).
      for (i++; i < text.length && text[i] !== ch; i++) if (ch === '"' && text[i] === '\\') i++;
    } else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (ch === '[' || ch === '{') {
      if (++depth > MAX_CONFIG_DEPTH) return i;
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return undefined;
}

const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/**
 * Parses config text (YAML or JSON) on top of `base` settings.
 * Relative dictionary paths are resolved against the config file's folder.
 * @throws ConfigError for syntax errors and wrong values (unknown keys are warnings)
 */
export function parseConfigText(text: string, file: string, base: Settings): LoadedConfig {
  const deep = tooDeep(text);
  if (deep !== undefined) throw new ConfigError(file, lineAt(text, deep), `nested more than ${MAX_CONFIG_DEPTH} brackets deep; a Plain IG config needs only a few levels`);
  let data: unknown;
  let yaml: Document | undefined;
  if (file.endsWith('.json')) {
    try {
      data = text.trim() === '' ? {} : JSON.parse(text);
    } catch (error) {
      const match = /position (\d+)/.exec(String((error as Error).message));
      const line = match ? text.slice(0, Number(match[1])).split('\n').length : undefined;
      throw new ConfigError(file, line, `not valid JSON (${(error as Error).message.split('\n')[0]})`);
    }
  } else {
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    yaml = doc;
    const first = doc.errors[0];
    if (first) throw new ConfigError(file, first.linePos?.[0]?.line, `not valid YAML: ${first.message.split('\n')[0]}`);
    try {
      data = doc.toJS({ maxAliasCount: 50 }) ?? {};
    } catch (error) {
      // An alias bomb ("billion laughs") or an alias to nothing: yaml throws a ReferenceError.
      throw new ConfigError(file, undefined, `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const { settings, problems } = applySettings(base, data);
  const error = problems.find((problem) => problem.level === 'error');
  if (error) {
    const { line, value } = yaml ? keyPositionInYaml(yaml, text, error.key) : keyPositionInJson(text, error.key);
    const name = error.key ? `${error.key.split('.').join(' → ')}: ` : '';
    throw new ConfigError(file, line, `${name}${error.message}${value !== undefined ? `, not "${value}"` : ''}`);
  }
  const folder = dirname(file);
  settings.dictionaries = settings.dictionaries.map((path) => (isAbsolute(path) ? path : resolve(folder, path)));
  const warnings = problems
    .filter((problem) => problem.level === 'warning')
    .map((problem): ConfigWarning => {
      const { line } = yaml ? keyPositionInYaml(yaml, text, problem.key) : keyPositionInJson(text, problem.key);
      return line === undefined ? problem : { ...problem, line };
    });
  return { file, settings, warnings };
}

/**
 * Reads the config file that applies to `fromPath`, if any.
 * @throws ConfigError when the file is malformed
 */
export function loadConfigFor(fromPath: string, base: Settings, stopAt?: string): LoadedConfig | undefined {
  const file = findConfigFile(fromPath, stopAt);
  if (!file) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, undefined, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseConfigText(text, file, base);
}
