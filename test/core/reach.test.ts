// How far outside its block each check reads (Check.reach): a block next to an edit is kept
// when the text its checks read is unchanged, and checked again when it is not, however far
// from the block that text lies. Each expectation is a cold whole parse's, made before the
// checker runs (a cold check empties the caches the checker keeps).
import { describe, expect, it } from 'vitest';
import { CHECK_LIST } from '../../server/src/checks/registry.ts';
import { DocumentChecker } from '../../server/src/core/document-checker.ts';
import { checkText, clearBlockCache } from '../../server/src/core/run.ts';
import type { Finding } from '../../server/src/core/types.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';

const settings = defaultSettings();

function cold(text: string): Finding[] {
  clearBlockCache();
  const { findings } = checkText(text, { checks: CHECK_LIST, format: 'markdown', settings, wholeParse: true });
  clearBlockCache();
  return findings;
}

/** Checks each text in turn with one DocumentChecker; each result must be the cold one. Returns the findings and blocks checked again per text. */
function inTurn(texts: string[]): Array<{ findings: Finding[]; parsed: number }> {
  const want = texts.map(cold);
  const checker = new DocumentChecker('markdown', CHECK_LIST);
  return texts.map((text, i) => {
    const { findings, stats } = checker.check(text, settings);
    expect(findings, `text ${i}`).toEqual(want[i]);
    return { findings, parsed: stats.blocksParsed };
  });
}

const explain = (findings: Finding[]) => findings.filter((f) => f.check === 'jargon' && f.actual === 'electronic patient record').length;

describe('a block next to an edit', () => {
  it('is not checked again when its checks do not read the text that changed', () => {
    const above = 'We keep a log in order to find misuse of the records.';
    const text = `${above}\n\nStaff record each request in the log.\n`;
    const edited = text.replace('each request', 'every request');
    const [first, second] = inTurn([text, edited]);
    expect(first!.parsed).toBe(2);
    // Only the edited paragraph: the one above is 2 characters away, well inside 160.
    expect(second!.parsed).toBe(1);
    // Its finding is fitted again (fitting reads up to 120 characters around it) and is the same.
    expect(second!.findings.find((f) => f.actual === 'in order to')?.start.offset).toBe(above.indexOf('in order to'));
  });

  it('is checked again when an acronym near its edge may be defined in the text that changed', () => {
    // Spaces before the bracket: the words that spell it out lie beyond what every check reads at the edge (16 characters).
    const text = `We carry out a Data Protection Impact Assessment${' '.repeat(20)}(\n\nDPIA) before any new use of records.\n`;
    const edited = text.replace('Impact Assessment', 'Impact Review');
    expect(text.indexOf('DPIA') - text.indexOf('Assessment')).toBeGreaterThan(16 + 'Assessment'.length);
    const [first, second] = inTurn([text, edited]);
    expect(first!.findings.filter((f) => f.actual === 'DPIA')).toHaveLength(0);
    expect(second!.findings.filter((f) => f.actual === 'DPIA')).toHaveLength(1);
    expect(second!.parsed).toBe(2);
  });

  it('is not checked again for an acronym at its edge when no bracket, dash or colon follows it', () => {
    const text = 'Notes on care.\n\nEach request goes to the DPIA\n\nteam, who answer within a week and keep a note of the answer.\n';
    const edited = text.replace('within a week', 'within a month');
    const [, second] = inTurn([text, edited]);
    expect(second!.findings.filter((f) => f.actual === 'DPIA')).toHaveLength(1);
    expect(second!.parsed).toBe(1);
  });

  it('is checked again when the brackets after an acronym at its edge change (they may define it)', () => {
    const text = 'Notes on care.\n\nEach new use of records needs a DPIA\n\n(Data Protection Impact Assessment) before it starts.\n';
    const edited = text.replace('Impact Assessment', 'Impact Review');
    expect(edited.indexOf('Review') - text.indexOf('DPIA')).toBeGreaterThan(16);
    const [first, second, third] = inTurn([text, edited, text]);
    expect([first, second, third].map((result) => result!.findings.filter((f) => f.actual === 'DPIA').length)).toEqual([0, 1, 0]);
  });

  it('is checked again when a gloss in brackets after its last words changes more than 160 characters away', () => {
    const gloss =
      '(the computer system where staff write up a person’s care, kept by the trust for the teams who care for them, with a note of who opened it, for what reason, and when it was opened)';
    const text = `Notes on care.\n\nStaff write in the electronic patient record\n\n${gloss} every day.\n`;
    const at = text.lastIndexOf('when it was');
    expect(at - text.indexOf('\n\n')).toBeGreaterThan(160);
    // A bracket opened inside the gloss: it no longer reads as one.
    const edited = `${text.slice(0, at)}(when it was${text.slice(at + 'when it was'.length)}`;
    const [first, second, third] = inTurn([text, edited, text]);
    expect(explain(first!.findings)).toBe(0);
    expect(explain(second!.findings)).toBe(1);
    expect(explain(third!.findings)).toBe(0);
  });

  it('is checked again when the only other words before it, far above, are removed (a title line)', () => {
    const title = 'Using the electronic patient record';
    const text = `Read this first.\n\n${' \n'.repeat(120)}\n${title}\n\nStaff write in it every day.\n`;
    const edited = text.replace('Read this first.', '');
    const [first, second, third] = inTurn([text, edited, text]);
    // A term in the title line of a document is not asked to be explained there.
    expect(explain(first!.findings)).toBe(1);
    expect(explain(second!.findings)).toBe(0);
    expect(explain(third!.findings)).toBe(1);
  });

  it('is checked again when the words after it, far below, are all removed', () => {
    const title = 'Using the electronic patient record';
    const text = `${title}\n${'\n'.repeat(200)}Staff write in it every day.\n`;
    const edited = text.replace('Staff write in it every day.\n', '');
    const [first, second, third] = inTurn([text, edited, text]);
    expect(explain(first!.findings)).toBe(0);
    expect(explain(second!.findings)).toBe(1);
    expect(explain(third!.findings)).toBe(0);
  });
});
