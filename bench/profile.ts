/**
 * Profiling helper:
 * - `node --cpu-prof --import tsx bench/profile.ts cold|warm` checks the 20k-word policy 10 times, with or
 *   without clearing the block cache;
 * - `node --cpu-prof --import tsx bench/profile.ts edit [synthetic|real] [EDITS]` runs the side-by-side
 *   bench's one-word edits (same seed) through a DocumentChecker and prints the slowest edits with the
 *   block each landed in (kind and length), so the p95 edits can be told apart.
 */
const { clearBlockCache } = await import('../server/src/core/run.ts');
const { checkText, DocumentChecker } = await import('../server/src/engine/check-text.ts');
const { defaultSettings } = await import('../server/src/engine/settings.ts');
const { documentModel, changeBetween } = await import('../server/src/core/document.ts');
const { editOneWord, rng, writeCorpus } = await import('./corpus.ts');
const { readFileSync } = await import('node:fs');
const s = defaultSettings();
const mode = process.argv[2] ?? 'cold';
const cpu = (run: () => unknown): number => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
if (mode === 'edit') {
  const corpus = writeCorpus();
  const shape = process.argv[3] ?? 'synthetic';
  const count = Number(process.argv[4] ?? 300);
  let text = readFileSync(shape === 'real' ? corpus.real20k : corpus.doc20k, 'utf8');
  const checker = new DocumentChecker('markdown');
  checker.check(text, s);
  const r = rng(6);
  const rows: Array<{ ms: number; gc: number; kind: string; length: number; at: number }> = [];
  const texts: string[] = [];
  // Garbage collection's share of each edit (wall time of the collections that ended during it).
  const { PerformanceObserver } = await import('node:perf_hooks');
  let gc = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gc += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < count; i++) {
    const next = editOneWord(text, r);
    const at = changeBetween(text, next).prefix;
    text = next;
    await settle();
    gc = 0;
    const ms = cpu(function timedEdit() {
      return checker.check(text, s);
    });
    await settle();
    texts.push(text);
    rows.push({ ms, gc, kind: '-', length: 0, at });
  }
  // Where each edit landed, found after the timed run (a whole reading per edit would fill the profile).
  rows.forEach((row, i) => {
    const block = documentModel(texts[i]!, 'markdown').blocks.find((b) => b.start <= row.at && row.at < b.end);
    if (block) Object.assign(row, { kind: block.kind, length: block.end - block.start });
  });
  if (process.env['PROFILE_ROWS']) (await import('node:fs')).writeFileSync(process.env['PROFILE_ROWS'], rows.map((row) => `${row.ms.toFixed(2)}\t${row.kind}\t${row.length}\t${row.at}`).join('\n'));
  const sorted = rows.map((row) => row.ms).sort((a, b) => a - b);
  const p = (q: number): string => sorted[Math.min(sorted.length - 1, Math.floor((q / 100) * sorted.length))]!.toFixed(1);
  console.log(`${shape}: ${count} edits, p50 ${p(50)} ms, p95 ${p(95)} ms (CPU)`);
  const byKind = new Map<string, number[]>();
  for (const row of rows) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row.ms]);
  for (const [kind, list] of byKind) console.log(`  ${kind.padEnd(10)} ${String(list.length).padStart(4)} edits, mean ${(list.reduce((a, b) => a + b, 0) / list.length).toFixed(1)} ms`);
  console.log('slowest:');
  const gcs = rows.map((row) => row.gc).sort((a, b) => a - b);
  console.log(`  garbage collection per edit: mean ${(gcs.reduce((a, b) => a + b, 0) / gcs.length).toFixed(1)} ms, p95 ${gcs[Math.floor(0.95 * gcs.length)]!.toFixed(1)} ms`);
  for (const row of [...rows].sort((a, b) => b.ms - a.ms).slice(0, 15)) console.log(`  ${row.ms.toFixed(1).padStart(6)} ms (gc ${row.gc.toFixed(1).padStart(5)})  ${row.kind.padEnd(10)} ${String(row.length).padStart(5)} chars  at ${row.at}`);
} else {
  const text = readFileSync(new URL('./corpus/doc-20k.md', import.meta.url), 'utf8');
  checkText(text, { format: 'markdown', settings: s });
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    if (mode === 'cold') clearBlockCache();
    const t = performance.now();
    checkText(text, { format: 'markdown', settings: s });
    times.push(performance.now() - t);
  }
  console.log(mode, times.map((t) => t.toFixed(0)).join(' '));
}
