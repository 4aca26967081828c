// The "Insert a suggested paragraph" action for what a policy leaves out, over the wire.
import { join } from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, byCode, makeWorkspace, uriOf } from './harness.ts';

let client: TestClient;
let folder: string;
beforeAll(async () => {
  folder = makeWorkspace();
  client = await TestClient.start({ folders: [folder] });
});
afterAll(async () => {
  await client.stop();
});

const POLICY = [
  '# Confidentiality policy',
  '',
  'This policy sets out how all staff handle confidential information about the people who use our services. It covers paper records, the electronic record, letters, emails and conversations.',
  '',
  '## Keeping information secure',
  '',
  'Staff must lock their screens when they leave a desk. Paper records are kept in locked cabinets. Personal information is never discussed in corridors, lifts or the canteen.',
  '',
  'Confidential waste goes in the locked bins on each floor. Laptops are encrypted, and memory sticks are not used for personal data.',
  '',
  'Visitors sign in at reception and wear a badge. Staff should politely challenge anyone in a records area who is not wearing one, and tell the ward manager straight away.',
  '',
  '## Contacts',
  '',
  'The Caldicott Guardian owns this policy. For advice, email the Information Governance team at ig@example.nhs.uk.',
  '',
  '## Training',
  '',
  'All staff complete data security training when they join and every year after that. The Data Protection Officer reviews this policy every two years.',
  '',
].join('\n');

const titles = (actions: CodeAction[]): string[] => actions.map((action) => action.title);

describe('insert a suggested paragraph', () => {
  it('offers the paragraph after the section it fits, never preferred, and inserts it without touching anything else', async () => {
    const uri = uriOf(join(folder, 'policy.md'));
    const diagnostics = await client.open(uri, POLICY);
    const missing = diagnostics.filter((d) => String(d.code).startsWith('leadership/')).map((d) => d.code);
    expect(missing).toEqual(['leadership/sharing-expected', 'leadership/staff-support']);
    const actions = await client.codeActions(uri, [byCode(diagnostics, 'leadership/staff-support')]);
    const insert = actions.find((action) => action.title.startsWith('Insert a suggested paragraph'));
    expect(insert?.title).toBe('Insert a suggested paragraph at the end: ‘[Organisation name] will support any member of staff…’');
    expect(insert?.isPreferred).toBe(false);
    const after = client.preview(uri, insert!);
    expect(after.startsWith(POLICY.trimEnd())).toBe(true);
    expect(after.slice(POLICY.trimEnd().length)).toMatch(/^\n\n\[Organisation name\] will support any member of staff who shares information in good faith/);
    expect(titles(actions)).not.toContain('Use suggested wording');
    // The allow list gets the rule id, not the heading the finding sits on.
    expect(titles(actions)).toContain('Add ‘leadership/staff-support’ to the workspace allow list');
    await client.close(uri);
  });

  it('puts the paragraph at the end of a section whose heading fits', async () => {
    const uri = uriOf(join(folder, 'policy-2.md'));
    const text = POLICY.replace('## Training', '## Purpose\n\nWhy we have this policy.\n\n## Training');
    const diagnostics = await client.open(uri, text);
    const actions = await client.codeActions(uri, [byCode(diagnostics, 'leadership/sharing-expected')]);
    const insert = actions.find((action) => action.title.startsWith('Insert a suggested paragraph'))!;
    expect(insert.title).toMatch(/^Insert a suggested paragraph after ‘Purpose’: ‘Sharing information for someone's care is part of…’$/);
    expect(client.preview(uri, insert)).toContain("Why we have this policy.\n\nSharing information for someone's care is part of caring for them.");
    await client.close(uri);
  });

  it('is never part of fix-all', async () => {
    const uri = uriOf(join(folder, 'policy-3.md'));
    const diagnostics = await client.open(uri, POLICY);
    expect(diagnostics.some((d) => d.code === 'leadership/staff-support')).toBe(true);
    const actions = await client.codeActions(uri, [], ['source.fixAll.plain-ig']);
    for (const action of actions) expect(JSON.stringify(action.edit ?? {})).not.toContain('will support any member of staff');
    await client.close(uri);
  });
});
