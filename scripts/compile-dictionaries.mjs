// Compiles dictionaries/*.yml into dist/dictionaries.json after validating each
// against its schema, so that the CLI and server start without parsing YAML or
// compiling schemas. Extra dictionaries named in a config are still validated at run time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

const FILES = { jargon: 'jargon.yml', risk: 'risk.yml', 'plain-words': 'plain-words.yml', acronym: 'acronyms.yml', outdated: 'outdated.yml', trust: 'trust.yml', leadership: 'leadership.yml' };

/** Validates and writes dist/dictionaries.json; throws with the file and reason when one is invalid. */
export function compileDictionaries(outFile = 'dist/dictionaries.json') {
  const out = {};
  for (const [check, file] of Object.entries(FILES)) {
    const data = parse(readFileSync(`dictionaries/${file}`, 'utf8'));
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
