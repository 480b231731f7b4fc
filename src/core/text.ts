/** Small text helpers shared by the engines. Pure. */

/**
 * Collapses white space and cuts a phrase to `max` characters around `at` (a match position), so an
 * evidence phrase stays a substring of the page text it came from.
 * @example snippet('a   long line', 0, 6) // 'a long'
 */
export function snippet(text: string, at = 0, max = 140): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const start = Math.max(0, Math.min(at - Math.floor(max / 3), t.length - max));
  return t.slice(start, start + max).trim();
}

/** Rounds to two decimals (confidences, scores). */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Clamps to [lo, hi]. */
export const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/** The page text as lines, each trimmed, empties dropped, capped in count. */
export function textLines(text: string, max = 4000): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, max);
}
