/**
 * `npx tsx bench/side-by-side.ts [base-ref] [rounds]`: the full check of the
 * bench's 20,000-word policy (bench/corpus.ts, seed 1), this working tree
 * against the core and dictionaries of `base-ref` (default `main`), in one
 * process, interleaved, after a warm-up. Reports CPU time (user + system) per
 * check, which a busy shared machine disturbs less than wall time, and the
 * one-off cost of the first check (dictionary indexes, word forms) in fresh
 * processes. The base is extracted with `git archive` into a temporary folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const repo = new URL('../', import.meta.url).pathname;
const base = process.argv[2] ?? 'main';
const rounds = Number(process.argv[3] ?? 21);

if (process.env.SIDE_BY_SIDE_COLD) {
  // Child mode: one first check in a fresh process.
  const root = process.env.SIDE_BY_SIDE_COLD;
  const core = await import(join(root, 'server/src/core/run.ts'));
  const settings = (await import(join(root, 'server/src/core/settings.ts'))).defaultSettings();
  const before = process.cpuUsage();
  core.checkText('We utilise cloud hosting. The DPIA and the ZTNA gateway are in the data centre.\n', { format: 'markdown', settings });
  const used = process.cpuUsage(before);
  process.stdout.write(`${(used.user + used.system) / 1000}\n`);
  process.exit(0);
}

const dir = mkdtempSync(join(os.tmpdir(), 'plain-ig-base-'));
try {
  const archive = execFileSync('git', ['archive', base, 'server', 'dictionaries', 'package.json'], { cwd: repo, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  const roots = { base: dir, 'this tree': repo.replace(/\/$/, '') };
  const { policyDocument } = await import('./corpus.ts');
  const doc = policyDocument(20_000, 1);
  const cores: Record<string, { run: typeof import('../server/src/core/run.ts'); settings: unknown }> = {};
  for (const [name, root] of Object.entries(roots)) {
    cores[name] = { run: await import(join(root, 'server/src/core/run.ts')), settings: (await import(join(root, 'server/src/core/settings.ts'))).defaultSettings() };
  }
  const names = Object.keys(roots);
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const findings: Record<string, number> = {};
  for (let round = 0; round < rounds + 3; round++) {
    for (const name of round % 2 ? names : [...names].reverse()) {
      const { run, settings } = cores[name]!;
      run.clearBlockCache();
      const started = process.cpuUsage();
      const result = run.checkText(doc, { format: 'markdown', settings: settings as never });
      const used = process.cpuUsage(started);
      if (round >= 3) times[name]!.push((used.user + used.system) / 1000);
      findings[name] = result.findings.length;
    }
  }
  const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const cold = (root: string): number =>
    Number(spawnSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname], { env: { ...process.env, SIDE_BY_SIDE_COLD: root }, encoding: 'utf8' }).stdout.trim());
  const lines = [`full check of a ${doc.split(/\s+/).length}-word policy, CPU ms per check (median of ${rounds}, interleaved), base ${base}:`];
  for (const name of names) lines.push(`  ${name}: median ${median(times[name]!).toFixed(1)}, min ${Math.min(...times[name]!).toFixed(1)}, findings ${findings[name]}, first check in a fresh process ${cold(roots[name as keyof typeof roots]).toFixed(0)}`);
  lines.push(`  ratio this tree / base (median): ${(median(times['this tree']!) / median(times.base!)).toFixed(3)}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (process.env.SIDE_BY_SIDE_OUT) writeFileSync(process.env.SIDE_BY_SIDE_OUT, `${lines.join('\n')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
