/**
 * Writes retext-simplify's phrase list into dictionaries/retext-simplify.json,
 * so the plain-words check reads data instead of a file inside the package.
 * Run by `npm run docs`; test/simplify-list.test.ts fails when it is stale
 * (after an update of retext-simplify).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { simplifyPatterns } from './simplify-patterns.ts';

const target = fileURLToPath(new URL('../dictionaries/retext-simplify.json', import.meta.url));
const patterns = await simplifyPatterns();
// One phrase a line, in the package's order (the check keeps it), so a diff shows what changed.
const lines = Object.entries(patterns).map(([phrase, pattern]) => `  ${JSON.stringify(phrase)}: ${JSON.stringify(pattern)}`);
writeFileSync(target, `{\n${lines.join(',\n')}\n}\n`);
process.stdout.write(`wrote ${target}\n`);
