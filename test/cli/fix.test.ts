/**
 * --fix and --fix-dry-run: only safe fixes, bytes outside the fixed spans
 * unchanged (CRLF, BOM, trailing spaces), idempotent, never a .docx, never a
 * risk reframe; the dry run prints a unified diff and writes nothing.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
