/**
 * Edit-to-diagnostics time of the language server on a long policy, then 100
 * single-word edits at random (seeded) places, each timed from sending
 * didChange to receiving publishDiagnostics for that version (bench/lsp.ts),
 * and the size of each publish. The debounce is 0 here, so the figures are
 * the server's own work; in an editor the default 200 ms pause after the last
 * keystroke comes on top.
 *
 * The document is one of:
 * - `--file PATH`: your own Markdown policy (it is copied; the file is not changed);
 * - `--shape real`: a document shaped like real public guidance (footnotes,
 *   reference links, grid and GFM tables, long list items; bench/corpus.ts);
 * - `--shape example` (default): examples/information-sharing-policy.md
 *   repeated with varied text.
 *
 *   npx tsx bench/lsp-latency.ts [--file PATH | --shape example|real] [--words 20000] [--edits 100] [--server dist/server.mjs]
 *     [--node-arg=--cpu-prof --node-arg=--cpu-prof-dir=DIR]   (options for the server's node, repeatable)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { realPolicyDocument } from './corpus.ts';
import { measureLsp } from './lsp.ts';

const repo = new URL('../', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    words: { type: 'string', default: '20000' },
    edits: { type: 'string', default: '100' },
    file: { type: 'string' },
    shape: { type: 'string', default: 'example' },
    server: { type: 'string' },
    'node-arg': { type: 'string', multiple: true, default: [] },
  },
});

/** The example policy repeated until it has about `words` words; headings and every third sentence are varied so no block repeats another. */
function longPolicy(words: number): string {
  const example = readFileSync(join(repo, 'examples/information-sharing-policy.md'), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  const count = (text: string): number => text.split(/\s+/).filter(Boolean).length;
  const parts: string[] = [];
  let total = 0;
  for (let copy = 0; total < words; copy++) {
    let sentence = 0;
    const varied = example
      .replace(/^(#+ .*)$/gm, `$1 (part ${copy + 1})`)
      .replace(/\.(\s)/g, (full: string, space: string) => (sentence++ % 3 === copy % 3 ? ` in part ${copy + 1}.${space}` : full));
    parts.push(varied);
    total += count(varied);
  }
  return parts.join('\n\n');
}

if (!values.server) execFileSync(process.execPath, [join(repo, 'scripts/build.mjs')], { cwd: repo, stdio: 'inherit' });
const text = values.file
  ? readFileSync(values.file, 'utf8')
  : values.shape === 'real'
    ? realPolicyDocument(Number(values.words), 4)
    : longPolicy(Number(values.words));
// Always a copy: the edits go to the server only, but the original is never touched.
const file = join(mkdtempSync(join(tmpdir(), 'plain-ig-lsp-latency-')), 'policy.md');
writeFileSync(file, text);
process.stderr.write(`document: ${values.file ?? file}\n`);
const words = text.split(/\s+/).filter(Boolean).length;
const result = await measureLsp(values.server ?? join(repo, 'dist/server.mjs'), file, Number(values.edits), values['node-arg']);
const ms = (n: number): string => `${n.toFixed(1)} ms`;
process.stdout.write(
  [
    `Language server, ${words.toLocaleString('en-GB')}-word Markdown ${values.file ? `(${values.file})` : `policy (${values.shape} shape)`}, ${result.edits} single-word edits at random places (debounce 0):`,
    `  start to ready ${ms(result.startToReady)}; open to first diagnostics ${ms(result.open)}`,
    `  edit to diagnostics: p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, max ${ms(result.max)}`,
    ...(result.cpu
      ? [`  server CPU per edit (main thread): p50 ${ms(result.cpu.p50)}, p95 ${ms(result.cpu.p95)}; mean over all its threads ${ms(result.cpu.allThreadsMean)}`]
      : []),
    `  publishDiagnostics: ${result.diagnostics} diagnostics, median ${(result.bytes / 1024).toFixed(1)} KB per publish`,
    '',
  ].join('\n'),
);
