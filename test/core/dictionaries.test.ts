// Extra dictionary files: how they are merged over the bundled ones, and the exact error for
// each way a file can be wrong (the writer must be able to find and fix it).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDictionaries, clearDictionaryCache, DictionaryError, dictionariesWith, loadDictionaryFile, parseYamlText } from '../../server/src/core/dictionaries.ts';

const dir = mkdtempSync(join(tmpdir(), 'plain-ig-dictionaries-'));
let n = 0;
/** Writes `text` to a new file and returns its path. */
const file = (text: string): string => {
  const path = join(dir, `extra-${n++}.yml`);
  writeFileSync(path, text);
  return path;
};

const JARGON_ENTRY = (id: string, phrase: string) => `  - id: ${id}\n    phrases: [${phrase}]\n    action: replace\n    alternatives: [plain words]\n    reason: Our readers do not know this word.\n`;

/** The message of the DictionaryError `run` throws. */
function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DictionaryError) return error.message;
    throw error;
  }
  return 'no error';
}

describe('extra dictionaries', () => {
  it('add entries, and replace a bundled entry with the same id', () => {
    const bundled = bundledDictionaries();
    const ownPlatform = bundled.jargon.entries.find((e) => e.id === 'platform')!;
    const extra = file(`check: jargon\nentries:\n${JARGON_ENTRY('gizmo', 'gizmo')}${JARGON_ENTRY('platform', 'platform')}`);
    const merged = dictionariesWith([extra]);
    expect(merged.jargon.entries.length).toBe(bundled.jargon.entries.length + 1);
    expect(merged.jargon.entries.filter((e) => e.id === 'platform')).toEqual([expect.objectContaining({ phrases: ['platform'], alternatives: ['plain words'] })]);
    expect(merged.jargon.entries.at(-1)!.id).toBe('platform');
    expect(merged.jargon.entries.some((e) => e.id === 'gizmo')).toBe(true);
    // The bundled dictionaries are not changed.
    expect(bundled.jargon.entries.find((e) => e.id === 'platform')).toBe(ownPlatform);
    expect(bundled.jargon.entries.some((e) => e.id === 'gizmo')).toBe(false);
    expect(dictionariesWith([])).toBe(bundled);
  });

  it('are merged once per list of files, until the cache is cleared', () => {
    const extra = file(`check: jargon\nentries:\n${JARGON_ENTRY('widget', 'widget')}`);
    const first = dictionariesWith([extra]);
    expect(dictionariesWith([extra])).toBe(first);
    clearDictionaryCache();
    const again = dictionariesWith([extra]);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('add to the lists beside the entries, and replace a macro of the same name', () => {
    const extra = file('check: trust\nactors: [duty lead]\nmacros:\n  person: [the duty lead]\nentries: []\n');
    const merged = dictionariesWith([extra]);
    expect(merged.trust.actors).toEqual([...bundledDictionaries().trust.actors, 'duty lead']);
    // A macro with the same name replaces the bundled one, as an entry with the same id does; the others stay.
    expect(merged.trust.macros!['person']).toEqual(['the duty lead']);
    expect(Object.keys(merged.trust.macros!)).toEqual(Object.keys(bundledDictionaries().trust.macros!));
    expect(merged.trust.macros!['vagueadj']).toEqual(bundledDictionaries().trust.macros!['vagueadj']);
  });
});

describe('a wrong dictionary file is one clear error', () => {
  it('names a file that cannot be read, and why', () => {
    const missing = join(dir, 'missing.yml');
    expect(errorOf(() => loadDictionaryFile(missing))).toBe(`${missing}: cannot read the file (ENOENT)`);
    const folder = join(dir, 'a-folder.yml');
    mkdirSync(folder);
    expect(errorOf(() => loadDictionaryFile(folder))).toBe(`${folder}: cannot read the file (EISDIR)`);
  });

  it('gives the line of a YAML mistake', () => {
    const path = file('check: jargon\nentries:\n  - id: x\n   phrases: [y\n');
    const error = (() => {
      try {
        loadDictionaryFile(path);
      } catch (e) {
        return e as DictionaryError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DictionaryError);
    expect(error!.file).toBe(path);
    expect(error!.line).toBe(4);
    expect(error!.message.startsWith(`${path}:4: `)).toBe(true);
    expect(errorOf(() => parseYamlText('a: &a [x]\nb: *nothing\n', 'f.yml'))).toMatch(/^f\.yml: not valid YAML: /);
  });

  it('says which check a file must name, and when it names the wrong one', () => {
    // Dictionaries are found by their schema files (dictionaries/schema/), so the checks are named in that order.
    const checks = 'acronym, jargon, leadership, outdated, plain-words, risk, trust';
    for (const text of ['entries: []\n', 'check: spelling\nentries: []\n', '- a\n', '']) {
      const path = file(text);
      expect(errorOf(() => loadDictionaryFile(path))).toBe(`${path}: "check" must name one of the checks: ${checks}`);
    }
    const risk = file('check: jargon\nentries: []\n');
    expect(errorOf(() => loadDictionaryFile(risk, 'risk'))).toBe(`${risk}: expected a "risk" dictionary but the file says "jargon"`);
    expect(loadDictionaryFile(risk, 'jargon').check).toBe('jargon');
  });

  it('says where an entry does not fit the schema: an unknown key, a value not in the list, a missing field', () => {
    const unknown = file(`check: jargon\nentries:\n${JARGON_ENTRY('a', 'b')}    colour: blue\n`);
    expect(errorOf(() => loadDictionaryFile(unknown))).toBe(`${unknown}: entries.0: unknown key "colour"`);
    const badEnum = file(`check: jargon\nentries:\n${JARGON_ENTRY('a', 'b').replace('action: replace', 'action: rewrite')}`);
    expect(errorOf(() => loadDictionaryFile(badEnum))).toBe(`${badEnum}: entries.0.action: must be one of replace, explain`);
    const missing = file('check: jargon\n');
    expect(errorOf(() => loadDictionaryFile(missing))).toBe(`${missing}: the file must have required property 'entries'`);
  });

  it('names the file and the entry of a pattern that cannot be compiled', () => {
    const bad = file('check: trust\nactors: [duty lead]\nentries:\n  - id: broken\n    form: vague-owner\n    patterns: ["ask (the|a"]\n    suggestion: Name the role or team.\n    reason: Staff need a name to call.\n');
    expect(errorOf(() => dictionariesWith([bad]))).toBe(`${bad}: trust entry "broken": unclosed "(" in pattern "ask (the|a"`);
  });
});
