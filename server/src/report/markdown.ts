/**
 * The report as Markdown, for pasting into a pull request or a board paper:
 * the key figures, findings by check, the documents ranked, the most frequent
 * terms and the change since a baseline. Findings in context stay in the HTML.
 */
import { CHECK_IDS } from '../core/types.ts';
import { ATTENTION_WEIGHTS, CHECK_INFO, easeLabel, LONG_SENTENCE, type Change, type ReportModel, type TermRow, wentAwayText } from './model.ts';
import { formatNumber as n } from './svg.ts';

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
  const lines: string[] = [`## ${escapeMarkdown(model.title)}`, ''];
  lines.push(
    `${n(lib.documents)} document${lib.documents === 1 ? '' : 's'} checked, ${n(lib.words)} words, ${n(lib.findings)} findings.` +
      (model.notChecked.length > 0 ? ` ${n(model.notChecked.length)} file${model.notChecked.length === 1 ? '' : 's'} not checked.` : ''),
    '',
  );
  const since = (c: Change | undefined, higherIsBetter = false): string => {
    const said = change(c, higherIsBetter);
    if (!said) return '';
    return said === 'no change' ? ' (no change since the baseline)' : ` (${said.replace(/, /, ' since the baseline: ')})`;
  };
  const ease = lib.readingEase === null ? 'not scored' : `${n(lib.readingEase)}, ${easeLabel(lib.readingEase)}`;
  lines.push(
    `- **Attention score:** ${n(lib.attention)}, ${lib.band}${since(cmp?.library.attention)}. Weighted findings per 1,000 words; lower is better.`,
    `- **Risk-averse wording:** ${n(lib.per1000.risk)} per 1,000 words${since(cmp?.library.per1000.risk)}.`,
    `- **IT jargon:** ${n(lib.per1000.jargon)} per 1,000 words${since(cmp?.library.per1000.jargon)}.`,
    `- **Flesch reading ease:** ${ease}${since(cmp?.library.readingEase, true)}. Higher is easier; 60 to 70 is plain English.`,
    `- **Sentences:** ${n(lib.averageSentence)} words on average; ${n(lib.longSentences)} of ${n(lib.sentences)} are over ${LONG_SENTENCE} words.`,
    '',
    ...(cmp ? [...wentAwayText(cmp.wentAway), ...(cmp.wentAway.edited + cmp.wentAway.unedited + cmp.wentAway.unknown > 0 ? [''] : [])] : []),
    '### Findings by check',
    '',
    `| Check | Findings | Per 1,000 words${cmp ? ' | Change |' : ' |'}`,
    `| --- | ---: | ---:${cmp ? ' | --- |' : ' |'}`,
  );
  for (const id of CHECK_IDS) {
    lines.push(`| ${CHECK_INFO[id].name} | ${n(lib.byCheck[id])} | ${n(lib.per1000[id])}${cmp ? ` | ${change(cmp.library.per1000[id]) || '–'} |` : ' |'}`);
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
        `| ${doc.rank} | ${escapeMarkdown(doc.path)} | ${n(doc.words)} | ${doc.readingEase === null ? '–' : n(doc.readingEase)} | ${n(doc.attention)} (${doc.band}) | ${n(doc.per1000.risk)} | ${n(doc.per1000.jargon)} |`,
      );
    }
    if (model.documents.length > MARKDOWN_DOCUMENTS) lines.push('', `And ${n(model.documents.length - MARKDOWN_DOCUMENTS)} more in the HTML report.`);
  }
  lines.push('');
  lines.push(...terms('Most frequent IT jargon', model.topJargon, 'Term'));
  lines.push(...terms('Most frequent risk-averse wording', model.topRisk, 'Wording'));
  if (model.notChecked.length > 0) {
    lines.push('### Not checked', '', ...model.notChecked.map((file) => `- ${escapeMarkdown(file.path)}: ${escapeMarkdown(file.reason)}`), '');
  }
  const weights = [...CHECK_IDS].sort((a, b) => ATTENTION_WEIGHTS[b] - ATTENTION_WEIGHTS[a]).map((id) => `${CHECK_INFO[id].name} ${ATTENTION_WEIGHTS[id]}`).join(', ');
  lines.push(
    `<sub>Attention score: points per finding (${weights}) per 1,000 words. Flesch reading ease = 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. Made by Plain IG${cmp ? `; baseline: ${escapeMarkdown(cmp.source)}` : ''}.</sub>`,
    '',
  );
  return lines.join('\n');
}
