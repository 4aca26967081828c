/**
 * Loading, validating and merging dictionaries. The bundled dictionaries are
 * read once per process; extra dictionaries named in a config file are
 * validated against the same JSON schemas and merged on top.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';
import type { Dictionaries } from './dictionary-types.ts';
import { compilePattern, PatternError } from './pattern.ts';
import type { CheckId } from './types.ts';

/** A dictionary that could not be read or does not fit its schema. */
export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'DictionaryError';
  }
}

/**
 * Finds the bundled `dictionaries/` folder: `PLAIN_IG_DICTIONARIES` if set,
 * else the nearest `dictionaries/` folder above this module (source or bundle).
 */
export function dictionariesDir(): string {
  const fromEnv = process.env['PLAIN_IG_DICTIONARIES'];
  if (fromEnv) return resolve(fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'dictionaries');
    if (existsSync(join(candidate, 'jargon.yml'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('Plain IG could not find its dictionaries folder; set PLAIN_IG_DICTIONARIES.');
}

let schemaChecks: string[] | undefined;

/** The checks a dictionary may be for: one a schema in `dictionaries/schema/` (`CHECK.schema.json`). */
function knownChecks(): string[] {
  schemaChecks ??= readdirSync(join(dictionariesDir(), 'schema'))
    .filter((name) => name.endsWith('.schema.json'))
    .map((name) => name.slice(0, -'.schema.json'.length))
    .sort();
  return schemaChecks;
}

const validators = new Map<CheckId, ValidateFunction>();

function validatorFor(check: CheckId): ValidateFunction {
  let validate = validators.get(check);
  if (!validate) {
    const schemaPath = join(dictionariesDir(), 'schema', `${check}.schema.json`);
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
    validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    validators.set(check, validate);
  }
  return validate;
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.replace(/^\//, '').replace(/\//g, '.') : 'the file';
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown key "${String(error.params['additionalProperty'])}"`;
  }
  if (error.keyword === 'enum') {
    return `${where}: must be one of ${(error.params['allowedValues'] as unknown[]).map(String).join(', ')}`;
  }
  return `${where} ${error.message ?? 'is not valid'}`;
}

/** Parses YAML (or JSON) text, turning syntax errors into a DictionaryError with a line number. */
export function parseYamlText(text: string, file: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new DictionaryError(file, line, first.message.split('\n')[0] ?? 'not valid YAML');
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb ("billion laughs") or an alias to nothing: yaml throws a ReferenceError.
    throw new DictionaryError(file, undefined, `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * Reads and validates one dictionary file.
 * @param expected the check the file must be for; any check when omitted
 */
export function loadDictionaryFile(file: string, expected?: CheckId): { check: CheckId; data: unknown } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DictionaryError(file, undefined, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const data = parseYamlText(text, file) as { check?: unknown } | null;
  const check = data && typeof data === 'object' ? data.check : undefined;
  if (typeof check !== 'string' || !knownChecks().includes(check)) {
    throw new DictionaryError(file, undefined, `"check" must name one of the checks: ${knownChecks().join(', ')}`);
  }
  if (expected && check !== expected) {
    throw new DictionaryError(file, undefined, `expected a "${expected}" dictionary but the file says "${check}"`);
  }
  const validate = validatorFor(check as CheckId);
  if (!validate(data)) {
    const reasons = (validate.errors ?? []).slice(0, 3).map(describeSchemaError).join('; ');
    throw new DictionaryError(file, undefined, reasons);
  }
  return { check: check as CheckId, data };
}

let bundled: Dictionaries | undefined;

/** The dictionaries shipped with Plain IG, loaded and validated once per process. */
export function bundledDictionaries(): Dictionaries {
  if (!bundled) bundled = precompiled() ?? loadBundledYaml();
  return bundled;
}

/**
 * Uses these dictionaries as the bundled ones. For the browser page, which has
 * no files to read: its build embeds dist/dictionaries.json (compiled and
 * validated by the same build step as the CLI's).
 */
export function useBundledDictionaries(dictionaries: Dictionaries): void {
  bundled = dictionaries;
  merged.clear();
}

/**
 * dist/dictionaries.json, written and validated by the build, when it sits next
 * to this bundle and is newer than every YAML file (so an edit is never missed).
 */
function precompiled(): Dictionaries | undefined {
  if (process.env['PLAIN_IG_DICTIONARIES']) return undefined;
  const file = join(dirname(fileURLToPath(import.meta.url)), 'dictionaries.json');
  if (!existsSync(file)) return undefined;
  try {
    const built = statSync(file).mtimeMs;
    const dir = dictionariesDir();
    if (yamlFiles(dir).some((file) => statSync(file).mtimeMs > built)) return undefined;
    return JSON.parse(readFileSync(file, 'utf8')) as Dictionaries;
  } catch {
    return undefined;
  }
}

/** Every `*.yml` file directly in `dir`, sorted by name. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * The bundled dictionary file of each check, found from the data: every
 * `dictionaries/*.yml` names its check in its `check:` key (no list to keep).
 * @throws DictionaryError when a file is invalid, two files name the same check, or a check has none
 */
export function bundledDictionaryFiles(): ReadonlyMap<CheckId, string> {
  return loadBundledFiles().files;
}

function loadBundledFiles(): { files: Map<CheckId, string>; loaded: Partial<Record<CheckId, unknown>> } {
  const files = new Map<CheckId, string>();
  const loaded: Partial<Record<CheckId, unknown>> = {};
  for (const file of yamlFiles(dictionariesDir())) {
    const { check, data } = loadDictionaryFile(file);
    const other = files.get(check);
    if (other) throw new DictionaryError(file, undefined, `"${check}" already has a dictionary: ${other}`);
    files.set(check, file);
    loaded[check] = data;
  }
  const missing = knownChecks().filter((check) => !files.has(check));
  if (missing.length > 0) throw new DictionaryError(dictionariesDir(), undefined, `no dictionary names the check ${missing.join(', ')}`);
  return { files, loaded };
}

function loadBundledYaml(): Dictionaries {
  return loadBundledFiles().loaded as unknown as Dictionaries;
}

const merged = new Map<string, Dictionaries>();

/**
 * The bundled dictionaries with extra dictionary files merged on top.
 * An extra entry with the same id as a bundled one replaces it.
 * Results are cached per list of files (clear with {@link clearDictionaryCache}).
 * @throws DictionaryError when an extra file is unreadable or invalid
 */
export function dictionariesWith(extraFiles: readonly string[]): Dictionaries {
  const base = bundledDictionaries();
  if (extraFiles.length === 0) return base;
  const key = extraFiles.join('\0');
  const cached = merged.get(key);
  if (cached) return cached;
  const result = structuredClone(base) as Dictionaries;
  const origin = new Map<object, string>();
  for (const file of extraFiles) {
    const { check, data } = loadDictionaryFile(file);
    const target = (result as unknown as Record<CheckId, unknown>)[check] as { entries: Array<{ id: string }> } & Record<string, unknown>;
    const extra = data as { entries: Array<{ id: string }> } & Record<string, unknown>;
    for (const entry of extra.entries) origin.set(entry, file);
    const ids = new Set(extra.entries.map((entry) => entry.id));
    target.entries = [...target.entries.filter((entry) => !ids.has(entry.id)), ...extra.entries];
    for (const [key2, value] of Object.entries(extra)) {
      if (key2 === 'entries' || key2 === 'check' || key2 === '$schema') continue;
      if (Array.isArray(value)) target[key2] = [...((target[key2] as unknown[]) ?? []), ...value];
      else if (value && typeof value === 'object') target[key2] = { ...((target[key2] as object) ?? {}), ...value };
    }
  }
  checkPatterns(result, origin);
  if (merged.size > 20) merged.clear();
  merged.set(key, result);
  return result;
}

/**
 * Compiles every word pattern of the merged dictionaries (entries with
 * `patterns`, read with their dictionary's `macros`), so that a malformed
 * pattern in an extra file is reported as that file's DictionaryError (not
 * thrown later from the middle of a check).
 */
function checkPatterns(dictionaries: Dictionaries, origin: ReadonlyMap<object, string>): void {
  for (const [check, dictionary] of Object.entries(dictionaries as unknown as Record<CheckId, PatternDictionary>)) {
    for (const entry of dictionary.entries) {
      if (!Array.isArray(entry.patterns)) continue;
      for (const source of entry.patterns) {
        try {
          compilePattern(source, dictionary.macros ?? {});
        } catch (error) {
          if (!(error instanceof PatternError)) throw error;
          throw new DictionaryError(origin.get(entry) ?? `${check} dictionary`, undefined, `${check} entry "${entry.id}": ${error.message}`);
        }
      }
    }
  }
}

/** The shape of a dictionary whose entries may have word patterns. */
interface PatternDictionary {
  macros?: Record<string, string[]>;
  entries: Array<{ id: string; patterns?: string[] }>;
}

/** Forgets merged extra dictionaries (after a config or dictionary file changes). */
export function clearDictionaryCache(): void {
  merged.clear();
}
