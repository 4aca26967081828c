/**
 * Code actions built in this process from real findings (the wire tests in
 * code-actions.test.ts drive the bundled server, which mutation testing cannot
 * see). The point here: `isPreferred` — the fix an editor applies with one
 * key — is true only for a safe fix with one clear alternative, never for an
 * unsafe one, whatever its kind.
 */
import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import type { Finding } from '../../server/src/core/types.ts';
import { allowValueFor, codeActionsFor, FIX_ALL_KIND, fixAllEdits, type CodeActionContext } from '../../server/src/lsp/code-actions.ts';
import { toDiagnostic } from '../../server/src/lsp/diagnostics.ts';
import { findings } from '../helpers.ts';

const TEXT = 'We value interoperability between teams.\n\nThe firewall protects us.\n';

function contextFor(document: TextDocument, current: Finding[]): CodeActionContext {
  return { document, format: 'markdown', allowList: () => undefined, currentFindings: () => current };
}

function actionsFor(finding: Finding, others: Finding[] = [finding], only?: string[]): CodeAction[] {
  const document = TextDocument.create('file:///doc.md', 'markdown', 1, TEXT);
  const diagnostic: Diagnostic = toDiagnostic(finding);
  const params: CodeActionParams = {
    textDocument: { uri: document.uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
  };
  return codeActionsFor(params, contextFor(document, others));
}

/**
 * A real finding from the core for its place and metadata; its fix is set here
 * so the tests do not depend on what the dictionaries say today.
 */
const real = (ruleId: string): Finding => {
  const found = findings(TEXT).find((f) => f.ruleId === ruleId);
  if (!found) throw new Error(`no finding ${ruleId} in the sample`);
  return ruleId === 'interoperability' ? { ...found, fixKind: 'replace', safe: true, expected: ['systems working together'] } : { ...found, safe: true };
};

const edits = (action: CodeAction) => action.edit?.changes?.['file:///doc.md'] ?? [];

describe('isPreferred', () => {
  it('a safe replacement with one alternative is preferred, and replaces exactly the flagged words', () => {
    const finding = real('interoperability');
    const [replace] = actionsFor(finding);
    expect(replace).toMatchObject({ title: 'Replace ‘interoperability’ with ‘systems working together’', isPreferred: true });
    expect(edits(replace!)).toEqual([{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 25 } }, newText: 'systems working together' }]);
  });

  it('the same replacement marked unsafe is offered but not preferred', () => {
    const [replace] = actionsFor({ ...real('interoperability'), safe: false, unsafeReason: 'depends on the sentence' });
    expect(replace).toMatchObject({ title: 'Replace ‘interoperability’ with ‘systems working together’', isPreferred: false });
  });

  it('an unsafe removal is not preferred; a safe one is', () => {
    const removal = { ...real('interoperability'), expected: [] };
    expect(actionsFor({ ...removal, safe: false })[0]).toMatchObject({ title: 'Remove ‘interoperability’', isPreferred: false });
    expect(actionsFor({ ...removal, safe: true })[0]).toMatchObject({ title: 'Remove ‘interoperability’', isPreferred: true });
  });

  it('an unsafe explanation is not preferred; a safe one is', () => {
    const finding = real('firewall');
    expect(finding.fixKind).toBe('explain');
    const title = 'Explain ‘firewall’ on first use';
    expect(actionsFor({ ...finding, safe: false })[0]).toMatchObject({ title, isPreferred: false });
    expect(actionsFor({ ...finding, safe: true })[0]).toMatchObject({ title, isPreferred: true });
  });

  it('an unsafe acronym expansion is not preferred', () => {
    const finding: Finding = { ...real('interoperability'), fixKind: 'expand', safe: false };
    expect(actionsFor(finding)[0]!.isPreferred).toBe(false);
  });

  it('a reframe is never preferred, even if marked safe', () => {
    const finding: Finding = { ...real('interoperability'), fixKind: 'reframe', safe: true, expected: ['Teams work together.'] };
    expect(actionsFor(finding)[0]).toMatchObject({ title: 'Use suggested wording: ‘Teams work together.’', isPreferred: false });
  });

  it('two alternatives: neither is preferred, even when safe', () => {
    const finding: Finding = { ...real('interoperability'), safe: true, expected: ['systems working together', 'joined-up systems'] };
    expect(actionsFor(finding).slice(0, 2).map((a) => [a.title, a.isPreferred])).toEqual([
      ['Replace ‘interoperability’ with ‘systems working together’', false],
      ['Replace ‘interoperability’ with ‘joined-up systems’', false],
    ]);
  });
});

describe('fix-all', () => {
  it('applies only the safe fixes, and names how many', () => {
    const safe = real('interoperability');
    const unsafe: Finding = { ...real('firewall'), safe: false };
    const [all] = actionsFor(safe, [safe, unsafe], [FIX_ALL_KIND]);
    expect(all).toMatchObject({ title: 'Fix the 1 safe problem in this file', kind: FIX_ALL_KIND });
    expect(edits(all!).map((edit) => edit.newText)).toEqual(['systems working together']);
  });

  it('offers nothing when no finding is safe', () => {
    const unsafe: Finding = { ...real('interoperability'), safe: false };
    expect(actionsFor(unsafe, [unsafe], [FIX_ALL_KIND])).toEqual([]);
  });
});

describe('the other quick fixes, in order', () => {
  const allowEdit = { edit: { changes: { 'file:///ws/.plain-ig.yml': [] } } };
  function all(finding: Finding, options: { format?: 'markdown' | 'plaintext'; allow?: boolean; current?: Finding[]; only?: string[]; text?: string } = {}): CodeAction[] {
    const document = TextDocument.create('file:///doc.md', 'markdown', 1, options.text ?? TEXT);
    const diagnostic = toDiagnostic(finding);
    const context: CodeActionContext = {
      document,
      format: options.format ?? 'markdown',
      allowList: (value) => (options.allow === false ? undefined : { ...allowEdit, value } as never),
      currentFindings: () => options.current ?? [finding],
    };
    return codeActionsFor({ textDocument: { uri: document.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], ...(options.only ? { only: options.only } : {}) } }, context);
  }

  it('Markdown: fix, allow list, ignore in this file, documentation — each for this diagnostic', () => {
    const finding = real('interoperability');
    const actions = all(finding);
    expect(actions.map((a) => a.title)).toEqual([
      'Replace ‘interoperability’ with ‘systems working together’',
      'Add ‘interoperability’ to the workspace allow list',
      'Ignore ‘interoperability’ in this file',
      'Show documentation for this rule',
    ]);
    for (const action of actions) expect(action.diagnostics).toEqual([toDiagnostic(finding)]);
    expect(actions[2]!.edit).toEqual({ changes: { 'file:///doc.md': [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- plain-ig disable jargon/interoperability -->\n' }] } });
    expect(actions[3]!.command).toEqual({ title: 'Show documentation for this rule', command: 'plain-ig.showRuleDocumentation', arguments: [finding.url] });
  });

  it('plain text has no "ignore" comment; no allow-list action when there is no config to edit', () => {
    const titles = all(real('interoperability'), { format: 'plaintext', allow: false }).map((a) => a.title);
    expect(titles).toEqual(['Replace ‘interoperability’ with ‘systems working together’', 'Show documentation for this rule']);
  });

  it('risk wording: the ignore action names the wording check, not the words', () => {
    const finding: Finding = { ...real('interoperability'), check: 'risk', fixKind: 'reframe', safe: false, expected: ['Teams work together.'] };
    expect(all(finding).map((a) => a.title)).toContain('Ignore this wording check in this file');
  });

  it('a stale diagnostic (the text moved on) gets no text fix, only the other actions', () => {
    const finding = real('interoperability');
    const titles = all(finding, { text: TEXT.replace('interoperability', 'interop-erability') }).map((a) => a.title);
    expect(titles.some((title) => title.startsWith('Replace'))).toBe(false);
    expect(titles).toContain('Show documentation for this rule');
  });

  it('an explanation with no text, and a finding with nothing to apply, get no text fix', () => {
    expect(all({ ...real('firewall'), expected: [] }).map((a) => a.title)[0]).toBe('Add ‘firewall’ to the workspace allow list');
    expect(all({ ...real('interoperability'), fixKind: 'none', expected: [] }).map((a) => a.title)[0]).toBe('Add ‘interoperability’ to the workspace allow list');
  });

  it('long words are shortened in titles at a word boundary, with an ellipsis', () => {
    const long = 'systems  that   work together across every team in the trust and the council and beyond';
    const [replace] = all({ ...real('interoperability'), expected: [long] });
    expect(replace!.title).toBe('Replace ‘interoperability’ with ‘systems that work together across every team in the trust…’');
    const unbroken = 'x'.repeat(70);
    expect(all({ ...real('interoperability'), expected: [unbroken] })[0]!.title).toBe(`Replace ‘interoperability’ with ‘${'x'.repeat(60)}…’`);
  });

  it('in the light bulb, fix-all appears only when a safe finding is here and more than one fix would apply', () => {
    const safe = real('interoperability');
    const other = real('firewall');
    expect(all(safe, { current: [safe, other] }).at(-1)).toMatchObject({ title: 'Fix all 2 safe problems in this file', kind: 'quickfix' });
    // Only one fix in the file: the quick fix itself is enough.
    expect(all(safe, { current: [safe] }).at(-1)!.title).toBe('Show documentation for this rule');
    // The finding here is unsafe: no fix-all in its light bulb, even with other safe fixes.
    expect(all({ ...safe, safe: false }, { current: [safe, other] }).at(-1)!.title).toBe('Show documentation for this rule');
    // A reframe here, even marked safe, does not bring fix-all either.
    expect(all({ ...safe, fixKind: 'reframe', expected: ['Teams work together.'] }, { current: [safe, other] }).at(-1)!.title).toBe('Show documentation for this rule');
  });

  it('asked only for quick fixes: no fix-all; asked only for fix-all: nothing else; a diagnostic that is not ours: nothing', () => {
    const safe = real('interoperability');
    const other = real('firewall');
    expect(all(safe, { current: [safe, other], only: ['quickfix'] }).map((a) => a.title)).not.toContain('Fix all 2 safe problems in this file');
    expect(all(safe, { current: [safe, other], only: ['source'] }).map((a) => a.title)).toEqual(['Fix all 2 safe problems in this file']);
    expect(all(safe, { current: [safe, other], only: ['source.organizeImports'] })).toEqual([]);
    // Asked for exactly the fix-all kind, with one safe fix in the file: singular wording, the kind asked for.
    expect(all(safe, { current: [safe], only: ['source.fixAll.plain-ig'] })).toMatchObject([{ title: 'Fix the 1 safe problem in this file', kind: 'source.fixAll.plain-ig' }]);
    // A kind that only starts with the same letters is another kind.
    expect(all(safe, { current: [safe, other], only: ['sourc'] })).toEqual([]);
    const document = TextDocument.create('file:///doc.md', 'markdown', 1, TEXT);
    const foreign = { ...toDiagnostic(safe), source: 'eslint' };
    expect(codeActionsFor({ textDocument: { uri: document.uri }, range: foreign.range, context: { diagnostics: [foreign] } }, contextFor(document, [safe, other]))).toEqual([]);
  });
});

describe('code actions: the edges the mutation run showed', () => {
  const titleOf = (alternative: string): string => actionsFor({ ...real('interoperability'), expected: [alternative] })[0]!.title;

  it('titles: spaces trimmed, exactly 60 characters kept whole, a cut at the half-way space, trailing punctuation dropped', () => {
    expect(titleOf('  systems   working together  ')).toBe('Replace ‘interoperability’ with ‘systems working together’');
    const sixty = `${'a'.repeat(29)} ${'b'.repeat(30)}`;
    expect(titleOf(sixty)).toBe(`Replace ‘interoperability’ with ‘${sixty}’`);
    // 61 characters with the only space at 30: the cut keeps the first word.
    expect(titleOf(`${'a'.repeat(30)} ${'b'.repeat(30)}`)).toBe(`Replace ‘interoperability’ with ‘${'a'.repeat(30)} ${'b'.repeat(29)}…’`);
    expect(titleOf(`${'a'.repeat(31)} ${'b'.repeat(30)}`)).toBe(`Replace ‘interoperability’ with ‘${'a'.repeat(31)}…’`);
    expect(titleOf(`${'a'.repeat(40)}.,; ${'b'.repeat(30)}`)).toBe(`Replace ‘interoperability’ with ‘${'a'.repeat(40)}…’`);
  });

  it('a removal replaces the words with nothing', () => {
    const [remove] = actionsFor({ ...real('interoperability'), expected: [] });
    expect(remove!.title).toBe('Remove ‘interoperability’');
    expect(edits(remove!)).toEqual([{ range: toDiagnostic(real('interoperability')).range, newText: '' }]);
  });

  it('a suggested paragraph offers its own actions, and a finding with nothing to apply offers none', () => {
    const element = bundledDictionaries().leadership.entries[0]!;
    const insert = actionsFor({ ...real('interoperability'), check: 'leadership', ruleId: element.id, fixKind: 'insert', expected: ['Ask the IG lead if you are unsure.'] });
    expect(insert[0]!.title).toMatch(/^Insert a suggested paragraph .*: ‘Ask the IG lead/);
    const none = actionsFor({ ...real('interoperability'), fixKind: 'none', expected: [] });
    expect(none.map((a) => a.title)).toEqual(['Ignore ‘interoperability’ in this file', 'Show documentation for this rule']);
  });

  it('fix-all edits carry the range of each fix in the document', () => {
    const document = TextDocument.create('file:///doc.md', 'markdown', 1, TEXT);
    const safe = real('interoperability');
    expect(fixAllEdits(document, [safe])).toEqual([{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 25 } }, newText: 'systems working together' }]);
  });

  it('asked for several kinds, any one of them is enough', () => {
    const safe = real('interoperability');
    const other = real('firewall');
    expect(actionsFor(safe, [safe, other], ['source.organizeImports', FIX_ALL_KIND]).map((a) => a.title)).toEqual(['Fix all 2 safe problems in this file']);
    expect(actionsFor(safe, [safe, other], ['refactor', 'quickfix']).map((a) => a.title)).toContain('Replace ‘interoperability’ with ‘systems working together’');
  });

  it('the allow list takes the words, trimmed, for word-level findings and the rule for risk and leadership', () => {
    const base = real('interoperability');
    expect(allowValueFor({ ...base, actual: ' data   flows ' })).toBe('data flows');
    expect(allowValueFor({ ...base, check: 'risk', ruleId: 'if-in-doubt' })).toBe('risk/if-in-doubt');
    expect(allowValueFor({ ...base, check: 'leadership', ruleId: 'staff-support' })).toBe('leadership/staff-support');
    expect(allowValueFor({ ...base, check: 'trust', ruleId: 'appropriate-person', actual: 'the appropriate person' })).toBe('the appropriate person');
  });
});
