/**
 * Finds money amounts in text: the number, its currency (symbols, local forms, ISO codes, from
 * src/rules/currencies.json), cents, percentages and ranges. What the amount is per, and for how long,
 * is read by price.ts. Pure; one pass over the text, linear in its length.
 */
import table from '../../rules/currencies.json' with { type: 'json' };
import { applyMultiplier, readRun, scanNumber, type NumberRun } from './numbers.ts';

/** The regex source of a magnitude suffix after an amount (price.ts reads "per 1.5k" with it). */
export const MULT = String.raw`(?:k|m|mm|million|thousand|bn)\b`;

// Lookup tables, built once at load.
const CODES = new Set(`${table.codes} ${table.historic}`.split(' '));
const SYMBOLS = new Map<string, string>(Object.entries(table.symbols));
const WORDS = new Map<string, string>(Object.entries(table.words));
const SHARED = new Map<string, { codes: string[]; flag: boolean }>(Object.entries(table.shared));
const QUALIFIERS = new Map<string, string>(Object.entries(table.qualifiers));
const CONFUSABLE = new Set(table.confusable);
const THREE_DECIMALS = new Set(table.threeDecimals);

/** What made a reading uncertain: the currency marker (shared, or two that disagree) or the number. */
export type Ambiguity = 'currency' | 'number';

/** A money amount found in text, before units and periods are read. */
export interface MoneyHit {
  kind: 'money' | 'percent';
  amount: number;
  currency: string | null;
  index: number;
  end: number;
  /** The upper end of a range ("From 26 to 50 €": amount 26, top 50). */
  top?: number;
  /** Set when the reading is a guess: the price should be shown as uncertain, not trusted. */
  ambiguous?: Ambiguity[];
}

interface Marker { code: string; text: string; index: number; end: number; iso: boolean }
interface Read {
  kind: 'money' | 'percent' | 'number';
  amount: number;
  currency: string | null;
  index: number;
  end: number;
  style: 'prefix' | 'suffix' | 'none';
  top?: number;
  ambiguous?: Ambiguity[];
}

/** Options of a reading: the page's currency (settles "$", "kr", "¥"), a known decimal mark, a bare read. */
export interface ReadOptions { currency?: string | null; decimal?: '.' | ','; bare?: boolean }

const SPACE_RE = /\s/u;
const LETTER_RE = /\p{L}/u;
const isSpace = (c: string | undefined) => c !== undefined && SPACE_RE.test(c);
const isLetter = (c: string | undefined) => c !== undefined && LETTER_RE.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const MAX_TOKEN = 12;

/**
 * The ISO code a currency marker stands for, or null.
 * @example currencyCode('руб.') // 'RUB'
 * @example currencyCode('US$') // 'USD'
 */
export function currencyCode(marker: string): string | null {
  return SYMBOLS.get(marker) ?? WORDS.get(marker.toLowerCase()) ?? (CODES.has(marker) ? marker : null);
}

const sharedOf = (m: Marker) => SHARED.get(m.text) ?? SHARED.get(m.text.toLowerCase());

function marker(text: string, index: number): Marker | null {
  const code = currencyCode(text);
  return code ? { code, text, index, end: index + text.length, iso: CODES.has(text) } : null;
}

// The marker ending where the number starts ("US$ 12", "(USD 2179)", "Price:$5"); `from` is where
// the previous amount's marker ended, so one marker never serves two amounts.
function prefixMarker(text: string, start: number, from: number): Marker | null {
  let q = start;
  for (let k = 0; k < 3 && q > from && (text[q - 1] === ' ' || text[q - 1] === ':' || text[q - 1] === '\u00a0'); k++) q--;
  let t = q;
  while (t > from && q - t < MAX_TOKEN && !isSpace(text[t - 1]) && !isDigit(text[t - 1])) t--;
  const token = text.slice(t, q);
  for (let k = 0; k < token.length; k++) {
    if (isLetter(token[k]) && (k > 0 ? isLetter(token[k - 1]) : isLetter(text[t - 1]))) continue;
    const m = marker(token.slice(k), t + k);
    if (!m) continue;
    if (SHARED.has(m.text) || m.text === '$') return qualify(m, token.slice(0, k).replace(/\P{L}+/gu, ''), text, t, from);
    return m;
  }
  return null;
}

// "US $5", "NZD $100", "SGD$4.90": a country or ISO code before a shared symbol names the currency.
function qualify(m: Marker, glued: string, text: string, t: number, from: number): Marker {
  let q = glued;
  let at = t;
  if (!q) {
    let p = t;
    if (text[p - 1] === ' ') p--;
    let s = p;
    while (s > from && p - s < 4 && isLetter(text[s - 1])) s--;
    if (s < p && !isLetter(text[s - 1])) { q = text.slice(s, p); at = s; }
  }
  const code = QUALIFIERS.get(q) ?? (CODES.has(q) && sharedOf(m)?.codes.includes(q) ? q : null);
  return code ? { ...m, code, index: Math.min(at, m.index), iso: true } : m;
}

// The word or symbol right after an amount ("9 800 Kč", "184,20 €HT", "DKK/stk"): the longest
// known prefix of the next token that does not cut a word.
function suffixToken(text: string, at: number, gap: number): { text: string; index: number } | null {
  let q = at;
  for (let k = 0; k < gap && (text[q] === ' ' || text[q] === '\u00a0' || text[q] === '\u202f'); k++) q++;
  let t = q;
  while (t < text.length && t - q < MAX_TOKEN && !isSpace(text[t]) && !isDigit(text[t])) t++;
  return t > q ? { text: text.slice(q, t), index: q } : null;
}

function suffixMarker(text: string, at: number): Marker | null {
  const tok = suffixToken(text, at, 2);
  if (!tok) return null;
  for (let k = tok.text.length; k > 0; k--) {
    const next = k < tok.text.length ? tok.text[k] : text[tok.index + k];
    if (isLetter(tok.text[k - 1]) && (isLetter(next) || isDigit(next))) continue;
    const m = marker(tok.text.slice(0, k), tok.index);
    if (m) return m;
  }
  return null;
}

// A word (not a symbol) of a suffix token: "%", "¢", "cents", "k", "p".
function suffixWord(text: string, at: number, gap: number, words: (w: string) => boolean): { word: string; end: number } | null {
  const tok = suffixToken(text, at, gap);
  if (!tok) return null;
  for (let k = Math.min(tok.text.length, 8); k > 0; k--) {
    const next = k < tok.text.length ? tok.text[k] : text[tok.index + k];
    if (isLetter(tok.text[k - 1]) && (isLetter(next) || isDigit(next))) continue;
    if (words(tok.text.slice(0, k))) return { word: tok.text.slice(0, k), end: tok.index + k };
  }
  return null;
}

const isCents = (w: string) => w === '¢' || /^cents?$/iu.test(w);
const isMultiplier = (w: string) => /^(?:k|m|mm|million|thousand|bn|billion)$/iu.test(w);

// Two markers around one amount: a trailing ISO code beats a leading "$" ("$1,190.00 AUD").
function pickCurrency(pre: Marker | null, suf: Marker | null, page: string | null | undefined): { code: string | null; ambiguous: boolean } {
  if (pre && suf && pre.code !== suf.code) {
    const [iso, other] = suf.iso ? [suf, pre] : pre.iso ? [pre, suf] : [null, null];
    if (iso && other && sharedOf(other)?.codes.includes(iso.code)) return { code: iso.code, ambiguous: false };
    return { code: (iso ?? pre).code, ambiguous: true };
  }
  const m = pre ?? suf;
  if (!m) return { code: null, ambiguous: false };
  const shared = sharedOf(m);
  if (!shared || m.code !== shared.codes[0]) return { code: m.code, ambiguous: false };
  if (page && shared.codes.includes(page)) return { code: page, ambiguous: false };
  return { code: m.code, ambiguous: shared.flag };
}

// A plain space groups thousands only where the text says so: a decimal part ("1 234,56"), a currency
// after the number ("7 990 kr"), a currency before it and no word after it ("DEM 170 000"), or a
// bare read of the whole string ("40 130").
function spaceGroupingHolds(text: string, run: NumberRun, pre: Marker | null, opts: ReadOptions): boolean {
  const firstSpace = run.seps.indexOf(' ');
  if (run.seps.slice(firstSpace + 1).some((s) => s.startsWith('.') || s.startsWith(','))) return true;
  if (suffixMarker(text, run.end)) return true;
  const rest = text.slice(run.end, run.end + 24);
  if (pre && !/^\s*\p{L}/u.test(rest)) return true;
  return opts.bare === true && !/\p{L}|\d/u.test(text.slice(0, run.start) + text.slice(run.end));
}

function cut(run: NumberRun): NumberRun {
  const k = run.seps.indexOf(' ');
  const groups = run.groups.slice(0, k + 1);
  return { ...run, groups, seps: run.seps.slice(0, k), end: run.start + run.lead.length + groups.join('').length + k };
}

const START_RE = /[.,]{0,2}\d/g;
const ZERO_CENTS_RE = /^[.,]\s?[–-](?![\d–-])/u;
const EURO_CENTS_RE = /^ ?(\d{2})(?!\d)/u;

function scan(text: string, opts: ReadOptions): Read[] {
  const reads: Read[] = [];
  let pos = 0;
  let used = 0; // end of the last marker an amount took
  let noSpaceUntil = 0;
  while (pos < text.length) {
    START_RE.lastIndex = pos;
    const found = START_RE.exec(text);
    if (!found) break;
    let start = found.index;
    if (start > 0 && isDigit(text[start - 1])) start += found[0].length - 1;
    let run = scanNumber(text, start, start >= noSpaceUntil);
    if (!run) { pos = start + 1; continue; }
    const ambiguous: Ambiguity[] = [];
    const pre = prefixMarker(text, start, used);
    if (run.seps.includes(' ') && !spaceGroupingHolds(text, run, pre, opts)) {
      if (pre || suffixMarker(text, run.end)) ambiguous.push('number');
      noSpaceUntil = run.end;
      run = cut(run);
    }
    // "$119. 95" reads 119.95; with a word after it ("$29. 30 users") that is a guess.
    if (run.seps.at(-1)?.length === 2 && /^\s*\p{L}/u.test(text.slice(run.end, run.end + 3)) && !suffixMarker(text, run.end)) {
      ambiguous.push('number');
    }
    let end = run.end;
    pos = run.end;
    const pct = suffixWord(text, end, 1, (w) => w === '%');
    if (pct) {
      const r = readRun(run, { decimal: opts.decimal });
      if (r && r.value <= 100) reads.push({ kind: 'percent', amount: r.value, currency: null, index: start, end: pct.end, style: 'none' });
      pos = pct.end;
      continue;
    }
    const zero = ZERO_CENTS_RE.exec(text.slice(end, end + 4));
    if (zero) end += zero[0].length;
    const mult = suffixWord(text, end, 1, isMultiplier);
    if (mult) end = mult.end;
    let suf = suffixMarker(text, end);
    // "€ 10.00 € 8.00": after an amount that has its marker in front, a marker followed by a number is the next one's.
    if (suf && pre && /^\s?[.,]?\d/u.test(text.slice(suf.end, suf.end + 3))) suf = null;
    const cents = !pre && !suf ? suffixWord(text, end, 1, isCents) : null;
    const pence = !pre && !suf && !cents && run.groups.length === 1 && run.groups[0]!.length <= 2 && !run.lead
      ? suffixWord(text, end, 0, (w) => w === 'p') : null;
    const minor3 = [pre, suf].some((m) => m && THREE_DECIMALS.has(m.code));
    const reading = readRun(run, { decimal: opts.decimal, minor3 });
    if (!reading) continue;
    let amount = applyMultiplier(reading.value, mult?.word);
    const usable = (m: Marker | null) =>
      m && (!CONFUSABLE.has(m.text) || reading.decimals === 2 || reading.grouped) ? m : null;
    const chosen = pickCurrency(usable(pre), usable(suf), opts.currency);
    if (chosen.ambiguous) ambiguous.push('currency');
    if (reading.ambiguous) ambiguous.push('number');
    let index = start;
    let kind: Read['kind'] = chosen.code ? 'money' : 'number';
    let currency = chosen.code;
    if (usable(pre)) index = Math.min(pre!.index, start);
    if (usable(suf)) {
      end = suf!.end;
      pos = Math.max(pos, end);
      used = end;
      // "35€ 99": French cents after the euro sign.
      const euroCents = suf!.text === '€' && suf!.index === run.end && reading.decimals === 0 && !reading.grouped
        ? EURO_CENTS_RE.exec(text.slice(end, end + 4)) : null;
      if (euroCents) { amount += Number(euroCents[1]) / 100; end += euroCents[0].length; pos = end; }
    } else if (cents || pence) {
      amount = reading.value / 100;
      end = (cents ?? pence)!.end;
      pos = end;
      kind = 'money';
      currency = pence ? 'GBP' : null;
    }
    reads.push({
      kind, amount, currency, index, end, style: usable(suf) ? 'suffix' : usable(pre) ? 'prefix' : 'none',
      ...(ambiguous.length ? { ambiguous } : {}),
    });
  }
  return joinRanges(text, reads);
}

const RANGE_GAP_RE = /^\s*(?:-|–|—|~|to|bis|à|až|do|до)\s*$/iu;

// "From 26 to 50 €", "$45,000 - $70,000", "$10–20/mo": one amount with a top.
function joinRanges(text: string, reads: Read[]): Read[] {
  const out: Read[] = [];
  for (let i = 0; i < reads.length; i++) {
    const a = reads[i]!;
    const b = reads[i + 1];
    if (b && a.kind !== 'percent' && b.kind !== 'percent' && b.amount > a.amount
      && (a.currency === null || b.currency === null || a.currency === b.currency)
      && (a.currency !== null || b.currency !== null)
      && (a.style === 'none' ? b.style === 'suffix'
        : a.style === 'prefix' ? b.style === 'prefix' || (b.style === 'none' && !/^\s*\p{L}/u.test(text.slice(b.end, b.end + 3)))
          : b.style === 'suffix')
      && RANGE_GAP_RE.test(text.slice(a.end, b.index))) {
      const ambiguous = [...new Set([...(a.ambiguous ?? []), ...(b.ambiguous ?? [])])];
      out.push({
        ...a, kind: 'money', currency: a.currency ?? b.currency, top: b.amount, end: b.end,
        ...(ambiguous.length ? { ambiguous } : {}),
      });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

const toHit = (r: Read): MoneyHit => ({
  kind: r.kind === 'percent' ? 'percent' : 'money', amount: r.amount, currency: r.currency, index: r.index, end: r.end,
  ...(r.top !== undefined ? { top: r.top } : {}), ...(r.ambiguous ? { ambiguous: r.ambiguous } : {}),
});

/**
 * Every money amount and percentage in a text, in order. An amount counts as money when a currency
 * marker or a cents sign stands next to it; bare numbers are left to the caller.
 * @example findMoney('From $29/mo')[0] // { kind: 'money', amount: 29, currency: 'USD', index: 5, end: 8 }
 */
export function findMoney(text: string, options: { currency?: string | null } = {}): MoneyHit[] {
  return scan(text, options).filter((r) => r.kind !== 'number').map(toHit);
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
  new RegExp(`^[^\\p{L}\\d]*(?:${list.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?!\\p{L})`, 'iu');

/**
 * Reads the one price a price string shows (a price cell, a JSON-LD price, a data-price attribute):
 * the first amount with a currency. With `bare`, a number without any currency is read too (currency
 * stays null unless `currency` gives the page's). "Free" reads 0; "Contact us" reads no amount and
 * contactSales. Never throws.
 * @example readPrice('From 26 to 50 €') // { amount: 26, currency: 'EUR', top: 50 }
 * @example readPrice('1 298,00', { bare: true }) // { amount: 1298, currency: null }
 */
export function readPrice(text: string | null | undefined, options: ReadOptions = {}): PriceReading {
  const t = typeof text === 'string' ? text : '';
  const reads = scan(t, options);
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
