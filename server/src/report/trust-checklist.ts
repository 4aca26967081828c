/**
 * The report's "Trust and leadership" checklist: for each document, which
 * elements the leadership check found (with the sentence that satisfied each)
 * and which are missing; for the library, how many documents leave each one
 * out ("3 of 12 staff policies never say that staff who share in good faith
 * will be supported").
 */
import { assessLeadership, leadership, type ElementStatus, type LeadershipAssessment } from '../checks/leadership.ts';
import type { Candidate, CheckContext } from '../core/check-api.ts';
import { disabledForDocument, parseControlComments } from '../core/control-comments.ts';
import { dictionariesWith } from '../core/dictionaries.ts';
import { documentModel } from '../core/document.ts';
import type { Audience, DocumentFormat, Settings } from '../core/types.ts';
import { sentencesOf, tokenizeSentence } from '../core/words.ts';

/** One element of one document's checklist; `off` when a control comment or the allow list switched it off. */
export interface ChecklistElement extends ElementStatus {
  off: boolean;
  /** The library summary's wording for this element (from the dictionary). */
  summary: string;
}

/** What the leadership check found in one document, for the report. */
export interface DocumentChecklist {
  path: string;
  /** Undefined when the document was not judged (too short, or not about information governance). */
  audience?: Audience;
  inferred?: boolean;
  elements: ChecklistElement[];
}

/** One line of the library summary. */
export interface SummaryLine {
  id: string;
  audience: Audience;
  missing: number;
  of: number;
  /** The line as the report shows it. */
  text: string;
}

/** The checklist for every document and the library summary. */
export interface TrustChecklist {
  documents: DocumentChecklist[];
  summary: SummaryLine[];
}

/**
 * Runs the leadership check's collection over one document and assesses it.
 * The report calls this after `checkText`, which does not return the markers.
 */
export function assessDocument(text: string, format: DocumentFormat, settings: Settings): LeadershipAssessment & { off: Set<string>; summaries: Map<string, string> } {
  const context: CheckContext = { settings, dictionaries: dictionariesWith(settings.dictionaries) };
  const model = documentModel(text, format);
  const candidates: Candidate[] = [];
  for (const block of model.blocks) {
    const tree = block.toNlcst();
    const sentences = sentencesOf(tree).map((sentence) => tokenizeSentence(sentence, block.start));
    candidates.push(...leadership.collect({ kind: block.kind, text, base: block.start, end: block.end, tree, sentences }, context));
  }
  const assessment = assessLeadership(candidates, { text, sections: model.sections, blocks: model.blocks }, context);
  const controls = parseControlComments(model.comments);
  const allow = new Set(settings.allow);
  const off = new Set(
    assessment.elements
      .map((element) => element.id)
      .filter((id) => !settings.checks.leadership.enabled || allow.has(id) || allow.has(`leadership/${id}`) || disabledForDocument(controls, 'leadership', id)),
  );
  const summaries = new Map(context.dictionaries.leadership.entries.map((entry) => [entry.id, entry.summary]));
  return { ...assessment, off, summaries };
}

/** The checklist of one document from its assessment. */
export function documentChecklist(path: string, assessment: ReturnType<typeof assessDocument>): DocumentChecklist {
  const elements = assessment.elements.map((element) => ({ ...element, off: assessment.off.has(element.id), summary: assessment.summaries.get(element.id) ?? element.title }));
  return assessment.kind ? { path, audience: assessment.kind.audience, inferred: assessment.kind.inferred, elements } : { path, elements };
}

const KIND_PLURAL: Record<Audience, [string, string]> = { staff: ['staff policy', 'staff policies'], public: ['public notice', 'public notices'] };

/** The library summary: for each element, how many of the documents it applies to leave it out. */
export function buildTrustChecklist(documents: readonly DocumentChecklist[]): TrustChecklist {
  const summaries = new Map<string, { audience: Audience; summary: string }>();
  for (const doc of documents) {
    if (!doc.audience) continue;
    for (const element of doc.elements) if (!summaries.has(element.id)) summaries.set(element.id, { audience: doc.audience, summary: element.summary });
  }
  const summary: SummaryLine[] = [];
  for (const [id, { audience, summary: wording }] of summaries) {
    const judged = documents.filter((doc) => doc.audience === audience && doc.elements.some((element) => element.id === id && !element.off));
    if (judged.length === 0) continue;
    const missing = judged.filter((doc) => doc.elements.some((element) => element.id === id && !element.present && !element.off)).length;
    const [one, many] = KIND_PLURAL[audience];
    // "never say …" agrees with "policies"; one policy "never says …".
    const verb = judged.length === 1 ? wording.replace(/^never (\w+)/, 'never $1s') : wording;
    summary.push({ id, audience, missing, of: judged.length, text: `${missing} of ${judged.length} ${judged.length === 1 ? one : many} ${verb}` });
  }
  return { documents: [...documents], summary };
}

const MAX_QUOTE = 160;
const shorten = (text: string): string => (text.length <= MAX_QUOTE ? text : `${text.slice(0, MAX_QUOTE - 1).replace(/\s+\S*$/, '')}…`);

function statusWord(element: ChecklistElement): string {
  if (element.off) return 'switched off';
  return element.present ? 'present' : 'missing';
}

/** The checklist section of the HTML report. */
export function trustChecklistHtml(checklist: TrustChecklist, escape: (text: string) => string): string {
  const judged = checklist.documents.filter((doc) => doc.audience);
  const intro =
    '<p>What each policy or notice says about who supports staff, whom to ask and who owns it; for the public, whether it says information is shared with the people caring for them, how to object and whom to contact. Missing elements are also findings, with a suggested paragraph.</p>';
  if (judged.length === 0) {
    return `<section aria-labelledby="h-trust"><h2 id="h-trust">Trust and leadership</h2>${intro}<p>No document was long enough, or about information governance, to judge.</p></section>`;
  }
  const summary = checklist.summary.map((line) => `<li>${escape(line.text)}.</li>`).join('');
  const docs = judged
    .map((doc) => {
      const rows = doc.elements
        .map(
          (element) =>
            `<tr><th scope="row">${escape(element.title)}</th><td class="${statusWord(element).replace(' ', '-')}">${statusWord(element)}</td><td>${element.evidence ? `“${escape(shorten(element.evidence.text))}”` : '–'}</td></tr>`,
        )
        .join('');
      const kind = `${doc.audience === 'staff' ? 'Staff policy' : 'Public notice'}${doc.inferred ? ' (inferred from the text)' : ''}`;
      return `<h3>${escape(doc.path)}</h3><p>${kind}</p><table><thead><tr><th scope="col">Element</th><th scope="col">Status</th><th scope="col">Where it is said</th></tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('\n');
  return `<section aria-labelledby="h-trust"><h2 id="h-trust">Trust and leadership</h2>${intro}<ul>${summary}</ul>\n${docs}</section>`;
}

/** The checklist section of the Markdown report, as lines. */
export function trustChecklistMarkdown(checklist: TrustChecklist, escape: (text: string) => string): string[] {
  const judged = checklist.documents.filter((doc) => doc.audience);
  const lines = ['### Trust and leadership', ''];
  if (judged.length === 0) return [...lines, 'No document was long enough, or about information governance, to judge.', ''];
  for (const line of checklist.summary) lines.push(`- ${escape(line.text)}.`);
  lines.push('');
  for (const doc of judged) {
    lines.push(`**${escape(doc.path)}** (${doc.audience === 'staff' ? 'staff policy' : 'public notice'}${doc.inferred ? ', inferred' : ''})`, '');
    lines.push('| Element | Status | Where it is said |', '| --- | --- | --- |');
    for (const element of doc.elements) {
      lines.push(`| ${escape(element.title)} | ${statusWord(element)} | ${element.evidence ? `“${escape(shorten(element.evidence.text))}”` : '–'} |`);
    }
    lines.push('');
  }
  return lines;
}
