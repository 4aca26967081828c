/**
 * Compares the leadership check with hand labels on real public documents.
 *
 *   npx tsx eval/leadership/run.ts [--docs /work/realdocs] [--out eval/leadership-results.md]
 *
 * The documents are not in this repository: `labels.tsv` lists where each came
 * from, and the cached copies live in a folder outside it (default
 * /work/realdocs, one file each). A document that is missing is skipped with a
 * line saying so. The check runs with the default settings (audience `auto`,
 * so the kind of document is inferred, as it would be for a user).
 *
 * Agreement is counted over (document, element) pairs for the elements of the
 * labelled kind, by what a user sees: the check says an element is missing
 * when it reports a finding for it, and present otherwise. So when it infers
 * the other kind of document, or does not judge the document at all (too
 * short, or not about information governance), every labelled element counts
 * as "present": right where the label says present, wrong where it says missing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { assessDocument } from '../../server/src/report/trust-checklist.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** Where the cached documents are looked for by default. */
export const DEFAULT_DOCS = '/work/realdocs';

const ELEMENTS = ['sharing-expected', 'staff-support', 'who-to-ask', 'accountable-owner', 'shared-with-carers', 'how-to-object', 'contact'] as const;

interface Label {
  file: string;
  source: string;
  kind: 'staff' | 'public';
  present: Map<string, boolean>;
  note: string;
}

function readLabels(): Label[] {
  const lines = readFileSync(join(here, 'labels.tsv'), 'utf8').split('\n');
  const labels: Label[] = [];
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('file\t')) continue;
    const cells = line.split('\t');
    const [file = '', source = '', kind = ''] = cells;
    const present = new Map<string, boolean>();
    ELEMENTS.forEach((id, i) => {
      const cell = cells[3 + i];
      if (cell === '1' || cell === '0') present.set(id, cell === '1');
    });
    labels.push({ file, source, kind: kind === 'public' ? 'public' : 'staff', present, note: cells[3 + ELEMENTS.length] ?? '' });
  }
  return labels;
}

/** Agreement of the leadership check with the hand labels, and the report's lines. */
export interface LeadershipEvaluation {
  agree: number;
  total: number;
  kindRight: number;
  judged: number;
  skipped: number;
  markdown: string;
}

/** Runs the check over every cached, labelled document in `docsDir`. */
export function evaluateLeadership(docsDir = DEFAULT_DOCS): LeadershipEvaluation {
  const labels = readLabels();
  const rows: string[] = [];
  const disagreements: string[] = [];
  const perElement = new Map<string, { agree: number; total: number }>();
  let agree = 0;
  let total = 0;
  let kindRight = 0;
  let judged = 0;
  let skipped = 0;
  for (const label of labels) {
    const path = join(docsDir, label.file);
    if (!existsSync(path)) {
      skipped++;
      rows.push(`| ${label.file} | (not cached here: skipped) | | |`);
      continue;
    }
    judged++;
    const text = readFileSync(path, 'utf8');
    const format = label.file.endsWith('.md') ? 'markdown' : 'plaintext';
    const assessment = assessDocument(text, format, defaultSettings());
    const kind = assessment.kind?.audience;
    if (kind === label.kind) kindRight++;
    const cells: string[] = [];
    for (const [id, expected] of label.present) {
      const element = kind === label.kind ? assessment.elements.find((e) => e.id === id) : undefined;
      const found = element ? element.present : undefined;
      const ok = (found ?? true) === expected;
      const stats = perElement.get(id) ?? { agree: 0, total: 0 };
      stats.total++;
      total++;
      if (ok) {
        stats.agree++;
        agree++;
      } else {
        const said =
          found === undefined ? `no finding (${kind ? `judged a ${kind} document` : 'not judged'})` : found ? `present: “${(element?.evidence?.text ?? '').slice(0, 140)}”` : 'missing';
        disagreements.push(`| ${label.file} | ${id} | ${expected ? 'present' : 'missing'} | ${said.replace(/\|/g, '\\|')} |`);
      }
      perElement.set(id, stats);
      cells.push(`${id}: ${expected ? '✓' : '✗'}${ok ? '' : ' (check disagrees)'}`);
    }
    rows.push(`| ${label.file} | ${label.kind} | ${kind ?? 'not judged'} | ${cells.join('; ')} |`);
  }

  const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);
  const out = [
    '# Leadership check: agreement with hand labels',
    '',
    '<!-- Written by `npx tsx eval/leadership/run.ts`. Do not edit by hand. -->',
    '',
    `Documents: ${judged} checked${skipped ? `, ${skipped} skipped (not cached in ${docsDir})` : ''}; sources and labels in \`eval/leadership/labels.tsv\`.`,
    '',
    `- **Agreement on (document, element) pairs: ${agree} of ${total} (${pct(agree, total)})**`,
    `- Kind of document inferred correctly (staff policy or public notice): ${kindRight} of ${judged}`,
    '',
    '| Element | Agree | Pairs | Agreement |',
    '| --- | ---: | ---: | ---: |',
    ...[...perElement].map(([id, s]) => `| ${id} | ${s.agree} | ${s.total} | ${pct(s.agree, s.total)} |`),
    '',
    '## Disagreements',
    '',
    ...(disagreements.length ? ['| Document | Element | Hand label | Check |', '| --- | --- | --- | --- |', ...disagreements] : ['None.']),
    '',
    '## Every document',
    '',
    '| Document | Labelled | Inferred | Elements (hand label) |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ];
  return { agree, total, kindRight, judged, skipped, markdown: out.join('\n') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { docs: { type: 'string' }, out: { type: 'string' } } });
  const outFile = values.out ?? join(here, '..', 'leadership-results.md');
  const e = evaluateLeadership(values.docs ?? DEFAULT_DOCS);
  writeFileSync(outFile, e.markdown);
  const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);
  process.stdout.write(`${e.agree}/${e.total} pairs agree (${pct(e.agree, e.total)}); kind ${e.kindRight}/${e.judged}; written to ${outFile}\n`);
}
