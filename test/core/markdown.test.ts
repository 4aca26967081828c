import { describe, expect, it } from 'vitest';
import { checkText } from '../../server/src/engine/check-text.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
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

describe('footnote text is prose', () => {
  const text = [
    'Records are kept for eight years.[^keep] We share them with care.[^2]',
    '',
    '[^keep]: Unless we utilise them for',
    '    audits, when we keep them longer.',
    '',
    '    A second paragraph: interoperability of the systems.',
    '',
    '[^2]: If in doubt, do not share.',
    '',
  ].join('\n');

  it('checks words in footnotes, with exact positions, as in any paragraph', () => {
    const got = findings(text);
    const at = (f: { start: { offset: number }; end: { offset: number } }) => text.slice(f.start.offset, f.end.offset);
    const utilise = got.find((f) => f.check === 'plain-words' && f.ruleId === 'utilise');
    expect(utilise && at(utilise)).toBe('utilise');
    expect(utilise?.start).toEqual({ line: 3, column: 20, offset: text.indexOf('utilise') });
    const jargon = got.find((f) => f.check === 'jargon' && f.ruleId === 'interoperability');
    expect(jargon?.start).toEqual({ line: 6, column: 25, offset: text.indexOf('interoperability') });
    const risk = got.find((f) => f.check === 'risk');
    expect(risk && [risk.ruleId, risk.start]).toEqual(['if-in-doubt-do-not-share', { line: 8, column: 7, offset: text.indexOf('If in doubt') }]);
  });

  it('reads the same when the footnotes sit far from the calls (the document is parsed in pieces)', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `## Part ${i}\n\nThe record of part ${i} is kept.`).join('\n\n');
    const far = text.replace('[^keep]: ', `${filler}\n\n[^keep]: `);
    const shift = far.indexOf('utilise') - text.indexOf('utilise');
    const near = brief(findings(text));
    // With a chunk cache, as the language server checks: the calls and the footnotes are parsed apart.
    const got = checkText(far, { format: 'markdown', settings: defaultSettings(), chunkCache: new Map() }).findings;
    expect(got.filter((f) => f.start.offset >= far.indexOf('[^keep]: ')).map((f) => `${f.check}/${f.ruleId}@${f.start.offset - shift}`)).toEqual(
      findings(text).filter((f) => f.start.offset >= text.indexOf('[^keep]: ')).map((f) => `${f.check}/${f.ruleId}@${f.start.offset}`),
    );
    expect(near).toHaveLength(3);
  });
});
