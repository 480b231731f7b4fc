/**
 * Reads money amounts from text the way a price needs them: plain-space thousands where the currency
 * says so ("7 990 kr"), ranges with their top ("From 26 to 50 €"), shared symbols settled by the page's
 * currency ("$", "kr", "¥"), two markers that disagree, and an ambiguity flag wherever the reading is a
 * guess. readPrice reads one price string, with a bare read for price columns and data attributes.
 * The content script only asks whether a text shows money: it uses the smaller findMoney (money.ts).
 * Pure; one pass over the text, linear in its length.
 */
import table from '../../rules/price-strings.json' with { type: 'json' };
import { applyMultiplier, readRun, readRunWithMark, scanNumber, type NumberReading, type NumberRun } from './numbers.ts';
import {
  CODES, CONFUSABLE, NUMBER_AHEAD_RE, WORD_AFTER_RE, isCents, isDigit, isLetter, isMark, isMultiplier, isPence,
  nextNumber, prefixMarker, suffixMarker, suffixToken, tokenStart, type Ambiguity, type Marker, type MoneyHit, type Token,
} from './money.ts';

const SHARED = new Map(Object.entries(table.shared).map(([m, codes]) => [m, codes.split(' ')]));
const FLAGGED = new Set(table.flagged);
const QUALIFIERS = new Map<string, string>(Object.entries(table.qualifiers));
const THREE_DECIMALS = new Set(table.threeDecimals);
const sharedOf = (m: Marker) => SHARED.get(m.text) ?? SHARED.get(m.text.toLowerCase());

// A hit while scanning: bare numbers ('number') too, which may start a range ("26 to 50 €").
type Read = Omit<MoneyHit, 'kind'> & { kind: MoneyHit['kind'] | 'number' };
// Where a read's currency stood: before it, after it, or nowhere.
type Style = 'prefix' | 'suffix' | 'none';

/** Options of a reading: the page's currency (settles "$", "kr", "¥"), a known decimal mark, a bare read. */
export interface ReadOptions { currency?: string | null; decimal?: '.' | ','; bare?: boolean }

// "US $5", "NZD $100", "SGD$4.90": a country or ISO code before a shared symbol names the currency.
function qualify(m: Marker, text: string, from: number): Marker {
  if (!SHARED.has(m.text) && m.text !== '$') return m;
  let q = m.before.replace(/\P{L}+/gu, '');
  const t = m.index - m.before.length;
  let at = t;
  if (!q) {
    let p = t;
    if (text[p - 1] === ' ') p--;
    let s = p;
    while (s > from && p - s < 4 && isLetter(text[s - 1])) s--;
    if (s < p && !isLetter(text[s - 1])) { q = text.slice(s, p); at = s; }
  }
  const code = QUALIFIERS.get(q) ?? (CODES.has(q) && sharedOf(m)?.includes(q) ? q : null);
  return code ? { ...m, code, index: Math.min(at, m.index), iso: true } : m;
}

const readNumber = (run: NumberRun, opts: ReadOptions, minor3: boolean): NumberReading | null =>
  (opts.decimal ? readRunWithMark(run, opts.decimal) : readRun(run, { minor3 }));

// Two markers around one amount: a trailing ISO code beats a leading "$" ("$1,190.00 AUD").
function pickCurrency(pre: Marker | null, suf: Marker | null, page: string | null | undefined): { code: string | null; ambiguous: boolean } {
  if (pre && suf && pre.code !== suf.code) {
    const [iso, other] = suf.iso ? [suf, pre] : pre.iso ? [pre, suf] : [null, null];
    if (iso && other && sharedOf(other)?.includes(iso.code)) return { code: iso.code, ambiguous: false };
    return { code: (iso ?? pre).code, ambiguous: true };
  }
  const m = pre ?? suf;
  if (!m) return { code: null, ambiguous: false };
  const shared = sharedOf(m);
  if (!shared || m.code !== shared[0]) return { code: m.code, ambiguous: false };
  if (page && shared.includes(page)) return { code: page, ambiguous: false };
  return { code: m.code, ambiguous: FLAGGED.has(m.text) || FLAGGED.has(m.text.toLowerCase()) };
}

// A plain space groups thousands only where the text says so: a decimal part ("1 234,56"), a currency
// after the number ("7 990 kr"), a currency before it and no word after it ("DEM 170 000"), or a
// bare read of the whole string ("40 130").
function spaceGroupingHolds(
  text: string, run: NumberRun, pre: Marker | null, tok: Token | null, opts: ReadOptions, whole: () => [number, number],
): boolean {
  const firstSpace = run.seps.indexOf(' ');
  if (run.seps.slice(firstSpace + 1).some((s) => s.startsWith('.') || s.startsWith(','))) return true;
  if (suffixMarker(text, run.end, tok)) return true;
  const rest = text.slice(run.end, run.end + 24);
  if (pre && !WORD_AFTER_RE.test(rest)) return true;
  if (opts.bare !== true) return false;
  const [first, last] = whole();
  return run.start === first && run.end === last;
}

// Where the letters and digits of a text begin and end (a bare read of "  40 130 " is the whole string).
const SIGNIFICANT_RE = /[\p{L}\d]/u;
function significantSpan(text: string): [number, number] {
  let last = text.length;
  while (last > 0 && !SIGNIFICANT_RE.test(text[last - 1]!)) last--;
  return [text.search(SIGNIFICANT_RE), last];
}

function cut(run: NumberRun): NumberRun {
  const k = run.seps.indexOf(' ');
  const groups = run.groups.slice(0, k + 1);
  return { ...run, groups, seps: run.seps.slice(0, k), end: run.start + run.lead.length + groups.join('').length + k };
}

// A marker that is also a word ("TOP", "R") counts only next to cents or grouped thousands.
const usable = (m: Marker | null, r: NumberReading): Marker | null =>
  m && (!CONFUSABLE.has(m.text) || r.decimals === 2 || r.grouped) ? m : null;

const ZERO_CENTS_RE = /^[.,]\s?[–-](?![\d–-])/;
const EURO_CENTS_RE = /^ ?(\d{2})(?!\d)/;

// Every amount in a text, in order. Bare numbers are kept only while they may start a range, and in a
// bare read (the first one); `first` stops at the first money amount (and the range it may start).
function scan(text: string, opts: ReadOptions, first = false): Read[] {
  const reads: Read[] = [];
  let last: Read | null = null;
  let lastStyle: Style = 'none';
  let keptBare: Read | null = null;
  let firstMoney: Read | null = null;
  let done = false;
  const push = (r: Read, style: Style) => {
    if (last && isRange(text, last, lastStyle, r, style)) {
      const wasBare = last.kind === 'number';
      joinRange(last, r);
      if (wasBare && last !== keptBare) reads.push(last);
      firstMoney ??= last;
      return;
    }
    if (firstMoney) done = true; // the first money amount can no longer grow into a range
    if (r.kind !== 'number') reads.push(r);
    else if (opts.bare && !keptBare) { reads.push(r); keptBare = r; }
    if (r.kind === 'money') firstMoney ??= r;
    last = r;
    lastStyle = style;
  };
  let span: [number, number] | null = null; // walked once, when a bare read first needs it
  const whole = () => (span ??= significantSpan(text));
  let pos = 0;
  let used = 0; // end of the last marker an amount took
  let noSpaceUntil = 0;
  while (pos < text.length) {
    if (first && done) break;
    const start = nextNumber(text, pos);
    if (start < 0) break;
    let run = scanNumber(text, start, start >= noSpaceUntil);
    if (!run) { pos = start + 1; continue; }
    const ambiguous: Ambiguity[] = [];
    const found = prefixMarker(text, start, used);
    const pre = found && qualify(found, text, used);
    let tok = suffixToken(text, run.end);
    if (run.seps.includes(' ') && !spaceGroupingHolds(text, run, pre, tok, opts, whole)) {
      if (pre || suffixMarker(text, run.end, tok)) ambiguous.push('number');
      noSpaceUntil = run.end;
      run = cut(run);
      tok = suffixToken(text, run.end);
    }
    // "$119. 95" reads 119.95; with a word after it ("$29. 30 users") that is a guess.
    if (run.seps.at(-1)?.length === 2 && WORD_AFTER_RE.test(text.slice(run.end, run.end + 3)) && !suffixMarker(text, run.end, tok)) {
      ambiguous.push('number');
    }
    let end = run.end;
    pos = run.end;
    if (tok && tok.gap <= 1 && tok.text[0] === '%') {
      const r = readNumber(run, opts, false);
      if (r && r.value <= 100) push({ kind: 'percent', amount: r.value, currency: null, index: start, end: tok.index + 1 }, 'none');
      pos = tok.index + 1;
      continue;
    }
    if (tok && tok.gap === 0 && isMark(tok.text[0])) {
      const zero = ZERO_CENTS_RE.exec(text.slice(end, end + 4));
      if (zero) { end += zero[0].length; tok = suffixToken(text, end); }
    }
    const mult = tokenStart(tok, text, 1, isMultiplier);
    if (mult) { end = mult.end; tok = suffixToken(text, end); }
    let suf = suffixMarker(text, end, tok);
    // "€ 10.00 € 8.00": after an amount that has its marker in front, a marker followed by a number is the next one's.
    if (suf && pre && NUMBER_AHEAD_RE.test(text.slice(suf.end, suf.end + 3))) suf = null;
    const cents = !pre && !suf ? tokenStart(tok, text, 1, isCents) : null;
    const pence = !pre && !suf && !cents && run.groups.length === 1 && run.groups[0]!.length <= 2 && !run.lead
      ? tokenStart(tok, text, 0, isPence) : null;
    const minor3 = (pre !== null && THREE_DECIMALS.has(pre.code)) || (suf !== null && THREE_DECIMALS.has(suf.code));
    const reading = readNumber(run, opts, minor3);
    if (!reading) continue;
    let amount = applyMultiplier(reading.value, mult?.value);
    const p = usable(pre, reading);
    const s = usable(suf, reading);
    const chosen = pickCurrency(p, s, opts.currency);
    if (chosen.ambiguous) ambiguous.push('currency');
    if (reading.ambiguous) ambiguous.push('number');
    let index = start;
    let kind: Read['kind'] = chosen.code ? 'money' : 'number';
    let currency = chosen.code;
    if (p) index = Math.min(p.index, start);
    if (s) {
      end = s.end;
      pos = Math.max(pos, end);
      used = end;
      // "35€ 99": French cents after the euro sign.
      const euroCents = s.text === '€' && s.index === run.end && reading.decimals === 0 && !reading.grouped
        ? EURO_CENTS_RE.exec(text.slice(end, end + 4)) : null;
      if (euroCents) { amount += Number(euroCents[1]) / 100; end += euroCents[0].length; pos = end; }
    } else if (cents || pence) {
      amount = reading.value / 100;
      end = (cents ?? pence)!.end;
      pos = end;
      kind = 'money';
      currency = pence ? 'GBP' : null;
    }
    const read: Read = { kind, amount, currency, index, end };
    if (ambiguous.length) read.ambiguous = ambiguous;
    push(read, s ? 'suffix' : p ? 'prefix' : 'none');
  }
  return reads;
}

const RANGE_GAP_RE = /^\s*(?:-|–|—|~|to|bis|à|až|do|до)\s*$/i;

// "From 26 to 50 €", "$45,000 - $70,000", "$10–20/mo": two reads that make one amount with a top.
function isRange(text: string, a: Read, as: Style, b: Read, bs: Style): boolean {
  return a.kind !== 'percent' && b.kind !== 'percent' && a.top === undefined && b.amount > a.amount
    && (a.currency === null || b.currency === null || a.currency === b.currency)
    && (a.currency !== null || b.currency !== null)
    && (as === 'none' ? bs === 'suffix'
      : as === 'prefix' ? bs === 'prefix' || (bs === 'none' && !WORD_AFTER_RE.test(text.slice(b.end, b.end + 3)))
        : bs === 'suffix')
    && RANGE_GAP_RE.test(text.slice(a.end, b.index));
}

function joinRange(a: Read, b: Read): void {
  a.kind = 'money';
  a.currency ??= b.currency;
  a.top = b.amount;
  a.end = b.end;
  if (b.ambiguous) a.ambiguous = [...new Set([...(a.ambiguous ?? []), ...b.ambiguous])];
}

/**
 * Every money amount and percentage in a text, in order, read for pricing: an amount is money when a
 * currency marker or a cents sign stands next to it; a range is one hit with its top.
 * @example readAmounts('From $29/mo')[0] // { kind: 'money', amount: 29, currency: 'USD', index: 5, end: 8 }
 * @example readAmounts('99 kr', { currency: 'NOK' })[0]?.currency // 'NOK'
 */
export function readAmounts(text: string, options: { currency?: string | null } = {}): MoneyHit[] {
  // Without a bare read, scan keeps no bare number: every read is money or a percentage.
  return scan(text, { currency: options.currency ?? null }) as MoneyHit[];
}

/** One price read from a price string. */
export interface PriceReading {
  amount: number | null;
  currency: string | null;
  top?: number;
  ambiguous?: Ambiguity[];
  /** "Free", "Free forever": amount 0. */
  free?: boolean;
  /** "Contact us", "Custom", "Let's talk": no amount, ask sales. */
  contactSales?: boolean;
}

let phraseRes: { free: RegExp; contact: RegExp } | null = null;
const phraseRe = (list: string[]) =>
  new RegExp(`^[^\\p{L}\\d]*(?:${list.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[^\\p{L}\\d]*$`, 'iu');

/**
 * Reads the one price a price string shows (a price cell, a JSON-LD price, a data-price attribute):
 * the first amount with a currency. With `bare`, a number without any currency is read too (currency
 * stays null unless `currency` gives the page's). A string that only says "Free" reads 0; one that
 * only says "Contact us" / "Custom" / "Let's talk" reads no amount and contactSales. Never throws.
 * @example readPrice('From 26 to 50 €') // { amount: 26, currency: 'EUR', top: 50 }
 * @example readPrice('1 298,00', { bare: true }) // { amount: 1298, currency: null }
 */
export function readPrice(text: string | null | undefined, options: ReadOptions = {}): PriceReading {
  const t = typeof text === 'string' ? text : '';
  const reads = scan(t, options, true);
  const hit = reads.find((r) => r.kind === 'money') ?? (options.bare ? reads.find((r) => r.kind === 'number') : undefined);
  if (hit) {
    return {
      amount: hit.amount, currency: hit.currency ?? options.currency ?? null,
      ...(hit.top !== undefined ? { top: hit.top } : {}), ...(hit.ambiguous ? { ambiguous: hit.ambiguous } : {}),
    };
  }
  phraseRes ??= { free: phraseRe(table.free), contact: phraseRe(table.contactSales) };
  if (phraseRes.free.test(t)) return { amount: 0, currency: options.currency ?? null, free: true };
  if (phraseRes.contact.test(t)) return { amount: null, currency: null, contactSales: true };
  return { amount: null, currency: null };
}
