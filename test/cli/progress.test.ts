/**
 * The progress bar: exactly what is drawn, frame by frame (a fake terminal
 * stream and a fake clock), and the real command drawing it into a
 * pseudo-terminal made by `script` (util-linux), where its error output is a
 * terminal, as it is for a person at a shell.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_INTERVAL_MS, Progress } from '../../server/src/cli/progress.ts';
import { ROOT, tempDir } from './helpers.ts';

const CLEAR = '\r\u001b[2K';
/** The frame for `done` of `total` files, drawn independently: 24 cells, filled in proportion. */
const frame = (done: number, total: number): string => {
  const filled = Math.round((done / total) * 24);
  return `${CLEAR}Checking ▕${'█'.repeat(filled)}${'░'.repeat(24 - filled)}▏ ${done}/${total} files`;
};

class FakeTerminal {
  writes: string[] = [];
  write(chunk: string): boolean {
    this.writes.push(chunk);
    return true;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Progress, frame by frame', () => {
  it('draws at most once per interval, always the last file, then clears', () => {
    vi.useFakeTimers();
    vi.setSystemTime(10_000);
    const terminal = new FakeTerminal();
    const progress = new Progress(terminal as unknown as NodeJS.WritableStream, 5, true);
    progress.tick(); // 1/5 at 10 000: first frame
    vi.setSystemTime(10_000 + PROGRESS_INTERVAL_MS - 1);
    progress.tick(); // 2/5 too soon: not drawn
    vi.setSystemTime(10_000 + PROGRESS_INTERVAL_MS);
    progress.tick(); // 3/5 one interval later: drawn
    progress.tick(); // 4/5 same moment: not drawn
    progress.tick(); // 5/5 the last: drawn even though too soon
    progress.finish();
    progress.finish(); // clears only once
    expect(PROGRESS_INTERVAL_MS).toBe(100);
    expect(terminal.writes).toEqual([frame(1, 5), frame(3, 5), frame(5, 5), CLEAR]);
    expect(frame(1, 5)).toBe(`${CLEAR}Checking ▕█████░░░░░░░░░░░░░░░░░░░▏ 1/5 files`);
  });

  it('draws nothing, and clears nothing, when switched off', () => {
    const terminal = new FakeTerminal();
    const progress = new Progress(terminal as unknown as NodeJS.WritableStream, 3, false);
    for (let i = 0; i < 3; i++) progress.tick();
    progress.finish();
    expect(terminal.writes).toEqual([]);
  });
});

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasScript)('the real command in a pseudo-terminal', () => {
  const bin = join(ROOT, 'bin/plain-ig.js');
  /** Runs `plain-ig check . <args>` with stdout to out.json and stderr on the pseudo-terminal; returns what the terminal showed. */
  function inTerminal(dir: string, args: string): string {
    return execFileSync('script', ['-q', '-e', '-c', `"${process.execPath}" "${bin}" check . --format json --jobs 1 ${args} > out.json`, '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', TERM: 'dumb' },
    });
  }

  function library(files: number): string {
    const dir = tempDir();
    for (let i = 1; i <= files; i++) writeFileSync(join(dir, `policy-${i}.md`), `# Policy ${i}\n\nWe utilise the record.\n`);
    return dir;
  }

  it('draws the first file, the last file full, then clears the line; the report is untouched', () => {
    const dir = library(5);
    const shown = inTerminal(dir, '');
    expect(shown.startsWith(frame(1, 5))).toBe(true);
    expect(shown.endsWith(`${frame(5, 5)}${CLEAR}`)).toBe(true);
    // Every frame in between is well formed, and the counts only go up.
    const counts = [...shown.matchAll(/\r\u001b\[2KChecking ▕([█░]{24})▏ (\d)\/5 files/g)].map((m) => {
      expect(m[0]).toBe(frame(Number(m[2]), 5));
      return Number(m[2]);
    });
    expect(counts).toEqual([...counts].sort());
    expect(shown.replace(/\r\u001b\[2K(Checking ▕[█░]{24}▏ \d\/5 files)?/g, '')).toBe('');
    const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { files: unknown[] };
    expect(report.files).toHaveLength(5);
  });

  it('draws nothing with --no-progress, or for a single file', () => {
    expect(inTerminal(library(5), '--no-progress')).toBe('');
    expect(inTerminal(library(1), '')).toBe('');
  });
});
