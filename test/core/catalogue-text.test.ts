// The rule catalogue's text helpers (server/src/core/catalogue-text.ts) and a check
// with no catalogue section of its own (server/src/engine/catalogue.ts): survivors
// of the third session's run (docs.test.ts killed the rest).
import { describe, expect, it } from 'vitest';
import { esc, evidenceLines, list, ruleHeading } from '../../server/src/core/catalogue-text.ts';
import type { EvidenceEntry } from '../../server/src/core/dictionary-types.ts';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import { renderCatalogue } from '../../server/src/engine/catalogue.ts';
import { shouting } from '../fixtures/checks/shouting.ts';

const sources: Record<string, EvidenceEntry> = {
  ico: { title: 'ICO guide', text: 'A guide.', url: 'https://example.org/ico', nations: ['england', 'wales'] },
  nhs: { title: 'NHS <notes> | table', text: 'Notes.', url: 'https://example.org/nhs' },
};

describe('catalogue text', () => {
  it('escapes table bars and angle brackets, and quotes each phrase of a list', () => {
    expect(esc('a | b <c>')).toBe('a \\| b &lt;c>');
    expect(list(['one', 'two <x>'])).toBe('“one”, “two &lt;x>”');
    expect(ruleHeading('jargon', 'data-lake', 'data <lake>')).toBe('<a id="jargon-data-lake"></a>\n#### data &lt;lake>\n');
  });

  it('lists the sources an entry cites, in its order, with their nations, and skips keys it does not know', () => {
    expect(evidenceLines(['nhs', 'missing', 'ico'], sources)).toEqual([
      '- Evidence: [NHS &lt;notes> \\| table](https://example.org/nhs); [ICO guide](https://example.org/ico) (england, wales)',
    ]);
  });

  it('writes nothing when the entry cites nothing, or nothing known, or there are no sources', () => {
    expect(evidenceLines(undefined, sources)).toEqual([]);
    expect(evidenceLines([], sources)).toEqual([]);
    expect(evidenceLines(['missing'], sources)).toEqual([]);
    expect(evidenceLines(['ico'], undefined)).toEqual([]);
  });

  it('lists a check with no catalogue section in the overview with no entries, and gives it a heading only', () => {
    const { catalogue: _section, ...bare } = shouting;
    const catalogue = renderCatalogue(bundledDictionaries(), {}, [bare]);
    expect(catalogue).toContain('| [shouting](#check-shouting) | Words written in capitals, which read as shouting. | 0 | hint |\n');
    expect(catalogue.endsWith('<a id="check-shouting"></a>\n## Shouted words (`shouting`)\n\nWords written in capitals, which read as shouting.\n\n')).toBe(true);
  });
});
