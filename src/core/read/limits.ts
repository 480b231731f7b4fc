/** Reads tier limits ("up to 2,500 contacts", "100 GB storage", "10,000 emails / month") from a line. Pure. */
import type { Limit } from '../model.ts';
import { NUMBER_SRC, applyMultiplier, parseNumber } from './numbers.ts';
import { classifyNoun } from './units.ts';
import { bracketAfter, bracketBefore } from './brackets.ts';
import { findMoney } from './money.ts';
import { LETTER, snippet } from '../text.ts';

const LIMIT_RE = new RegExp(
  String.raw`(?<!per\s|[\d.,$€£¥₹%/])(?<qty>${NUMBER_SRC})\s?(?:(?<mult>k|m|million|thousand)\b)?\+?(?:\s?\/\s?mo(?:nth)?\b)?\s?(?<noun>(?:gb|gib|tb|tib|mb)\b(?:\s?\/\s?(?:day|mo(?:nth)?)\b|(?:[ -][${LETTER}]+){0,2})|[${LETTER}][${LETTER}-]*(?:\s[${LETTER}][${LETTER}-]*){0,3})`,
  'gi',
);
const SIZE_FACTOR: Record<string, number> = { mb: 0.001, gb: 1, gib: 1, tb: 1000, tib: 1000 };

// A table row read as "Contacts 1,000", "Monthly pageviews 10k" or "Network traffic 20 GB / mo": the
// noun first (a period may follow it: "Requests / month 100,000"), then the quantity (with a size unit, a period and a short note such as "~ 10 / sec" at most).
const ROW_RE = new RegExp(String.raw`^(?<noun>[${LETTER}][${LETTER} -]{0,40}?)(?:\s*(?:/|per|par|pro|por|al)\s*(?:mo|month|mois|monat|mes|year|yr|an|jahr|año|day))?\s*:?\s+(?<qty>${NUMBER_SRC})\s?(?:(?<mult>k|m|million|mio|millones|millionen)s?\b\.?)?\s?(?<size>gb|gib|tb|tib|mb)?(?:\s*(?:/|per)\s*(?:mo|month|year|yr|day))?(?:\s*[~(≈].{0,40})?$`, 'i');

/** A quantity with its magnitude ("25 million") and size unit (GB = 1, TB = 1,000, MB = 0.001). */
const quantityOf = (qty: number, mult: string | undefined, size: string | undefined): number =>
  applyMultiplier(qty, mult) * (size ? SIZE_FACTOR[size.toLowerCase()] ?? 1 : 1);

/** Words for people in general, which name a team at tens and an audience at thousands. */
const PEOPLE_WORDS = 'people|persons?|personen|personnes|personas';
const PEOPLE_RE = new RegExp(`^(?:${PEOPLE_WORDS})$`, 'i');
/** The same words anywhere in a line. */
export const PEOPLE_WORD_RE = new RegExp(`\\b(?:${PEOPLE_WORDS})\\b`, 'i');
const AUDIENCE_SIZE = 1000;

const RATE_RE = /(?:\bper|\/|\ba|\beach)\s*(?:s|sec|second|min|minute)\b/i;
const PERIOD_LEAD_RE = /^(?:monthly|yearly|annual|weekly|daily) /i;

// "additional" or "extra" before the noun marks an overage rate ("$15 for every 100 additional orders"), not a limit.
const QUALIFIER_RE = /^(?!(?:[Aa]dditional|[Ee]xtra|[Mm]ore) )(?:\p{Lu}?\p{Ll}+(?:-\p{Ll}+)?|\p{Lu}{2,5}) /u;

/**
 * The metric a noun phrase starts with; one lead word may stand before the noun, a period ("30,000
 * monthly sessions") or another lower-case word ("50 bundle orders").
 */
function nounAt0(phrase: string) {
  const noun = classifyNoun(phrase);
  if (noun && noun.index === 0) return noun;
  const lead = (PERIOD_LEAD_RE.exec(phrase) ?? QUALIFIER_RE.exec(phrase))?.[0];
  const after = lead ? classifyNoun(phrase.slice(lead.length)) : null;
  return after && after.index === 0 ? after : noun;
}

/**
 * Every limit a line states. A number is a limit only when a metric noun follows it directly
 * ("5 users", not "5 projects with unlimited users"); amounts of money are never limits.
 * @example parseLimits('Up to 2,500 contacts')[0] // { metric: 'contacts', quantity: 2500, text: 'Up to 2,500 contacts' }
 */
export function parseLimits(line: string): Limit[] {
  const out: Limit[] = [];
  // A short note in brackets between the label and its quantity ("SMS included (US/CA) 500") is no part of the noun.
  const row = ROW_RE.exec(line.trim().replace(/\s*\([^()]{1,20}\)(?=\s+\d)/, ''));
  const rowNoun = row ? nounAt0(row.groups?.noun ?? '') : null;
  const rowQty = row ? parseNumber(row.groups?.qty ?? '') : null;
  if (rowNoun && rowNoun.index === 0 && rowNoun.metric !== 'flat' && rowQty !== null) {
    return [{ metric: rowNoun.metric, quantity: quantityOf(rowQty, row?.groups?.mult, row?.groups?.size), text: snippet(line, 0, 160) }];
  }
  for (const hit of findMoney(line)) {
    const metric = hit.kind === 'money' ? bracketAfter(line, hit.end) ?? bracketBefore(line, hit.index) : null;
    if (metric) out.push({ metric, quantity: hit.amount, text: snippet(line, 0, 160) });
  }
  for (const m of line.matchAll(LIMIT_RE)) {
    const g = m.groups ?? {};
    const before = line.slice(Math.max(0, (m.index ?? 0) - 2), m.index);
    if (/[$€£¥₹]\s?$/.test(before)) continue;
    const qty = parseNumber(g.qty ?? '');
    const noun = nounAt0(g.noun ?? '');
    if (qty === null || !noun || noun.index !== 0 || noun.metric === 'flat') continue;
    // A rate limit ("100 requests per second") caps bursts; it is not what the tiers are sold by.
    // ("· 10 requests per second" after "150,000 requests" is another item of the line, not this one's rate.)
    if (RATE_RE.test(`${g.noun} ${line.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 20).split(/[·•|,;]/)[0]}`)) continue;
    const size = /^(?:gb|gib|tb|tib|mb)\b/i.exec(g.noun ?? '')?.[0];
    const quantity = quantityOf(qty, g.mult, size);
    // "Up to 2,500 people": thousands of people are an audience, not a team.
    const metric = noun.metric === 'seats' && quantity >= AUDIENCE_SIZE && PEOPLE_RE.test(noun.text) ? 'contacts' : noun.metric;
    out.push({ metric, quantity, text: snippet(line, 0, 160) });
  }
  return out;
}

