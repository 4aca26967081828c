import { describe, expect, it } from 'vitest';
import { brief, findings } from '../helpers.ts';

describe('Markdown constructs that are not prose stay silent', () => {
  it.each([
    ['a fenced code block', '```\nWe utilise interoperability via the API.\n```\n'],
    ['an indented code block', 'Text.\n\n    We utilise interoperability.\n'],
    ['inline code', 'Run `interoperability --utilise` now.\n'],
    ['a URL', 'See https://example.org/interoperability-utilise now.\n'],
    ['a link target', 'See [the guide](https://example.org/interoperability) now.\n'],
    ['front matter', '---\ntitle: Interoperability utilise GDPR\n---\n\nHello.\n'],
    ['an HTML comment', '<!-- interoperability and utilise and GDPR -->\n\nHello.\n'],
    ['an HTML block', '<div data-x="interoperability">\n</div>\n'],
    ['an image URL', '![](interoperability.png)\n'],
  ])('%s', (_name, text) => {
    expect(brief(findings(text))).toEqual([]);
  });

  it('still checks link text, emphasis, headings, lists and table cells', () => {
    const text = [
      '# Our interoperability plan',
      '',
      'See [interoperability guide](https://x.org). We *utilise* it.',
      '',
      '- a list item about interoperability',
      '',
      '| term | note |',
      '|---|---|',
      '| interoperability | utilise |',
      '',
    ].join('\n');
    const got = brief(findings(text));
    expect(got.filter((x) => x.startsWith('jargon/interoperability')).length).toBe(4);
    expect(got.filter((x) => x.startsWith('plain-words/utilise')).length).toBe(2);
  });
});
