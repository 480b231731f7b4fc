/** Turns the plan cards (and schema.org offers) of a snapshot into priced plans. Pure. */
import type { Limit, MetricId, PageSnapshot, Plan, Price, RawOffer, RawPlan } from '../model.ts';
import { rules, type CompiledContextUnit } from '../rules.ts';
import { parseNumber } from './numbers.ts';
import { findMoney } from './money.ts';
import { BYTES_RE, STORED_RE, parsePrices, readBilling, readUnit } from './price.ts';
import { PEOPLE_WORD_RE, parseLimits } from './limits.ts';
import { joinPriceFragments } from './lines.ts';
import { headedLadder, ladderLimits, tableRowLimits } from './ladders.ts';
import { moneyBand } from './brackets.ts';
import { LETTER, textLines } from '../text.ts';

export const CONTACT_SALES_RE = /\b(?:contact (?:sales|us)|talk to (?:sales|us|an expert)|get (?:a )?(?:quote|demo)|request (?:a )?(?:quote|pricing|demo|proposal)|custom (?:pricing|quote|price)|let'?s talk|book a (?:demo|call)|kontaktieren sie uns|nous contacter|contactez|auf anfrage|sur devis)\b/i;
const QUOTE_LINE_RE = /^\s*["“„«][^"“”„«»]{12,}["”»]\s*$/;
const FREE_RE = /^(?:free(?: forever)?|\$?0(?:[.,]00)?|kostenlos|gratuit|gratis)$/i;
const FREE_NAME_RE = /\b(?:free|starter free|hobby|kostenlos|gratuit)\b/i;

/**
 * Reads one plan card: its prices (with the next line as context, where units often sit), limits,
 * free and contact-sales flags. Monthly/annual variants in data attributes become extra prices.
 * @example parsePlan({ name: 'Pro', lines: ['Pro', '$29', 'per user / month'], ctas: [], attrPrices: [], featured: false }).prices[0]?.unit // 'seats'
 */
export function parsePlan(raw: RawPlan, pageCurrency: string | null = null): Plan {
  const all = joinPriceFragments(raw.lines);
  // An app listing's "More apps like this" shows other products, with their own prices: the card ends there.
  const others = all.findIndex((l) => OTHER_PRODUCTS_RE.test(l));
  const lines = others > 0 ? all.slice(0, others) : all;
  const prices: Price[] = [];
  // A band of money on its own line ("Under $1M", "$1M – $3M") labels the tier: a revenue limit, not a price.
  const bands = lines.map(moneyBand);
  for (let i = 0; i < lines.length; i++) {
    // A quotation ("“Sellers now bring 22% of our GMV.”") tells a customer's story, not a price.
    if (bands[i] !== null || QUOTE_LINE_RE.test(lines[i]!)) continue;
    const tail = contextAfter(lines, i);
    for (const p of parsePrices(lines[i]!, { tail, currency: pageCurrency })) {
      // A million or more is a threshold or a figure ("For $2M+ in annual processing", "$100B+ billed each year"), no plan's price.
      if (!isFigure(p) && !prices.some((q) => sameMoney(p, q) && p.billing === q.billing)) {
        prices.push(p);
        if (tail) QUALIFIED_BY.set(p, tail);
      }
    }
  }
  const cardBilling = lines.map(readBilling).filter((b) => b !== null);
  if (prices.length === 1 && prices[0]!.billing === null && cardBilling.length > 0) prices[0]!.billing = cardBilling[0]!;
  for (const v of raw.variants ?? []) {
    const vLines = joinPriceFragments(v.lines);
    for (let i = 0; i < vLines.length; i++) {
      for (const p of parsePrices(vLines[i]!, { tail: contextAfter(vLines, i), currency: pageCurrency })) {
        const shown = prices.find((q) => sameMoney(p, q) && (q.billing === null || q.billing === v.billing));
        if (shown) shown.billing = v.billing;
        else prices.push({ ...p, billing: v.billing });
      }
    }
  }
  for (const a of attributePrices(raw, prices[0] ?? null, pageCurrency)) {
    // The shown price is usually one of the attribute variants: then the attribute says its billing.
    const shown = prices.find((q) => sameMoney(a, q) && (q.billing === null || q.billing === a.billing));
    if (shown) shown.billing = a.billing;
    else prices.push(a);
  }
  const text = [raw.name, ...lines].join('\n');
  // A machine size ("shared-cpu-1x", "2 vCPU"): its bare bytes ("4 GB") are memory, which is compute.
  const machine = CPU_RE.test(text);
  const limits = dedupeLimits([...lines.flatMap((l, i) => (bands[i] !== null ? [{ metric: 'revenue' as const, quantity: bands[i]!, text: l }] : parseLimits(l))), ...headedLadder(lines)])
    .map((l) => (machine && l.metric === 'storage' && BARE_BYTES_RE.test(l.text) ? { ...l, metric: 'compute' as const } : l));
  // A rate per hour with no unit named ("Starting at $0.35/hr") is a machine's running time.
  for (const p of prices) if (p.unit === null && p.percent === undefined && HOURLY_RE.test(p.text)) p.unit = 'compute';
  // A machine size is priced per machine: its amounts without a unit are compute.
  if (MACHINE_SIZE_RE.test(text)) for (const p of prices) if (p.unit === null && p.percent === undefined && p.amount > 0) p.unit = 'compute';
  // A card named for bytes that flow ("CDN traffic", "Bandwidth"): its bare gigabytes are moved, not kept.
  if (FLOW_CARD_RE.test(raw.name)) {
    for (const p of prices) if (p.unit === 'storage' && !KEPT_RE.test(p.text)) p.unit = 'data_volume';
    for (const l of limits) if (l.metric === 'storage' && !KEPT_RE.test(l.text)) l.metric = 'data_volume';
  }
  const free = FREE_NAME_RE.test(raw.name) || lines.some((l) => FREE_RE.test(l.trim())) || prices.some((p) => p.amount === 0 && p.percent === undefined);
  const contactSales = prices.length === 0 && (CONTACT_SALES_RE.test(text) || raw.ctas.some((c) => CONTACT_SALES_RE.test(c)));
  return { name: planName(raw.name || lines[0] || 'Unnamed plan').slice(0, 120), free, contactSales, prices, limits };
}

/**
 * A plan's name without what its card or table header ran into it: the price, the button and a badge
 * before it, where the page's elements were read as one run of text ("Best valuePro$99/monthGet started").
 * A name that states a price apart ("Under $10k MRR", "$29 / month") is left as it is.
 * @example planName('RecommendedTeam$99per editor / month') // 'Team'
 */
export function planName(name: string): string {
  // A button or badge run into the name with no price between ("EnterpriseTalk to us", "BusinessPopular").
  const glued = GLUED_TAIL_RE.exec(name);
  if (glued) return glued[1]!;
  const at = findMoney(name)[0]?.index ?? 0;
  if (!/\p{L}/u.test(name[at - 1] ?? '') || at > 40) return name;
  // "LaunchA$0": the A is Australia's dollar, not the name's.
  const before = name.slice(0, at).replace(/(?<=\p{Ll})\p{Lu}{1,2}$/u, '');
  return /\p{Ll}\p{Lu}/u.test(before) ? before.replace(/^.*\p{Ll}(?=\p{Lu})/u, '') : before;
}

const GLUED_TAIL_RE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:From|Starting|Contact|Talk|Let[’']s|Get|Free|Popular|Most popular|Best value|Recommended|Custom)(?!\p{Ll})/u;

const MAX_PLAN_PRICE = 1_000_000;
/** An amount written in millions: "$2M", "1,5 M€", "$1,000,000". */
const MILLIONS_RE = new RegExp(String.raw`\d\s?(?:m|mm|million|mio|millones|millionen)(?![${LETTER}])|\d[,.\s]\d{3}[,.\s]\d{3}`, 'i');
/** Money in billions ("$100B+", "€2 bn"), which the amount reader takes for its first digits. */
const BILLIONS_RE = new RegExp(String.raw`[$€£]\s?\d[\d.,]*\s?(?:b|bn|billions?)(?![${LETTER}])`, 'i');
const isFigure = (p: Price): boolean => p.percent === undefined && ((p.amount >= MAX_PLAN_PRICE && MILLIONS_RE.test(p.text)) || BILLIONS_RE.test(p.text));

/** Words of a machine size ("Shared CPU", "2 vCPU", "shared-cpu-1x"). */
const CPU_RE = /\b(?:v?cpus?|vcores?|cores?)\b(?! seats?\b)|-cpu-/i;
/** A machine's size in numbers ("2 vCPU", "4 cores"; not a plan named "Core"). */
const MACHINE_SIZE_RE = /\b\d+(?:\.\d+)?[ \u00a0]?(?:v?cpus?|vcores?|cores?)\b(?! seats?\b)|\bvcpus?\b|-cpu-/i;
const BARE_BYTES_RE = /^\s*[\d.,]+\s?[mgt]i?b\s*$/i;
const HOURLY_RE = /\d\s*(?:\/\s*(?:hr|hour|h)\b|(?:per|an|a) hour\b)/i;
const FLOW_CARD_RE = /\b(?:traffic|bandwidth|egress|data transfer|ingest(?:ion|ed)?)\b(?![\s\S]*\b(?:storage|stored|disk)\b)/i;
/** Bytes kept, in a price or a limit: "per GB / month", "GB stored", "50 GB storage". */
const KEPT_RE = /\b(?:month|mo|stor(?:ed|age)|disk|space|retain(?:ed)?|retention)\b/i;

/** A line that starts like a price's qualifier: "per user", "/ month", "billed yearly", "seat / month". */
const QUALIFIER_START_RE = new RegExp(String.raw`^(?:\/|per\b|of\b|at \d|on (?:every|each|all)\b|a\b|each\b|every\b|billed\b|paid\b|pro\b|par\b|por\b|je\b|when\b|\(|[${LETTER}]+\s?\/\s?(?:mo|month|yr|year)\b)`, 'i');

/** The lines that qualify a card's price ("$9.99/month" / "per host"), for the page's kind to read its unit by (buildPlans). */
const QUALIFIED_BY = new WeakMap<Price, string>();

/**
 * The up to two lines after line i that qualify its price ("per user / month", "billed annually"):
 * lines that start like a qualifier, or short lines without numbers. A feature line such as
 * "1,000 emails/month" is not one, or the free plan would read as "$0 / month per message".
 */
function contextAfter(lines: string[], i: number): string {
  const out: string[] = [];
  for (const l of lines.slice(i + 1, i + 3)) {
    // A feature line ("Unlimited locations", "Everything in Basic") qualifies nothing.
    // "seat / month · 3 seats minimum": a unit and its period, whatever follows.
    const qualifier = QUALIFIER_START_RE.test(l)
      || (l.length <= 40 && !/\d/.test(l) && !/^(?:unlimited|everything|all|includes?|multiple|custom|no)\b/i.test(l));
    const money = findMoney(l)[0];
    if (!qualifier) break;
    // "per location, processing 2.49% + 15¢": the words before the next price still qualify this one.
    out.push(money ? l.slice(0, money.index) : l);
    if (money) break;
  }
  return out.join(' ').slice(0, 160);
}

/** Prices stated in data-* attributes (data-monthly="29" data-annual="24"), read with the card's unit. */
function attributePrices(raw: RawPlan, model: Price | null, pageCurrency: string | null): Price[] {
  const out: Price[] = [];
  for (const a of raw.attrPrices) {
    const billing = /annual|year|yearly/i.test(a.name) ? 'annual' : /month/i.test(a.name) ? 'monthly' : null;
    const parsed = parsePrices(a.value, { currency: model?.currency ?? pageCurrency })[0];
    const amount = parsed?.amount ?? parseNumber(a.value.replace(/[^\d.,]/g, ''));
    if (amount === null || amount === undefined || billing === null) continue;
    const reading = readUnit(a.value);
    out.push({
      amount, currency: parsed?.currency ?? model?.currency ?? pageCurrency ?? 'USD',
      period: reading.period ?? model?.period ?? 'month', unit: model?.unit ?? null, per: model?.per ?? 1,
      billing, text: model?.text ?? a.value,
    });
  }
  return out.filter((p, i) => !out.slice(0, i).some((q) => sameMoney(p, q) && p.billing === q.billing));
}

/**
 * Reads a schema.org unitText, which may or may not start with "per" ("per 10,000 requests", "user").
 * @example readOfferUnit('user').unit // 'seats'
 */
export function readOfferUnit(unitText: string) {
  return readUnit(/^\s*(?:per\b|\/)/i.test(unitText) ? unitText : `per ${unitText}`);
}

/** Plans from schema.org offers, used when the page has no plan cards. */
export function plansFromOffers(offers: RawOffer[]): Plan[] {
  const plans: Plan[] = [];
  for (const o of offers) {
    if (o.price === null) continue;
    const amount = parseNumber(o.price);
    if (amount === null) continue;
    const reading = readOfferUnit(`${o.unitText ?? ''} ${o.billingDuration ?? ''}`);
    const period = /P1Y|year|annual/i.test(`${o.billingDuration} ${o.unitText}`) ? 'year'
      : /P1M|month/i.test(`${o.billingDuration} ${o.unitText}`) ? 'month' : reading.period;
    const price: Price = { amount, currency: o.priceCurrency ?? 'USD', period, unit: reading.unit, per: reading.per, billing: period === 'year' ? 'annual' : null, text: `${o.priceCurrency ?? ''} ${o.price} ${o.unitText ?? ''}`.trim() };
    // An Offer and its own PriceSpecification (which carries the unit) are one plan, one price.
    const same = plans.find((p) => p.name === (o.name ?? 'Offer'));
    const twin = same?.prices.find((q) => q.amount === price.amount && q.currency === price.currency);
    if (twin) {
      twin.unit ??= price.unit;
      if (twin.unit === price.unit) twin.per = price.per;
      twin.period ??= price.period;
      continue;
    }
    if (same) { same.prices.push(price); continue; }
    plans.push({ name: o.name ?? 'Offer', free: amount === 0, contactSales: false, limits: [], prices: [price] });
  }
  return plans;
}

/** What the readers and the judges both take from a page: its text's lines and the nouns its kind decides. */
export interface PageText { lines: string[]; context: CompiledContextUnit[] }
/** A page's text, read once per teardown. */
export const pageText = (snapshot: PageSnapshot): PageText => ({ lines: textLines(snapshot.text), context: contextUnits(snapshot) });

/**
 * The plans of a page: plan cards when there are any, else schema.org offers.
 * @example buildPlans(snapshot).map((p) => p.name) // ['Free', 'Pro', 'Enterprise']
 */
export function buildPlans(snapshot: PageSnapshot, { lines, context }: PageText = pageText(snapshot)): Plan[] {
  const currency = pageCurrency(snapshot);
  const ladders = ladderLimits(snapshot.plans);
  // A card in a section of other products ("More apps like this") is another product, not a plan.
  const others = showsOtherProducts(snapshot) ? otherProductLines(lines, snapshot.headings) : null;
  // Limits the cards leave to a comparison table below them ("AI credits per month" / 50 / 1,000 / 4,000).
  const rows = tableRowLimits(lines, snapshot.plans.map((p) => p.name));
  const plans = snapshot.plans.map((p, i) => withLimits(parsePlan(p, currency), [...(ladders[i] ?? []), ...(rows[i] ?? [])]))
    .filter((p, i) => (p.prices.length > 0 || p.contactSales || p.free || p.limits.length > 0) && !NOT_A_PLAN_RES.some((re) => re.test(p.name))
      && !others?.has(snapshot.plans[i]!.name));
  // People counted in thousands on one plan are an audience on every plan ("Up to 100 people" ... "Up to 5,000 people").
  const audience = plans.some((p) => p.limits.some((l) => l.metric === 'contacts' && PEOPLE_WORD_RE.test(l.text)));
  for (const p of plans) {
    for (const x of p.prices) x.unit = unitInContext(context, x.unit, `${x.text}\n${QUALIFIED_BY.get(x) ?? ''}`, x.percent !== undefined);
    for (const l of p.limits) l.metric = audience && l.metric === 'seats' && PEOPLE_WORD_RE.test(l.text) ? 'contacts' : unitInContext(context, l.metric, l.text) ?? l.metric;
    // A bare byte rate in a card that includes bytes moved and none kept ("25 TB transferred included" ...
    // "Overage $0.0075 per GB") is that flow's overage.
    const bytesOf = (metric: MetricId) => p.limits.some((l) => l.metric === metric && BYTES_RE.test(l.text));
    if (bytesOf('data_volume') && !bytesOf('storage')) {
      for (const x of p.prices) if (x.unit === 'storage' && !STORED_RE.test(x.text)) x.unit = 'data_volume';
    }
  }
  return plans.length > 0 ? plans : plansFromOffers(snapshot.offers);
}

/**
 * The lines of the sections that show other products ("More apps like this" on an app listing, up to
 * the next heading): their names and prices are theirs, not the page's.
 */
export function otherProductLines(lines: string[], headings: readonly string[]): Set<string> {
  const heads = new Set(headings);
  const out = new Set<string>();
  let inside = false;
  for (const [i, l] of lines.entries()) {
    if (OTHER_PRODUCTS_RE.test(l)) inside = true;
    // A heading ends the section, unless it names one more product: a rating or a price follows it ("4.8 ★ (902) · From $19/month").
    else if (inside && heads.has(l)) inside = lines.slice(i + 1, i + 3).some((n) => /★|\(\d[\d,.]*\)/.test(n) || findMoney(n).length > 0);
    if (inside) out.add(l);
  }
  return out;
}

/** Whether the page has a section of other products at all (the headings say it): most pages have none. */
export const showsOtherProducts = (snapshot: PageSnapshot): boolean => snapshot.headings.some((h) => OTHER_PRODUCTS_RE.test(h));

/** A heading over other products than the page's own: an app store's "More apps like this", "Similar apps", "You might also like". */
const OTHER_PRODUCTS_RE = /^(?:more apps like this|(?:similar|related|recommended) apps|apps like this|you (?:might|may) also like|more by \S.*|other apps by \S.*|alternatives to \S.*)$/i;

/**
 * The nouns whose metric this page's kind decides (contextUnits in value-metrics.json): those whose
 * context the page's own words (title, description, h1 and hero text, headings) match.
 */
export function contextUnits(snapshot: PageSnapshot): CompiledContextUnit[] {
  const own = [snapshot.title, snapshot.description, ...(snapshot.about ?? []), ...snapshot.headings].join('\n');
  return rules().contextUnits.filter((c) => c.context.test(own));
}

/** The unit a price or limit read as `unit` counts on this page ("per host" on a webinar tool: seats). */
export function unitInContext(context: CompiledContextUnit[], unit: MetricId | null, text: string, percent = false): MetricId | null {
  if (percent) return unit;
  return context.find((c) => c.from === unit && c.noun.test(text))?.to ?? unit;
}

/**
 * A box of add-ons ("Add-ons", "Optional services", "Power-ups") sells extras beside the plans, each
 * along its own unit: it is no plan, and its rates count as rates stated outside the plans.
 */
const ADD_ONS_RE = new RegExp(String.raw`^\s*(?:optional\s+)?(?:add-?ons?|extras|power-?ups|options|à la carte|a la carte)\b(?!\s*[${LETTER}])|^\s*(?:optional|available) (?:add-?ons|services|extras|features)\b|^\s*add-?ons? (?:and|&) extras\b`, 'i');

/** A box of customers' names, figures and quotes ("Trusted by teams at", "What our customers say"): no plan, whatever its numbers. */
const SOCIAL_PROOF_RE = /^\s*(?:(?:trusted|loved|used|chosen|relied on) by\b|(?:what )?(?:our )?customers (?:say|love)\b|testimonials?\b|customer stories\b)/i;
/** A worked example or a calculator ("Example: a $20,000 project", "What you keep on $2,000 a month", "Cost calculator"): figures, not a plan. */
const EXAMPLE_RE = new RegExp(String.raw`^\s*(?:(?:an? )?example\b|for example\b|what you(?:'ll| would)? (?:keep|pay|get)\b|(?:[${LETTER}]+ )?(?:calculator|estimator)\b)`, 'i');
const NOT_A_PLAN_RES = [ADD_ONS_RE, SOCIAL_PROOF_RE, EXAMPLE_RE];

/** The currency most prices on the page are written in, for amounts written without one. */
function pageCurrency(snapshot: PageSnapshot): string | null {
  const counts = new Map<string, number>();
  for (const line of snapshot.plans.flatMap((p) => joinPriceFragments(p.lines))) {
    for (const h of findMoney(line)) if (h.kind === 'money' && h.currency) counts.set(h.currency, (counts.get(h.currency) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function withLimits(plan: Plan, extra: Limit[]): Plan {
  return extra.length === 0 ? plan : { ...plan, limits: dedupeLimits([...plan.limits, ...extra]) };
}

function sameMoney(a: Price, b: Price): boolean {
  return a.amount === b.amount && a.currency === b.currency && a.unit === b.unit && a.percent === b.percent;
}

function dedupeLimits(limits: Limit[]): Limit[] {
  return limits.filter((l, i) => !limits.slice(0, i).some((m) => m.metric === l.metric && m.quantity === l.quantity));
}
