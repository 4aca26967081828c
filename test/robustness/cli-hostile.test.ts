/**
 * Bad input, clear answer, nothing lost: the real command (`node
 * bin/plain-ig.js`, built by the global setup) is given a folder of hostile
 * files next to good ones. Each bad file gets one line on stderr naming it and
 * saying why; every other file is still checked and reported; files over the
 * size limit are skipped without being read; `--fix` never touches a file it
 * could not read, and keeps a UTF-16 file UTF-16. Random documents fixed by
 * the CLI match the core's fix-all exactly.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../server/src/sources/files.ts';
import { fixText } from '../../server/src/cli/fix.ts';
import { checkText } from '../../server/src/engine/check-text.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { count, documentArbitrary, SEED } from './generators.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plain-ig-hostile-'));
  dirs.push(dir);
  return dir;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/plain-ig.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A real zip archive (one stored-deflate entry) whose content is junk: a .docx in name only. */
function junkZip(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const localSize = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(localSize, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

/** Writes `size` bytes of ordinary policy text without holding it all in memory. */
function writeBigText(file: string, size: number): void {
  const chunk = Buffer.from('Staff must never share patient information. We leverage the cloud.\n'.repeat(16_000));
  const fd = openSync(file, 'w');
  try {
    for (let written = 0; written < size; ) {
      const n = Math.min(chunk.length, size - written);
      writeSync(fd, chunk, 0, n);
      written += n;
    }
  } finally {
    closeSync(fd);
  }
}

const GOOD = 'We will leverage the cloud.\r\n';
const UTF16_TEXT = 'Intro 🙂 שלום.\r\n\r\nWe utilise the IG Toolkit.\r\n';

/** The hostile files: name → [bytes or a writer, the start of the expected reason (undefined: checked normally)]. */
function makeFolder(dir: string): Map<string, string | undefined> {
  const expected = new Map<string, string | undefined>();
  const put = (name: string, bytes: Buffer | string, reason: string | undefined): void => {
    writeFileSync(join(dir, name), bytes);
    expected.set(name, reason);
  };
  put('a-good.md', GOOD, undefined);
  put('binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'looks like a binary file');
  put('elf.txt', Buffer.concat([Buffer.from('\x7fELF'), Buffer.alloc(64)]), 'looks like a binary file');
  put('invalid-utf8.md', Buffer.from([0x57, 0x65, 0x20, 0xc3, 0x28, 0x20, 0xff, 0xfe, 0x80, 0x0a]), 'is not valid UTF-8');
  put('latin1.txt', Buffer.from('Caf\xe9 policy: we leverage data.\n', 'latin1'), 'is not valid UTF-8');
  put('utf16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UTF16_TEXT, 'utf16le')]), undefined);
  put('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(UTF16_TEXT, 'utf16le').swap16()]), undefined);
  put('utf8-bom.md', `\ufeff${GOOD}`, undefined);
  put('empty.md', '', undefined);
  put('only-newlines.txt', '\r\n\n\r\r\n', undefined);
  put('one-line.md', `${'Staff must never share information and we leverage the cloud, '.repeat(16_000)}\n`, undefined);
  put('nested.md', `${'> '.repeat(20_000)}leverage\n\n${'- '.repeat(20_000)}cloud\n\n${'[a '.repeat(50_000)}\n`, undefined);
  put('junk.docx', junkZip('word/document.xml', Buffer.from([...Array(4096).keys()].map((i) => (i * 7919) % 256))), '');
  put('not-a-zip.docx', Buffer.from('PK\x03\x04 this is not really a zip'), '');
  writeBigText(join(dir, 'huge-50mb.md'), 50 * 1024 * 1024);
  expected.set('huge-50mb.md', 'is 50.0 MB, over the 5 MB limit; it was skipped');
  writeBigText(join(dir, 'just-over.txt'), MAX_FILE_BYTES + 1);
  expected.set('just-over.txt', 'is 5.0 MB, over the 5 MB limit; it was skipped');
  // Just under the limit: checked, not skipped (mostly blank, so it is quick; a 5 MB text of 78,000
  // one-line sentences overflowed the stack in run.ts before it was fixed).
  put('just-under.txt', `${' \n'.repeat((MAX_FILE_BYTES - 1024) / 2)}We leverage the cloud.\n`, undefined);
  return expected;
}

describe('the CLI on a folder of hostile files', () => {
  let dir: string;
  let expected: Map<string, string | undefined>;
  let before: Map<string, Buffer>;
  let run: Run;

  beforeAll(() => {
    dir = tempDir();
    expected = makeFolder(dir);
    before = new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
    run = cli(['check', '--format', 'json', '--no-progress', '--jobs', '1', '.'], dir);
  }, 180_000);

  it('exits 2 and gives one line per bad file, naming it, with the reason', () => {
    count('bad input files given to the CLI', [...expected.values()].filter((reason) => reason !== undefined).length);
    count('good or odd-but-valid files given alongside', [...expected.values()].filter((reason) => reason === undefined).length);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    const bad = [...expected].filter(([, reason]) => reason !== undefined);
    expect(lines).toHaveLength(bad.length);
    for (const [name, reason] of bad) {
      const line = lines.find((l) => l.startsWith(`plain-ig: ${name} `));
      expect(line, `a line for ${name}`).toBeDefined();
      if (reason) expect(line).toContain(reason);
    }
  });

  it('goes on with every other file and reports its findings', () => {
    const report = JSON.parse(run.stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string; actual: string }> }>; errors: Array<{ path: string }> };
    const checked = new Map(report.files.map((file) => [file.path, file.findings]));
    for (const [name, reason] of expected) {
      if (reason === undefined) expect(checked.has(name), `${name} was checked`).toBe(true);
      else expect(report.errors.map((e) => e.path)).toContain(name);
    }
    expect(checked.get('a-good.md')!.map((f) => f.actual)).toEqual(['leverage']);
    expect(checked.get('utf8-bom.md')!.map((f) => f.actual)).toEqual(['leverage']);
    for (const name of ['utf16le.md', 'utf16be.txt']) expect(checked.get(name)!.map((f) => f.actual)).toContain('utilise');
    expect(checked.get('empty.md')).toEqual([]);
    expect(checked.get('one-line.md')!.length).toBeGreaterThan(1_000);
    expect(checked.get('just-under.txt')!.map((f) => f.actual)).toEqual(['leverage']);
  });

  it('changes no file', () => {
    for (const [name, bytes] of before) expect(readFileSync(join(dir, name)).equals(bytes), name).toBe(true);
  });

  it('--fix leaves unreadable files byte-identical, keeps UTF-16 as UTF-16, and fixes the rest', () => {
    const fixDir = tempDir();
    for (const [name, bytes] of before) if (!name.startsWith('huge') && !name.startsWith('just')) writeFileSync(join(fixDir, name), bytes);
    const fixed = cli(['check', '--fix', '--format', 'json', '--no-progress', '--jobs', '1', '.'], fixDir);
    expect(fixed.code).toBe(2);
    for (const [name, reason] of expected) {
      if (reason === undefined || name.startsWith('huge') || name.startsWith('just')) continue;
      expect(readFileSync(join(fixDir, name)).equals(before.get(name)!), `${name} untouched`).toBe(true);
    }
    for (const [name, bom, encode] of [
      ['utf16le.md', [0xff, 0xfe], (t: string) => Buffer.from(t, 'utf16le')],
      ['utf16be.txt', [0xfe, 0xff], (t: string) => Buffer.from(t, 'utf16le').swap16()],
    ] as const) {
      const after = readFileSync(join(fixDir, name));
      expect([...after.subarray(0, 2)]).toEqual(bom);
      // The old name is left for the writer (the sentence may be about the past).
      expect(after.subarray(2).equals(encode(UTF16_TEXT.replace('utilise', 'use')))).toBe(true);
    }
    expect(readFileSync(join(fixDir, 'utf8-bom.md'), 'utf8')).toBe(`\ufeff${GOOD}`); // no safe fix there: untouched
    expect(readdirSync(fixDir).filter((name) => name.includes('.tmp'))).toEqual([]);
    // Checks every hostile file twice over (check, then fix): about 10 s on a quiet machine, minutes on a loaded one.
  }, 180_000);
});

describe('CLI --fix on random documents is exactly the core fix-all', () => {
  it('for 40 generated documents with CRLF, tabs, emoji and right-to-left text', () => {
    const dir = tempDir();
    const docs = fc.sample(documentArbitrary({ markdown: true, maxPieces: 60 }), { seed: SEED, numRuns: 40 });
    const settings = defaultSettings();
    docs.forEach((text, i) => writeFileSync(join(dir, `doc-${String(i).padStart(2, '0')}.md`), text));
    const run = cli(['check', '--fix', '--format', 'json', '--no-progress', '.'], dir);
    expect([0, 1]).toContain(run.code);
    docs.forEach((text, i) => {
      count('random documents fixed by the real CLI');
      const want = fixText(text, (t) => checkText(t, { format: 'markdown', settings })).text;
      expect(readFileSync(join(dir, `doc-${String(i).padStart(2, '0')}.md`), 'utf8')).toBe(want);
    });
  }, 120_000);
});
