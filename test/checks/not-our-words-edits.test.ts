// "Not the writer's words" after edits: the answers kept per block (a list item
// that cites a document, a list under a references heading) follow the text as it
// changes in the editor, and equal a fresh check of the same text.
import { describe, expect, it } from 'vitest';
import { DocumentChecker } from '../../server/src/engine/check-text.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { brief, findings } from '../helpers.ts';

const words = (list: ReturnType<typeof findings>) => brief(list.filter((f) => f.check !== 'risk' && f.check !== 'leadership'));

describe('not our words, re-checked after edits', () => {
  const cited = '- Department of Health, confidentiality and access to records[^1]\n- NHS Digital, data warehouse guidance, 2016';
  const start = `# Our records\n\nKey guidance:\n\n${cited}\n\nWe keep records safe.\n\n[^1]: A note.\n`;

  it('a cited list stays exempt after an edit elsewhere, and is flagged once its item becomes a sentence', () => {
    const checker = new DocumentChecker('markdown');
    const settings = defaultSettings();
    expect(words(checker.check(start, settings).findings)).toEqual([]);
    // An edit in another block: the list is unchanged and still exempt.
    const elsewhere = start.replace('We keep records safe.', 'We keep all records safe.');
    expect(words(checker.check(elsewhere, settings).findings)).toEqual([]);
    // The first item becomes a sentence (a full stop inside it): no longer a citation.
    const sentence = elsewhere.replace('records[^1]', 'records. We follow it[^1]');
    const after = checker.check(sentence, settings).findings;
    expect(words(after)).toEqual(['outdated/department-of-health:Department of Health']);
    expect(after.find((f) => f.check === 'outdated')!.start).toMatchObject({ line: 5, column: 3 });
    expect(words(after)).toEqual(words(findings(sentence)));
    // And back again.
    expect(words(checker.check(elsewhere, settings).findings)).toEqual([]);
  });

  it('a list stops being exempt when its heading stops naming references, though the list itself is unchanged', () => {
    const references = '# Policy\n\nWe keep records safe.\n\n## References\n\n- Department of Health guidance on records\n';
    const checker = new DocumentChecker('markdown');
    const settings = defaultSettings();
    expect(words(checker.check(references, settings).findings)).toEqual([]);
    const renamed = references.replace('## References', '## What we do');
    expect(words(checker.check(renamed, settings).findings)).toEqual(['outdated/department-of-health:Department of Health']);
    expect(words(checker.check(renamed, settings).findings)).toEqual(words(findings(renamed)));
  });
});
