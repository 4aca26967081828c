/**
 * --fix and --fix-dry-run: only safe fixes, bytes outside the fixed spans
 * unchanged (CRLF, BOM, trailing spaces), idempotent, never a .docx, never a
 * risk reframe; the dry run prints a unified diff and writes nothing.
 */
import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeLike, fixText, MAX_FIX_PASSES, unifiedDiff, writeFileAtomic } from '../../server/src/cli/fix.ts';
import type { CheckResult } from '../../server/src/core/run.ts';
import type { Finding } from '../../server/src/core/types.ts';
import { findings } from '../helpers.ts';
import { runMain, tempDir } from './helpers.ts';

const POLICY = [
  '\ufeff# Sharing policy   ',
  '',
  'We utilise the record in order to arrange care; the GDPR applies.  ',
  'Staff must never share patient information without consent.',
  '| Table | utilise |',
  '',
].join('\r\n');

/** Splits `after` into the parts that match `before` around each changed span, and checks nothing else changed. */
function unchangedOutside(before: string, after: string, spans: Array<[string, string]>): boolean {
  let rebuilt = before;
  for (const [from, to] of spans) rebuilt = rebuilt.split(from).join(to);
  return rebuilt === after;
}

describe('--fix', () => {
  it('applies only safe fixes and leaves every other byte as it was', async () => {
    const dir = tempDir();
    const file = join(dir, 'policy.md');
    writeFileSync(file, POLICY);
    const run = await runMain(['check', 'policy.md', '--fix', '--format', 'json'], { cwd: dir });
    const after = readFileSync(file);
    expect(after.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = after.toString('utf8');
    // The old name ("the GDPR") is the writer's call and the table cell is left alone: neither is safe.
    expect(unchangedOutside(POLICY, text, [['We utilise', 'We use'], ['in order to', 'to']])).toBe(true);
    // The risk wording is only ever a suggestion.
    expect(text).toContain('Staff must never share patient information without consent.');
    const json = JSON.parse(run.stdout) as { files: Array<{ findings: Array<{ check: string; safe: boolean }> }>; summary: { fixesApplied: number } };
    expect(json.summary.fixesApplied).toBe(2);
    expect(json.files[0]!.findings.some((f) => f.check === 'risk')).toBe(true);
    expect(json.files[0]!.findings.every((f) => !f.safe)).toBe(true);
  });

  it('is idempotent: a second --fix changes nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'policy.md');
    writeFileSync(file, POLICY);
    await runMain(['check', 'policy.md', '--fix'], { cwd: dir });
    const once = readFileSync(file);
    const second = await runMain(['check', 'policy.md', '--fix', '--format', 'json'], { cwd: dir });
    expect(readFileSync(file)).toEqual(once);
    expect((JSON.parse(second.stdout) as { summary: { fixesApplied: number } }).summary.fixesApplied).toBe(0);
  });

  it('leaves no temporary files behind', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'policy.md'), POLICY);
    await runMain(['check', 'policy.md', '--fix'], { cwd: dir });
    expect(readdirSync(dir)).toEqual(['policy.md']);
  });

  it('never writes a Word document', async () => {
    const dir = tempDir();
    const { Document, Packer, Paragraph } = await import('docx');
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('We utilise the GDPR.')] }] }));
    writeFileSync(join(dir, 'policy.docx'), bytes);
    const run = await runMain(['check', 'policy.docx', '--fix', '--format', 'json'], { cwd: dir });
    expect(readFileSync(join(dir, 'policy.docx'))).toEqual(bytes);
    expect((JSON.parse(run.stdout) as { summary: { fixesApplied: number; findings: number } }).summary).toMatchObject({ fixesApplied: 0, findings: 2 });
  });

  it('keeps bytes outside the fixed spans for any surrounding text (property)', async () => {
    const dir = tempDir();
    const file = join(dir, 'p.md');
    const filler = fc.stringMatching(/^[a-z .,\r\n\t#*-]{0,40}$/);
    await fc.assert(
      fc.asyncProperty(filler, filler, async (before, after) => {
        const text = `${before}\n\nPlease utilise the form.\n\n${after}`;
        writeFileSync(file, text);
        await runMain(['check', 'p.md', '--fix', '--format', 'json'], { cwd: dir });
        const fixed = readFileSync(file, 'utf8');
        expect(fixed).toBe(`${before}\n\nPlease use the form.\n\n${after}`);
      }),
      { numRuns: 25 },
    );
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff and writes nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'policy.md');
    writeFileSync(file, 'Intro.\n\nWe utilise the record.\n');
    const run = await runMain(['check', 'policy.md', '--fix-dry-run'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe('Intro.\n\nWe utilise the record.\n');
    expect(run.stdout).toContain('--- a/policy.md\n+++ b/policy.md\n');
    expect(run.stdout).toContain('-We utilise the record.\n+We use the record.\n');
    expect(run.stderr).toBe('plain-ig: 1 safe fix would change 1 file (nothing was written)\n');
  });

  it('works on standard input', async () => {
    const run = await runMain(['check', '--stdin', '--stdin-filename', 'note.md', '--fix-dry-run'], { stdin: 'We utilise it.\n' });
    expect(run.stdout).toContain('+We use it.');
  });
});

describe('fixing a text in this process', () => {
  const check = (text: string) => ({ findings: findings(text) }) as unknown as CheckResult;

  it('applies the safe fixes, checks again, and returns what the fixed text still has', () => {
    const { text, applied, result } = fixText('We utilise the form in order to help.\n', check);
    expect(text).toBe('We use the form to help.\n');
    expect(applied).toBe(2);
    expect(result.findings.filter((f) => f.safe)).toEqual([]);
  });

  it('changes nothing and counts nothing when there is no safe fix', () => {
    const source = 'If in doubt, do not share.\n';
    const { text, applied, result } = fixText(source, check);
    expect([text, applied]).toEqual([source, 0]);
    expect(result.findings.some((f) => f.check === 'risk')).toBe(true);
  });

  it('stops after MAX_FIX_PASSES passes even when every pass makes a new fix', () => {
    // A check that always offers one more safe fix: "a" → "aa" at the start.
    let calls = 0;
    const growing = (text: string) => {
      calls++;
      const finding = { fixKind: 'replace', safe: true, expected: [`${text[0]}a`], start: { offset: 0 }, end: { offset: 1 } } as unknown as Finding;
      return { findings: [finding] } as unknown as CheckResult;
    };
    const { text, applied } = fixText('a', growing);
    expect(applied).toBe(MAX_FIX_PASSES);
    expect(text).toBe('a'.repeat(MAX_FIX_PASSES + 1));
    expect(calls).toBe(MAX_FIX_PASSES + 1);
  });

  it('stops when a fix would give the same text', () => {
    let calls = 0;
    const same = (text: string) => {
      calls++;
      const finding = { fixKind: 'replace', safe: true, expected: [text[0]], start: { offset: 0 }, end: { offset: 1 } } as unknown as Finding;
      return { findings: [finding] } as unknown as CheckResult;
    };
    expect(fixText('b', same)).toMatchObject({ text: 'b', applied: 0 });
    expect(calls).toBe(1);
  });
});

describe('writing the fixed text back as it was encoded', () => {
  it('keeps UTF-8 with or without a BOM, and UTF-16 in either byte order', () => {
    expect([...encodeLike(Buffer.from('x'), 'é')]).toEqual([0xc3, 0xa9]);
    expect([...encodeLike(Buffer.from([0xef, 0xbb, 0xbf, 0x78]), 'é')]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9]);
    expect([...encodeLike(Buffer.from([0xff, 0xfe, 0x78, 0]), 'ab')]).toEqual([0xff, 0xfe, 0x61, 0, 0x62, 0]);
    expect([...encodeLike(Buffer.from([0xfe, 0xff, 0, 0x78]), 'ab')]).toEqual([0xfe, 0xff, 0, 0x61, 0, 0x62]);
    // Half a BOM is no BOM.
    expect([...encodeLike(Buffer.from([0xef, 0xbb, 0x78]), 'a')]).toEqual([0x61]);
    expect([...encodeLike(Buffer.from([0xff, 0x78]), 'a')]).toEqual([0x61]);
    expect([...encodeLike(Buffer.from([0xfe, 0x78]), 'a')]).toEqual([0x61]);
    // The second byte of a BOM alone is no BOM either.
    expect([...encodeLike(Buffer.from([0x61, 0xfe]), 'a')]).toEqual([0x61]);
    expect([...encodeLike(Buffer.from([0x61, 0xff]), 'a')]).toEqual([0x61]);
    expect([...encodeLike(Buffer.from([0x61, 0xbb, 0xbf]), 'a')]).toEqual([0x61]);
    expect([...encodeLike(Buffer.from([0xef, 0x61, 0xbf]), 'a')]).toEqual([0x61]);
  });

  it('writes atomically, keeps the file’s permissions and leaves nothing else in the folder', () => {
    const dir = tempDir();
    const file = join(dir, 'policy.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o7777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['policy.md']);
    // A new file is created too.
    writeFileAtomic(join(dir, 'new.md'), 'text');
    expect(readFileSync(join(dir, 'new.md'), 'utf8')).toBe('text');
  });

  it('leaves no temporary file when the write fails', () => {
    const dir = tempDir();
    expect(() => writeFileAtomic(join(dir, 'missing-folder', 'policy.md'), 'x')).toThrow();
    expect(readdirSync(dir)).toEqual([]);
    // The temporary file is written, then the rename fails (a folder is in the way): it is removed.
    mkdirSync(join(dir, 'policy.md'));
    expect(() => writeFileAtomic(join(dir, 'policy.md'), 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['policy.md']);
  });

  it('shows a unified diff with a/ and b/ before a relative path, and an absolute path as it is', async () => {
    const diff = await unifiedDiff('docs/policy.md', 'We utilise it.\n', 'We use it.\n');
    expect(diff).toContain('--- a/docs/policy.md');
    expect(diff).toContain('+++ b/docs/policy.md');
    expect(diff).toContain('-We utilise it.\n+We use it.');
    // Three lines of context around a change.
    const lines = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`);
    const changed = lines.map((line, i) => (i === 5 ? 'changed' : line));
    expect(await unifiedDiff('p.md', `${lines.join('\n')}\n`, `${changed.join('\n')}\n`)).toContain('@@ -3,7 +3,7 @@');
    const absolute = await unifiedDiff('/tmp/policy.md', 'a\n', 'b\n');
    expect(absolute).toContain('--- /tmp/policy.md');
    expect(absolute).toContain('+++ /tmp/policy.md');
  });
});
