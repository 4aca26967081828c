/**
 * Profiling helper: node --cpu-prof --import tsx bench/profile.ts cold|warm
 * (checks the 20k-word policy 10 times, with or without clearing the block cache).
 */
const { clearBlockCache } = await import('../server/src/core/run.ts');
const { checkText } = await import('../server/src/engine/check-text.ts');
const { defaultSettings } = await import('../server/src/engine/settings.ts');
const { readFileSync } = await import('node:fs');
const text = readFileSync(new URL('./corpus/doc-20k.md', import.meta.url), 'utf8');
const s = defaultSettings();
const mode = process.argv[2] ?? 'cold';
checkText(text, { format: 'markdown', settings: s });
const times: number[] = [];
for (let i = 0; i < 10; i++) { if (mode === 'cold') clearBlockCache(); const t = performance.now(); checkText(text, { format: 'markdown', settings: s }); times.push(performance.now() - t); }
console.log(mode, times.map((t) => t.toFixed(0)).join(' '));
