/**
 * The report as one self-contained HTML page: inline CSS and SVG, one small
 * inline script (opens every section before printing), and a Content Security
 * Policy that forbids fetching anything. Everything from the documents is
 * escaped.
 */
import { createHash } from 'node:crypto';
import { trustChecklistHtml } from './trust-checklist.ts';
import { SHORT_SENTENCE_WORDS } from '../core/run.ts';
import {
  ATTENTION_MIN_WORDS,
  ATTENTION_WEIGHTS,
  CHECK_INFO,
  FINDINGS_FIRST,
  LONG_SENTENCE,
  REPORT_CHECKS,
  SENTENCE_BANDS,
  bandLabel,
  easeLabel,
  formatRate,
  whereOf,
  type Change,
  type DocumentReport,
  type FindingGroup,
  type Measures,
  type ReportModel,
  type TermRow,
  wentAwayText,
} from './model.ts';
import type { FindingInContext } from './collect.ts';
import { bandSentence, measuredNotes } from './wording.ts';
import { REPORT_CSS } from './styles.ts';
import { barChart, escapeHtml as e, fillOf, formatNumber as n, histogram, patternDefs, stackedBarChart, swatch } from './svg.ts';

/** Most documents drawn in the ranking chart (all are in the table). */
export const CHART_DOCUMENTS = 20;

const PRINT_SCRIPT = "addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})});";

const plural = (count: number, one: string, many = `${one}s`): string => `${n(count)} ${count === 1 ? one : many}`;

function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * A change in words: "down 2.1 (better)". Lower is better unless `higherIsBetter`.
 * @returns an empty string when there is nothing to compare
 */
function changeText(change: Change | undefined, higherIsBetter = false, neutral = false, short = false): string {
  if (!change || change.before === null || change.after === null) return '';
  const delta = Math.round((change.after - change.before) * 10) / 10;
  const since = short ? '' : ' since the last report';
  if (delta === 0) return `<span class="change same">no change${since}</span>`;
  const up = delta > 0;
  const good = neutral ? undefined : up === higherIsBetter;
  const verdict = good === undefined ? '' : good ? ' (better)' : ' (worse)';
  const cls = good === undefined ? 'same' : good ? 'better' : 'worse';
  return `<span class="change ${cls}">${up ? '▲ up' : '▼ down'} ${n(Math.abs(delta))}${since}${verdict}</span>`;
}

function metric(name: string, value: number | null, display?: string): string {
  return `<span data-metric="${e(name)}">${value === null ? 'not scored' : e(display ?? n(value))}</span>`;
}

function keyFigures(model: ReportModel): string {
  const { library: lib, comparison: cmp } = model;
  const item = (label: string, big: string, note: string, change = ''): string =>
    `<li><span class="label">${label}</span><span class="big">${big}</span><span class="note">${note}</span>${change}</li>`;
  const short = (change: Change | undefined, higherIsBetter = false, neutral = false): string => changeText(change, higherIsBetter, neutral, true);
  const when = cmp ? `<p>Arrows show the change since the last report${cmp.generatedAt ? `, of ${e(formatDate(cmp.generatedAt))}` : ''}.</p>` : '';
  const notChecked = model.notChecked.length > 0 ? `${plural(model.notChecked.length, 'file')} not checked (see the end)` : 'every file was checked';
  const bands = model.bands.count;
  // Counts first: a rate rounded to 0 must never hide a finding.
  const counted = (id: (typeof REPORT_CHECKS)[number]): string =>
    item(e(CHECK_INFO[id].name), metric(`byCheck.${id}`, lib.byCheck[id]), `found; ${e(formatRate(lib.byCheck[id], lib.per1000[id]))} per 1,000 words`, short(cmp?.library.per1000[id]));
  const sharing = REPORT_CHECKS.filter((id) => (['risk', 'trust', 'leadership', 'jargon'] as readonly string[]).includes(id));
  return `${when}<ul class="figures">
${item('Documents checked', metric('files', lib.documents), notChecked)}
${item('Need attention first', metric('bands.count.High', bands.High), `High; ${n(bands.Medium)} Medium, ${n(bands.Low)} Low`)}
${sharing.map(counted).join('\n')}
${item('Words', metric('words', lib.words), `${plural(lib.sentences, 'sentence')} of running text`, short(cmp?.library.words, false, true))}
${item('Flesch reading ease', metric('readingEase', lib.readingEase), `${e(easeLabel(lib.readingEase))}; 60 to 70 is plain English`, short(cmp?.library.readingEase, true))}
</ul>`;
}

function explanations(model: ReportModel): string {
  const rows = REPORT_CHECKS.map((id) => `<dt>${swatch(id)}${e(CHECK_INFO[id].name)}</dt><dd>${e(CHECK_INFO[id].explain)}</dd>`).join('\n');
  return `<dl class="explain">
${rows}
<dt>Attention score</dt><dd>Findings per 1,000 words, with risk-averse wording counting most. ${e(bandSentence(model.bands))}</dd>
<dt>Flesch reading ease</dt><dd>A score from about 0 to 100: higher is easier to read. 60 to 70 is plain English; under 30 suits university graduates.</dd>
</dl>
<p>How each figure is worked out is at the end, under <a href="#h-measured">How this was measured</a>.</p>`;
}

function findingQuote(context: { before: string; match: string; after: string }, check: string): string {
  return `<blockquote class="context">${e(context.before)}<mark class="m-${check}">${e(context.match)}</mark>${e(context.after)}</blockquote>`;
}

function whereToStartSection(model: ReportModel): string {
  const items = model.whereToStart
    .map((item) => {
      const also = item.documents > 1 ? ` (the same sentence is in ${plural(item.documents - 1, 'other document')})` : '';
      return `<li><p class="where"><a href="#${item.id}">${e(item.path)}</a> · ${e(item.where)} · <span class="tag tag-${item.check}">${e(CHECK_INFO[item.check].name)}</span>${also}</p>
${findingQuote(item.context, item.check)}
<p class="suggest"><strong>Suggested wording:</strong> ${e(item.suggestion)}</p>
<p class="why"><strong>Why:</strong> ${e(item.why)}</p></li>`;
    })
    .join('\n');
  const body =
    model.whereToStart.length === 0
      ? '<p>Nothing to rewrite was found.</p>'
      : `<p>The ${model.whereToStart.length === 1 ? 'sentence' : `${n(model.whereToStart.length)} sentences`} most worth rewriting across the library, most important first: risk-averse wording comes before jargon, and jargon before wordy phrases.</p><ol class="findings start">${items}</ol>`;
  return `<section aria-labelledby="h-start"><h2 id="h-start">Where to start</h2>\n${body}</section>`;
}

function riskFormsSection(model: ReportModel): string {
  if (model.riskForms.length === 0) return '';
  const rows = model.riskForms
    .map((row) => `<tr data-form="${e(row.form)}"><th scope="row">${e(row.name)}</th><td class="num">${n(row.count)}</td><td class="num">${e(formatRate(row.count, row.per1000))}</td><td class="num">${n(row.documents)}</td></tr>`)
    .join('\n');
  return `<div class="scroll" tabindex="0" role="region" aria-label="Risk-averse wording by form (table)"><table id="risk-forms">
<caption>Risk-averse wording by the form it takes</caption>
<thead><tr><th scope="col">Form</th><th scope="col" class="num">Times</th><th scope="col" class="num">Per 1,000 words</th><th scope="col" class="num">Documents</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

function checkLegend(): string {
  return `<ul class="legend" aria-label="Key">${REPORT_CHECKS.map((id) => `<li>${swatch(id)}${e(CHECK_INFO[id].name)}</li>`).join('')}</ul>`;
}

function byCheckSection(model: ReportModel): string {
  const lib = model.library;
  const cmp = model.comparison;
  const bars = REPORT_CHECKS.map((id) => ({ label: CHECK_INFO[id].name, value: lib.per1000[id], fill: fillOf(id) }));
  const desc = `Findings per 1,000 words across the library: ${REPORT_CHECKS.map((id) => `${CHECK_INFO[id].name} ${formatRate(lib.byCheck[id], lib.per1000[id])}`).join(', ')}. The same numbers are in the table below.`;
  const chart = barChart({ id: 'chart-checks', title: 'Findings per 1,000 words, by check', desc }, bars, 'per 1,000 words');
  const changeHead = cmp ? '<th scope="col">Change since the last report</th>' : '';
  const rows = REPORT_CHECKS.map(
    (id) =>
      `<tr><th scope="row">${e(CHECK_INFO[id].name)}</th><td class="num">${metric(`byCheck.${id}`, lib.byCheck[id])}</td><td class="num">${e(formatRate(lib.byCheck[id], lib.per1000[id]))}</td>${cmp ? `<td>${changeText(cmp.library.per1000[id]) || 'not in the last report'}</td>` : ''}</tr>`,
  ).join('\n');
  return `<section aria-labelledby="h-checks"><h2 id="h-checks">What was found, by check</h2>
<p>Checks are listed by what matters most for sharing information: risk-averse wording first.</p>
<figure>${chart}</figure>
<div class="scroll" tabindex="0" role="region" aria-label="Findings by check (table)"><table>
<caption>Findings by check across ${plural(lib.documents, 'document')}</caption>
<thead><tr><th scope="col">Check</th><th scope="col" class="num">Findings</th><th scope="col" class="num">Per 1,000 words</th>${changeHead}</tr></thead>
<tbody>${rows}
<tr><th scope="row">All checks</th><td class="num">${metric('findings', lib.findings)}</td><td class="num">${metric('findingsPer1000', lib.findingsPer1000, formatRate(lib.findings, lib.findingsPer1000))}</td>${cmp ? `<td>${changeText(cmp.library.findings)}</td>` : ''}</tr></tbody>
</table></div>
${model.riskForms.length > 0 ? '<h3 id="h-forms">Risk-averse wording, by form</h3>\n<p>The shapes risk-averse wording takes, so training and templates can target the most common.</p>' : ''}
${riskFormsSection(model)}</section>`;
}

function rankingSection(model: ReportModel): string {
  const docs = model.documents;
  if (docs.length === 0) return '<section aria-labelledby="h-rank"><h2 id="h-rank">Documents that need attention first</h2><p>No documents were checked.</p></section>';
  const top = docs.slice(0, CHART_DOCUMENTS);
  const bars = top.map((doc) => ({
    label: doc.path,
    segments: REPORT_CHECKS.map((check) => ({ check, value: doc.per1000[check] })),
    total: `${n(doc.findingsPer1000)} (score ${n(doc.attention)})`,
  }));
  const shown = docs.length > top.length ? `the ${top.length} that need attention most, out of ${docs.length}` : `all ${plural(docs.length, 'document')}`;
  const desc = `Findings per 1,000 words for ${shown}, split by check, in order of attention score. The first is ${top[0]!.path} with an attention score of ${n(top[0]!.attention)}. Every document's numbers are in the table below.`;
  const chart = stackedBarChart({ id: 'chart-documents', title: 'Findings per 1,000 words, by document', desc }, bars);
  const head = REPORT_CHECKS.map((id) => `<th scope="col" class="num">${e(CHECK_INFO[id].name)}</th>`).join('');
  const rows = docs
    .map(
      (doc) =>
        `<tr data-path="${e(doc.path)}"><td class="num">${doc.rank}</td><th scope="row"><a href="#${doc.id}">${e(doc.path)}</a></th><td class="num">${n(doc.words)}</td>` +
        `<td class="num" data-field="readingEase">${doc.readingEase === null ? 'not scored' : n(doc.readingEase)}</td><td class="num" data-field="attention">${n(doc.attention)}</td><td><span class="band band-${doc.band}">${doc.band}</span></td>` +
        REPORT_CHECKS.map((id) => `<td class="num" data-field="per1000.${id}">${e(formatRate(doc.byCheck[id], doc.per1000[id]))}</td>`).join('') +
        '</tr>',
    )
    .join('\n');
  return `<section aria-labelledby="h-rank"><h2 id="h-rank">Documents that need attention first</h2>
<p>Documents are ranked by attention score: findings per 1,000 words, with risk-averse wording counting most. Start with the ones at the top. <span data-text="band-rule">${e(bandSentence(model.bands))}</span></p>
<figure><figcaption>Findings per 1,000 words, by document (score in brackets)</figcaption>${checkLegend()}${chart}</figure>
<div class="scroll" tabindex="0" role="region" aria-label="Documents ranked (table)"><table id="ranking">
<caption>All documents, ranked by attention score (findings per 1,000 words by check)</caption>
<thead><tr><th scope="col" class="num">Rank</th><th scope="col">Document</th><th scope="col" class="num">Words</th><th scope="col" class="num">Reading ease</th><th scope="col" class="num">Attention score</th><th scope="col">Needs attention</th>${head}</tr></thead>
<tbody>${rows}</tbody></table></div></section>`;
}

function sentenceChart(id: string, measures: Measures, compact: boolean): { chart: string; text: string } {
  const bands = SENTENCE_BANDS.map((band, i) => ({ label: bandLabel(band), value: measures.sentenceBands[i] ?? 0, long: band[0] > LONG_SENTENCE }));
  const text = `${plural(measures.sentences, 'sentence')}, ${n(measures.averageSentence)} words long on average; ${plural(measures.longSentences, 'sentence')} over ${LONG_SENTENCE} words.`;
  const desc = `${text} Sentences per length band: ${bands.map((b) => `${b.label} words: ${n(b.value)}`).join('; ')}.`;
  return { chart: histogram({ id, title: 'Sentence lengths', desc }, bands, { compact }), text };
}

function sentencesSection(model: ReportModel): string {
  const lib = model.library;
  const { chart, text } = sentenceChart('chart-sentences', lib, false);
  const head = SENTENCE_BANDS.map((band) => `<th scope="col" class="num">${bandLabel(band)}</th>`).join('');
  const cells = lib.sentenceBands.map((count) => `<td class="num">${n(count)}</td>`).join('');
  return `<section aria-labelledby="h-sentences"><h2 id="h-sentences">Sentence length</h2>
<p>Long sentences are harder to follow. <span data-metric="sentence-summary">${e(text)}</span></p>
<figure><figcaption>How long the sentences are, across the library</figcaption>${chart}</figure>
<div class="scroll" tabindex="0" role="region" aria-label="Sentence lengths (table)"><table><caption>Sentences by length in words</caption>
<thead><tr><th scope="col">Words per sentence</th>${head}</tr></thead><tbody><tr><th scope="row">Sentences</th>${cells}</tr></tbody></table></div></section>`;
}

function suggestionsOf(row: { suggestions: string[] }): string {
  return row.suggestions.length === 0 ? 'Leave it out.' : row.suggestions.map((s) => `‘${e(s)}’`).join(' or ');
}

function termsTable(id: string, heading: string, intro: string, rows: readonly TermRow[], column: string): string {
  if (rows.length === 0) return `<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2><p>None found.</p></section>`;
  const body = rows
    .map(
      (row) =>
        `<tr><th scope="row">${e(row.term)}</th><td class="num">${n(row.count)}</td><td class="num">${n(row.documents)}</td><td>${suggestionsOf(row)}</td><td>${e(row.why)}</td></tr>`,
    )
    .join('\n');
  return `<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2><p>${intro}</p>
<div class="scroll" tabindex="0" role="region" aria-label="${e(heading)} (table)"><table><caption>${heading}, most frequent first</caption>
<thead><tr><th scope="col">${column}</th><th scope="col" class="num">Times</th><th scope="col" class="num">Documents</th><th scope="col">Suggested alternative</th><th scope="col">Why it matters</th></tr></thead>
<tbody>${body}</tbody></table></div></section>`;
}

function comparisonSection(model: ReportModel): string {
  const cmp = model.comparison;
  if (!cmp) return '';
  const when = cmp.generatedAt ? ` from ${formatDate(cmp.generatedAt)}` : '';
  const rows = cmp.documents
    .filter((doc) => doc.attention.before !== doc.attention.after)
    .slice(0, 30)
    .map(
      (doc) =>
        `<tr><th scope="row"><a href="#${doc.id}">${e(doc.path)}</a></th><td class="num">${n(doc.attention.before ?? 0)}</td><td class="num">${n(doc.attention.after ?? 0)}</td><td>${changeText(doc.attention)}</td></tr>`,
    )
    .join('\n');
  const table = rows
    ? `<div class="scroll" tabindex="0" role="region" aria-label="Change by document (table)"><table><caption>Attention score then and now, most improved first</caption>
<thead><tr><th scope="col">Document</th><th scope="col" class="num">Last report</th><th scope="col" class="num">Now</th><th scope="col">Change</th></tr></thead><tbody>${rows}</tbody></table></div>`
    : '<p>No document’s attention score has changed.</p>';
  const list = (label: string, paths: string[]): string =>
    paths.length === 0 ? '' : `<p>${label}: ${paths.slice(0, 20).map(e).join(', ')}${paths.length > 20 ? `, and ${n(paths.length - 20)} more` : ''}.</p>`;
  return `<section aria-labelledby="h-compare"><h2 id="h-compare">Change since the last report</h2>
<p>Compared with <code>${e(cmp.source)}</code>${e(when)}. For every measure except reading ease, lower is better.</p>
<ul>
<li>Attention score: ${n(cmp.library.attention.before ?? 0)} then, ${n(model.library.attention)} now. ${changeText(cmp.library.attention)}</li>
<li>Findings: ${n(cmp.library.findings.before ?? 0)} then, ${n(model.library.findings)} now. ${changeText(cmp.library.findings)}</li>
<li>Words: ${n(cmp.library.words.before ?? 0)} then, ${n(model.library.words)} now.</li>
</ul>
${wentAwayText(cmp.wentAway).map((line) => `<p>${e(line)}</p>`).join('\n')}
${table}
${list('New since the last report', cmp.added)}
${list('No longer in the library', cmp.removed)}</section>`;
}

function findingItem(finding: FindingInContext, showWhy: boolean): string {
  const suggestion =
    finding.fixKind === 'reframe' && finding.expected[0] ? `<p class="suggest"><strong>Suggested rewording:</strong> ${e(finding.expected[0])}</p>` : '';
  const why = showWhy ? `<p class="why"><strong>Why:</strong> ${e(finding.note)}</p>` : '';
  return `<li><p class="where">${whereOf(finding)}</p>
${findingQuote(finding.context, finding.check)}
<p class="message">${e(finding.message)}</p>${suggestion}${why}</li>`;
}

/** One check's findings in a document: the first few, then the rest behind “Show all”. */
function groupSection(group: FindingGroup, open: boolean): string {
  const seen = new Set<string>();
  const item = (finding: FindingInContext): string => {
    const first = !seen.has(finding.note);
    seen.add(finding.note);
    return findingItem(finding, first);
  };
  const first = group.findings.slice(0, FINDINGS_FIRST).map(item).join('\n');
  const rest = group.findings.slice(FINDINGS_FIRST);
  const more =
    rest.length === 0
      ? ''
      : `<details class="more"><summary>Show all ${n(group.findings.length)} (${plural(rest.length, 'more')})</summary><ol class="findings" start="${FINDINGS_FIRST + 1}">${rest.map(item).join('\n')}</ol></details>`;
  const name = CHECK_INFO[group.check].name;
  return `<details class="group" data-check="${group.check}"${open ? ' open' : ''}><summary><span class="tag tag-${group.check}">${e(name)}</span> ${plural(group.findings.length, 'finding')}</summary>
<ol class="findings">${first}</ol>${more}</details>`;
}

function documentSection(doc: DocumentReport): string {
  const counts = REPORT_CHECKS.map(
    (id) => `<tr><th scope="row">${e(CHECK_INFO[id].name)}</th><td class="num">${n(doc.byCheck[id])}</td><td class="num">${e(formatRate(doc.byCheck[id], doc.per1000[id]))}</td></tr>`,
  ).join('');
  const { chart, text } = sentenceChart(`${doc.id}-sentences`, doc, true);
  const findings =
    doc.findings === 0
      ? '<p>Nothing to fix was found.</p>'
      : `<h4>Findings, most important first</h4>\n${doc.groups.map((group, index) => groupSection(group, index === 0)).join('\n')}`;
  return `<section class="doc" id="${doc.id}" aria-labelledby="${doc.id}-h"><h3 id="${doc.id}-h">${doc.rank}. ${e(doc.path)}</h3>
<p class="summary-line">${plural(doc.words, 'word')}. Attention score ${n(doc.attention)} <span class="band band-${doc.band}">${doc.band}</span>. Flesch reading ease ${doc.readingEase === null ? 'not scored' : n(doc.readingEase)} (${e(easeLabel(doc.readingEase))}). ${e(text)}</p>
<div class="scroll" tabindex="0" role="region" aria-label="Findings in ${e(doc.path)} (table)"><table><caption>Findings in ${e(doc.path)}</caption><thead><tr><th scope="col">Check</th><th scope="col" class="num">Findings</th><th scope="col" class="num">Per 1,000 words</th></tr></thead><tbody>${counts}</tbody></table></div>
<figure><figcaption>Sentence lengths in ${e(doc.path)}</figcaption>${chart}</figure>
${findings}</section>`;
}

function measuredSection(model: ReportModel): string {
  const notes = measuredNotes(model.bands, { weights: ATTENTION_WEIGHTS, minWords: ATTENTION_MIN_WORDS, longSentence: LONG_SENTENCE, shortSentence: SHORT_SENTENCE_WORDS });
  return `<section aria-labelledby="h-measured" class="measured"><h2 id="h-measured">How this was measured</h2>
<dl class="explain">${notes.map(([term, text]) => `<dt>${e(term)}</dt><dd>${e(text)}</dd>`).join('\n')}</dl></section>`;
}

function notCheckedSection(model: ReportModel): string {
  if (model.notChecked.length === 0) return '';
  const items = model.notChecked.map((file) => `<li><strong>${e(file.path)}</strong>: ${e(file.reason)}</li>`).join('\n');
  return `<section aria-labelledby="h-skipped"><h2 id="h-skipped">Not checked</h2><p>These files could not be checked, so they are not in any of the numbers above.</p><ul>${items}</ul></section>`;
}

/** Renders the report model as one self-contained HTML page. */
export function renderHtml(model: ReportModel): string {
  const scriptHash = createHash('sha256').update(PRINT_SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'; base-uri 'none'; form-action 'none'`;
  const lib = model.library;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="plain-ig report">
<title>${e(model.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
${patternDefs()}
<header>
<h1>${e(model.title)}</h1>
<p class="lede">How plain and how sharing-positive ${plural(lib.documents, 'document')} ${lib.documents === 1 ? 'is' : 'are'}, which need work first${model.comparison ? ', and what has changed' : ''}.</p>
<p class="meta">Made by Plain IG on ${e(formatDate(model.generatedAt))}.</p>
</header>
<nav aria-label="Contents"><ul>
<li><a href="#h-glance">At a glance</a></li><li><a href="#h-start">Where to start</a></li>${model.comparison ? '<li><a href="#h-compare">Change</a></li>' : ''}<li><a href="#h-rank">Documents ranked</a></li><li><a href="#h-checks">By check</a></li><li><a href="#h-sentences">Sentence length</a></li><li><a href="#h-jargon">IT jargon</a></li><li><a href="#h-risk">Risk-averse wording</a></li><li><a href="#h-trust">Trust and leadership</a></li><li><a href="#documents">Each document</a></li><li><a href="#h-measured">How this was measured</a></li>
</ul></nav>
<main id="main" tabindex="-1">
<section aria-labelledby="h-glance"><h2 id="h-glance">At a glance</h2>
${keyFigures(model)}
<h3>What the measures mean</h3>
${explanations(model)}
</section>
${whereToStartSection(model)}
${comparisonSection(model)}
${rankingSection(model)}
${byCheckSection(model)}
${sentencesSection(model)}
${termsTable('h-jargon', 'Most frequent IT jargon', 'Technical words that people outside IT may not know, with plainer words to use instead.', model.topJargon, 'Term')}
${termsTable('h-risk', 'Most frequent risk-averse wording', 'Wording that may put staff off sharing information for someone’s care. Each is flagged in a whole sentence; the suggested rewording shows a more balanced way to say it.', model.topRisk, 'Wording')}
${trustChecklistHtml(model.trust, e)}
<section id="documents" aria-labelledby="h-documents"><h2 id="h-documents">Each document</h2>
<p>In order of attention score. Each document's findings are grouped by check, most important first; open a group to see each finding in its sentence, and “Show all” for the rest.</p>
${model.documents.map(documentSection).join('\n')}
</section>
${notCheckedSection(model)}
${measuredSection(model)}
</main>
<footer><p>Plain IG checks wording only: it does not give legal advice. A finding is a prompt to look again, not a rule; some legal terms must stay as written.</p></footer>
<script>${PRINT_SCRIPT}</script>
</body>
</html>
`;
}
