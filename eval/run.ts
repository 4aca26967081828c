/**
 * npm run eval [-- --set FILE ...] [--out FILE] [--quiet]
 *
 * Runs the real checks over labelled real sentences and writes the figures to
 * eval/results.md (or --out). The sentences themselves are printed on the
 * terminal only: real quotes stay out of the repository, so the results file
 * names misses and false alarms by their id.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { evaluate, readSet, rate, share, sharedDevSet, type Evaluation, type Share } from './evaluate.ts';

function args(argv: string[]): { sets: string[]; out: string; quiet: boolean } {
  const sets: string[] = [];
  let out = 'eval/results.md';
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--set') sets.push(argv[++i] ?? '');
    else if (a === '--out') out = argv[++i] ?? out;
    else if (a === '--quiet') quiet = true;
    else {
      process.stderr.write(`plain-ig eval: unknown option ${a} (use --set FILE, --out FILE, --quiet)\n`);
      process.exit(2);
    }
  }
  if (sets.length === 0) {
    const dev = sharedDevSet();
    if (!dev) {
      process.stderr.write('plain-ig eval: no set given and ../shared/data/real-sentences/dev.jsonl is not here; use --set FILE\n');
      process.exit(2);
    }
    sets.push(dev);
  }
  return { sets, out, quiet };
}

const pct = (s: Share) => (s.total === 0 ? '–' : `${Math.round((100 * s.count) / s.total)}%`);

function markdown(e: Evaluation): string {
  const lines: string[] = [];
  lines.push(`## ${e.set}`, '', `${e.sentences} sentences.`, '', '### Risk-averse wording: recall per form', '');
  lines.push('| form | sentences | flagged | recall |', '|---|---:|---:|---:|');
  for (const [form, s] of Object.entries(e.riskByForm).sort((a, b) => b[1].total - a[1].total)) lines.push(`| ${form} | ${s.total} | ${s.count} | ${pct(s)} |`);
  lines.push(`| **all** | ${e.riskAll.total} | ${e.riskAll.count} | **${pct(e.riskAll)}** |`, '');
  lines.push('### False alarms: negatives with a risk finding', '');
  lines.push('| negatives | sentences | with a risk finding | share |', '|---|---:|---:|---:|');
  lines.push(`| **all negatives** | ${e.negativesFlagged.total} | ${e.negativesFlagged.count} | **${pct(e.negativesFlagged)}** |`);
  lines.push(`| **hard negatives** | ${e.hardNegativesFlagged.total} | ${e.hardNegativesFlagged.count} | **${pct(e.hardNegativesFlagged)}** |`);
  for (const [form, s] of Object.entries(e.negativesByForm).sort((a, b) => b[1].total - a[1].total)) lines.push(`| ${form} | ${s.total} | ${s.count} | ${pct(s)} |`);
  lines.push('', '### Jargon phrase recall', '');
  lines.push(`- jargon and acronym checks: **${share(e.jargonPhrases)}** of the labelled phrases overlapped by a finding`);
  lines.push(`- jargon check alone: ${share(e.jargonOnlyPhrases)}`);
  if (e.trustNegatives) lines.push('', '### Trust check', '', `- negatives with a trust finding: **${share(e.trustNegatives)}**`);
  lines.push('', '### Misses and false alarms (by id; `npm run eval` prints the sentences)', '');
  const missed = e.results.filter((r) => r.sentence.kind === 'R' && r.risk.length === 0);
  const byForm = new Map<string, string[]>();
  for (const r of missed) byForm.set(r.sentence.form, [...(byForm.get(r.sentence.form) ?? []), r.sentence.id]);
  lines.push(`- risk misses (${missed.length}): ${[...byForm].map(([f, ids]) => `${f}: ${ids.join(', ')}`).join('; ') || 'none'}`);
  const alarms = e.results.filter((r) => r.sentence.kind === 'N' && r.risk.length > 0);
  lines.push(`- risk false alarms (${alarms.length}): ${alarms.map((r) => `${r.sentence.id} (${r.sentence.form}; ${[...new Set(r.risk.map((f) => f.form ?? f.ruleId))].join(', ')})`).join('; ') || 'none'}`);
  const jMissed = e.results.filter((r) => r.phrasesMissed.length > 0);
  lines.push(`- sentences with jargon phrases missed (${jMissed.length}): ${jMissed.map((r) => `${r.sentence.id} (${r.phrasesMissed.length})`).join(', ') || 'none'}`);
  if (e.trustNegatives) {
    const trust = e.results.filter((r) => r.sentence.kind === 'N' && r.findings.some((f) => (f.check as string) === 'trust'));
    lines.push(`- trust findings on negatives (${trust.length}): ${trust.map((r) => r.sentence.id).join(', ') || 'none'}`);
  }
  return lines.join('\n');
}

function terminal(e: Evaluation): string {
  const out: string[] = [`\n${e.set}: risk recall ${share(e.riskAll)}, negatives flagged ${share(e.negativesFlagged)}, hard negatives ${share(e.hardNegativesFlagged)}, jargon phrases ${share(e.jargonPhrases)}${e.trustNegatives ? `, trust on negatives ${share(e.trustNegatives)}` : ''}`];
  out.push('', 'Risk misses:');
  for (const r of e.results.filter((x) => x.sentence.kind === 'R' && x.risk.length === 0)) out.push(`  ${r.sentence.id} [${r.sentence.form}] ${r.sentence.text}`);
  out.push('', 'Risk false alarms:');
  for (const r of e.results.filter((x) => x.sentence.kind === 'N' && x.risk.length > 0)) {
    out.push(`  ${r.sentence.id} [${r.sentence.form}] ${r.sentence.text}`);
    for (const f of r.risk) out.push(`      ${f.ruleId}${f.form ? ` (${f.form})` : ''}: “${f.actual}”`);
  }
  out.push('', 'Jargon phrases missed:');
  for (const r of e.results.filter((x) => x.phrasesMissed.length > 0)) out.push(`  ${r.sentence.id} ${r.phrasesMissed.map((p) => `“${p}”`).join(', ')}`);
  if (e.trustNegatives) {
    out.push('', 'Trust findings on negatives:');
    for (const r of e.results.filter((x) => x.sentence.kind === 'N' && x.findings.some((f) => (f.check as string) === 'trust'))) {
      out.push(`  ${r.sentence.id} ${r.sentence.text}`);
      for (const f of r.findings.filter((f) => (f.check as string) === 'trust')) out.push(`      ${f.ruleId}: “${f.actual}”`);
    }
  }
  return out.join('\n');
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

const options = args(process.argv.slice(2));
const evaluations: Evaluation[] = [];
for (const file of options.sets) {
  let sentences;
  try {
    sentences = readSet(file);
  } catch (error) {
    process.stderr.write(`plain-ig eval: ${(error as Error).message}\n`);
    process.exit(2);
  }
  const e = evaluate(sentences, basename(file));
  evaluations.push(e);
  if (!options.quiet) process.stdout.write(`${terminal(e)}\n`);
}
const doc = [
  '# Evaluation on real sentences',
  '',
  `Made by \`npm run eval\` at commit ${commit()}. Each labelled sentence is checked as plain text with the`,
  'default settings (staff audience, every check on). A risk-averse sentence counts as found when it gets',
  'any risk finding; a negative counts as a false alarm when it gets any. A jargon phrase counts as found',
  'when a jargon or acronym finding overlaps it. The sentences stay in `shared/`; this file names them by id.',
  '',
  ...evaluations.map(markdown),
  '',
].join('\n');
writeFileSync(options.out, doc);
for (const e of evaluations) {
  process.stdout.write(`\n${e.set}: risk recall ${(100 * rate(e.riskAll)).toFixed(0)}%, negatives flagged ${(100 * rate(e.negativesFlagged)).toFixed(1)}%, jargon phrases ${(100 * rate(e.jargonPhrases)).toFixed(0)}% → ${options.out}\n`);
}
