/**
 * Spans inside prose that are not prose: bare URLs, web addresses and email
 * addresses. Findings that touch them are dropped, in Markdown and plain text.
 */

// The lookbehind makes an email match start only where a run of address
// characters starts, so a long run with no "@" is scanned once, not once per
// character (which took minutes on a long word).
const NON_PROSE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()"']+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** The [start, end) ranges of URLs and email addresses in `text`, optionally within [from, to). */
export function nonProseRanges(text: string, from = 0, to = text.length): Array<[number, number]> {
  const slice = text.slice(from, to);
  const out: Array<[number, number]> = [];
  // Every match has "@", "://" or "www." in it: most blocks have none, and skip the scan.
  if (!slice.includes('@') && !slice.includes('://') && !/www\./i.test(slice)) return out;
  NON_PROSE.lastIndex = 0;
  for (let m = NON_PROSE.exec(slice); m; m = NON_PROSE.exec(slice)) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

/** True when [start, end) overlaps any of the ranges. */
export function overlapsAny(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  return ranges.some(([s, e]) => start < e && end > s);
}
