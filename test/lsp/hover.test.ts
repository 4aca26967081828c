// Hover on a flagged span: what it is, why it matters, the alternatives, the evidence, and the catalogue link.
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, TestClient } from './harness.ts';

let client: TestClient;
const uri = 'untitled:hover.md';
beforeAll(async () => {
  client = await TestClient.start();
  await client.open(uri, SAMPLE);
});
afterAll(async () => {
  await client.stop();
});

function hoverAt(line: number, character: number): Promise<Hover | null> {
  return client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
}
const markdown = (hover: Hover | null): string => (hover?.contents as MarkupContent).value;

describe('hover', () => {
  it('explains jargon: what it is, why it matters, the alternative and the catalogue link', async () => {
    const hover = await hoverAt(2, 12);
    expect((hover?.contents as MarkupContent).kind).toBe('markdown');
    expect(hover?.range).toEqual({ start: { line: 2, character: 9 }, end: { line: 2, character: 25 } });
    const text = markdown(hover);
    expect(text).toContain('**IT jargon** · `jargon/interoperability`');
    expect(text).toContain('**Why it matters:** Most readers do not know this word; say what the systems do for them.');
    expect(text).toContain('**Plainer alternatives:** ‘systems working together’');
    expect(text).toMatch(/\[Read about this rule in the catalogue\]\(https:\/\/\S+#jargon-interoperability\)$/);
  });

  it('shows the suggested wording and the evidence for risk-averse wording', async () => {
    const text = markdown(await hoverAt(8, 20));
    expect(text).toContain('**Suggested wording** (adapt it to your service):');
    expect(text).toContain("> Share information when someone's care needs it; consent is not the only lawful basis.");
    expect(text).toContain('**Evidence:**\n- [Caldicott Principle 7](https://www.gov.uk/government/publications/the-caldicott-principles): The duty to share');
  });

  it('says how to keep a term and explain it', async () => {
    expect(markdown(await hoverAt(6, 6))).toContain('**Keep the term and explain it:** ‘firewall (a barrier that blocks unsafe network traffic)’');
  });

  it('says why a fix is not applied by Fix all, or that it is', async () => {
    // An old name: the sentence may be about the past.
    expect(markdown(await hoverAt(12, 6))).toContain('**Not fixed by “Fix all”:** An old name is right in a sentence about the past, a citation or a quotation: only you can tell which this is.');
    // One short alternative that fits its sentence is safe.
    const safe = markdown(await hoverAt(2, 12));
    expect(safe).toContain('**Fixed by “Fix all”** and on save, when that is switched on.');
    expect(safe).not.toContain('Not fixed');
  });

  it('is empty away from findings', async () => {
    expect(await hoverAt(0, 3)).toBeNull();
  });
});
