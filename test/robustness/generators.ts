/**
 * Shared pieces of the robustness suite: random policy-like documents built
 * from the real dictionaries, hostile separators (CRLF, tabs, emoji,
 * right-to-left text), a fixed seed and a tally of what was tried.
 */
import fc from 'fast-check';
import { afterAll } from 'vitest';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';

/** Fixed seed so that CI runs are reproducible; override with PLAIN_IG_FUZZ_SEED to explore. */
export const SEED = Number(process.env['PLAIN_IG_FUZZ_SEED'] ?? 20261125);

/** Cases per property: bounded for CI, raise with PLAIN_IG_FUZZ_RUNS to search harder. */
export function runs(base: number): number {
  const factor = Number(process.env['PLAIN_IG_FUZZ_RUNS'] ?? 1);
  return Math.max(1, Math.round(base * factor));
}

/** fast-check parameters every property uses. */
export function params(numRuns: number): { seed: number; numRuns: number; endOnFailure: boolean } {
  return { seed: SEED, numRuns: runs(numRuns), endOnFailure: true };
}

const tally = new Map<string, number>();

/** Counts one more case of `what` (printed at the end of the file). */
export function count(what: string, by = 1): void {
  tally.set(what, (tally.get(what) ?? 0) + by);
}

afterAll(() => {
  if (tally.size === 0) return;
  const lines = [...tally].map(([what, n]) => `  ${String(n).padStart(6)}  ${what}`);
  process.stdout.write(`[robustness] seed ${SEED}\n${lines.join('\n')}\n`);
});

function unique(list: Iterable<string>): string[] {
  return [...new Set([...list].filter((item) => item.trim().length > 0))].sort();
}

/** Phrases the checks flag, taken from the bundled dictionaries (plus some retext-simplify words). */
export function flaggedPhrases(): string[] {
  const d = bundledDictionaries();
  const phrases: string[] = [];
  for (const entry of d.jargon.entries) phrases.push(...entry.phrases);
  for (const entry of d.outdated.entries) phrases.push(...entry.phrases);
  for (const entry of d.acronym.entries) phrases.push(entry.acronym);
  for (const entry of d.risk.entries) phrases.push(...(entry.examples?.hit ?? []));
  phrases.push('utilise', 'in order to', 'commence', 'prior to', 'facilitate', 'in the event of', 'additional', 'approximately', 'a number of');
  return unique(phrases);
}

/** Ordinary words that keep sentences going. */
export const FILLER = [
  'the', 'staff', 'information', 'care', 'and', 'we', 'share', 'with', 'the', 'patient', 'record', 'team', 'must',
  'should', 'not', 'if', 'you', 'are', 'unsure', 'ask', 'about', 'system', 'data', 'council', 'GP', 'for',
];

/** Separators and oddities that must survive a fix byte for byte. */
export const SEPARATORS = [
  ' ', ' ', ' ', ' ', '\t', '  ', '\n', '\r\n', '\r\n\r\n', '\n\n', '\r', '. ', ', ', '; ', '.\r\n\r\n', '!\n\n',
  '\u00a0', // no-break space
  '\u200b', // zero-width space
  ' 🙂 ', '👩🏽‍⚕️', ' 🇬🇧 ', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  ' שלום ', ' مرحبا بالعالم ', '\u200f', '\u202e', '\u202c', '\u2066', // right-to-left text and bidi controls
  'é', 'e\u0301', // precomposed and combining accents
  ' (', ') ', ' "', '" ', ' “', '” ', "'", '’', ' - ', '—', '…',
  '\f', '\v', '\u2028', '\u2029',
];

/** Markdown syntax sprinkled between words. */
export const MARKDOWN_BITS = [
  '\n\n# ', '\n\n## ', '\n\n- ', '\n- ', '\n1. ', '\n\n> ', '**', '_', '`', '\n\n```\n', '\n```\n\n', '[', '](https://example.org/x)',
  '<!-- plain-ig disable -->', '<!-- plain-ig enable -->', '<!-- plain-ig ignore-next -->', '<!--', '-->', '\n\n| a | b |\n|---|---|\n| ', ' | ',
  '\n\n---\n', '<br>', '&amp;', '\\', '~~', '![alt](data:x)', '[^1]', '\n[ref]: https://example.org\n',
];

export interface DocOptions {
  markdown: boolean;
  maxPieces?: number;
}

/** A random document: flagged phrases and filler joined by hostile separators. */
export function documentArbitrary(options: DocOptions): fc.Arbitrary<string> {
  const phrases = flaggedPhrases();
  const word = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...phrases) },
    { weight: 4, arbitrary: fc.constantFrom(...FILLER) },
    { weight: 1, arbitrary: fc.constantFrom(...phrases).map((p) => p.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...phrases).map((p) => p[0]!.toUpperCase() + p.slice(1)) },
  );
  const separator = options.markdown
    ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SEPARATORS) }, { weight: 1, arbitrary: fc.constantFrom(...MARKDOWN_BITS) })
    : fc.constantFrom(...SEPARATORS);
  return fc
    .array(fc.tuple(word, separator), { minLength: 1, maxLength: options.maxPieces ?? 40 })
    .map((pieces) => pieces.map(([w, s]) => w + s).join(''));
}

/** True when `offset` splits a surrogate pair or a CRLF (an edit there would corrupt the text). */
export function splitsUnit(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  const highThenLow = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  return highThenLow || (before === 13 && after === 10);
}
