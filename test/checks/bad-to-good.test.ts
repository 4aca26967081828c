// For every dictionary entry: a sentence that triggers it, the first
// alternative applied, then checked again: nothing fixable is left where the fix went.
import { describe, expect, it } from 'vitest';
import { bundledDictionaries } from '../../server/src/core/dictionaries.ts';
import { applyFixes, editFor } from '../../server/src/core/fixes.ts';
import type { Finding } from '../../server/src/core/types.ts';
import { findings } from '../helpers.ts';
import { expectOwnFinding } from './own-finding.ts';

const d = bundledDictionaries();

/** Applies the first alternative of the finding with `ruleId`, then re-checks. */
function fixAndRecheck(text: string, check: string, ruleId: string, format: 'markdown' | 'plaintext' = 'markdown', settings: Record<string, unknown> = {}) {
  const before = findings(text, { format, settings });
  const hit = before.find((f) => f.check === check && f.ruleId === ruleId);
  if (!hit) return { hit: undefined, after: [] as Finding[], fixed: text, span: [0, 0] as const };
  const edit = editFor(hit)!;
  const fixed = applyFixes(text, [edit]).text;
  const span = [edit.start, edit.start + edit.newText.length] as const;
  const after = findings(fixed, { format, settings }).filter((f) => f.start.offset < span[1] && f.end.offset > span[0]);
  return { hit, after, fixed, span };
}

const describeLeft = (after: Finding[]): string[] => after.map((f) => `${f.check}/${f.ruleId}:${f.actual}`);

describe('jargon: bad → good for every entry', () => {
  it.each(d.jargon.entries.flatMap((e) => (e.phrases[0] ? [[e.id, e] as const] : [])))('%s', (_id, entry) => {
    const phrase = entry.phrases[0]!;
    const context = entry.context ? ` in the ${entry.context[0]}` : '';
    const settings = entry.audience === 'public' ? { audience: 'public' } : {};
    // A noun phrase or a verb phrase: the sentence the entry's alternative fits in.
    const shapes = [
      `Staff rely on the ${phrase}${context} every day.\n`,
      `We will ${phrase} the plan${context} next week.\n`,
      // A long alternative with a comma of its own fits at the end of a sentence.
      `Every day${context}, staff rely on the ${phrase}.\n`,
    ];
    const text = shapes.find((shape) => findings(shape, { settings }).some((f) => f.ruleId === entry.id && f.fixKind !== 'none')) ?? shapes[0]!;
    const { hit, after, fixed } = fixAndRecheck(text, 'jargon', entry.id, 'markdown', settings);
    expect(hit, `“${text.trim()}” should be flagged as ${entry.id}`).toBeDefined();
    expectOwnFinding(text, hit, phrase, entry.action === 'explain' ? `${phrase} (${entry.gloss})` : entry.alternatives!, entry.reason);
    expect(describeLeft(after.filter((f) => f.check !== 'acronym' && f.severity !== 'hint')), fixed).toEqual([]);
  });
});

describe('outdated: bad → good for every entry', () => {
  it.each(d.outdated.entries.filter((e) => e.current.length > 0).map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    const text = `Please write to the ${entry.phrases[0]} today.\n`;
    const { hit, after, fixed } = fixAndRecheck(text, 'outdated', entry.id);
    expect(hit, `“${text.trim()}” should be flagged as ${entry.id}`).toBeDefined();
    expectOwnFinding(text, hit, entry.phrases[0]!, entry.current, entry.reason);
    expect(describeLeft(after.filter((f) => f.check === 'outdated' || f.check === 'jargon')), fixed).toEqual([]);
  });
});

describe('acronym: bad → good for every entry', () => {
  it.each(d.acronym.entries.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    const text = `Please ask about the ${entry.acronym} today.\n`;
    const { hit, after, fixed } = fixAndRecheck(text, 'acronym', entry.id, 'markdown', { checks: { outdated: false, jargon: false } });
    expect(hit, `“${text.trim()}” should be flagged`).toBeDefined();
    expectOwnFinding(text, hit, entry.acronym, `${entry.expansions[0]} (${entry.acronym})`, entry.note);
    expect(describeLeft(after.filter((f) => f.check === 'acronym')), fixed).toEqual([]);
  });
});

describe('risk: every suggested wording is itself free of risk-averse wording', () => {
  it.each(d.risk.entries.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    const reframe = entry.reframe;
    const after = findings(`${reframe}\n`, { settings: { checks: { jargon: false, 'plain-words': false, acronym: false, outdated: false }, audience: 'public' } });
    expect(describeLeft(after)).toEqual([]);
  });
});

describe('plain-words: bad → good for every entry with its own alternatives', () => {
  it.each(d['plain-words'].entries.filter((e) => e.action === 'alternatives').map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    // A verb takes "the plan" as its object; a modal ("shall") needs a verb after it, or its alternative does not fit.
    let text = `They ${entry.phrase} the plan today.\n`;
    if (findings(text).find((f) => f.ruleId === entry.id)?.fixKind === 'none') text = `They ${entry.phrase} send the plan today.\n`;
    const { hit, after, fixed } = fixAndRecheck(text, 'plain-words', entry.id);
    expect(hit, `“${text.trim()}” should be flagged`).toBeDefined();
    expect(hit!.fixKind, `${hit!.message} (${text.trim()})`).not.toBe('none');
    expectOwnFinding(text, hit, entry.phrase, entry.alternatives![0]!, entry.reason);
    expect(describeLeft(after.filter((f) => f.check === 'plain-words')), fixed).toEqual([]);
  });
});
