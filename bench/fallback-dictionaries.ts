/**
 * While `dictionaries/jargon.yml` or `dictionaries/risk.yml` is not in the
 * repository yet, the benchmarks and the equivalence test need stand-ins of a
 * realistic size. This builds them from the research tables in
 * /work/shared/reference/ig-language.md (sections 2 and 3) into
 * bench/corpus/dictionaries/ (git-ignored), next to copies of the bundled
 * dictionaries, and returns that folder. When the real files exist it returns
 * undefined and nothing changes.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = new URL('../', import.meta.url).pathname;
const REFERENCE = '/work/shared/reference/ig-language.md';

const kebab = (s: string): string =>
  s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';

function tableRows(markdown: string, from: string, to: string): string[][] {
  const start = markdown.indexOf(from);
  const end = markdown.indexOf(to, start + 1);
  return markdown
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((line) => /^\|\s*\d+\s*\|/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

function jargonYaml(markdown: string): string {
  const lines = ['check: jargon', 'entries:'];
  const ids = new Set<string>();
  const seen = new Set<string>();
  for (const [, term = '', alternatives = '', why = '', action = ''] of tableRows(markdown, '## 2.', '## 3.')) {
    const phrases = term
      .replace(/\([^)]*\)/g, '')
      .split(/[,;]/)
      .map((p) => p.trim().replace(/[^A-Za-z0-9 \-]/g, '').trim())
      .filter((p) => p.length > 1 && !seen.has(p.toLowerCase()));
    if (phrases.length === 0) continue;
    phrases.forEach((p) => seen.add(p.toLowerCase()));
    let id = kebab(phrases[0]!);
    while (ids.has(id)) id += '-x';
    ids.add(id);
    const alts = alternatives.split(';').map((a) => a.trim()).filter((a) => a.length > 0);
    const explain = action.startsWith('E');
    lines.push(`  - id: ${id}`);
    lines.push(`    phrases: ${JSON.stringify(phrases)}`);
    lines.push(`    action: ${explain ? 'explain' : 'replace'}`);
    if (explain) lines.push(`    gloss: ${JSON.stringify((alts[0] ?? 'explained here').slice(0, 110).padEnd(3, '.'))}`);
    else lines.push(`    alternatives: ${JSON.stringify(alts.length ? alts : ['a plain word'])}`);
    lines.push(`    reason: ${JSON.stringify(`Readers may not follow it: ${why}`.padEnd(12, '.'))}`);
    if (phrases.every((p) => /^[A-Z0-9]+$/.test(p))) lines.push('    caseSensitive: true');
    if (action.includes('(C)')) lines.push('    context: ["system", "systems", "data", "software", "computer", "IT"]');
  }
  return `${lines.join('\n')}\n`;
}

function riskYaml(markdown: string): string {
  const lines = [
    'check: risk',
    'macros:',
    '  share: ["share", "shared", "sharing", "disclose", "disclosed", "pass on", "passed on", "release", "released"]',
    '  must: ["must", "shall", "should", "will"]',
    'traps:',
    '  support: ["support staff who share", "will be supported", "in good faith"]',
    '  legalRestrictions: ["gender recognition", "section 22"]',
    'entries:',
  ];
  const ids = new Set<string>();
  for (const [, pattern = '', reframe = '', why = '', context = ''] of tableRows(markdown, '## 3.', '## 4.')) {
    const quoted = [...pattern.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    const patterns = quoted
      .map((q) =>
        q
          .split('/')[0]!
          .toLowerCase()
          .replace(/[^a-z0-9' \-]/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/\b(share|shared|sharing|disclosed)\b/g, '{share}')
          .replace(/\b(must|shall|should)\b/g, '{must}'),
      )
      .filter((p) => p.split(' ').length >= 2 && !p.startsWith('{'));
    if (patterns.length === 0) continue;
    let id = kebab(patterns[0]!.replace(/[{}]/g, '')).slice(0, 40).replace(/-$/, '');
    while (ids.has(id)) id += '-x';
    ids.add(id);
    lines.push(`  - id: ${id}`);
    lines.push(`    kind: ${/disciplinary|dismiss|prosecut|fine/i.test(pattern) ? 'threat' : 'wording'}`);
    lines.push(`    patterns: ${JSON.stringify(patterns)}`);
    lines.push(`    reframe: ${JSON.stringify(reframe.replace(/^"|"$/g, '').padEnd(12, '.'))}`);
    lines.push(`    reason: ${JSON.stringify(`It discourages sharing: ${why}`.padEnd(12, '.'))}`);
    if (context.startsWith('Yes')) lines.push('    context: ["research", "insurance", "employer"]');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Makes stand-in dictionaries when the real jargon or risk file is missing.
 * @returns the folder to use as PLAIN_IG_DICTIONARIES, or undefined when the bundled folder is complete
 */
export function fallbackDictionaries(): string | undefined {
  const bundled = join(repo, 'dictionaries');
  if (existsSync(join(bundled, 'jargon.yml')) && existsSync(join(bundled, 'risk.yml'))) return undefined;
  const dir = join(repo, 'bench', 'corpus', 'dictionaries');
  mkdirSync(dir, { recursive: true });
  cpSync(join(bundled, 'schema'), join(dir, 'schema'), { recursive: true });
  for (const name of ['acronyms.yml', 'outdated.yml', 'plain-words.yml', 'jargon.yml', 'risk.yml']) {
    if (existsSync(join(bundled, name))) copyFileSync(join(bundled, name), join(dir, name));
  }
  const markdown = readFileSync(REFERENCE, 'utf8');
  if (!existsSync(join(bundled, 'jargon.yml'))) writeFileSync(join(dir, 'jargon.yml'), jargonYaml(markdown));
  if (!existsSync(join(bundled, 'risk.yml'))) writeFileSync(join(dir, 'risk.yml'), riskYaml(markdown));
  return dir;
}

/** Sets PLAIN_IG_DICTIONARIES to the stand-ins when needed; returns a note for the results, or ''. */
export function useFallbackDictionariesIfNeeded(): string {
  if (process.env['PLAIN_IG_DICTIONARIES']) return '';
  const dir = fallbackDictionaries();
  if (!dir) return '';
  process.env['PLAIN_IG_DICTIONARIES'] = dir;
  return 'dictionaries/jargon.yml or risk.yml was not in the repository yet: stand-ins built from the research tables were used (bench/fallback-dictionaries.ts).';
}
