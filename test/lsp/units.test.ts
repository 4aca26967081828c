// Small pure parts of the server: allow-list edits, the ignore comment, skipping, severities.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../server/src/core/types.ts';
import { minimalEdit, withAllowed } from '../../server/src/lsp/allow-list.ts';
import { allowValueFor, ignoreCommentEdit } from '../../server/src/lsp/code-actions.ts';
import { findingOf, toDiagnostic } from '../../server/src/lsp/diagnostics.ts';
import { failureNotice, whySkipped } from '../../server/src/lsp/validation.ts';
import { DictionaryError, dictionariesDir } from '../../server/src/core/dictionaries.ts';
import { join } from 'node:path';
import { formatOfDocument } from '../../server/src/lsp/workspace.ts';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  check: 'jargon',
  ruleId: 'cloud',
  severity: 'warning',
  message: 'm',
  note: 'n',
  actual: 'cloud',
  expected: ['online storage'],
  fixKind: 'replace',
  safe: true,
  start: { line: 1, column: 5, offset: 4 },
  end: { line: 1, column: 10, offset: 9 },
  url: 'https://example.org/rules#jargon-cloud',
  ...overrides,
});

describe('withAllowed', () => {
  it.each([
    ['an empty file', '', 'allow:\n  - cloud\n'],
    ['only a comment', '# ours\n', '# ours\n\nallow:\n  - cloud\n'],
    ['no allow list', 'audience: public # readers\n', 'audience: public # readers\nallow:\n  - cloud\n'],
    ['a block list', 'allow:\n  - portal # kept\n', 'allow:\n  - portal # kept\n  - cloud\n'],
    ['a flow list', 'allow: [portal]\n', 'allow: [ portal, cloud ]\n'],
    ['an empty flow list', 'allow: []\n', 'allow: [ cloud ]\n'],
  ])('YAML with %s', (_, before, after) => {
    expect(withAllowed(before, '/w/.plain-ig.yml', 'cloud')).toEqual({ text: after });
  });

  it('JSON keeps the other keys', () => {
    expect(withAllowed('{"audience": "public"}', '/w/.plain-ig.json', 'cloud')).toEqual({ text: '{\n  "audience": "public",\n  "allow": [\n    "cloud"\n  ]\n}\n' });
  });

  it.each([
    ['already listed', 'allow:\n  - cloud\n', { already: true }],
    ['broken YAML', 'allow: [cloud\n', { reason: 'the config file is not valid YAML' }],
    ['allow is not a list', 'allow: cloud\n', { reason: '"allow" in the config file is not a list' }],
    ['a list at the top', '- cloud\n', { reason: 'the config file is not a mapping of settings' }],
  ])('%s', (_, before, expected) => {
    expect(withAllowed(before, '/w/.plain-ig.yml', 'cloud')).toEqual(expected);
  });
});

describe('minimalEdit', () => {
  it('replaces only the part that differs', () => {
    expect(minimalEdit('a\nallow:\n  - x\n', 'a\nallow:\n  - x\n  - y\n')).toEqual({
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } },
      newText: '  - y\n',
    });
  });
});

describe('ignoreCommentEdit', () => {
  const edit = (text: string): string => {
    const document = TextDocument.create('file:///a.md', 'markdown', 1, text);
    return TextDocument.applyEdits(document, [ignoreCommentEdit(document, finding())]);
  };
  it.each([
    ['no front matter', '# Policy\n', '<!-- plain-ig disable jargon/cloud -->\n# Policy\n'],
    ['YAML front matter', '---\ntitle: x\n---\n# Policy\n', '---\ntitle: x\n---\n<!-- plain-ig disable jargon/cloud -->\n# Policy\n'],
    ['front matter without a final newline', '---\ntitle: x\n---', '---\ntitle: x\n---\n<!-- plain-ig disable jargon/cloud -->\n'],
    ['CRLF line ends', '# Policy\r\nText\r\n', '<!-- plain-ig disable jargon/cloud -->\r\n# Policy\r\nText\r\n'],
    ['CRLF front matter', '---\r\ntitle: x\r\n---\r\n# Policy\r\n', '---\r\ntitle: x\r\n---\r\n<!-- plain-ig disable jargon/cloud -->\r\n# Policy\r\n'],
    ['TOML front matter', '+++\ntitle = "x"\n+++\n# Policy\n', '+++\ntitle = "x"\n+++\n<!-- plain-ig disable jargon/cloud -->\n# Policy\n'],
    ['front matter closed by "..."', '---\ntitle: x\n...\n# Policy\n', '---\ntitle: x\n...\n<!-- plain-ig disable jargon/cloud -->\n# Policy\n'],
    ['spaces after the fences', '--- \ntitle: x\n---\t\n# Policy\n', '--- \ntitle: x\n---\t\n<!-- plain-ig disable jargon/cloud -->\n# Policy\n'],
    ['a rule later in the text is not front matter', '# Policy\n---\ntitle: x\n---\n', '<!-- plain-ig disable jargon/cloud -->\n# Policy\n---\ntitle: x\n---\n'],
    ['an unclosed fence is not front matter', '---\ntitle: x\n# Policy\n', '<!-- plain-ig disable jargon/cloud -->\n---\ntitle: x\n# Policy\n'],
  ])('%s', (_, before, after) => {
    expect(edit(before)).toBe(after);
  });
});

describe('diagnostics', () => {
  it('map severities: error, warning, info → Information, hint → Hint', () => {
    expect((['error', 'warning', 'info', 'hint'] as const).map((severity) => toDiagnostic(finding({ severity })).severity)).toEqual([1, 2, 3, 4]);
  });

  it('give back the finding only when the data looks like one of ours', () => {
    const diagnostic = toDiagnostic(finding());
    // The note and evidence stay on the server; the rest comes back from the diagnostic and its data.
    expect(findingOf(diagnostic)).toEqual({ ...finding(), note: '' });
    // The form and the reason a fix is not safe stay on the server too: no code action reads them.
    const withReason = toDiagnostic(finding({ severity: 'info', form: 'consent-gate', unsafeReason: 'r' }));
    expect(Object.keys(withReason.data as object).sort()).toEqual(['actual', 'expected', 'fixKind', 'offsets', 'safe']);
    expect(findingOf(withReason)).toEqual({ ...finding({ severity: 'info' }), note: '' });
    // No copy of the message, range, rule or link in the data.
    expect(Object.keys(diagnostic.data as object).sort()).toEqual(['actual', 'expected', 'fixKind', 'offsets', 'safe']);
    expect(findingOf({ ...diagnostic, data: { ...(diagnostic.data as object), offsets: [4] } })).toBeUndefined();
    expect(findingOf({ ...diagnostic, code: 'nope/cloud' })).toBeUndefined();
    expect(findingOf({ ...diagnostic, source: 'other' })).toBeUndefined();
    expect(findingOf({ ...diagnostic, data: { check: 'nope' } })).toBeUndefined();
    expect(findingOf({ ...diagnostic, data: undefined })).toBeUndefined();
  });

  it('allow the words for word-level findings and the rule for risk wording', () => {
    expect(allowValueFor(finding({ actual: 'data\n lake' }))).toBe('data lake');
    expect(allowValueFor(finding({ check: 'risk', ruleId: 'never-share' }))).toBe('risk/never-share');
  });
});

describe('what is checked', () => {
  it.each([
    ['markdown', 'untitled:x', 'markdown'],
    ['plaintext', 'untitled:x', 'plaintext'],
    ['text', 'file:///a/notes', 'plaintext'],
    ['', 'file:///a/policy.md', 'markdown'],
    ['', 'file:///a/notes.TXT', 'plaintext'],
    ['typescript', 'file:///a/x.ts', undefined],
    ['yaml', 'file:///a/.plain-ig.yml', undefined],
  ])('language %j, %s → %s', (languageId, uri, format) => {
    expect(formatOfDocument(languageId, uri)).toBe(format);
  });

  it('skips huge and binary text with a reason', () => {
    expect(whySkipped('plain words')).toBeUndefined();
    expect(whySkipped('x'.repeat(5 * 1024 * 1024 + 1))).toMatch(/^Plain IG skipped this document: it is 5\.0 MB, over the 5 MB limit\./);
    expect(whySkipped('abc\u0000def')).toBe('Plain IG skipped this document: it looks like a binary file, not text.');
  });
});

describe('a check that throws', () => {
  it('becomes one diagnostic saying so, and the next check of the document works', async () => {
    const { DocumentResults } = await import('../../server/src/lsp/validation.ts');
    const { defaultSettings } = await import('../../server/src/engine/settings.ts');
    const results = new DocumentResults();
    const document = TextDocument.create('untitled:x', 'markdown', 3, 'The HSCIC said so.\n');
    const failed = results.check(document, 'markdown', {} as never);
    expect(failed.version).toBe(3);
    expect(failed.findings).toEqual([]);
    expect(failed.diagnostics).toEqual([
      expect.objectContaining({ code: 'internal-error', severity: 1, source: 'plain-ig', message: expect.stringMatching(/^Plain IG could not check this document because of a problem in Plain IG itself \(.+\)\. Other documents are still checked\./) }),
    ]);
    expect(results.check(document, 'markdown', defaultSettings()).diagnostics.map((d) => d.code)).toEqual(['outdated/hscic']);
  });
});

describe('a dictionary that cannot be used', () => {
  it('is called the extra dictionary when the user added it, with what to do', () => {
    const notice = failureNotice(new DictionaryError('/home/ig/terms.yml', 4, 'not valid YAML.'));
    expect(notice).toEqual(expect.objectContaining({ code: 'dictionary-error', severity: 1 }));
    expect(notice.message).toBe(
      'Plain IG could not check this document: the extra dictionary /home/ig/terms.yml (line 4) cannot be used: not valid YAML. Fix the dictionary or remove it from the settings; other documents are still checked.',
    );
  });

  it("is called Plain IG's own when it is a bundled file or a named one, and the user is not asked to fix it", () => {
    const bundled = failureNotice(new DictionaryError(join(dictionariesDir(), 'risk.yml'), undefined, 'cannot read the file (EACCES)'));
    expect(bundled.message).toBe(
      `Plain IG could not check this document: its own dictionary ${join(dictionariesDir(), 'risk.yml')} cannot be used: cannot read the file (EACCES). Reinstalling Plain IG should mend it; please report this if it does not.`,
    );
    const named = failureNotice(new DictionaryError('risk dictionary', undefined, 'cannot expand "share" to its word forms'));
    expect(named.message).toMatch(/^Plain IG could not check this document: its own risk dictionary cannot be used: cannot expand "share" to its word forms\. Reinstalling Plain IG/);
    // A folder beside the bundled one whose name starts the same is not inside it.
    expect(failureNotice(new DictionaryError(`${dictionariesDir()}-mine/extra.yml`, undefined, 'x')).message).toMatch(/the extra dictionary /);
  });
});
