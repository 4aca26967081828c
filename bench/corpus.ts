/**
 * A deterministic (seeded) corpus of policy-style Markdown for the benchmarks
 * and the equivalence test: headings, lists, links, inline and fenced code,
 * tables, block quotes, and prose that contains IT jargon, risk-averse wording,
 * wordy phrases, acronyms and outdated names.
 *
 * A second shape ({@link realPolicyDocument}) follows real public IG guidance:
 * longer front matter, prose wrapped at 72 columns, footnotes (with
 * continuation lines) collected at the end, reference-style links and their
 * definitions, GFM tables, pandoc grid tables (which remark reads as a
 * paragraph) and long list items with indented paragraphs.
 *
 * `npm run bench` writes it under bench/corpus/ (git-ignored):
 * - doc-2k.md, doc-20k.md: one policy of about 2,000 and 20,000 words;
 * - real-5k.md, real-20k.md: the real-policy shape at 5,000 and 20,000 words;
 * - library/: 200 files, about 1,000,000 words in all;
 * - empty.md: for start-up timing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JARGON = [
  'legacy system', 'solution', 'data platform', 'production environment', 'repository', 'back-end', 'front end',
  'functionality', 'configuration', 'deployment', 'go-live', 'decommission', 'data migration', 'provisioning',
  'onboarding', 'dashboard', 'portal', 'single source of truth', 'ecosystem', 'interoperability', 'interoperable',
  'API', 'middleware', 'data flows', 'data feed', 'real-time', 'synchronise', 'endpoint', 'payload', 'schema',
  'metadata', 'free text', 'FHIR', 'data linkage', 'deduplication', 'data cleansing', 'data pipeline', 'data lake',
  'data warehouse', 'dataset', 'analytics', 'algorithm', 'granular', 'at scale', 'pseudonymised', 'anonymised',
  'hashing', 're-identification', 'end-to-end encryption', 'encryption at rest', 'firewall', 'penetration test',
  'malware', 'multi-factor authentication', 'role-based access control', 'cloud hosting', 'SaaS', 'the cloud',
];

const RISK = [
  'must not be shared under any circumstances',
  'information must only be shared on a strict need-to-know basis',
  'if in doubt, do not share',
  'staff who share information inappropriately will face disciplinary action',
  'never share patient information without explicit consent',
  'sharing information is a serious risk to the organisation',
  'any breach may result in dismissal and prosecution',
  'you must always obtain consent before sharing',
  'information should not be disclosed to anyone outside the organisation',
  'the trust could be fined up to £17.5 million for a breach',
];

const WORDY = [
  'in order to', 'utilise', 'commence', 'prior to', 'in the event of', 'with regard to', 'a number of', 'facilitate',
  'additional', 'approximately', 'in accordance with', 'subsequently', 'endeavour', 'ensure', 'assistance',
  'implement', 'sufficient', 'with the exception of', 'in a timely manner', 'whether or not', 'therefore',
];

const ACRONYMS = ['DPIA', 'DSPT', 'ICO', 'SIRO', 'ISA', 'IAO', 'SAR', 'DPO', 'CQC', 'DHSC', 'CSU', 'BAU', 'ICS', 'PAS'];

const OUTDATED = [
  'Data Protection Act 1998', 'IG Toolkit', 'privacy impact assessment', 'HSCIC', 'sensitive personal data',
  'Privacy Shield', 'type 2 opt-out', 'GDPR', 'model clauses',
];

const SUBJECTS = [
  'The trust', 'Each service', 'The information governance team', 'Staff', 'The Caldicott Guardian', 'Managers',
  'The data protection officer', 'Every team', 'The council', 'Our partners', 'The integrated care board', 'Clinicians',
];
const VERBS = [
  'will review', 'should record', 'must keep', 'can share', 'will publish', 'should check', 'may use', 'will update',
  'must report', 'should agree', 'will explain', 'can ask for',
];
const OBJECTS = [
  'the records held about each person', 'the information sharing agreement', 'the register of processing',
  'details of the care provided', 'the outcome of each request', 'a copy of the notice', 'the reasons for the decision',
  'the list of approved systems', 'any concerns raised by patients', 'the annual assessment', 'the access log',
];
const TAILS = [
  'every year', 'before the end of each quarter', 'when the law changes', 'as soon as possible', 'with the person’s agreement',
  'so that care is safe', 'where it helps someone’s care', 'in line with this policy', 'when asked', 'at the next meeting',
];
const HEADINGS = [
  'Purpose', 'Scope', 'Roles and responsibilities', 'Sharing information for direct care', 'Consent', 'Security',
  'Records management', 'Subject access requests', 'Training', 'Incidents and breaches', 'Monitoring', 'Definitions',
  'Working with partners', 'Systems and suppliers', 'Retention', 'Review of this policy',
];

type Pick = <T>(list: readonly T[]) => T;

function sentence(pick: Pick, r: () => number): string {
  const roll = r();
  let body: string;
  if (roll < 0.12) body = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}; ${pick(RISK)}`;
  else if (roll < 0.35) body = `${pick(SUBJECTS)} ${pick(VERBS)} the ${pick(JARGON)} ${pick(TAILS)}`;
  else if (roll < 0.55) body = `${pick(WORDY).replace(/^./, (c) => c.toUpperCase())} ${pick(OBJECTS)}, ${pick(SUBJECTS).toLowerCase()} ${pick(VERBS)} ${pick(OBJECTS)}`;
  else if (roll < 0.65) body = `${pick(SUBJECTS)} ${pick(VERBS)} the ${pick(ACRONYMS)} ${pick(TAILS)}`;
  else if (roll < 0.72) body = `Under the ${pick(OUTDATED)}, ${pick(SUBJECTS).toLowerCase()} ${pick(VERBS)} ${pick(OBJECTS)}`;
  else body = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)} and ${pick(VERBS)} ${pick(OBJECTS)}`;
  return `${body.replace(/^./, (c) => c.toUpperCase())}.`;
}

function paragraph(pick: Pick, r: () => number, sentences: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    let s = sentence(pick, r);
    const decorate = r();
    if (decorate < 0.08) s = s.replace(/ the (\w+)/, ' the **$1**');
    else if (decorate < 0.14) s = s.replace(/ the (\w+ \w+)/, ' the [$1](https://example.nhs.uk/guidance)');
    else if (decorate < 0.18) s = s.replace(/ (\w+)\.$/, ' `$1`.');
    else if (decorate < 0.21) s = s.replace(/ the (\w+)/, ' the _$1_');
    parts.push(s);
  }
  return parts.join(' ');
}

function block(pick: Pick, r: () => number): string {
  const roll = r();
  if (roll < 0.55) return paragraph(pick, r, 2 + Math.floor(r() * 5));
  if (roll < 0.75) {
    const n = 2 + Math.floor(r() * 5);
    const ordered = r() < 0.3;
    return Array.from({ length: n }, (_, i) => `${ordered ? `${i + 1}.` : '-'} ${paragraph(pick, r, 1 + Math.floor(r() * 2))}`).join('\n');
  }
  if (roll < 0.82) return `> ${paragraph(pick, r, 1 + Math.floor(r() * 3))}`;
  if (roll < 0.87) {
    const rows = 2 + Math.floor(r() * 4);
    const lines = ['| Role | What they do |', '| --- | --- |'];
    for (let i = 0; i < rows; i++) lines.push(`| ${pick(SUBJECTS)} | ${sentence(pick, r)} |`);
    return lines.join('\n');
  }
  if (roll < 0.91) return ['```text', `export --dataset ${pick(ACRONYMS)} --mode ${pick(JARGON)}`, 'in order to utilise the back-end', '```'].join('\n');
  if (roll < 0.93) return `<!-- plain-ig ignore-next -->\n\n${paragraph(pick, r, 1)}`;
  return paragraph(pick, r, 1 + Math.floor(r() * 3));
}

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;

/**
 * Generates one policy document of about `words` words.
 * @param seed PRNG seed; the same seed always gives the same text
 */
export function policyDocument(words: number, seed: number): string {
  const r = rng(seed);
  const pick: Pick = (list) => list[Math.floor(r() * list.length)]!;
  const out: string[] = ['---', `title: Information governance policy ${seed}`, 'owner: IG team', '---', '', `# Information governance policy ${seed}`];
  let count = 5;
  let section = 0;
  while (count < words) {
    if (section === 0 || r() < 0.12) {
      const h = `${r() < 0.7 ? '##' : '###'} ${++section}. ${pick(HEADINGS)}`;
      out.push('', h);
      count += 3;
    }
    const b = block(pick, r);
    out.push('', b);
    count += wordCount(b);
  }
  return `${out.join('\n')}\n`;
}

/** Wraps prose at `width` columns, as pandoc and many policy sources do. */
function wrap(text: string, width = 72, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

const REFERENCES = ['caldicott', 'gdpr-guide', 'dspt', 'nhs-act', 'code-of-practice', 'records-code', 'ico-sharing', 'care-act'];
const SOURCES = [
  'Information Commissioner’s Office, data sharing code of practice', 'Records Management Code of Practice 2021',
  'The Caldicott Principles, December 2020', 'Data Security and Protection Toolkit guidance', 'Health and Social Care Act 2012, section 251',
  'National Data Guardian, review of data security, consent and opt-outs', 'Care Quality Commission, key lines of enquiry',
];

/** A pandoc grid table: one wide cell of wrapped prose and a numbered list, or two columns. */
function gridTable(pick: Pick, r: () => number): string {
  const width = 71;
  const row = (cells: string[], widths: number[]): string => `|${cells.map((c, i) => ` ${c.padEnd(widths[i]! - 2)} `).join('|')}|`;
  const rule = (widths: number[], char = '-'): string => `+${widths.map((w) => char.repeat(w)).join('+')}+`;
  if (r() < 0.5) {
    const widths = [width];
    const lines = [rule(widths), row([`**Figure ${Math.floor(r() * 9) + 1}.${Math.floor(r() * 9) + 1} - ${pick(HEADINGS)}**`], widths), rule(widths, '=')];
    for (const l of wrap(paragraph(pick, r, 2 + Math.floor(r() * 3)), width - 4).split('\n')) lines.push(row([l], widths));
    lines.push(row([''], widths));
    for (let i = 1; i <= 3 + Math.floor(r() * 5); i++) {
      const item = wrap(`${i}.  ${sentence(pick, r)}`, width - 4, '    ').split('\n');
      for (const l of item) lines.push(row([l], widths));
      lines.push(row([''], widths));
    }
    lines.push(rule(widths));
    return lines.join('\n');
  }
  const widths = [24, 47];
  const lines = [rule(widths), row(['Role', 'What they do'], widths), rule(widths, '=')];
  for (let i = 0; i < 2 + Math.floor(r() * 4); i++) {
    const left = wrap(pick(SUBJECTS), 22).split('\n');
    const right = wrap(sentence(pick, r), 45).split('\n');
    for (let j = 0; j < Math.max(left.length, right.length); j++) lines.push(row([left[j] ?? '', right[j] ?? ''], widths));
    lines.push(rule(widths));
  }
  return lines.join('\n');
}

/**
 * Generates one document shaped like real public IG guidance, of about
 * `words` words: front matter, numbered headings, wrapped paragraphs with
 * footnote calls (about one per 100 words) and reference-style links, GFM
 * and grid tables, long list items, and at the end the footnotes and link
 * definitions.
 * @param seed PRNG seed; the same seed always gives the same text
 */
export function realPolicyDocument(words: number, seed: number): string {
  const r = rng(seed);
  const pick: Pick = (list) => list[Math.floor(r() * list.length)]!;
  const out: string[] = [
    '---',
    `title: "Chapter ${seed} - Records governance"`,
    'authors:',
    '  - Information governance team',
    '  - Caldicott Guardian',
    `date: 2024-0${1 + (seed % 9)}-01`,
    'status: approved',
    'review: annually',
    '---',
    '',
    `Chapter ${seed} - Records governance`,
  ];
  let count = 20;
  let section = 0;
  let subsection = 0;
  let footnotes = 0;
  const cite = (text: string): string => {
    // A footnote call after a word, and now and then a reference-style link.
    let out = text.replace(/(\w)([.;]) /g, (m, w: string, p: string) => (r() < 0.12 ? `${w}[^${++footnotes}]${p} ` : m));
    if (r() < 0.3) out = out.replace(/ the (\w+ \w+)/, (_m, t: string) => (r() < 0.5 ? ` the [${t}][${pick(REFERENCES)}]` : ` the ${t} [${pick(REFERENCES)}]`));
    return out;
  };
  // The footnotes at the end hold about a tenth of the words.
  while (count < words * 0.9) {
    if (section === 0 || r() < 0.08) {
      out.push('', `### ${seed}.${++section} ${pick(HEADINGS)}`);
      subsection = 0;
      count += 3;
    }
    if (r() < 0.15) {
      out.push('', `### ${seed}.${section}.${++subsection} ${pick(HEADINGS)}`);
      count += 3;
    }
    const roll = r();
    let b: string;
    if (roll < 0.6) b = wrap(cite(paragraph(pick, r, 3 + Math.floor(r() * 5))));
    else if (roll < 0.75) {
      // Long list items: a wrapped paragraph, sometimes a second indented paragraph.
      const items: string[] = [];
      for (let i = 0; i < 2 + Math.floor(r() * 4); i++) {
        let item = `-   ${wrap(cite(paragraph(pick, r, 2 + Math.floor(r() * 3))), 72, '    ')}`;
        if (r() < 0.4) item += `\n\n    ${wrap(paragraph(pick, r, 1 + Math.floor(r() * 3)), 72, '    ')}`;
        items.push(item);
      }
      b = items.join('\n\n');
    } else if (roll < 0.83) b = gridTable(pick, r);
    else if (roll < 0.9) {
      const lines = ['| Record | Minimum retention | Notes |', '|---|---|---|'];
      for (let i = 0; i < 3 + Math.floor(r() * 6); i++) lines.push(`| ${pick(OBJECTS)} | ${1 + Math.floor(r() * 30)} years | ${cite(sentence(pick, r))} |`);
      b = lines.join('\n');
    } else if (roll < 0.95) b = `> ${wrap(paragraph(pick, r, 1 + Math.floor(r() * 3)), 70, '> ')}`;
    else b = wrap(cite(paragraph(pick, r, 1 + Math.floor(r() * 2))));
    out.push('', b);
    count += wordCount(b);
  }
  for (let n = 1; n <= footnotes; n++) {
    const roll = r();
    let note: string;
    if (roll < 0.4) note = `${pick(SOURCES)}\n    <https://www.example.nhs.uk/guidance/${n}>`;
    else if (roll < 0.8) note = wrap(`${sentence(pick, r)} ${sentence(pick, r)}`, 72, '    ');
    else note = `${wrap(sentence(pick, r), 72, '    ')}\n\n    ${wrap(paragraph(pick, r, 2), 72, '    ')}`;
    out.push('', `[^${n}]: ${note}`);
  }
  out.push('');
  for (const ref of REFERENCES) out.push(`[${ref}]: https://www.example.nhs.uk/${ref} "${pick(SOURCES)}"`);
  return `${out.join('\n')}\n`;
}

/** Paths of the generated corpus. */
export interface Corpus {
  dir: string;
  doc2k: string;
  doc20k: string;
  /** Real-policy shape (see {@link realPolicyDocument}), about 5,000 and 20,000 words. */
  real5k: string;
  real20k: string;
  library: string;
  libraryFiles: string[];
  empty: string;
}

/**
 * Writes the corpus under `dir` (default bench/corpus) and returns the paths.
 * The library is 200 files of 3,000–7,000 words (about 1,000,000 in all).
 */
export function writeCorpus(dir = new URL('./corpus/', import.meta.url).pathname): Corpus {
  const library = join(dir, 'library');
  mkdirSync(library, { recursive: true });
  const doc2k = join(dir, 'doc-2k.md');
  const doc20k = join(dir, 'doc-20k.md');
  const empty = join(dir, 'empty.md');
  writeFileSync(doc2k, policyDocument(2_000, 2));
  writeFileSync(doc20k, policyDocument(20_000, 20));
  writeFileSync(empty, '');
  const real5k = join(dir, 'real-5k.md');
  const real20k = join(dir, 'real-20k.md');
  writeFileSync(real5k, realPolicyDocument(5_000, 5));
  writeFileSync(real20k, realPolicyDocument(20_000, 4));
  const r = rng(1000);
  const libraryFiles: string[] = [];
  for (let i = 0; i < 200; i++) {
    const file = join(library, `policy-${String(i).padStart(3, '0')}.md`);
    writeFileSync(file, policyDocument(3_000 + Math.floor(r() * 4_000), 1000 + i));
    libraryFiles.push(file);
  }
  return { dir, doc2k, doc20k, real5k, real20k, library, libraryFiles, empty };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const corpus = writeCorpus();
  process.stdout.write(`corpus written to ${corpus.dir}\n`);
}

/** A one-word edit at a random place: replaces one word with another (the benches' edit). */
export function editOneWord(text: string, r: () => number): string {
  const replacements = ['policy', 'backend', 'utilise', 'share', 'records', 'portal', 'data', 'team'];
  for (;;) {
    const at = Math.floor(r() * text.length);
    const match = /[A-Za-z]{3,}/.exec(text.slice(at, at + 40));
    if (!match) continue;
    const from = at + match.index;
    return text.slice(0, from) + replacements[Math.floor(r() * replacements.length)] + text.slice(from + match[0].length);
  }
}
