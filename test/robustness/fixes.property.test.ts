/**
 * Fixes never corrupt text (property-based, fast-check, fixed seed).
 *
 * Random documents are built from the real dictionaries' phrases, filler words
 * and hostile separators (CRLF, lone CR, tabs, emoji with skin tones and ZWJ,
 * right-to-left text and bidi controls, combining accents, Markdown syntax).
 * For each document, in Markdown and plain text:
 * - every finding's span is inside the text, matches `actual`, and never splits
 *   a surrogate pair or a CRLF;
 * - any single quick fix changes exactly its span and nothing else;
 * - fix-all changes only the flagged spans of safe findings (never a reframe),
 *   and every other byte survives;
 * - re-checking the fixed text finds nothing inside the inserted text, and
 *   fix-all is idempotent (a second pass changes nothing), except for the
 *   dictionary entries listed in KNOWN_FOLLOW_ONS, whose fix text itself holds
 *   a flagged word (a separate exhaustive test fails on any new one), and
 *   jargon that needs an IT context word which a fix may have added.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import { applyFixes, editFor, safeEdits, type TextEdit } from '../../server/src/core/fixes.ts';
import { checkText } from '../../server/src/engine/check-text.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import type { DocumentFormat, Finding } from '../../server/src/core/types.ts';
import { countPoint } from '../core/count-point.ts';
import { count, documentArbitrary, params, splitsUnit } from './generators.ts';

const settings = defaultSettings();
const check = (text: string, format: DocumentFormat): Finding[] => checkText(text, { format, settings }).findings;

/**
 * Safe fixes whose inserted text is itself flagged by another check (a data
 * question for the dictionaries, not a core bug): "UK GDPR" holds the acronym
 * "GDPR", which still needs spelling out once; official names such as "Patient
 * Advice and Liaison Service" hold a word plain-words flags. Found by this suite;
 * each needs a dictionary change or is accepted with its reason. Remove entries as they are fixed.
 */
const KNOWN_FOLLOW_ONS = new Set([
  'acronym/dnacpr', // "Do Not Attempt Cardiopulmonary Resuscitation" is the clinical name; plain-words flags "attempt"
  'acronym/pals', // "Patient Advice and Liaison Service" is the service's name; plain-words flags "liaison"
  'outdated/gdpr', // "UK GDPR" still needs spelling out once, so the acronym check asks for it: both are right
]);

/**
 * Jargon entries flagged only when the sentence is about IT (their `context`
 * words). A fix can add such a word ("cyber incident" → "computer security
 * incident"), so that another term in the same sentence is flagged on the
 * next pass: fix-all is idempotent apart from these.
 */
const CONTEXT_JARGON = new Set(bundledDictionaries().jargon.entries.filter((entry) => entry.context).map((entry) => `jargon/${entry.id}`));

/** Safe edits, leaving out those of the known follow-ons. */
function editsWithoutFollowOns(findings: readonly Finding[]): TextEdit[] {
  return safeEdits(findings.filter((f) => !KNOWN_FOLLOW_ONS.has(`${f.check}/${f.ruleId}`)));
}

/** Rebuilds `after` from `before` and the applied edits; equal only when nothing else changed. */
function rebuild(before: string, applied: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of applied) {
    out += before.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + before.slice(at);
}

/** Where each applied edit's new text sits in the fixed text. */
function insertedSpans(applied: readonly TextEdit[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let delta = 0;
  for (const edit of applied) {
    const start = edit.start + delta;
    spans.push([start, start + edit.newText.length]);
    delta += edit.newText.length - (edit.end - edit.start);
  }
  return spans;
}

describe.each([
  ['markdown', true],
  ['plaintext', false],
] as const)('fixes never corrupt %s', (format, markdown) => {
  const docs = documentArbitrary({ markdown });

  it('every finding points at exactly its text, on whole characters', () => {
    fc.assert(
      fc.property(docs, (text) => {
        count(`${format} documents: findings well-formed`);
        for (const f of check(text, format)) {
          expect(f.start.offset).toBeGreaterThanOrEqual(0);
          expect(f.end.offset).toBeGreaterThanOrEqual(f.start.offset);
          expect(f.end.offset).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start.offset, f.end.offset)).toBe(f.actual);
          expect(splitsUnit(text, f.start.offset) || splitsUnit(text, f.end.offset)).toBe(false);
          expect(f.start).toEqual(countPoint(text, f.start.offset));
          expect(f.end).toEqual(countPoint(text, f.end.offset));
        }
      }),
      params(250),
    );
  });

  it('any single quick fix changes only its span', () => {
    fc.assert(
      fc.property(docs, (text) => {
        count(`${format} documents: every quick fix applied alone`);
        for (const f of check(text, format)) {
          for (let choice = 0; choice < Math.max(1, f.expected.length); choice++) {
            const edit = editFor(f, choice);
            if (!edit) continue;
            count(`${format} quick fixes applied`);
            const { text: after, applied } = applyFixes(text, [edit]);
            expect(applied).toEqual([edit]);
            expect(after).toBe(text.slice(0, f.start.offset) + edit.newText + text.slice(f.end.offset));
          }
        }
      }),
      params(150),
    );
  });

  it('fix-all changes only the spans of safe findings, never a reframe', () => {
    fc.assert(
      fc.property(docs, (text) => {
        count(`${format} documents: fix-all`);
        const findings = check(text, format);
        const safeSpans = new Set(findings.filter((f) => f.safe && f.fixKind !== 'reframe').map((f) => `${f.start.offset}:${f.end.offset}`));
        const { text: after, applied } = applyFixes(text, safeEdits(findings));
        for (let i = 1; i < applied.length; i++) expect(applied[i]!.start).toBeGreaterThanOrEqual(applied[i - 1]!.end);
        for (const edit of applied) expect(safeSpans.has(`${edit.start}:${edit.end}`)).toBe(true);
        expect(after).toBe(rebuild(text, applied));
      }),
      params(250),
    );
  });

  it('re-checking after fix-all finds nothing inside the inserted text, and a second fix-all changes nothing', () => {
    fc.assert(
      fc.property(docs, (text) => {
        count(`${format} documents: fix-all then re-check`);
        const once = applyFixes(text, editsWithoutFollowOns(check(text, format)));
        const spans = insertedSpans(once.applied).filter(([s, e]) => e > s);
        const after = check(once.text, format);
        const created = after.filter((f) => spans.some(([s, e]) => f.start.offset >= s && f.end.offset <= e));
        expect(created.map((f) => `${f.check}/${f.ruleId}: ${f.actual}`)).toEqual([]);
        const again = editsWithoutFollowOns(after.filter((f) => !CONTEXT_JARGON.has(`${f.check}/${f.ruleId}`)));
        expect(applyFixes(once.text, again).text).toBe(once.text);
      }),
      params(200),
    );
  });
});

describe('the text a safe fix inserts is not flagged itself', () => {
  it('holds for every phrase of every dictionary, apart from the known follow-ons', () => {
    const d = bundledDictionaries();
    const phrases = new Set<string>();
    for (const entry of d.jargon.entries) for (const phrase of entry.phrases) phrases.add(phrase);
    for (const entry of d.outdated.entries) for (const phrase of entry.phrases) phrases.add(phrase);
    for (const entry of d.acronym.entries) phrases.add(entry.acronym);
    const followOns = new Set<string>();
    // On its own; in a sentence about IT (so jargon that needs context words is live); and
    // followed by brackets (so the jargon check takes it as explained and the acronym check speaks).
    // (A sentence holding every context word of every entry finds one more, acronym/pam, but takes a minute.)
    const sentences = [...phrases].flatMap((phrase) => [
      `We hold ${phrase} here.`,
      `Our system team keeps ${phrase} in the digital software, data and computer network.`,
      `Our system team keeps ${phrase} (see below) in the digital software, data and computer network.`,
    ]);
    for (const text of sentences) {
      count('dictionary phrases fixed and re-checked (with and without IT context)');
      const findings = check(text, 'plaintext');
      for (const f of findings.filter((x) => x.safe && x.fixKind !== 'reframe')) {
        const edit = editFor(f);
        if (!edit) continue;
        const fixed = applyFixes(text, [edit]).text;
        const [s, e] = insertedSpans([edit])[0]!;
        if (check(fixed, 'plaintext').some((g) => g.start.offset >= s && g.end.offset <= e)) followOns.add(`${f.check}/${f.ruleId}`);
      }
    }
    const fresh = [...followOns].filter((key) => !KNOWN_FOLLOW_ONS.has(key));
    expect(fresh, 'these safe fixes insert text that is flagged again').toEqual([]);
    const cleared = [...KNOWN_FOLLOW_ONS].filter((key) => !followOns.has(key));
    if (cleared.length > 0) process.stdout.write(`[robustness] follow-ons fixed, remove from KNOWN_FOLLOW_ONS: ${cleared.join(', ')}\n`);
    if (fresh.length > 0) process.stdout.write(`[robustness] new follow-ons: ${JSON.stringify(fresh)}\n`);
  });
});
