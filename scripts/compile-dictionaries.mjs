// Compiles dictionaries/*.yml into dist/dictionaries.json after validating each
// against its schema, so that the CLI and server start without parsing YAML or
// compiling schemas. Extra dictionaries named in a config are still validated at run time.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

/** Validates and writes dist/dictionaries.json; throws with the file and reason when one is invalid. */
export function compileDictionaries(outFile = 'dist/dictionaries.json') {
  const out = {};
  // Each dictionary names its check in its `check:` key, so no list of files is kept here.
  for (const file of readdirSync('dictionaries').filter((name) => name.endsWith('.yml')).sort()) {
    const data = parse(readFileSync(`dictionaries/${file}`, 'utf8'));
    const check = data?.check;
    if (typeof check !== 'string') throw new Error(`dictionaries/${file} has no "check:" key naming its check`);
    if (check in out) throw new Error(`dictionaries/${file}: "${check}" already has a dictionary`);
    const schema = JSON.parse(readFileSync(`dictionaries/schema/${check}.schema.json`, 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    if (!validate(data)) {
      const why = validate.errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
      throw new Error(`dictionaries/${file} does not fit its schema: ${why}`);
    }
    out[check] = data;
  }
  mkdirSync('dist', { recursive: true });
  writeFileSync(outFile, JSON.stringify(out));
}

/**
 * Writes dist/word-forms.json (scripts/generate-word-forms.ts, run through tsx):
 * the word forms the dictionaries need, so that no front end loads the
 * word-form library at start-up. Throws when the generator fails.
 */
export function generateWordForms(outFile = 'dist/word-forms.json') {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-word-forms.ts', outFile, '--quiet'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`scripts/generate-word-forms.ts failed (exit ${run.status ?? run.signal})`);
}
