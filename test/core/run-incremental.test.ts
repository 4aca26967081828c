// What a re-check moves instead of making again (core/run.ts): a block result's placed and fitted
// candidates are moved in place when the block moves, and copied only when one check hands the
// same block result out at two places (identical paragraphs with identical text around them share
// one result through the text-keyed block cache). Every expectation is a cold check's, made before
// the checker runs (a cold check empties the caches the checker would otherwise share).
import { describe, expect, it } from 'vitest';
import { CHECK_LIST } from '../../server/src/checks/registry.ts';
import { DocumentChecker } from '../../server/src/core/document-checker.ts';
import { checkText, clearBlockCache } from '../../server/src/core/run.ts';
import type { Finding, Settings } from '../../server/src/core/types.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';

/** A cold check, Markdown read in one piece, with every cache emptied first and after. */
function cold(text: string, settings: Settings): Finding[] {
  clearBlockCache();
  const { findings } = checkText(text, { checks: CHECK_LIST, format: 'markdown', settings, wholeParse: true });
  clearBlockCache();
  return findings;
}

// Shorter than the 160 characters of text around a block that the block cache's key holds, so
// the middle copies of a run of seven have the same key and share one block result.
const para = 'The team will utilise the portal to share records in order to meet the request on time.';
const repeated = `# Sharing records\n\n${`${para}\n\n`.repeat(7)}`;

/** Offsets of every "utilise" finding. */
const utilise = (findings: Finding[]): number[] => findings.filter((f) => f.actual === 'utilise').map((f) => f.start.offset);

describe('a re-check moves block results in place', () => {
  it('gives each of seven identical paragraphs its own findings after an edit above them, and after undoing it', () => {
    const edited = repeated.replace('# Sharing records\n\n', '# Sharing records\n\nRead this first.\n\n');
    const settings = defaultSettings();
    const texts = [repeated, edited, repeated, edited];
    const want = texts.map((text) => cold(text, settings));
    // One finding per paragraph, each in its own paragraph (not two at one place and none at another).
    const first = repeated.indexOf(para);
    expect(utilise(want[0]!)).toEqual([0, 1, 2, 3, 4, 5, 6].map((k) => first + k * (para.length + 2) + para.indexOf('utilise')));
    const checker = new DocumentChecker('markdown', CHECK_LIST);
    texts.forEach((text, i) => expect(checker.check(text, settings).findings, `check ${i}`).toEqual(want[i]));
  });

  it('gives two documents that share those paragraphs at different places their own findings, checked in turn', () => {
    const a = `${repeated}The end.\n`;
    const b = `# Records\n\nA longer opening paragraph that puts the shared paragraphs further down than in the other document.\n\n${repeated}`;
    const settings = defaultSettings();
    const edits = (text: string): string[] => [text, text.replace('records in order', 'records, in order'), text.replace('# Sharing records\n\n', '# Sharing records\n\nNew line.\n\n'), text];
    const steps = [...edits(a).map((text) => ['a', text] as const), ...edits(b).map((text) => ['b', text] as const)];
    // a0 b0 a1 b1 ...: the two documents alternate.
    const order = [0, 4, 1, 5, 2, 6, 3, 7].map((i) => steps[i]!);
    const want = order.map(([, text]) => cold(text, settings));
    const checkers = { a: new DocumentChecker('markdown', CHECK_LIST), b: new DocumentChecker('markdown', CHECK_LIST) };
    order.forEach(([doc, text], i) => expect(checkers[doc].check(text, settings).findings, `check ${i} (${doc})`).toEqual(want[i]));
  });

  it('follows line breaks added and removed above findings that moved in place, fitted or not', () => {
    // "ZTNA" (an acronym not defined) has no fix: fitting gives the candidate itself, which moves with its block.
    const text = `Intro line.\n\n${para}\n\nAnother paragraph with nothing to flag at all in it, kept for its length.\n\nStaff connect through ZTNA from home.\n\n${para}\n`;
    const texts = [text, text.replace('Intro line.', 'Intro\nline.'), text.replace('Intro line.', 'Intro\n\n\nline.'), text.replace('Intro line.', 'Intro line')];
    const settings = defaultSettings();
    const want = texts.map((t) => cold(t, settings));
    const checker = new DocumentChecker('markdown', CHECK_LIST);
    const got = texts.map((t) => checker.check(t, settings).findings);
    got.forEach((findings, i) => expect(findings, `check ${i}`).toEqual(want[i]));
    // The second "utilise" is on line 9, then 10, then 12, then 9 again; "ZTNA" on line 7, then 8, 10, 7.
    expect(got.map((findings) => findings.filter((f) => f.actual === 'utilise')[1]!.start.line)).toEqual([9, 10, 12, 9]);
    expect(got.map((findings) => findings.find((f) => f.actual === 'ZTNA')!.start)).toEqual(
      [7, 8, 10, 7].map((line, i) => ({ line, column: 23, offset: texts[i]!.indexOf('ZTNA') })),
    );
  });
});

describe('a block result found by its block (core/run.ts unchangedAround)', () => {
  // Two chunks with the same text share one parse, so their blocks have one identity: the result the
  // last check kept for that identity is the one made at the other copy's place.
  const filler = 'Staff keep each request in the log for six years, and the team reads the log every month to find any misuse of the records it holds about people.';
  const title = 'Our electronic patient record';
  const text = `${title}\n\n${filler}\n\n${title}\n\n${filler}\n\nThe last paragraph is here.\n`;

  it('is not handed on to the other copy of the same text before an edit, where its checks read other text', () => {
    const edited = text.replace('is here', 'is there');
    const settings = defaultSettings();
    const want = [cold(text, settings), cold(edited, settings)];
    // The first copy is the document's title line, where a term to explain is left alone; the second is not.
    const term = (findings: Finding[]) => findings.filter((f) => f.actual === 'electronic patient record').map((f) => f.start.line);
    expect(term(want[0]!)).toEqual([5]);
    const checker = new DocumentChecker('markdown', CHECK_LIST);
    const got = [checker.check(text, settings).findings, checker.check(edited, settings).findings];
    expect(got).toEqual(want);
    expect(term(got[1]!)).toEqual([5]);
  });
});

describe('sentence counts', () => {
  it('leave out "sentences" with no words (a dash for a list item, a line of dots or an emoji)', () => {
    const count = (text: string) => {
      const { stats } = checkText(text, { checks: CHECK_LIST, format: 'markdown', settings: defaultSettings() });
      return { sentences: stats.sentences, lengths: stats.sentenceLengths, words: stats.words };
    };
    expect(count('A list:\n\n- —\n- item two here\n')).toEqual({ sentences: 2, lengths: [2, 3], words: 5 });
    expect(count('...\n\nWords here.\n\n😀\n')).toEqual({ sentences: 1, lengths: [2], words: 2 });
  });
});

describe('fitting reused by a block with many findings', () => {
  const filler =
    'This paragraph is here to keep the last lines well away from the list above, so that the list does not see them in the text around it at all, whatever they say.';
  it('does not give a finding a pass made afresh the fit of another finding in its block', () => {
    // Eighteen findings in one list block (more than 16: they are found by map, not by a scan); the acronym's
    // first use is in the list and it is defined later, so the acronym check makes a new finding saying so.
    const items = Array.from({ length: 18 }, (_, i) => `- Item ${i + 1}: we utilise the backend`).join('\n');
    const text = `# Records\n\n${items}\n- Report to the DSPT lead\n\nWe complete the Data Security and Protection Toolkit (DSPT) each year.\n\n${filler}\n\nThe end is here.\n`;
    // The edit is more than 160 characters after the list, so the list keeps its result and its fits.
    const edited = text.replace('is here', 'is there');
    const settings = defaultSettings();
    const texts = [text, edited, text, edited];
    const want = texts.map((t) => cold(t, settings));
    const dspt = want[1]!.find((f) => f.actual === 'DSPT')!;
    expect(dspt.message).toMatch(/defined later in the document/);
    expect(dspt.start.line).toBe(21);
    const checker = new DocumentChecker('markdown', CHECK_LIST);
    texts.forEach((t, i) => expect(checker.check(t, settings).findings, `check ${i}`).toEqual(want[i]));
  });
});

describe('running text in the sentence statistics', () => {
  it('counts a short sentence only when it ends with a full stop, question mark or exclamation mark, not when one stands inside it', () => {
    const running = (text: string) => checkText(text, { checks: CHECK_LIST, format: 'markdown', settings: defaultSettings() }).stats.runningSentenceLengths;
    // Short list items (under six words): "e.g." and "nhs.uk" hold full stops, but neither item ends with one.
    expect(running('Contact:\n\n- Ring us, e.g. today\n- Visit nhs.uk now\n')).toEqual([]);
    expect(running('Contact:\n\n- Ring us today.\n- Visit nhs.uk now!\n')).toEqual([3, 3]);
  });
});
