/**
 * Generates docs/rules.md, the rule catalogue, from dictionaries/.
 * Run `npm run docs`; test/docs.test.ts fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCatalogue } from '../server/src/engine/catalogue.ts';
import { bundledDictionaries } from '../server/src/core/dictionaries.ts';
import { simplifyPatterns } from './simplify-patterns.ts';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
writeFileSync(target, renderCatalogue(bundledDictionaries(), await simplifyPatterns()));
process.stdout.write(`wrote ${target}\n`);
