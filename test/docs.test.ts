// Generated documentation must match what generates it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCatalogue } from '../server/src/engine/catalogue.ts';
import { bundledDictionaries } from '../server/src/core/dictionaries.ts';
import { findings } from './helpers.ts';
import { simplifyPatterns } from '../scripts/simplify-patterns.ts';

describe('docs/rules.md', () => {
  const onDisk = readFileSync('docs/rules.md', 'utf8');

  it('is up to date with dictionaries/ (run `npm run docs` if this fails)', async () => {
    expect(onDisk).toBe(renderCatalogue(bundledDictionaries(), await simplifyPatterns()));
  });

  it('has an anchor for every finding in the examples', () => {
    const files = ['examples/information-sharing-policy.md', 'examples/privacy-notice.txt', 'examples/confidentiality-code.md', 'examples/care-home-leaflet.md'];
    for (const finding of files.flatMap((f) => findings(readFileSync(f, 'utf8'), { format: f.endsWith('.md') ? 'markdown' : 'plaintext' }))) {
      const anchor = finding.url.split('#')[1]!;
      expect(onDisk, anchor).toContain(`<a id="${anchor}"></a>`);
    }
  });
});
