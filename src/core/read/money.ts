/**
 * Finds money in text: a number with a currency marker next to it (symbols, local forms, ISO codes,
 * from src/rules/currencies.json), cents, or a percentage. This is the small reader the content
 * script runs on every text node to ask "does this text show a price?"; prices themselves are read
 * by readAmounts / readPrice (amounts.ts: ranges, plain-space thousands, shared symbols, ambiguity).
 * Pure; one pass over the text, linear in its length.
 */
import table from '../../rules/currencies.json' with { type: 'json' };
import { applyMultiplier, readRun, scanNumber } from './numbers.ts';

/** The regex source of a magnitude suffix after an amount (price.ts reads "per 1.5k" with it). */
export const MULT = String.raw`(?:k|m|mm|million|thousand|bn)\b`;

// Lookup tables, built once at load.
export const CODES = new Set(`${table.codes} ${table.historic}`.split(' '));
const SYMBOLS = new Map<string, string>(Object.entries(table.symbols));
const WORDS = new Map<string, string>(Object.entries(table.words));
export const CONFUSABLE = new Set(table.confusable);

/** What made a reading uncertain: the currency marker (shared, or two that disagree) or the number. */
export type Ambiguity = 'currency' | 'number';

/** A money amount found in text, before units and periods are read. */
export interface MoneyHit {
  kind: 'money' | 'percent';
  amount: number;
  currency: string | null;
  index: number;
  end: number;
  /** The upper end of a range ("From 26 to 50 €": amount 26, top 50); readAmounts only. */
  top?: number;
  /** Set when the reading is a guess: the price should be shown as uncertain; readAmounts only. */
  ambiguous?: Ambiguity[];
}

/** A currency marker found next to a number; `before` is what precedes it in the same token ("SGD" in "SGD$"). */
export interface Marker { code: string; text: string; index: number; end: number; iso: boolean; before: string }

const LETTER_RE = /\p{L}/u;
/** Beyond ASCII, the spaces JavaScript knows (no-break, ideographic, the U+2000 range, BOM). */
const SPACE_RE = /\s/;
// Character tests on the hot path: plain comparisons first, a Unicode regex only beyond ASCII.
export const isSpace = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  return k <= 32 || (k > 127 && SPACE_RE.test(c));
};
export const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return LETTER_RE.test(c);
};
export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isMark = (c: string | undefined): boolean => c === '.' || c === ',';
export const WORD_AFTER_RE = /^\s*\p{L}/u;
const MAX_TOKEN = 12;

/**
 * The ISO code a currency marker stands for, or null.
 * @example currencyCode('руб.') // 'RUB'
 * @example currencyCode('US$') // 'USD'
 */
export function currencyCode(marker: string): string | null {
  return SYMBOLS.get(marker) ?? WORDS.get(marker.toLowerCase()) ?? (CODES.has(marker) ? marker : null);
}

function marker(text: string, index: number, before = ''): Marker | null {
  const code = currencyCode(text);
  return code ? { code, text, index, end: index + text.length, iso: CODES.has(text), before } : null;
}

/**
 * The marker ending where the number at `start` begins ("US$ 12", "(USD 2179)", "Price:$5"); `from`
 * is where the previous amount's marker ended, so one marker never serves two amounts.
 * @example prefixMarker('Price: €5', 7, 0)?.code // 'EUR'
 */
export function prefixMarker(text: string, start: number, from: number): Marker | null {
  let q = start;
  for (let k = 0; k < 3 && q > from && (text[q - 1] === ' ' || text[q - 1] === ':' || text[q - 1] === '\u00a0'); k++) q--;
  let t = q;
  while (t > from && q - t < MAX_TOKEN && !isSpace(text[t - 1]) && !isDigit(text[t - 1])) t--;
  const token = text.slice(t, q);
  for (let k = 0; k < token.length; k++) {
    if (isLetter(token[k]) && (k > 0 ? isLetter(token[k - 1]) : isLetter(text[t - 1]))) continue;
    const m = marker(token.slice(k), t + k, token.slice(0, k));
    if (m) return m;
  }
  return null;
}

/** The token right after an amount ("Kč", "€HT", "DKK/stk", "%"): up to the next space or digit, after at most two spaces (`gap`). */
export interface Token { text: string; index: number; gap: number }
export function suffixToken(text: string, at: number): Token | null {
  let q = at;
  while (q - at < 2 && (text[q] === ' ' || text[q] === '\u00a0' || text[q] === '\u202f')) q++;
  let t = q;
  while (t < text.length && t - q < MAX_TOKEN && !isSpace(text[t]) && !isDigit(text[t])) t++;
  return t > q ? { text: text.slice(q, t), index: q, gap: q - at } : null;
}

/** The longest start of a token that `accept` takes without cutting a word ("kr" is not in "krona"). */
export function tokenStart<T>(tok: Token | null, text: string, maxGap: number, accept: (s: string) => T | null): { value: T; end: number } | null {
  if (!tok || tok.gap > maxGap) return null;
  for (let k = tok.text.length; k > 0; k--) {
    const next = k < tok.text.length ? tok.text[k] : text[tok.index + k];
    if (isLetter(tok.text[k - 1]) && (isLetter(next) || isDigit(next))) continue;
    const value = accept(tok.text.slice(0, k));
    if (value !== null) return { value, end: tok.index + k };
  }
  return null;
}

/** The currency marker right after an amount ("9 800 Kč", "184,20 €HT"). */
export function suffixMarker(text: string, at: number, tok = suffixToken(text, at)): Marker | null {
  return tokenStart(tok, text, 2, (s) => marker(s, tok!.index))?.value ?? null;
}

const CENTS_RE = /^(?:¢|cents?)$/i;
const MULT_RE = /^(?:k|m|mm|million|thousand|bn|billion)$/i;
const word = (re: RegExp) => (s: string): string | null => (re.test(s) ? s : null);
export const isCents = word(CENTS_RE);
export const isMultiplier = word(MULT_RE);
export const isPence = (s: string) => (s === 'p' ? s : null);

/** Where the next number starts at or after `from`: its first digit, or up to two marks before it (".75"). */
export function nextNumber(text: string, from: number): number {
  const n = text.length;
  let p = from;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c >= 48 && c <= 57) break;
    p++;
  }
  if (p >= n) return -1;
  let start = p;
  for (let k = 0; k < 2 && start - 1 >= from && isMark(text[start - 1]) && !isDigit(text[start - 2]); k++) start--;
  return start;
}

export const NUMBER_AHEAD_RE = /^\s?[.,]?\d/;

/**
 * Every money amount and percentage in a text, in order: a number with a currency marker or a cents
 * sign next to it. Thousands grouped by a plain space are not joined here, and shared symbols take
 * their default currency: read prices with readAmounts (amounts.ts).
 * @example findMoney('From $29/mo')[0] // { kind: 'money', amount: 29, currency: 'USD', index: 5, end: 8 }
 */
export function findMoney(text: string): MoneyHit[] {
  const hits: MoneyHit[] = [];
  let pos = 0;
  let used = 0;
  while (pos < text.length) {
    const start = nextNumber(text, pos);
    if (start < 0) break;
    const run = scanNumber(text, start, false);
    if (!run) { pos = start + 1; continue; }
    pos = run.end;
    const reading = readRun(run);
    if (!reading) continue;
    let tok = suffixToken(text, run.end);
    if (tok && tok.gap <= 1 && tok.text[0] === '%') {
      if (reading.value <= 100) hits.push({ kind: 'percent', amount: reading.value, currency: null, index: start, end: tok.index + 1 });
      pos = tok.index + 1;
      continue;
    }
    let end = run.end;
    const mult = tokenStart(tok, text, 1, isMultiplier);
    if (mult) { end = mult.end; tok = suffixToken(text, end); }
    const ok = (m: Marker | null) => (m && (!CONFUSABLE.has(m.text) || reading.decimals === 2 || reading.grouped) ? m : null);
    const pre = ok(prefixMarker(text, start, used));
    let suf = ok(suffixMarker(text, end, tok));
    if (suf && pre && NUMBER_AHEAD_RE.test(text.slice(suf.end, suf.end + 3))) suf = null;
    const amount = applyMultiplier(reading.value, mult?.value);
    if (pre || suf) {
      // A trailing ISO code beats a leading symbol ("$1,190.00 AUD").
      const m = suf && (suf.iso || !pre) ? suf : pre!;
      if (suf) { end = suf.end; pos = Math.max(pos, end); used = end; }
      hits.push({ kind: 'money', amount, currency: m.code, index: pre ? Math.min(pre.index, start) : start, end });
      continue;
    }
    const cents = tokenStart(tok, text, 1, isCents)
      ?? (run.groups.length === 1 && run.groups[0]!.length <= 2 && !run.lead ? tokenStart(tok, text, 0, isPence) : null);
    if (cents) {
      hits.push({ kind: 'money', amount: reading.value / 100, currency: cents.value === 'p' ? 'GBP' : null, index: start, end: cents.end });
      pos = cents.end;
    }
  }
  return hits;
}
