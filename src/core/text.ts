/** Small text helpers shared by the engines. Pure. */
import { mayMatch } from './literals.ts';

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
/**
 * A letter of the Latin scripts (either case under /i), for patterns that also fold case: \p{L} with
 * /iu makes V8 fold the whole Unicode letter set, several times dearer to compile than the pattern's
 * own words. The rules' words are all Latin; a letter of another script is no word of theirs.
 */
export const LETTER = 'a-zß-öø-ɏḀ-ỿ';

export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Clamps to [lo, hi]. */
export const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/** The page text as lines, each trimmed, empties dropped, capped in count. */
export function textLines(text: string, max = 4000): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, max);
}

/** A match of a pattern in a block of lines, with the line it sits in and its offset there. */
export interface LineMatch { line: string; lineStart: number; at: number; match: RegExpExecArray }

/**
 * Up to `max` matches of a global pattern in `text` (lines joined by "\n"), at most one per line, in
 * page order. One pass of the regular expression engine over the whole block instead of one call per
 * line: on a long page that is most of the classifier's time. None when `within` (texts holding every
 * word of `text`; see mayMatch) cannot hold a match.
 * @example matchLines(/\bper user\b/giu, 'Pro\n$9 per user', 3)[0]?.line // '$9 per user'
 */
export function matchLines(re: RegExp, text: string, max: number, within: readonly string[] = [text]): LineMatch[] {
  const out: LineMatch[] = [];
  if (!mayMatch(re, within)) return out;
  re.lastIndex = 0;
  while (out.length < max) {
    const match = re.exec(text);
    if (!match) break;
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const end = text.indexOf('\n', match.index);
    const lineEnd = end < 0 ? text.length : end;
    out.push({ line: text.slice(lineStart, lineEnd), lineStart, at: match.index - lineStart, match });
    re.lastIndex = lineEnd + 1;
    if (re.lastIndex > text.length) break;
  }
  re.lastIndex = 0;
  return out;
}
