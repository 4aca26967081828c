/**
 * The report as Markdown, for pasting into a pull request or a board paper:
 * the key figures, findings by check, the documents ranked, the most frequent
 * terms, the sentences to rewrite first and the change since the last report.
 * Every finding in context stays in the HTML.
 */
import { SHORT_SENTENCE_WORDS } from '../core/run.ts';
import {
  ATTENTION_MIN_WORDS,
  ATTENTION_WEIGHTS,
  CHECK_INFO,
  easeLabel,
  formatRate,
  LONG_SENTENCE,
  REPORT_CHECKS,
  type Change,
  type ReportModel,
  type TermRow,
  wentAwayText,
} from './model.ts';
import { formatNumber as n } from './svg.ts';
import { trustChecklistMarkdown } from './trust-checklist.ts';
import { bandSentence, measuredNotes } from './wording.ts';

/** Most documents listed in the Markdown ranking. */
export const MARKDOWN_DOCUMENTS = 25;

/** Escapes text for a Markdown table cell or paragraph. */
export function escapeMarkdown(value: string): string {
  return value.replace(/\r?\n/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function change(value: Change | undefined, higherIsBetter = false): string {
  if (!value || value.before === null || value.after === null) return '';
  const delta = Math.round((value.after - value.before) * 10) / 10;
  if (delta === 0) return 'no change';
  const better = delta > 0 === higherIsBetter;
  return `${delta > 0 ? '▲ up' : '▼ down'} ${n(Math.abs(delta))}, ${better ? 'better' : 'worse'}`;
}

function terms(heading: string, rows: readonly TermRow[], column: string): string[] {
  const lines = [`### ${heading}`, ''];
  if (rows.length === 0) return [...lines, 'None found.', ''];
  lines.push(`| ${column} | Times | Documents | Suggested alternative |`, '| --- | ---: | ---: | --- |');
  for (const row of rows.slice(0, 10)) {
    const suggestion = row.suggestions.length === 0 ? 'Leave it out.' : row.suggestions.map((s) => `‘${escapeMarkdown(s)}’`).join(' or ');
    lines.push(`| ${escapeMarkdown(row.term)} | ${n(row.count)} | ${n(row.documents)} | ${suggestion} |`);
  }
  return [...lines, ''];
}

/** Renders the report model as Markdown. */
export function renderMarkdown(model: ReportModel): string {
  const lib = model.library;
  const cmp = model.comparison;
  const plural = (count: number, one: string, many = `${one}s`): string => `${n(count)} ${count === 1 ? one : many}`;
  const lines: string[] = [`## ${escapeMarkdown(model.title)}`, ''];
  lines.push(
    `${plural(lib.documents, 'document')} checked, ${plural(lib.words, 'word')}, ${plural(lib.findings, 'finding')}.` +
      (model.notChecked.length > 0 ? ` ${plural(model.notChecked.length, 'file')} not checked.` : ''),
    '',
  );
  const since = (c: Change | undefined, higherIsBetter = false): string => {
    const said = change(c, higherIsBetter);
    if (!said) return '';
    return said === 'no change' ? ' (no change since the last report)' : ` (${said.replace(/, /, ' since the last report: ')})`;
  };
  const ease = lib.readingEase === null ? 'not scored' : `${n(lib.readingEase)}, ${easeLabel(lib.readingEase)}`;
  const { count } = model.bands;
  lines.push(`- **Need attention first:** ${plural(count.High, 'document')} High, ${n(count.Medium)} Medium, ${n(count.Low)} Low. ${bandSentence(model.bands)}`);
  for (const id of REPORT_CHECKS.filter((check) => (['risk', 'trust', 'leadership', 'jargon'] as readonly string[]).includes(check))) {
    lines.push(`- **${CHECK_INFO[id].name}:** ${n(lib.byCheck[id])} found, ${formatRate(lib.byCheck[id], lib.per1000[id])} per 1,000 words${since(cmp?.library.per1000[id])}.`);
  }
  lines.push(
    `- **Flesch reading ease:** ${ease}${since(cmp?.library.readingEase, true)}. Higher is easier; 60 to 70 is plain English.`,
    `- **Sentences:** ${n(lib.averageSentence)} words on average; ${n(lib.longSentences)} of ${n(lib.sentences)} are over ${LONG_SENTENCE} words.`,
    '',
    ...(cmp ? [...wentAwayText(cmp.wentAway), ...(cmp.wentAway.edited + cmp.wentAway.unedited + cmp.wentAway.unknown > 0 ? [''] : [])] : []),
    '### Where to start',
    '',
  );
  if (model.whereToStart.length === 0) lines.push('Nothing to rewrite was found.');
  model.whereToStart.forEach((item, index) => {
    const { before, match, after } = item.context;
    lines.push(
      `${index + 1}. **${escapeMarkdown(CHECK_INFO[item.check].name)}** in ${escapeMarkdown(item.path)} (${item.where.toLowerCase()})${item.documents > 1 ? `, and ${plural(item.documents - 1, 'other document')}` : ''}:`,
      `   > ${escapeMarkdown(before)}**${escapeMarkdown(match)}**${escapeMarkdown(after)}`,
      '',
      `   Suggested wording: ${escapeMarkdown(item.suggestion)}`,
      '',
    );
  });
  lines.push(
    '',
    '### Findings by check',
    '',
    `| Check | Findings | Per 1,000 words${cmp ? ' | Change |' : ' |'}`,
    `| --- | ---: | ---:${cmp ? ' | --- |' : ' |'}`,
  );
  for (const id of REPORT_CHECKS) {
    lines.push(`| ${CHECK_INFO[id].name} | ${n(lib.byCheck[id])} | ${formatRate(lib.byCheck[id], lib.per1000[id])}${cmp ? ` | ${change(cmp.library.per1000[id]) || '–'} |` : ' |'}`);
  }
  if (model.riskForms.length > 0) {
    lines.push('', '### Risk-averse wording, by form', '', '| Form | Times | Per 1,000 words | Documents |', '| --- | ---: | ---: | ---: |');
    for (const row of model.riskForms) lines.push(`| ${escapeMarkdown(row.name)} | ${n(row.count)} | ${formatRate(row.count, row.per1000)} | ${n(row.documents)} |`);
  }
  lines.push('', '### Documents that need attention first', '');
  if (model.documents.length === 0) lines.push('No documents were checked.');
  else {
    lines.push(
      '| Rank | Document | Words | Reading ease | Attention score | Risk-averse wording | IT jargon |',
      '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const doc of model.documents.slice(0, MARKDOWN_DOCUMENTS)) {
      lines.push(
        `| ${doc.rank} | ${escapeMarkdown(doc.path)} | ${n(doc.words)} | ${doc.readingEase === null ? '–' : n(doc.readingEase)} | ${n(doc.attention)} (${doc.band}) | ${formatRate(doc.byCheck.risk, doc.per1000.risk)} | ${formatRate(doc.byCheck.jargon, doc.per1000.jargon)} |`,
      );
    }
    if (model.documents.length > MARKDOWN_DOCUMENTS) lines.push('', `And ${n(model.documents.length - MARKDOWN_DOCUMENTS)} more in the HTML report.`);
  }
  lines.push('');
  lines.push(...terms('Most frequent IT jargon', model.topJargon, 'Term'));
  lines.push(...terms('Most frequent risk-averse wording', model.topRisk, 'Wording'));
  lines.push(...trustChecklistMarkdown(model.trust, escapeMarkdown));
  if (model.notChecked.length > 0) {
    lines.push('### Not checked', '', ...model.notChecked.map((file) => `- ${escapeMarkdown(file.path)}: ${escapeMarkdown(file.reason)}`), '');
  }
  const notes = measuredNotes(model.bands, { weights: ATTENTION_WEIGHTS, minWords: ATTENTION_MIN_WORDS, longSentence: LONG_SENTENCE, shortSentence: SHORT_SENTENCE_WORDS });
  lines.push('<details><summary>How this was measured</summary>', '');
  for (const [term, text] of notes) lines.push(`- **${term}:** ${escapeMarkdown(text)}`);
  lines.push('', `Made by Plain IG${cmp ? `; compared with the last report, ${escapeMarkdown(cmp.source)}` : ''}.`, '', '</details>', '');
  return lines.join('\n');
}
