// Hygiene of the bundled dictionaries: schema-valid, unique ids and phrases,
// every reference defined, and no entry shadowed by another.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileLeadership } from '../../server/src/checks/leadership.ts';
import { compileRisk } from '../../server/src/checks/risk.ts';
import { compileTrust } from '../../server/src/checks/trust.ts';
import { lemmaOf, partsOfSpeech, verbForms } from '../../server/src/core/morphology.ts';
import { bundledDictionaries, bundledDictionaryFiles, dictionariesDir, loadDictionaryFile } from '../../server/src/core/dictionaries.ts';
import { PhraseIndex } from '../../server/src/core/phrase-index.ts';
import { CHECK_IDS } from '../../server/src/checks/registry.ts';
import { phraseTokens, type Token } from '../../server/src/core/words.ts';

const d = bundledDictionaries();

const duplicates = (values: string[]): string[] => values.filter((value, i) => values.indexOf(value) !== i);

function tokensOf(phrase: string): Token[] {
  let offset = 0;
  return phraseTokens(phrase).map((norm, i) => {
    const token: Token = { text: norm, norm, start: offset, end: offset + norm.length, sep: i === 0 ? 'start' : 'space' };
    offset += norm.length + 1;
    return token;
  });
}

describe('every bundled dictionary', () => {
  it.each(CHECK_IDS)('%s validates against its schema', (check) => {
    expect(() => loadDictionaryFile(bundledDictionaryFiles().get(check) ?? '', check)).not.toThrow();
  });

  it.each(CHECK_IDS)('%s has unique ids', (check) => {
    expect(duplicates(((d as unknown as Record<string, { entries: Array<{ id: string }> }>)[check]?.entries ?? []).map((e) => e.id))).toEqual([]);
  });

  it('meets the minimum sizes the product promises', () => {
    expect(d.jargon.entries.length).toBeGreaterThanOrEqual(250);
    expect(d.risk.entries.length).toBeGreaterThanOrEqual(60);
  });
});

describe.each([
  ['jargon', d.jargon.entries],
  ['outdated', d.outdated.entries],
] as const)('%s phrases', (_check, entries) => {
  it('are unique after normalising case, hyphens and -ize/-ise', () => {
    const all = entries.flatMap((e) => e.phrases.map((p) => (e.caseSensitive ? p : phraseTokens(p).join(' '))));
    expect(duplicates(all)).toEqual([]);
  });

  it('are never shadowed: each phrase, on its own, matches its own entry', () => {
    const index = new PhraseIndex(entries.map((entry) => ({ entry, phrases: entry.phrases, caseSensitive: entry.caseSensitive })));
    const shadowed: string[] = [];
    for (const entry of entries) {
      for (const phrase of entry.phrases) {
        const tokens = entry.caseSensitive
          ? tokensOf(phrase).map((t, i) => ({ ...t, text: phrase.split(/[\s-]+/)[i] ?? t.text }))
          : tokensOf(phrase);
        const [match] = index.match(tokens);
        if (!match || match.target.entry !== entry || match.to !== tokens.length) shadowed.push(`${entry.id}: ${phrase}`);
      }
    }
    expect(shadowed).toEqual([]);
  });
});

describe('jargon entries', () => {
  it('have alternatives when they replace and a gloss when they explain', () => {
    for (const e of d.jargon.entries) {
      if (e.action === 'replace') expect(e.alternatives?.length, e.id).toBeGreaterThan(0);
      else expect(e.gloss, e.id).toBeTruthy();
    }
  });

  it('mark only acronyms as case-sensitive', () => {
    const bad = d.jargon.entries.filter((e) => e.caseSensitive && e.phrases.some((p) => p !== p.toUpperCase() && !/[A-Z]/.test(p.slice(1))));
    expect(bad.map((e) => e.id)).toEqual([]);
  });
});

describe('risk entries', () => {
  it('compile, and cite only evidence that is defined', () => {
    expect(() => compileRisk(d.risk)).not.toThrow();
    const defined = new Set(Object.keys(d.risk.evidence ?? {}));
    const missing = d.risk.entries.flatMap((e) => (e.evidence ?? []).filter((key) => !defined.has(key)).map((key) => `${e.id}: ${key}`));
    expect(missing).toEqual([]);
  });

  it('every defined piece of evidence is cited', () => {
    const cited = new Set(d.risk.entries.flatMap((e) => e.evidence ?? []));
    expect(Object.keys(d.risk.evidence ?? {}).filter((key) => !cited.has(key))).toEqual([]);
  });
});

describe('acronym entries', () => {
  it('are unique and not also listed as well known', () => {
    const acronyms = d.acronym.entries.map((e) => e.acronym);
    expect(duplicates(acronyms)).toEqual([]);
    const known = new Set(d.acronym.wellKnown ?? []);
    expect(acronyms.filter((a) => known.has(a))).toEqual([]);
  });

  it('no acronym is also a case-sensitive jargon phrase (the jargon check owns those)', () => {
    const jargon = new Set(d.jargon.entries.filter((e) => e.caseSensitive).flatMap((e) => e.phrases));
    expect(d.acronym.entries.filter((e) => jargon.has(e.acronym)).map((e) => e.id)).toEqual([]);
  });
});

describe('plain-words entries', () => {
  it('each name a phrase that retext-simplify really has', async () => {
    const file = join(dictionariesDir(), '..', 'node_modules', 'retext-simplify', 'lib', 'patterns.js');
    const { patterns } = (await import(pathToFileURL(file).href)) as { patterns: Record<string, unknown> };
    const unknown = d['plain-words'].entries.filter((e) => !(e.phrase in patterns)).map((e) => e.phrase);
    expect(unknown).toEqual([]);
  });

  it('are not a copy of the retext-simplify list (it is used as a package)', () => {
    const text = readFileSync(join(dictionariesDir(), 'plain-words.yml'), 'utf8');
    expect(d['plain-words'].entries.length).toBeLessThan(100);
    expect(text).toContain('retext-simplify');
  });
});

describe('trust and leadership dictionaries', () => {
  /** Every form of every verb in a macro that is missing from it (nouns and particles are skipped). */
  function missingForms(list: readonly string[]): string[] {
    const have = new Set(list.map((item) => item.toLowerCase()));
    const missing: string[] = [];
    for (const item of list) {
      const [head = '', ...rest] = item.toLowerCase().split(' ');
      if (lemmaOf(head) !== head || !partsOfSpeech(head)[0]?.tags.includes('Verb')) continue;
      for (const form of Object.values(verbForms(head))) {
        const phrase = [form, ...rest].join(' ');
        if (!have.has(phrase)) missing.push(phrase);
      }
    }
    return [...new Set(missing)];
  }

  it.each([
    ['trust', 'seek', d.trust.macros?.['seek'] ?? []],
    ['trust', 'need', (d.trust.macros?.['need'] ?? []).filter((item) => !item.includes(' '))],
    ['leadership', 'share', d.leadership.macros?.['share'] ?? []],
  ])('%s {%s} lists every verb in every form, so tense and voice vary freely', (_check, _macro, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(missingForms(list)).toEqual([]);
  });

  it('every trust entry and every leadership element compiles, and every signal an element names exists', () => {
    expect(() => compileTrust(d.trust)).not.toThrow();
    expect(() => compileLeadership(d.leadership)).not.toThrow();
    const signals = new Set(Object.keys(d.leadership.signals));
    const named = d.leadership.entries.flatMap((e) => [...(e.together ?? []).flat(), ...(e.nearby ?? []).flat(), ...(e.sectionNeeds ?? [])]);
    expect(named.filter((name) => !signals.has(name))).toEqual([]);
  });

  it('every leadership element cites evidence that exists, and every piece of evidence is cited', () => {
    const defined = new Set(Object.keys(d.leadership.evidence ?? {}));
    expect(d.leadership.entries.flatMap((e) => (e.evidence ?? []).filter((key) => !defined.has(key)))).toEqual([]);
    const cited = new Set(d.leadership.entries.flatMap((e) => e.evidence ?? []));
    expect([...defined].filter((key) => !cited.has(key))).toEqual([]);
  });

  it('has both kinds of document and at least one way to find each element', () => {
    expect(new Set(d.leadership.entries.map((e) => e.audience))).toEqual(new Set(['staff', 'public']));
    const unfindable = d.leadership.entries.filter((e) => e.patterns.length === 0 && !e.together?.length && !e.nearby?.length && !e.headings?.length);
    expect(unfindable.map((e) => e.id)).toEqual([]);
  });

  it('every suggested paragraph leaves the organisation’s own details as [placeholders] or needs none', () => {
    for (const e of d.leadership.entries) expect(e.paragraph, e.id).not.toMatch(/@|\b0\d{3,4} ?\d{3}/);
  });
});
