// Every code action over the wire, and what its edit does to the text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, TestClient, byCode, codes, makeWorkspace, uriOf } from './harness.ts';

let client: TestClient;
let folder: string;
beforeAll(async () => {
  folder = makeWorkspace();
  client = await TestClient.start({ folders: [folder] });
});
afterAll(async () => {
  await client.stop();
});

const titles = (actions: CodeAction[]): string[] => actions.map((action) => action.title);
const named = (actions: CodeAction[], title: string): CodeAction => {
  const found = actions.find((action) => action.title === title);
  if (!found) throw new Error(`no action "${title}" among: ${titles(actions).join(' | ')}`);
  return found;
};

let counter = 0;
async function openSample(text = SAMPLE): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = uriOf(join(folder, `doc-${counter++}.md`));
  const diagnostics = await client.open(uri, text);
  return { uri, diagnostics };
}

describe('quick fixes from the finding', () => {
  it('one clear alternative: "Replace" is preferred, then allow list, ignore and documentation', async () => {
    const { uri, diagnostics } = await openSample();
    const actions = await client.codeActions(uri, [byCode(diagnostics, 'jargon/interoperability')]);
    expect(titles(actions)).toEqual([
      'Replace ‘interoperability’ with ‘systems working together’',
      'Add ‘interoperability’ to the workspace allow list',
      'Ignore ‘interoperability’ in this file',
      'Show documentation for this rule',
      'Fix all 3 safe problems in this file',
    ]);
    const replace = actions[0]!;
    expect(replace).toMatchObject({ kind: 'quickfix', isPreferred: true });
    expect(client.preview(uri, replace)).toContain('We value systems working together between teams.');
    await client.close(uri);
  });

  it('several alternatives: one "Replace" each, none preferred', async () => {
    const { uri, diagnostics } = await openSample();
    const actions = await client.codeActions(uri, [byCode(diagnostics, 'jargon/data-lake')]);
    const replaces = actions.filter((action) => action.title.startsWith('Replace'));
    expect(titles(replaces)).toEqual(['Replace ‘data lake’ with ‘central store of records’', 'Replace ‘data lake’ with ‘shared database’']);
    expect(replaces.every((action) => action.isPreferred === false)).toBe(true);
    expect(client.preview(uri, replaces[1]!)).toContain('Our shared database keeps records.');
    await client.close(uri);
  });

  it('a term to keep: "Explain ‘firewall’ on first use" adds the explanation after it', async () => {
    const { uri, diagnostics } = await openSample();
    const actions = await client.codeActions(uri, [byCode(diagnostics, 'jargon/firewall')]);
    const explain = named(actions, 'Explain ‘firewall’ on first use');
    expect(explain.isPreferred).toBe(true);
    expect(client.preview(uri, explain)).toContain('The firewall (a barrier that blocks unsafe network traffic) protects us.');
    await client.close(uri);
  });

  it('an acronym: spelled out with the short form kept', async () => {
    const { uri, diagnostics } = await openSample();
    const actions = await client.codeActions(uri, [byCode(diagnostics, 'acronym/dspt')]);
    const expand = named(actions, 'Replace ‘DSPT’ with ‘Data Security and Protection Toolkit (DSPT)’');
    expect(client.preview(uri, expand)).toContain('We report through the Data Security and Protection Toolkit (DSPT).');
    await client.close(uri);
  });

  it('risk-averse wording: "Use suggested wording" is a suggestion, never preferred', async () => {
    const { uri, diagnostics } = await openSample();
    const actions = await client.codeActions(uri, [byCode(diagnostics, 'risk/never-share-without-consent')]);
    expect(titles(actions)).toEqual([
      'Use suggested wording: ‘Share information when someone\'s care needs it; consent is…’',
      'Add ‘risk/never-share-without-consent’ to the workspace allow list',
      'Ignore this wording check in this file',
      'Show documentation for this rule',
    ]);
    expect(actions[0]!.isPreferred).toBe(false);
    expect(client.preview(uri, actions[0]!)).toContain("\nShare information when someone's care needs it; consent is not the only lawful basis.\n");
    await client.close(uri);
  });

  it('no text edit when the diagnostic no longer matches the text (the document moved on)', async () => {
    const { uri, diagnostics } = await openSample();
    const stale = byCode(diagnostics, 'jargon/interoperability');
    const line = client.text(uri).indexOf('We value');
    await client.editAndWait(uri, line, line, 'So ');
    const actions = await client.codeActions(uri, [stale]);
    expect(titles(actions).some((title) => title.startsWith('Replace'))).toBe(false);
    await client.close(uri);
  });

  it('"Show documentation for this rule" opens the catalogue entry through window/showDocument', async () => {
    const { uri, diagnostics } = await openSample();
    const docs = named(await client.codeActions(uri, [byCode(diagnostics, 'outdated/hscic')]), 'Show documentation for this rule');
    expect(docs.command?.command).toBe('plain-ig.showRuleDocumentation');
    const result = await client.connection.sendRequest('workspace/executeCommand', docs.command);
    const url = byCode(diagnostics, 'outdated/hscic').codeDescription!.href;
    expect(result).toEqual({ url });
    expect(client.shown).toContain(url);
    await client.close(uri);
  });
});

describe('ignore in this file', () => {
  it('inserts a control comment at the top, after front matter, and the finding goes away', async () => {
    const text = `---\ntitle: Policy\n---\n${SAMPLE}`;
    const { uri, diagnostics } = await openSample(text);
    const ignore = named(await client.codeActions(uri, [byCode(diagnostics, 'jargon/interoperability')]), 'Ignore ‘interoperability’ in this file');
    expect(client.preview(uri, ignore).startsWith('---\ntitle: Policy\n---\n<!-- plain-ig disable jargon/interoperability -->\n# Sharing policy')).toBe(true);
    const since = client.published.length;
    client.applyWorkspaceEdit(ignore.edit!);
    const after = await client.diagnostics(uri, undefined, since);
    expect(codes(after.diagnostics)).not.toContain('jargon/interoperability');
    expect(codes(after.diagnostics)).toContain('jargon/data-lake');
    await client.close(uri);
  });

  it('is not offered for plain text (no comment syntax): the allow list is', async () => {
    const uri = uriOf(join(folder, 'notes.txt'));
    const diagnostics = await client.open(uri, 'We value interoperability.\n', 'plaintext');
    const actions = await client.codeActions(uri, diagnostics);
    expect(titles(actions).some((title) => title.startsWith('Ignore'))).toBe(false);
    expect(titles(actions)).toContain('Add ‘interoperability’ to the workspace allow list');
    await client.close(uri);
  });
});

describe('add to the workspace allow list', () => {
  it('creates .plain-ig.yml when there is none, then adds to it keeping comments; the finding goes away', async () => {
    const ws = makeWorkspace();
    const local = await TestClient.start({ folders: [ws] });
    try {
      const uri = uriOf(join(ws, 'policy.md'));
      let diagnostics = await local.open(uri, SAMPLE);
      const add = named(await local.codeActions(uri, [byCode(diagnostics, 'jargon/interoperability')]), 'Add ‘interoperability’ to the workspace allow list');
      expect(add.edit?.documentChanges?.[0]).toEqual({ kind: 'create', uri: uriOf(join(ws, '.plain-ig.yml')), options: { ignoreIfExists: true } });
      local.applyWorkspaceEdit(add.edit!);
      expect(readFileSync(join(ws, '.plain-ig.yml'), 'utf8')).toMatch(/allow:\n {2}- "interoperability"\n$/);
      let since = local.published.length;
      await local.fileChanged(join(ws, '.plain-ig.yml'), 1);
      diagnostics = (await local.diagnostics(uri, (params) => !codes(params.diagnostics).includes('jargon/interoperability'), since)).diagnostics;
      expect(codes(diagnostics)).toContain('outdated/hscic');

      // A second word goes into the same list; the comment the writer added stays.
      writeFileSync(join(ws, '.plain-ig.yml'), `${readFileSync(join(ws, '.plain-ig.yml'), 'utf8')}# our own note\n`);
      const second = named(await local.codeActions(uri, [byCode(diagnostics, 'outdated/hscic')]), 'Add ‘HSCIC’ to the workspace allow list');
      expect(second.edit?.changes?.[uriOf(join(ws, '.plain-ig.yml'))]).toHaveLength(1);
      local.applyWorkspaceEdit(second.edit!);
      const config = readFileSync(join(ws, '.plain-ig.yml'), 'utf8');
      expect(config).toContain('# Plain IG settings for this workspace.');
      expect(config).toContain('# our own note');
      expect(config).toMatch(/- "interoperability"\n {2}- HSCIC\n/);
      since = local.published.length;
      await local.fileChanged(join(ws, '.plain-ig.yml'));
      diagnostics = (await local.diagnostics(uri, (params) => !codes(params.diagnostics).includes('outdated/hscic'), since)).diagnostics;
      expect(codes(diagnostics)).toContain('jargon/data-lake');
    } finally {
      await local.stop();
    }
  });

  it('uses the plain-ig.addToAllowList command when the client cannot create files', async () => {
    const ws = makeWorkspace();
    const local = await TestClient.start({ folders: [ws], capabilities: { workspace: { configuration: true, applyEdit: true } } });
    try {
      const uri = uriOf(join(ws, 'policy.md'));
      const diagnostics = await local.open(uri, SAMPLE);
      const add = named(await local.codeActions(uri, [byCode(diagnostics, 'jargon/data-lake')]), 'Add ‘data lake’ to the workspace allow list');
      expect(add.edit).toBeUndefined();
      expect(add.command).toMatchObject({ command: 'plain-ig.addToAllowList', arguments: [uri, 'data lake'] });
      const since = local.published.length;
      expect(await local.connection.sendRequest('workspace/executeCommand', add.command)).toEqual({ file: join(ws, '.plain-ig.yml'), added: true });
      expect(readFileSync(join(ws, '.plain-ig.yml'), 'utf8')).toContain('- "data lake"');
      // Written by the server itself, so it re-checks without waiting for a file event.
      const after = await local.diagnostics(uri, (params) => !codes(params.diagnostics).includes('jargon/data-lake'), since);
      expect(codes(after.diagnostics)).toContain('jargon/interoperability');
    } finally {
      await local.stop();
    }
  });

  it('is not offered for an untitled document when no folder is open', async () => {
    const bare = await TestClient.start();
    try {
      const diagnostics = await bare.open('untitled:no-folder', SAMPLE);
      const actions = await bare.codeActions('untitled:no-folder', [byCode(diagnostics, 'jargon/interoperability')]);
      expect(titles(actions).some((title) => title.includes('allow list'))).toBe(false);
    } finally {
      await bare.stop();
    }
  });
});

describe('fix all', () => {
  it('source.fixAll.plain-ig applies every safe fix in one edit and leaves suggestions alone', async () => {
    const { uri } = await openSample();
    const actions = await client.codeActions(uri, [], ['source.fixAll']);
    expect(titles(actions)).toEqual(['Fix all 3 safe problems in this file']);
    expect(actions[0]!.kind).toBe('source.fixAll.plain-ig');
    const fixed = client.preview(uri, actions[0]!);
    expect(fixed).toContain('We value systems working together between teams.');
    expect(fixed).toContain('The firewall (a barrier that blocks unsafe network traffic) protects us.');
    expect(fixed).toContain('We report through the Data Security and Protection Toolkit (DSPT).');
    // Not safe: an old name (the writer decides: "The NHS England" would also need its article dropped),
    // two alternatives, and the risk reframe.
    expect(fixed).toContain('The HSCIC said so.');
    expect(fixed).toContain('Our data lake keeps records.');
    expect(fixed).toContain('Staff must not share records without consent.');
    await client.close(uri);
  });

  it('the plain-ig.fixAll command applies the same edit through workspace/applyEdit; nothing safe is left', async () => {
    const { uri } = await openSample();
    const before = client.applied.length;
    const since = client.published.length;
    expect(await client.connection.sendRequest('workspace/executeCommand', { command: 'plain-ig.fixAll', arguments: [uri] })).toEqual({ applied: 3 });
    expect(client.applied).toHaveLength(before + 1);
    const after = await client.diagnostics(uri, undefined, since);
    expect(after.diagnostics.filter((diagnostic) => (diagnostic.data as { safe: boolean }).safe)).toEqual([]);
    expect(codes(after.diagnostics)).toEqual(['jargon/data-lake', 'risk/never-share-without-consent', 'outdated/hscic']);
    expect(await client.connection.sendRequest('workspace/executeCommand', { command: 'plain-ig.fixAll', arguments: [uri] })).toEqual({ applied: 0 });
    expect(await client.codeActions(uri, [], ['source.fixAll'])).toEqual([]);
    await client.close(uri);
  });

  it('is offered in the light bulb too when more than one safe fix is waiting', async () => {
    const { uri, diagnostics } = await openSample();
    const actions = await client.codeActions(uri, [byCode(diagnostics, 'jargon/interoperability')]);
    expect(titles(actions)).toContain('Fix all 3 safe problems in this file');
    await client.close(uri);
  });
});
