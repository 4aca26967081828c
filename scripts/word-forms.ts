/**
 * The word forms the bundled dictionaries need, computed with the `compromise`
 * library: the build writes them to dist/word-forms.json
 * (scripts/generate-word-forms.ts), so that the CLI, the language server and
 * the browser page start without loading the library (see core/morphology.ts).
 * test/core/word-forms.test.ts compares the built file with a fresh run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_IDS } from '../server/src/checks/registry.ts';
import { clearBlockCache } from '../server/src/core/run.ts';
import { useWordForms, wordFormsSnapshot, type WordFormsTable } from '../server/src/core/morphology.ts';
import { NATIONS, applySettings } from '../server/src/core/settings.ts';
import { checkText } from '../server/src/engine/check-text.ts';
import { defaultSettings } from '../server/src/engine/settings.ts';
import { formatOf } from '../server/src/sources/files.ts';

/**
 * Compiles every bundled dictionary (each check on, for every audience and
 * nation) and checks the shipped examples (the page opens with one), all
 * without a table, then returns what the word-form caches hold.
 */
export function computeWordForms(examples = 'examples'): WordFormsTable {
  useWordForms(null);
  const checks = Object.fromEntries(CHECK_IDS.map((check) => [check, { enabled: true }]));
  for (const audience of ['auto', 'staff', 'public'] as const) {
    for (const nation of NATIONS) {
      const settings = applySettings(defaultSettings(), { audience, nation, checks }).settings;
      checkText('Warm up the checks before the first document arrives.', { format: 'markdown', settings });
    }
  }
  for (const name of readdirSync(examples).sort()) {
    const format = formatOf(name);
    if (!format) continue;
    const text = readFileSync(join(examples, name), 'utf8');
    clearBlockCache();
    checkText(text, { format, settings: defaultSettings() });
  }
  return wordFormsSnapshot();
}
