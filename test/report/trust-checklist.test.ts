import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applySettings } from '../../server/src/core/settings.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { escapeHtml } from '../../server/src/report/svg.ts';
import { assessDocument, buildTrustChecklist, documentChecklist, trustChecklistHtml, trustChecklistMarkdown } from '../../server/src/report/trust-checklist.ts';

const read = (file: string): string => readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
const settings = (input: Record<string, unknown> = {}) => applySettings(defaultSettings(), input).settings;
const checklistOf = (file: string, input: Record<string, unknown> = {}) =>
  documentChecklist(`examples/${file}`, assessDocument(read(file), file.endsWith('.md') ? 'markdown' : 'plaintext', settings(input)));

describe('the trust and leadership checklist', () => {
  it('lists each element of a document as present (with the sentence) or missing', () => {
    const code = checklistOf('confidentiality-code.md');
    expect(code).toMatchObject({ path: 'examples/confidentiality-code.md', audience: 'staff', inferred: true });
    expect(code.elements.map((e) => [e.id, e.present, e.off])).toEqual([
      ['sharing-expected', false, false],
      ['staff-support', true, false],
      ['who-to-ask', true, false],
      ['accountable-owner', false, false],
    ]);
    expect(code.elements[1]!.evidence?.text).toBe('Staff who share information in good faith to keep a patient safe will be supported by the Trust, even if the decision is questioned later.');
  });

  it('marks an element switched off by the allow list', () => {
    const code = checklistOf('confidentiality-code.md', { allow: ['leadership/accountable-owner'] });
    expect(code.elements.find((e) => e.id === 'accountable-owner')).toMatchObject({ present: false, off: true });
  });

  it('sums the library: how many documents of each kind leave each element out, ignoring switched-off ones', () => {
    const docs = [checklistOf('confidentiality-code.md'), checklistOf('information-sharing-policy.md'), checklistOf('care-home-leaflet.md'), checklistOf('privacy-notice.txt')];
    const { summary } = buildTrustChecklist(docs);
    expect(summary.map((line) => line.text)).toEqual([
      '1 of 2 staff policies never say that sharing information for care is expected',
      '1 of 2 staff policies never say that staff who share in good faith will be supported',
      '1 of 2 staff policies never name someone staff can ask, with a way to reach them',
      '1 of 2 staff policies never name an accountable owner',
      '1 of 2 public notices never say that information is shared with the people caring for the reader',
      '1 of 2 public notices never say how to object',
      '1 of 2 public notices never give a contact, such as the data protection officer',
    ]);
    const off = buildTrustChecklist([checklistOf('confidentiality-code.md', { allow: ['leadership/accountable-owner'] }), checklistOf('information-sharing-policy.md')]);
    expect(off.summary.find((line) => line.id === 'accountable-owner')?.text).toBe('0 of 1 staff policy never names an accountable owner');
  });

  it('renders as an HTML section and as Markdown, escaping the quoted sentences', () => {
    const docs = [checklistOf('care-home-leaflet.md'), checklistOf('privacy-notice.txt')];
    const checklist = buildTrustChecklist(docs);
    const html = trustChecklistHtml(checklist, escapeHtml);
    expect(html).toContain('<h2 id="h-trust">Trust and leadership</h2>');
    expect(html).toContain('<li>1 of 2 public notices never say how to object.</li>');
    expect(html).toMatch(/<th scope="row">How to object<\/th><td class="missing">missing<\/td><td>–<\/td>/);
    const markdown = trustChecklistMarkdown(checklist, (text) => text.replace(/\|/g, '\\|'));
    expect(markdown).toContain('**examples/care-home-leaflet.md** (public notice, inferred)');
    expect(markdown).toContain('| How to object | missing | – |');
  });

  it('says so when no document could be judged', () => {
    const short = documentChecklist('note.md', assessDocument('# Note\n\nKeep records safe.\n', 'markdown', settings()));
    expect(short.audience).toBeUndefined();
    expect(trustChecklistHtml(buildTrustChecklist([short]), escapeHtml)).toContain('No document was long enough, or about information governance, to judge.');
  });
});
