// dictionaries/retext-simplify.json is retext-simplify's own phrase list, as the installed package has it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simplifyPatterns } from '../scripts/simplify-patterns.ts';

describe('dictionaries/retext-simplify.json', () => {
  it('is up to date with the installed retext-simplify (run `npm run docs` if this fails)', async () => {
    const generated = JSON.parse(readFileSync('dictionaries/retext-simplify.json', 'utf8')) as Record<string, unknown>;
    const installed = await simplifyPatterns();
    expect(Object.keys(generated)).toEqual(Object.keys(installed));
    expect(generated).toEqual(JSON.parse(JSON.stringify(installed)));
  });
});
