// dist/word-forms.json (written by the build) holds word forms made ahead of time with the
// `compromise` library, so that no front end loads the library at start-up. These tests prove
// the file equals what the library gives now, and that a run from it finds the same things.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { computeWordForms } from '../../scripts/word-forms.ts';
import {
  lemmaOf,
  lexicon,
  lexiconEntry,
  partsOfSpeech,
  pluralOf,
  surfaceForms,
  useWordForms,
  verbForms,
  type WordFormsTable,
} from '../../server/src/core/morphology.ts';
import { clearBlockCache } from '../../server/src/core/run.ts';
import { checkText } from '../../server/src/engine/check-text.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';

const FILE = 'dist/word-forms.json';

describe('dist/word-forms.json', () => {
  // Computed with the library, without the file (the module reads no file when run from source).
  const fresh = computeWordForms();
  const built = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as WordFormsTable) : undefined;

  it('equals what the library gives for the bundled dictionaries and examples (run `npm run build` if this fails)', () => {
    expect(built, `${FILE} is missing: run npm run build`).toBeDefined();
    expect(Object.keys(built!)).toEqual(Object.keys(fresh));
    for (const key of Object.keys(fresh) as Array<keyof WordFormsTable>) expect(built![key], key).toEqual(fresh[key]);
  });

  it('holds every dictionary phrase the checks compile, with the verbs and plurals they need', () => {
    expect(Object.keys(fresh.surface).length).toBeGreaterThan(1000);
    expect(fresh.surface['utilise']).toEqual(expect.arrayContaining(['utilise', 'utilised', 'utilises', 'utilising', 'utilize', 'utilized']));
    expect(fresh.verbs['disclose']).toEqual(['disclose', 'disclosed', 'disclosed', 'discloses', 'disclosing']);
    expect(fresh.plurals['data flow'] ?? fresh.plurals['flow']).toBe('flows');
  });

  it('gives the same lexicon, word for word, as the library', () => {
    useWordForms(null);
    const library = { ...lexicon() };
    useWordForms(fresh);
    const fromTable = lexicon();
    expect(Object.keys(fromTable).length).toBe(Object.keys(library).length);
    expect(fromTable).toEqual(library);
    // The entry the tagger reads, word by word, including words it lacks and a prototype's name.
    const words = [...Object.keys(library), 'zzyzx', 'constructor', 'toString'];
    const entries = words.map((word) => lexiconEntry(word));
    useWordForms(null);
    expect(entries).toEqual(words.map((word) => lexiconEntry(word)));
    expect(lexiconEntry('constructor')).toBe(Object);
  });

  it('starts the checks without loading the library, and finds the same things', async () => {
    const text = readFileSync('examples/information-sharing-policy.md', 'utf8');
    useWordForms(null);
    clearBlockCache();
    const withLibrary = checkText(text, { format: 'markdown', settings: defaultSettings() }).findings;
    expect(withLibrary.length).toBeGreaterThan(20);

    // Fresh modules: nothing compiled, the library not loaded, the caches started from the table alone.
    vi.resetModules();
    const morphology = await import('../../server/src/core/morphology.ts');
    const engine = await import('../../server/src/engine/check-text.ts');
    morphology.useWordForms(built!);
    const fromTable = engine.checkText(text, { format: 'markdown', settings: defaultSettings() }).findings;
    expect(morphology.morphologyLoaded()).toBe(false);
    expect(fromTable).toEqual(withLibrary);
  });

  it('keeps an acronym apart from the same letters in lower case ("GP" and "gp")', () => {
    // The dictionaries name the acronym "GP"; the risk check also asks for the word "gp".
    expect(fresh.surface['GP']).toEqual(['gp', 'gps', "gp's", "gps'"]);
    expect(fresh.surface['gp']).toContain('gping');
    useWordForms(null);
    const expected = [surfaceForms('gp'), surfaceForms('GP')];
    useWordForms(fresh);
    expect([surfaceForms('GP'), surfaceForms('gp')]).toEqual([expected[1], expected[0]]);
  });

  it('answers a word it does not hold from the library, the same as without it', () => {
    useWordForms(null);
    const expected = [lemmaOf('reticulated'), pluralOf('tariff'), verbForms('quarantine'), surfaceForms('triage nurse'), partsOfSpeech('swiftly')];
    useWordForms(fresh);
    expect(fresh.lemmas['reticulated']).toBeUndefined();
    expect(fresh.plurals['tariff']).toBeUndefined();
    expect(fresh.verbs['quarantine']).toBeUndefined();
    expect(fresh.surface['triage nurse']).toBeUndefined();
    expect(fresh.tagged['swiftly']).toBeUndefined();
    expect([lemmaOf('reticulated'), pluralOf('tariff'), verbForms('quarantine'), surfaceForms('triage nurse'), partsOfSpeech('swiftly')]).toEqual(expected);
    expect(expected[0]).toBe('reticulate');
    expect(expected[1]).toBe('tariffs');
  });
});
