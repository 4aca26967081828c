// What a re-check hands on from the last check of the same document (DocumentChecker): the
// findings of blocks an edit did not touch are the same objects, unless something they say
// (line, column, offset, severity) has changed. Each expectation is a cold check's.
import { describe, expect, it } from 'vitest';
import { CHECK_LIST } from '../../server/src/checks/registry.ts';
import { DocumentChecker } from '../../server/src/core/document-checker.ts';
import { checkText, clearBlockCache } from '../../server/src/core/run.ts';
import type { Finding, Settings } from '../../server/src/core/types.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { diagnosticFor, toDiagnostic } from '../../server/src/lsp/diagnostics.ts';

/** A cold check, with every cache emptied first (and after, so the checker starts cold too). */
function cold(text: string, settings: Settings): Finding[] {
  clearBlockCache();
  const { findings } = checkText(text, { checks: CHECK_LIST, format: 'markdown', settings, chunkCache: new Map() });
  clearBlockCache();
  return findings;
}

// Long enough that the flagged paragraph below lies more than 160 characters from the edit,
// so its block is reused where it was, without being checked again.
const filler =
  'This paragraph is here to keep the first lines well away from the sentence below, so that the block with the flagged words does not see them in the text around it at all.';
const flagged = 'We check the log in order to find misuse.';

describe('findings handed on after an edit', () => {
  it('follow a same-length edit above them that joins two lines (the line changes, the offset does not)', () => {
    const before = `First line of the intro\nsecond line of the intro.\n\n${filler}\n\n${flagged}\n`;
    const after = before.replace('intro\nsecond', 'intro second');
    expect(after.length).toBe(before.length);
    const settings = defaultSettings();
    const want = [cold(before, settings), cold(after, settings)];
    const checker = new DocumentChecker('markdown', CHECK_LIST);
    expect(checker.check(before, settings).findings).toEqual(want[0]);
    const got = checker.check(after, settings).findings;
    expect(got).toEqual(want[1]);
    const inOrderTo = got.find((f) => f.actual === 'in order to')!;
    expect(inOrderTo.start).toEqual({ line: 5, column: 18, offset: before.indexOf('in order to') });
  });

  it('follow a change of severity in the settings', () => {
    const text = `# Sharing\n\n${filler}\n\n${flagged}\n`;
    const quiet = defaultSettings();
    quiet.checks['plain-words'].severity = 'hint';
    const settings = defaultSettings();
    const want = [cold(text, settings), cold(text, quiet)];
    const checker = new DocumentChecker('markdown', CHECK_LIST);
    expect(checker.check(text, settings).findings).toEqual(want[0]);
    const got = checker.check(text, quiet).findings;
    expect(got).toEqual(want[1]);
    expect(got.find((f) => f.actual === 'in order to')?.severity).toBe('hint');
    expect(want[0].find((f) => f.actual === 'in order to')?.severity).not.toBe('hint');
  });

  it('are the same objects before the edit, and moved copies after it', () => {
    // The edit is in the second filler paragraph, more than 160 characters after the first flagged sentence.
    const text = `${flagged}\n\n${filler}\n\n${filler}\n\n${flagged.replace('We', 'Staff')}\n`;
    const at = text.lastIndexOf('keep the');
    expect(at - flagged.length).toBeGreaterThan(160);
    const edited = `${text.slice(0, at)}keep all the${text.slice(at + 'keep the'.length)}`;
    const settings = defaultSettings();
    const want = cold(edited, settings);
    const checker = new DocumentChecker('markdown', CHECK_LIST);
    const first = checker.check(text, settings).findings;
    const second = checker.check(edited, settings).findings;
    expect(second).toEqual(want);
    const firstAt = (f: Finding[]) => f.filter((x) => x.actual === 'in order to');
    expect(firstAt(second)).toHaveLength(2);
    // Above the edit: handed on as it was.
    expect(firstAt(second)[0]).toBe(firstAt(first)[0]);
    // Below it: moved by the four characters added.
    expect(firstAt(second)[1]!.start.offset).toBe(firstAt(first)[1]!.start.offset + 4);
    expect(firstAt(second)[1]!.start.offset).toBe(edited.lastIndexOf('in order to'));
    // And a third check of the same text hands on every finding.
    const third = checker.check(edited, settings).findings;
    expect(third).toHaveLength(second.length);
    third.forEach((finding, i) => expect(finding).toBe(second[i]));
  });
});

describe('diagnostics handed on after an edit (the language server)', () => {
  it('are made again only for findings that are new or moved', () => {
    const text = `${flagged}\n\n${filler}\n\n${filler}\n\n${flagged.replace('We', 'Staff')}\n`;
    const at = text.lastIndexOf('keep the');
    const edited = `${text.slice(0, at)}keep\nthe${text.slice(at + 'keep the'.length)}`;
    const settings = defaultSettings();
    const checker = new DocumentChecker('markdown', CHECK_LIST);
    const first = checker.check(text, settings).findings.map(diagnosticFor);
    const findings = checker.check(edited, settings).findings;
    const second = findings.map(diagnosticFor);
    expect(second).toEqual(findings.map(toDiagnostic));
    const inOrderTo = (list: typeof first) => list.filter((d) => d.code === 'plain-words/in-order-to');
    expect(inOrderTo(second)).toHaveLength(2);
    expect(inOrderTo(second)[0]).toBe(inOrderTo(first)[0]);
    // The space became a line break: the second one is a line further down, at a new column.
    expect(inOrderTo(second)[1]).not.toBe(inOrderTo(first)[1]);
    expect(inOrderTo(second)[1]!.range.start).toEqual({ line: inOrderTo(first)[1]!.range.start.line + 1, character: 'Staff check the log '.length });
  });
});

describe('blocks handed on without comparing the text around them', () => {
  it('are checked again when an edit changes the text just before them, in a long document', () => {
    // The acronym check reads up to 160 characters before a block: "… Assessment (" then "DPIA)" defines it.
    // The edit also moves the block (four characters shorter), and blocks before and after it stay as they were.
    const paragraphs = (from: number) => Array.from({ length: 8 }, (_, i) => `Paragraph ${from + i} says how staff keep the care record up to date.`).join('\n\n');
    const defined = `${paragraphs(0)}\n\nWe carry out a Data Protection Impact Assessment (\n\nDPIA) before any new use of records.\n\n${paragraphs(10)}\n`;
    const undefinedNow = defined.replace('Impact Assessment', 'Impact Review');
    const settings = defaultSettings();
    const texts = [defined, undefinedNow, defined, undefinedNow];
    const want = texts.map((text) => cold(text, settings));
    const checker = new DocumentChecker('markdown', CHECK_LIST);
    const dpia = (findings: Finding[]) => findings.filter((f) => f.check === 'acronym' && f.actual === 'DPIA').length;
    const seen = texts.map((text, i) => {
      const got = checker.check(text, settings).findings;
      expect(got).toEqual(want[i]);
      return dpia(got);
    });
    expect(seen).toEqual([0, 1, 0, 1]);
  });
});
