/**
 * Number reading for prices and limits: US ("1,234.56"), European ("1.234,56", "1 234,56"), Swiss
 * ("1'049,95"), Indian ("1,23,456") styles, a space after the decimal mark ("119. 95"), stray marks
 * ("$..75"). Pure, linear in the length of the text.
 */

/** The regex source of a written number: grouped thousands, decimals, or a bare ".5". */
// Thousands may be grouped by , . ' or a no-break space; never by a plain space, which would read
// "$29 100 users" as 29100 (money.ts decides plain-space grouping from the currency around it).
export const NUMBER_SRC = String.raw`(?:\d{1,3}(?:[,.\u00a0\u202f']\d{3})+(?!\d)(?:[.,]\d{1,6})?|\d+(?:[.,]\d{1,6})?|[.,]\d{1,6})`;

const MULTIPLIERS: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6, mio: 1e6, millionen: 1e6, millones: 1e6, b: 1e9, bn: 1e9, billion: 1e9,
};

/** A written number as scanned: its digit groups and the separators between them, before reading. */
export interface NumberRun {
  start: number;
  end: number;
  /** Stray decimal marks before the first digit (".75", "..75"). */
  lead: string;
  groups: string[];
  /** One separator between each two groups: "," "." a space kind, an apostrophe, or ". " / ", " (spaced decimal mark). */
  seps: string[];
}

/** How a run reads: its value, how many decimals it was written with, whether it grouped thousands. */
export interface NumberReading { value: number; decimals: number; grouped: boolean; ambiguous: boolean }

const THOUSANDS_ONLY = "'’\u00a0\u202f\u2009 ";
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isMark = (c: string | undefined): boolean => c === '.' || c === ',';
const threeDigitsAt = (s: string, p: number): boolean =>
  isDigit(s[p]) && isDigit(s[p + 1]) && isDigit(s[p + 2]) && !isDigit(s[p + 3]);

/**
 * Scans the written number starting at `start` (a digit, or one or two marks before a digit). A space,
 * apostrophe or no-break space joins only a following group of exactly three digits; a plain space only
 * when `spaces` is true. Returns null when no number starts there.
 * @example scanNumber('€ 1 234,56', 2) // { start: 2, end: 10, lead: '', groups: ['1', '234', '56'], seps: [' ', ','] }
 */
export function scanNumber(text: string, start: number, spaces = true): NumberRun | null {
  let p = start;
  let lead = '';
  while (isMark(text[p]) && lead.length < 2) lead += text[p++];
  if (!isDigit(text[p])) return null;
  const groups: string[] = [];
  const seps: string[] = [];
  for (;;) {
    const g = p;
    while (isDigit(text[p])) p++;
    groups.push(text.slice(g, p));
    const c = text[p];
    if (isMark(c) && isDigit(text[p + 1])) { seps.push(c!); p++; continue; }
    // "119. 95": a decimal mark, one space, exactly two digits.
    if (isMark(c) && text[p + 1] === ' ' && isDigit(text[p + 2]) && isDigit(text[p + 3]) && !isDigit(text[p + 4])
      && !(isMark(text[p + 4]) && isDigit(text[p + 5]))) {
      seps.push(`${c} `);
      groups.push(text.slice(p + 2, p + 4));
      p += 4;
      break;
    }
    if (c !== undefined && THOUSANDS_ONLY.includes(c) && (spaces || c !== ' ') && threeDigitsAt(text, p + 1)) {
      seps.push(c);
      p++;
      continue;
    }
    break;
  }
  return { start, end: p, lead, groups, seps };
}

const sepClass = (s: string): string => (s === "'" || s === '’' ? "'" : THOUSANDS_ONLY.includes(s) ? ' ' : s);

function validGrouping(groups: string[], seps: string[]): boolean {
  if (seps.length === 0) return true;
  const kind = sepClass(seps[0]!);
  if (kind.length > 1 || seps.some((s) => sepClass(s) !== kind)) return false;
  const [first, ...rest] = groups;
  if (first!.length <= 3 && rest.every((g) => g.length === 3)) return true;
  // Indian lakh grouping: "1,23,45,678".
  return kind === ',' && first!.length <= 2 && rest.at(-1)!.length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
}

/**
 * Reads a scanned run. With one mark and three digits after it, the mark groups thousands ("1,000",
 * "1.000") unless the integer part is 0 ("0.125") or the currency has three minor digits (`minor3`:
 * then it is the decimal mark, flagged ambiguous). With both marks, the last is the decimal mark.
 * Null when the run is not a number ("15.08.2017"). See readRunWithMark when the decimal mark is known.
 * @example readRun(scanNumber('1.234,56', 0)!)?.value // 1234.56
 */
export function readRun(run: NumberRun, opts: { minor3?: boolean } = {}): NumberReading | null {
  const { groups, seps } = run;
  let ambiguous = false;
  if (run.lead) {
    if (groups.length === 1) {
      const value = Number(`0.${groups[0]}`);
      return Number.isFinite(value) ? { value, decimals: groups[0]!.length, grouped: false, ambiguous: run.lead.length > 1 } : null;
    }
    ambiguous = true; // "$.750.30": a stray mark before a number that has its own
  }
  const n = groups.length;
  let dec = -1; // index of the decimal mark in seps
  if (n > 1) {
    const last = seps[n - 2]!;
    if (last.length === 2) dec = n - 2;
    else if (isMark(last)) {
      const others = seps.slice(0, n - 2);
      if (others.length > 0) dec = others.includes(last) ? -1 : n - 2;
      else if (groups[1]!.length !== 3 || groups[0]!.length > 3 || /^0+$/.test(groups[0]!)) dec = 0;
      else if (opts.minor3) { dec = 0; ambiguous = true; }
    }
  }
  const intGroups = dec >= 0 ? groups.slice(0, dec + 1) : groups;
  if (!validGrouping(intGroups, dec >= 0 ? seps.slice(0, dec) : seps)) return null;
  const fraction = dec >= 0 ? groups[dec + 1]! : '';
  const value = Number(intGroups.join('') + (fraction ? `.${fraction}` : ''));
  if (!Number.isFinite(value)) return null;
  return { value, decimals: fraction.length, grouped: intGroups.length > 1, ambiguous };
}

/**
 * Reads a scanned run when the caller knows the decimal mark: the other mark and spaces only group thousands.
 * @example readRunWithMark(scanNumber('..75,333', 0)!, ',')?.value // 75.333
 */
export function readRunWithMark(run: NumberRun, mark: '.' | ','): NumberReading | null {
  let s = run.lead;
  run.groups.forEach((g, i) => { s += (i > 0 ? run.seps[i - 1]!.trim() : '') + g; });
  s = s.replace(/[^\d.,]/g, '').split(mark === '.' ? ',' : '.').join('');
  const at = s.lastIndexOf(mark);
  const fraction = at >= 0 ? s.slice(at + 1) : '';
  const value = Number(`${at >= 0 ? s.slice(0, at).split(mark).join('') : s}${at >= 0 ? `.${fraction}` : ''}` || 'x');
  return Number.isFinite(value) ? { value, decimals: fraction.length, grouped: run.groups.length > 1, ambiguous: false } : null;
}

/**
 * Parses a written number (the whole string, spaces around it ignored).
 * @example parseNumber('1.234,56') // 1234.56
 * @example parseNumber('2,500') // 2500
 * @example parseNumber('0.0004') // 0.0004
 */
export function parseNumber(raw: string): number | null {
  const text = raw.trim();
  const run = scanNumber(text, 0);
  if (!run || run.end !== text.length) return null;
  return readRun(run)?.value ?? null;
}

/**
 * Applies a magnitude suffix ("k", "M", "million") to a number.
 * @example applyMultiplier(1.5, 'M') // 1500000
 */
export function applyMultiplier(n: number, suffix: string | undefined): number {
  if (!suffix) return n;
  const factor = MULTIPLIERS[suffix.toLowerCase()];
  return factor === undefined ? n : Math.round(n * factor * 1e6) / 1e6;
}
