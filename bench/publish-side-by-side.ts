/**
 * `npx tsx bench/publish-side-by-side.ts [--ref main] [--edits 100] [--shape synthetic|real] [--rounds 2]`:
 * the language server's work from a check's end to the bytes of its
 * publishDiagnostics, for this tree and another git ref (its `server/src`,
 * extracted to `.bench-ref/`), in ONE process with the same one-word edits
 * interleaved, so noise on a shared machine hits both alike. Each side checks
 * with its own `DocumentChecker`, makes its diagnostics as its server does
 * (`lsp/diagnostics.ts`), encodes the notification as its stdio writer does
 * (`lsp/encode-message.ts` where the tree has it, else vscode-jsonrpc's
 * `Buffer.from(JSON.stringify(message))`) and writes the framed message to
 * /dev/null. Times are CPU time of the main thread (on Linux; elsewhere of
 * the whole process), garbage collection pauses included, per edit: the
 * check, and check end → bytes written; and both together, where the garbage
 * a big `JSON.stringify` leaves for the next check to collect shows up.
 */
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { editOneWord, rng, writeCorpus } from './corpus.ts';
import { loadCore } from './load-core.ts';
import { extractRef, option } from './ref-tree.ts';
import { median, percentile } from './stats.ts';
import type { Finding, Settings } from '../server/src/core/types.ts';
import type { Diagnostic } from 'vscode-languageserver';

const ref = option('ref', 'main');
const editCount = Number(option('edits', '100'));
const rounds = Number(option('rounds', '2'));
const shape = option('shape', 'synthetic');
const repo = new URL('../', import.meta.url).pathname;
const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** One tree's server path: check, then diagnostics, then the bytes on the wire. */
interface Side {
  name: string;
  check: (text: string) => Finding[];
  publish: (findings: Finding[], previous: Finding[], version: number) => Buffer;
}

const sink = openSync('/dev/null', 'w');

async function side(name: string, root: string): Promise<Side> {
  const core = await loadCore(root);
  const settings = ((await import(join(root, 'server/src/engine/settings.ts'))) as { defaultSettings: () => Settings }).defaultSettings();
  const diagnostics = (await import(join(root, 'server/src/lsp/diagnostics.ts'))) as {
    diagnosticFor: (finding: Finding) => Diagnostic;
    diagnosticsFor?: (findings: readonly Finding[], previous: readonly Finding[]) => Diagnostic[];
  };
  const encoderFile = join(root, 'server/src/lsp/encode-message.ts');
  const encode = existsSync(encoderFile)
    ? ((await import(encoderFile)) as { encodeMessage: (message: unknown) => Buffer }).encodeMessage
    : (message: unknown): Buffer => Buffer.from(JSON.stringify(message, undefined, 0), 'utf-8');
  const checker = new core.DocumentChecker('markdown');
  return {
    name,
    check: (text) => checker.check(text, settings).findings,
    publish: (findings, previous, version) => {
      const list = diagnostics.diagnosticsFor ? diagnostics.diagnosticsFor(findings, previous) : findings.map(diagnostics.diagnosticFor);
      const bytes = encode({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///bench/policy.md', version, diagnostics: list } });
      // As vscode-jsonrpc's writer frames it: the header, then the bytes.
      writeSync(sink, `Content-Length: ${bytes.byteLength}\r\n\r\n`, null, 'ascii');
      writeSync(sink, bytes);
      return bytes;
    },
  };
}

/** CPU time of this process's main thread (Linux, from /proc, in nanoseconds), else of the whole process, in milliseconds. */
const mainThread = `/proc/${process.pid}/task/${process.pid}/schedstat`;
const cpu = existsSync(mainThread)
  ? (): number => Number(readFileSync(mainThread, 'utf8').split(' ')[0]) / 1e6
  : (): number => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1000;
    };

const refDir = extractRef(ref, 'publish-');
const sides = [await side(ref, refDir), await side('this tree', repo)];
const corpus = writeCorpus();
const original = readFileSync(shape === 'real' ? corpus.real20k : corpus.doc20k, 'utf8');

interface Times {
  check: number[];
  publish: number[];
  total: number[];
  bytes: number[];
}
const times = sides.map((): Times => ({ check: [], publish: [], total: [], bytes: [] }));

for (let round = 0; round < rounds; round++) {
  const state = sides.map(() => ({ previous: [] as Finding[] }));
  let text = original;
  // Open: the first check and publish of each side, not timed.
  sides.forEach((s, i) => {
    const findings = s.check(text);
    s.publish(findings, [], 1);
    state[i]!.previous = findings;
  });
  const random = rng(11 + round);
  for (let edit = 0; edit < editCount; edit++) {
    text = editOneWord(text, random);
    const order = (edit + round) % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) {
      const s = sides[i]!;
      const start = cpu();
      const findings = s.check(text);
      const checked = cpu();
      const bytes = s.publish(findings, state[i]!.previous, edit + 2);
      const done = cpu();
      state[i]!.previous = findings;
      times[i]!.check.push(checked - start);
      times[i]!.publish.push(done - checked);
      times[i]!.total.push(done - start);
      times[i]!.bytes.push(bytes.byteLength);
    }
  }
  log(`round ${round + 1} of ${rounds} done`);
}
closeSync(sink);

const mean = (list: readonly number[]): number => list.reduce((a, b) => a + b, 0) / list.length;
const ms = (n: number): string => `${n.toFixed(2)} ms`;
const row = (label: string, pick: (t: Times) => number[], stat: (list: number[]) => number): string => {
  const [a, b] = times.map((t) => stat(pick(t)));
  return `| ${label} | ${ms(a!)} | ${ms(b!)} | ${(b! / a!).toFixed(2)}× |`;
};
process.stdout.write(
  [
    `Publish path, ${shape} 20k-word Markdown, ${editCount} one-word edits × ${rounds} rounds, CPU time of the main thread, one process, interleaved:`,
    '',
    `| per edit | ${ref} | this tree | ratio |`,
    '|---|---|---|---|',
    row('check end → bytes written, p50', (t) => t.publish, median),
    row('check end → bytes written, p95', (t) => t.publish, (l) => percentile(l, 95)),
    row('check end → bytes written, mean', (t) => t.publish, mean),
    row('check, p50', (t) => t.check, median),
    row('check, mean', (t) => t.check, mean),
    row('check + publish, p50', (t) => t.total, median),
    row('check + publish, p95', (t) => t.total, (l) => percentile(l, 95)),
    row('check + publish, mean', (t) => t.total, mean),
    '',
    `Bytes per publish (median): ${times.map((t, i) => `${sides[i]!.name} ${(median(t.bytes) / 1024).toFixed(1)} KB`).join(', ')}`,
    '',
  ].join('\n'),
);
