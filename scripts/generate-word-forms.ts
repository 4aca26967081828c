/**
 * Writes dist/word-forms.json (or the path given): the word forms the bundled
 * dictionaries and the shipped examples need, and the `compromise` library's
 * lexicon, computed with the library (scripts/word-forms.ts). Run by
 * `npm run build`, `npm run build:web` and `npm run docs`; core/morphology.ts
 * reads the file when it sits next to the bundle.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { computeWordForms } from './word-forms.ts';

const target = process.argv[2] ?? 'dist/word-forms.json';
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(computeWordForms())}\n`);
if (!process.argv.includes('--quiet')) process.stdout.write(`wrote ${target}\n`);
