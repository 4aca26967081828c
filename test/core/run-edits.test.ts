// The core's block caches (core/run.ts) under a sequence of edits: every re-check of an open
// document (DocumentChecker, as the language server keeps one) must find exactly what a cold
// check of the same text finds. Each text below is one where a cache that kept a block's result
// too long WOULD give a stale answer: a check reads text outside its block (a gloss in brackets
// at the start of the next paragraph), a definition far away changes how a block parses, or the
// cache itself is full. Each test also asserts that the cold findings differ between the steps,
// so a stale result cannot pass by chance.
import { afterEach, describe, expect, it } from 'vitest';
import { CHECK_LIST } from '../../server/src/checks/registry.ts';
import { DocumentChecker } from '../../server/src/core/document-checker.ts';
import { blockCacheSize, checkText, clearBlockCache, setBlockCacheLimit } from '../../server/src/core/run.ts';
import { applySettings } from '../../server/src/core/settings.ts';
import type { Finding, Settings } from '../../server/src/core/types.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';

/** What a user sees of a finding: rule, words, and where. */
const seen = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.check}/${f.ruleId} "${f.actual}" ${f.start.line}:${f.start.column}@${f.start.offset}`);

/** A cold check, with every cache emptied first (and after, so the next check starts cold too). */
function cold(text: string, settings: Settings): string[] {
  clearBlockCache();
  const { findings } = checkText(text, { checks: CHECK_LIST, format: 'markdown', settings, chunkCache: new Map() });
  clearBlockCache();
  return seen(findings);
}

/** Checks each text in turn with one DocumentChecker; returns what it found and what cold checks find. */
function edits(texts: readonly string[], settings = defaultSettings()): { got: string[][]; want: string[][] } {
  const want = texts.map((text) => cold(text, settings));
  const checker = new DocumentChecker('markdown', CHECK_LIST);
  const got = texts.map((text) => seen(checker.check(text, settings).findings));
  return { got, want };
}

// Longer than the 160 characters a check may read outside its block.
const filler =
  'This paragraph only keeps the blocks around it apart, so that what one of them says cannot be read from the text next to the other one, which lies well out of reach.';

afterEach(() => {
  setBlockCacheLimit(20_000);
  clearBlockCache();
});

describe('a re-check after an edit finds what a cold check finds', () => {
  it('when the edit is in the next paragraph, within reach of a term at the end of the block before it', () => {
    // "electronic patient record" is explained by a bracket right after it, even across a blank line.
    const block = 'How we work.\n\nStaff write up the care they give in the electronic patient record\n\n';
    const texts = [`${block}and nowhere else.\n`, `${block}(the computer system staff use to record care) and nowhere else.\n`, `${block}and nowhere else.\n`];
    const { got, want } = edits(texts);
    expect(want[0]).toEqual(['jargon/electronic-patient-record "electronic patient record" 3:42@55']);
    expect(want[1]).toEqual([]);
    expect(want[2]).toEqual(want[0]);
    expect(got).toEqual(want);
  });

  it('when the edit is in the paragraph before, and the block after it moves', () => {
    const tail = `\n\nStaff write up the care they give in the electronic patient record\n\n(the computer system staff use to record care) and nowhere else.\n`;
    const texts = [`${filler}${tail}`, `${filler.replace('only keeps', 'keeps')}${tail}`, `${filler.replace('only keeps', 'keeps')}${tail.replace('(the', '(see the')}`];
    const { got, want } = edits(texts);
    expect(want[0]).toEqual([]);
    expect(want[1]).toEqual([]);
    expect(want[2]).toEqual([]);
    expect(got).toEqual(want);
    // The same moves with the gloss taken away: the finding follows the block.
    const bare = texts.map((text) => text.replace(/\(the computer system[^)]*\) /, ''));
    const second = edits(bare);
    expect(second.want[0]).toEqual(['jargon/electronic-patient-record "electronic patient record" 3:42@208']);
    expect(second.want[1]).toEqual(['jargon/electronic-patient-record "electronic patient record" 3:42@203']);
    expect(second.got).toEqual(second.want);
  });

  it('when a link definition far from the block that uses it is renamed, and named back', () => {
    // Defined, "[interoperability]" is a label: no text to check. Undefined, it is words in brackets.
    const use = 'Read [the guide][interoperability] first.';
    const texts = [
      `${use}\n\n${filler}\n\n[interoperability]: https://example.org/guide\n`,
      `${use}\n\n${filler}\n\n[interop]: https://example.org/guide\n`,
      `${use}\n\n${filler}\n\n[interoperability]: https://example.org/guide\n`,
    ];
    const { got, want } = edits(texts);
    expect(want[0]).toEqual([]);
    expect(want[1]).toEqual(['jargon/interoperability "interoperability" 1:18@17']);
    expect(want[2]).toEqual([]);
    expect(got).toEqual(want);
  });

  it('when only the settings change between two checks of the same text', () => {
    const text = `${filler}\n\nWe keep notes in the electronic patient record.\n`;
    const staff = defaultSettings();
    const noJargon = applySettings(defaultSettings(), { checks: { jargon: false } }).settings;
    const checker = new DocumentChecker('markdown', CHECK_LIST);
    expect(seen(checker.check(text, staff).findings)).toEqual(cold(text, staff));
    expect(cold(text, staff)).toEqual(['jargon/electronic-patient-record "electronic patient record" 3:22@188']);
    expect(seen(checker.check(text, noJargon).findings)).toEqual([]);
    expect(seen(checker.check(text, staff).findings)).toEqual(cold(text, staff));
  });
});

describe('a re-check after the audience changes', () => {
  it('finds what a cold check for that audience finds (a term flagged only for the public)', () => {
    // Text after the block too, so that it lies wholly before the (empty) change.
    const text = `${filler}\n\nStaff write notes in the clinical system every day.\n\n${filler}\n`;
    const staff = defaultSettings();
    const publicReaders = applySettings(defaultSettings(), { audience: 'public' }).settings;
    expect(cold(text, staff)).toEqual([]);
    expect(cold(text, publicReaders)).toEqual(['jargon/clinical-system "clinical system" 3:26@192']);
    const checker = new DocumentChecker('markdown', CHECK_LIST);
    expect(seen(checker.check(text, staff).findings)).toEqual([]);
    expect(seen(checker.check(text, publicReaders).findings)).toEqual(cold(text, publicReaders));
    expect(seen(checker.check(text, staff).findings)).toEqual([]);
  });
});

describe('how many blocks a check parses', () => {
  // The second paragraph is long enough that its middle is out of reach of the blocks around it.
  const paragraphs = ['We utilise the records.', `${filler} ${filler}`, 'Staff facilitate access.', filler.replace('only', 'just'), 'Leaders ensure compliance.'];
  const text = `${paragraphs.join('\n\n')}\n`;

  it('every block on a cold check, none when nothing changed, and only the edited one (and its near neighbours) after an edit', () => {
    clearBlockCache();
    const checker = new DocumentChecker('markdown', CHECK_LIST);
    const first = checker.check(text, defaultSettings()).stats;
    expect([first.blocks, first.blocksParsed]).toEqual([5, 5]);
    const again = checker.check(text, defaultSettings()).stats;
    expect([again.blocks, again.blocksParsed]).toEqual([5, 0]);
    // An edit in the middle of the long second paragraph: more than 160 characters from each other block.
    const edited = text.replace('of reach. This', 'of reach. All this');
    expect(edited).not.toBe(text);
    const after = checker.check(edited, defaultSettings()).stats;
    expect([after.blocks, after.blocksParsed]).toEqual([5, 1]);
    // An edit at the start of a short paragraph: the block before it reads up to 16 characters past its end (the trust
    // check, for a name after a match; Check.reach), and the edit is 8 characters on, so that block is checked again; the
    // block after it starts 20 characters after the edit, out of every check's reach, so it is kept.
    const near = checker.check(edited.replace('Staff facilitate', 'Staff do facilitate'), defaultSettings()).stats;
    expect([near.blocks, near.blocksParsed]).toEqual([5, 2]);
  });

  it('a cold check of a text already checked parses nothing: the blocks come from the cache by their text', () => {
    clearBlockCache();
    expect(checkText(text, { checks: CHECK_LIST, format: 'markdown', settings: defaultSettings() }).stats.blocksParsed).toBe(5);
    expect(checkText(text, { checks: CHECK_LIST, format: 'markdown', settings: defaultSettings() }).stats.blocksParsed).toBe(0);
    // Other settings are other results.
    const publicSettings = applySettings(defaultSettings(), { audience: 'public' }).settings;
    expect(checkText(text, { checks: CHECK_LIST, format: 'markdown', settings: publicSettings }).stats.blocksParsed).toBe(5);
  });
});

describe('the block cache', () => {
  const one = (i: number): string => `Paragraph number ${i} says we utilise the records.\n`;
  const parsed = (text: string): number => checkText(text, { checks: CHECK_LIST, format: 'markdown', settings: defaultSettings() }).stats.blocksParsed;

  it('keeps at most its limit, dropping the blocks used longest ago first', () => {
    clearBlockCache();
    setBlockCacheLimit(10);
    for (let i = 1; i <= 10; i++) expect(parsed(one(i))).toBe(1);
    expect(blockCacheSize()).toBe(10);
    // Using block 1 again makes it the newest, so block 2 is the oldest when the cache is full.
    expect(parsed(one(1))).toBe(0);
    expect(parsed(one(11))).toBe(1);
    expect(blockCacheSize()).toBe(10);
    expect(parsed(one(1))).toBe(0);
    expect(parsed(one(3))).toBe(0);
    expect(parsed(one(2))).toBe(1);
    expect(blockCacheSize()).toBe(10);
    // The findings do not depend on where a block came from.
    expect(seen(checkText(one(2), { checks: CHECK_LIST, format: 'markdown', settings: defaultSettings() }).findings)).toEqual(cold(one(2), defaultSettings()));
  });

  it('a smaller limit drops the oldest blocks at once; no limit is below 10', () => {
    clearBlockCache();
    for (let i = 1; i <= 15; i++) parsed(one(i));
    expect(blockCacheSize()).toBe(15);
    setBlockCacheLimit(3.7);
    expect(blockCacheSize()).toBe(10);
    for (let i = 6; i <= 15; i++) expect(parsed(one(i))).toBe(0);
    expect(parsed(one(5))).toBe(1);
    setBlockCacheLimit(12.9);
    for (let i = 16; i <= 17; i++) parsed(one(i));
    expect(blockCacheSize()).toBe(12);
  });

  it('drops a tenth of its limit (rounded up) when full', () => {
    clearBlockCache();
    setBlockCacheLimit(25);
    for (let i = 1; i <= 25; i++) parsed(one(i));
    expect(blockCacheSize()).toBe(25);
    parsed(one(26));
    // Three dropped (25 / 10, rounded up), one added.
    expect(blockCacheSize()).toBe(23);
    expect(parsed(one(4))).toBe(0);
    expect(parsed(one(3))).toBe(1);
  });
});
