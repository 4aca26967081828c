/** Small statistics helpers for the benchmarks. */

/** Milliseconds one call takes. */
export function timeIt(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(list: readonly number[], p: number): number {
  if (list.length === 0) return Number.NaN;
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The median of a list of numbers. */
export function median(list: readonly number[]): number {
  if (list.length === 0) return Number.NaN;
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
