/**
 * Reads prices out of a line of text: "$29/mo", "29,99 € pro Nutzer/Monat", "$0.0004 per request",
 * "2.9% + 30¢ per successful card charge", "$12 per 1,000 contacts". Pure.
 */
import type { MetricId, Price } from '../model.ts';
import { NUMBER_SRC, applyMultiplier, parseNumber } from './numbers.ts';
import { MULT } from './money.ts';
import { readAmounts as findMoney } from './amounts.ts';
import { classifyNoun } from './units.ts';
import table from '../../rules/price-strings.json' with { type: 'json' };
import { bracketAfter, bracketBefore } from './brackets.ts';
import { LETTER, snippet } from '../text.ts';
import { rules } from '../rules.ts';

const PER_RE = new RegExp(
  String.raw`(?:/|(?:^|(?<=[\s,(]))(?:(?:per|a|an|each|every|for every|pro|par|por|je)\b(?:\s+(?:additional|extra)\b)?|for (?:each |every |an? )?(?:additional|extra)\b))\s*(?:(?<qty>${NUMBER_SRC})\s?(?<mult>${MULT})?\s*|(?<word>million|thousand)[^\S\n]+)?(?:(?:additional|extra)\s+)?(?<rest>[^\s/,;()]+(?:[ -](?!(?:per|for|each|every|an?|par|pro|por|je)\b)[^\s/,;()]+){0,3})`,
  'gi',
);
// The unit named before the price: "add more users at $15/mo", "Additional 1,000 contacts: $10", "Add contacts in blocks of 1,000 for $5".
const LEAD_RE = new RegExp(
  String.raw`\b(?:add(?:itional)?|extra)\s+(?:(?<qty>${NUMBER_SRC})\s?(?<mult>${MULT})?\s+)?(?:(?:more|new|additional|extra)\s+)?(?<noun>[${LETTER}][${LETTER}-]*(?: [${LETTER}][${LETTER}-]*)?)(?:\s+in\s+(?:blocks|packs|bundles|batches|increments|sets)\s+of\s+(?<block>${NUMBER_SRC})\s?(?<blockMult>${MULT})?)?\s*(?:at|for|from|:|[-–—]|costs?|is|are)?\s*$`,
  'i',
);
// A bare byte unit ("$0.08 / GB") is storage, unless the words just before the price say the bytes
// flow (bandwidth, egress, ingestion) and no storage word stands between them and the price.
const BARE_BYTES_RE = /^(?:[\d.,]+\s*)?(?:gb|gib|tb|tib|mb|pb)(?![\w-])(?!\s+(?:of\s+)?(?:storage|stored|disk|ssd|nvme|space|data|file|backup))/i;
const BYTES_FLOW_RE = /\b(?:bandwidth|(?:data )?transfer(?:red)?|egress|ingress|outbound|traffic|(?:data )?(?:moved|written)|ingest(?:ed|ion)?|logs?|processed|scanned|delivered|cdn|[gtm]b ?(?:\/ ?|per |a )day|daily)\b(?![\s\S]*\b(?:storage|stored|disk|ssd|space|backups?|volumes?)\b)/i;
/** Bytes, in any size. */
export const BYTES_RE = /\b(?:[kmgtp]i?b)\b/i;
/** Bytes kept, said in the price or limit itself: "GB stored", "per GB-month", "SSD", "retention". */
export const STORED_RE = /\b(?:stor(?:ed|age)|disk|ssd|space|backups?|[kmgtp]i?b[- ]?months?|retain(?:ed)?|retention)\b/i;
const ADJECTIVE_PER_RE = /^-\S+\s+(?:rates?|pricing|prices?|fees?|billing|model|basis|discounts?)\b/i;
const ONCE_RE = /\b(?:one[- ]time|once|lifetime|einmalig|unique|to buy|buy (?:it )?outright)\b/i;
const YEAR_RE = /^(?:(?:yr|yrs|year|years|yearly|annum|annually|jahr|an|año|anno|ano|jaar|rok)\b|年)/i;

/** What a price is per: its unit metric, the quantity ("per 1,000"), and its period. */
export interface UnitReading { unit: MetricId | null; per: number; period: Price['period']; unitText: string | null }

/**
 * Reads "per user / month", "/mo", "per 1,000 contacts", "per vCPU-hour" from the text after a price.
 * @example readUnit(' per 1,000 contacts / month') // { unit: 'contacts', per: 1000, period: 'month', unitText: '1,000 contacts' }
 */
export function readUnit(tail: string): UnitReading {
  const out: UnitReading = { unit: null, per: 1, period: null, unitText: null };
  const { periodWords } = rules();
  for (const m of tail.matchAll(PER_RE)) {
    const g = m.groups ?? {};
    const rest = g.rest ?? '';
    // "Discounted per-GB rate" on a line below the price: a kind of pricing named, not this price's unit.
    if (ADJECTIVE_PER_RE.test(rest) && tail.slice(0, m.index).includes('\n')) continue;
    const maybePeriod = out.period === null && !g.qty && !g.word && periodWords.test(rest);
    if (!maybePeriod && out.unit !== null) continue;
    const noun = classifyNoun(rest);
    // A period ("per month"), unless the words name a unit that starts with one ("per monthly active user").
    if (maybePeriod && noun?.index !== 0) {
      out.period = YEAR_RE.test(rest) ? 'year' : /^(?:day|week|hour|minute|second)/i.test(rest) ? null : 'month';
      if (out.period !== null) continue;
    }
    if (out.unit !== null) continue;
    // The noun first, or after one qualifying word ("per standard user", "per APM host"), or a role named
    // in capitals that ends the unit ("per Doc Maker / month"; not "a Quote Core features").
    if (!noun || (noun.index > 1 && !/^(?:\p{Ll}+|\p{Lu}{2,5})\s$/u.test(rest.slice(0, noun.index)) && !TITLED_UNIT_RE.test(rest))) continue;
    const qty = g.qty ? parseNumber(g.qty) : 1;
    out.unit = noun.metric;
    out.per = qty && qty > 0 ? applyMultiplier(qty, g.mult ?? g.word) : 1;
    out.unitText = (g.qty ? `${g.qty}${g.mult ? ` ${g.mult}` : ''} ` : g.word ? `${g.word} ` : '') + rest;
  }
  if (out.period === null && /\b(?:monthly|mo\.?)\b|\bmonth\b/i.test(tail.slice(0, 40)) && !/billed monthly/i.test(tail)) out.period = 'month';
  if (out.period === null && ONCE_RE.test(tail.slice(0, 40))) out.period = 'once';
  return out;
}

/** A unit named as a role, in capitals, two words that end the unit: "Doc Maker/mo", "Full Seat per month". */
const TITLED_UNIT_RE = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+s?\s*(?:$|[/,.;)]|per\b)/u;

// A unit right after the amount, then the period: "$14 seat / month", "$6 user/mo".
const UNIT_FIRST_RE = new RegExp(String.raw`^\s*(?<noun>[${LETTER}][${LETTER}-]*)\s*\/\s*(?:mo|month|yr|year)\b`, 'i');

/** Fills in the unit named between an amount and its period ("$14 seat / month"). */
function unitFirst(tail: string, reading: UnitReading): void {
  const noun = UNIT_FIRST_RE.exec(tail)?.groups?.noun;
  const found = noun ? classifyNoun(noun) : null;
  if (!found || found.index !== 0 || found.text.length !== noun!.length || found.metric === 'flat') return;
  reading.unit = found.metric;
  reading.unitText = noun!;
}

// A rate per a bare count ("$2.50 per additional million") under a label that names the unit ("Requests:").
const PER_COUNT_RE = new RegExp(String.raw`^\s*(?:(?:/|per|for every)\s+(?:(?:additional|extra)\s+)?(?:(?<qty>${NUMBER_SRC})\s?(?<mult>${MULT})?|(?<word>million|thousand))(?!\s*[${LETTER}])|each\b)`, 'i');
const LABEL_RE = new RegExp(String.raw`(?:^|[.;•·|]\s*)(?:(?:extra|additional)\s+)?(?<noun>[${LETTER}][${LETTER} -]{1,30}?)\s*:\s*$`, 'i');

/**
 * Fills in the unit from the words just before a price ("add more users at"; "Requests: $2.50 per
 * million"), when they name one.
 */
function leadUnit(before: string, reading: UnitReading, tail: string): void {
  const count = PER_COUNT_RE.exec(tail);
  const label = count ? LABEL_RE.exec(before.slice(-60)) : null;
  if (label && count) {
    // The label's noun starts it ("Requests:") or ends it as its head ("Referred orders:").
    const said = label.groups!.noun!;
    const noun = classifyNoun(said);
    if (!noun || (noun.index !== 0 && noun.index + noun.text.length !== said.length) || noun.metric === 'flat') return;
    const qty = count.groups?.qty ? parseNumber(count.groups.qty) : 1;
    reading.unit = noun.metric;
    reading.per = applyMultiplier(qty && qty > 0 ? qty : 1, count.groups?.mult ?? count.groups?.word);
    reading.unitText = label[0].trim();
    return;
  }
  const m = LEAD_RE.exec(before.slice(-80));
  const noun = m?.groups?.noun ? classifyNoun(m.groups.noun) : null;
  if (!m || !noun || noun.index !== 0 || noun.metric === 'flat') return;
  // "Add contacts in blocks of 1,000 for $5": the price is per block.
  const qty = m.groups?.qty ? parseNumber(m.groups.qty) : m.groups?.block ? parseNumber(m.groups.block) : null;
  reading.unit = noun.metric;
  reading.per = qty && qty > 0 ? applyMultiplier(qty, m.groups?.mult ?? m.groups?.blockMult) : 1;
  reading.unitText = m[0].trim();
}

/** A price quoted at a quantity of usage ("$1,800 per month" / "at 20 GB/day ingest"): the words after the period. */
const QUOTED_AT_RE = new RegExp(String.raw`^\s*(?:[·•|,-]\s*)?at (?<qty>${NUMBER_SRC})\s?(?<mult>${MULT})?\s*(?<noun>[${LETTER}][^\n·•|,;()]{0,40})`, 'i');
/** The period a price's tail starts with ("/mo", "per month"), read past to what follows. */
const PERIOD_FIRST_RE = /^\s*(?:\/\s*|per\s+|a\s+)?(?:mo|month|yr|year)\b\.?\s*/i;

/**
 * A price quoted at a quantity of usage, just after it or on the card's next line ("$1,800 per month"
 * / "at 20 GB/day ingest", "$300/mo at 50,000 MTU"): a calculator's default, the price scales along
 * that usage, per that quantity. What a tier includes ("for up to 10,000 contacts") is a limit, and a
 * team's size or a place count is what a flat price includes: neither is read here.
 */
function quotedAt(tail: string, reading: UnitReading): void {
  for (const part of tail.split('\n').slice(0, 2)) {
    const m = QUOTED_AT_RE.exec(part.replace(PERIOD_FIRST_RE, ''));
    const noun = m?.groups?.noun ? classifyNoun(m.groups.noun) : null;
    if (!m || !noun || noun.index !== 0 || !rules().metricById.get(noun.metric)?.usage) continue;
    const qty = parseNumber(m.groups!.qty!);
    reading.unit = noun.metric;
    reading.per = qty && qty > 0 ? applyMultiplier(qty, m.groups?.mult) : 1;
    reading.unitText = m[0].trim();
    return;
  }
}

const ANNUAL_RE = /\b(?:billed (?:annually|yearly|once a year|every year|per year)|paid (?:annually|yearly)|annual(?:ly)? (?:billing|plan|commitment|subscription)|per year|when billed annually|jährlich(?:e)?(?: zahlung| abrechnung)?|facturé annuellement|par an|anual(?:mente)?)\b/i;
const MONTHLY_RE = /\b(?:billed monthly|paid monthly|monthly billing|month[- ]to[- ]month|monatlich(?:e)?(?: zahlung| abrechnung)?|facturé mensuellement)\b/i;

/**
 * The billing cadence a phrase states, if any.
 * @example readBilling('$24/mo billed annually') // 'annual'
 */
export function readBilling(text: string): Price['billing'] {
  if (ANNUAL_RE.test(text)) return 'annual';
  if (MONTHLY_RE.test(text)) return 'monthly';
  return null;
}

// Money that is not a price: funding, customer results, savings ("$35m Series A", "$1.2M savings",
// "our customers saw $2M in attributed sales"), percentages of change; the words are in src/rules.
const NOT = table.notPrices;
const RESULT_AFTER_RE = new RegExp(NOT.after, 'i');
const RESULT_BEFORE_RE = new RegExp(NOT.before, 'i');
const PERCENT_RESULT_RE = new RegExp(NOT.percentAfter, 'i');
const PERCENT_CHANGE_RE = new RegExp(NOT.percentBefore, 'i');
const CONVERSION_GAP_RE = new RegExp(NOT.conversionGap, 'i');

/** Whether the money at [index, end) is a result or a funding figure rather than a price. */
function isResultMoney(hit: { kind: string; amount: number; index: number; end: number }, text: string): boolean {
  const { index, end } = hit;
  if (hit.kind === 'percent') {
    return hit.amount > NOT.maxFeePercent || PERCENT_RESULT_RE.test(text.slice(end, end + 40))
      || PERCENT_CHANGE_RE.test(text.slice(Math.max(0, index - 30), index));
  }
  return RESULT_AFTER_RE.test(text.slice(end, end + 60)) || RESULT_BEFORE_RE.test(text.slice(Math.max(0, index - 40), index));
}

/** "AED 8000 (USD 2179)": the bracketed amount in another currency restates the price, it is not a second one. */
function isConversion(prev: { kind: string; currency: string | null; end: number } | undefined, hit: { kind: string; currency: string | null; index: number }, text: string): boolean {
  return prev !== undefined && prev.kind === 'money' && hit.kind === 'money' && prev.currency !== null && hit.currency !== null
    && prev.currency !== hit.currency && CONVERSION_GAP_RE.test(text.slice(prev.end, hit.index));
}

const SHARED_TAIL_RE = /^\s*(?:[-–—]|to|bis|à)?\s*$/i;
const TRANSACTION_CONTEXT = /\b(?:transactions?|charges?|payments?|cards?|orders?|sales?|processing|volume|per successful|payouts?|transfers?|transaktion(?:en)?|zahlung(?:en)?|währungsumtausch|transacci[oó]n(?:es)?|pagos?|cobros?|paiements?|virements?|ventes?|ventas?|verk[äa]ufen?|verkauf)\b/i;
const NOT_A_FEE_BEFORE_RE = new RegExp(String.raw`(?<![${LETTER}])(?:saves?|saving|ahorr[ae]s?|économisez|economisez|sparen|spare|spart|risparmia|(?:dropped|fell|rose|grew|increased|decreased|reduced|cut|lifted|boosted|improved|jumped|went up|went down)(?: by)?)\s+(?:up to\s+|hasta\s+|bis zu\s+|jusqu'à\s+)?$`, 'i');
const NOT_A_FEE_AFTER_RE = /^\s*(?:off|discount|de descuento|de réduction|rabatt)\b/i;
const OUTCOME_CONTEXT = /\b(?:recover(?:ed|s|y|ies)?|won|wins?|success(?:ful)?(?! (?:card )?(?:transactions?|charges?|payments?|sales?|orders?|checkouts?|pledges?|bookings?))|resolved|resolutions?)\b/i;
const REVENUE_CONTEXT = /\b(?:of|commission on) (?:your |the )?(?:[a-z]+(?:-[a-z]+)? ){0,2}(?:revenue|mrr|arr|mtr|ad spend|spend|gmv|billings?|billing volume|sales|income|earnings|funds raised|pledges)\b/i;

/**
 * All prices in a text. `tail` is extra context after the text (e.g. the card's next line, where
 * "per user / month" often sits), `currency` the default for amounts written without one.
 * Percent fees count only where the text says what they are a share of.
 * @example parsePrices('2.9% + 30¢ per successful card charge')[0] // amount 0.3, percent 2.9, unit 'transactions'
 */
export function parsePrices(text: string, options: { tail?: string; currency?: string | null } = {}): Price[] {
  const hits = findMoney(text).filter((h, i, all) => !isResultMoney(h, text) && !isConversion(all[i - 1], h, text));
  const prices: Price[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const next = hits[i + 1];
    // A struck list price or the low end of a range ("$4 $3.67 per user", "$10–$20 per seat")
    // shares the unit of the amount right after it.
    let j = i;
    while (hits[j + 1] && hits[j + 1]!.kind === 'money' && SHARED_TAIL_RE.test(text.slice(hits[j]!.end, hits[j + 1]!.index))) j++;
    const after = hits[j]!;
    if (after.kind === 'money' && (bracketAfter(text, after.end) || bracketBefore(text, hit.index))) { i = j; continue; } // a tier label, not a price
    const following = hits[j + 1];
    const ownTail = text.slice(after.end, following ? following.index : undefined);
    const tail = following ? ownTail : ownTail + '\n' + (options.tail ?? '');
    if (hit.kind === 'percent') {
      // "Save 15% with annual payment", "Ahorra 15% con pago anual", "20% off": a discount, not a fee;
      // "Late payments dropped 34%": a result, not a fee.
      if (NOT_A_FEE_BEFORE_RE.test(text.slice(Math.max(0, hit.index - 24), hit.index)) || NOT_A_FEE_AFTER_RE.test(text.slice(hit.end, hit.end + 20))) continue;
      const fixed = next && next.kind === 'money' && /^\s*\+\s*$/.test(text.slice(hit.end, next.index)) ? next : null;
      const after = text.slice((fixed ?? hit).end) + ' ' + (options.tail ?? '');
      const context = text + ' ' + (options.tail ?? '');
      const unit: MetricId | null = !fixed && OUTCOME_CONTEXT.test(context) ? 'outcomes'
        : REVENUE_CONTEXT.test(context) ? 'revenue'
        : fixed || TRANSACTION_CONTEXT.test(context) ? 'transactions' : null;
      if (unit === null) continue;
      const reading = readUnit(after);
      prices.push({
        amount: fixed?.amount ?? 0, currency: fixed?.currency ?? options.currency ?? 'USD', period: reading.period,
        unit, per: 1, billing: readBilling(after), percent: hit.amount, text: snippet(text, 0, 160),
      });
      if (fixed) i++;
      continue;
    }
    const reading = readUnit(tail);
    const before = text.slice(i > 0 ? hits[i - 1]!.end : 0, hit.index);
    if (reading.unit === null) unitFirst(tail, reading);
    if (reading.unit === null) leadUnit(before, reading, tail);
    else if (reading.unit === 'storage' && BARE_BYTES_RE.test(reading.unitText ?? '') && BYTES_FLOW_RE.test(before.slice(-80))) reading.unit = 'data_volume';
    // The quantity a price is quoted at is no price of its own: read past it ("$300/mo at 50,000 MTU").
    if (reading.unit === null) quotedAt(following && following.kind === 'money' ? tail : `${text.slice(after.end)}\n${options.tail ?? ''}`, reading);
    prices.push({
      amount: hit.amount, currency: hit.currency ?? options.currency ?? 'USD', period: reading.period,
      unit: reading.unit, per: reading.per, billing: readBilling(tail), text: snippet(text, 0, 160),
      ...(hit.top !== undefined && hit.top > hit.amount ? { top: hit.top } : {}),
      ...(hit.ambiguous?.length ? { ambiguous: [...new Set(hit.ambiguous)] } : {}),
    });
  }
  return prices;
}

