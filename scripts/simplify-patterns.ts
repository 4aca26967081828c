/** retext-simplify's phrase list, read from the installed package (it is not exported). */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SimplifyPattern } from '../server/src/core/catalogue-text.ts';

/** Loads `retext-simplify/lib/patterns.js` by path. */
export async function simplifyPatterns(): Promise<Record<string, SimplifyPattern>> {
  const require = createRequire(import.meta.url);
  const main = require.resolve('retext-simplify');
  const file = join(dirname(main), 'lib', 'patterns.js');
  const module = (await import(pathToFileURL(file).href)) as { patterns: Record<string, SimplifyPattern> };
  return module.patterns;
}
