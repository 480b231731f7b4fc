/**
 * Classifies the value metric(s) of a page: the axis along which the plan price changes. In order of
 * strength: units the plans' prices are stated in ("$15 per user"; usage rates elsewhere on the page
 * count a little), sentences naming the axis ("How many contacts do you have?", "cost of additional
 * hits", a "Usage and billing" row), a limit that steps up across tiers (500 / 3,000 / 7,500 orders),
 * schema.org unit texts, then phrases in the page text; on a page without plan cards, the quantities
 * its text states. Flat is what is left: priced tiers that step along no single metric. Pure; the
 * weights are here, the vocabulary is in src/rules.
 */
import type { Evidence, Limit, MetricId, PageSnapshot, Plan, Price, ProductTypeId, RawPlan, ValueMetric } from '../model.ts';
import { rules } from '../rules.ts';
import { pageText, readOfferUnit, otherProductLines, showsOtherProducts, unitInContext, type PageText } from '../read/plans.ts';
import type { CompiledContextUnit } from '../rules.ts';
import { classifyNoun } from '../read/units.ts';
import { PEOPLE_WORD_RE, parseLimits } from '../read/limits.ts';
import { BYTES_RE, STORED_RE, parsePrices } from '../read/price.ts';
import { findMoney } from '../read/money.ts';
import { joinPriceFragments } from '../read/lines.ts';
import { LETTER, clamp, matchLines, round2, snippet } from '../text.ts';
import { mayMatch } from '../literals.ts';

export const WEIGHTS = {
  priceUnit: 3, extraUnitPrice: 1, tieredLimit: 2, flatLimit: 0.3, offerUnit: 2, flatPlan: 1,
  ladder: 3, wordsOnly: 3, wordsOnlyConfidence: 0.35, billingRow: 3, textLimit: 1.5, maxTextLimits: 3,
  textPrice: 1, maxTextPrices: 3, maxTextPriceLines: 80, maxTextLimitLines: 200,
  maxPhraseHits: 3, maxAxisHits: 2, secondaryShare: 0.3, minSecondary: 2, maxEvidence: 14,
  /** A stepped limit is the axis when it outscores every other stepped metric by this factor. */
  dominance: 1.5,
} as const;

/**
 * The metric a page charges along, with every piece of evidence behind it.
 * @example classifyMetric(snapshot, plans).primary // 'contacts'
 */
export function classifyMetric(snapshot: PageSnapshot, plans: Plan[], text: PageText = pageText(snapshot)): ValueMetric {
  const all = joinPriceFragments(text.lines);
  const elsewhere = showsOtherProducts(snapshot) ? otherProductLines(all, snapshot.headings) : null;
  const lines = elsewhere ? all.filter((l) => !elsewhere.has(l)) : all;
  const block = lines.join('\n');
  // Paid plans priced flat ("0% transaction fees" is no unit price).
  const perks = cardRatePerks(plans, snapshot.plans);
  const paidFlat = plans.filter((p) => p.prices.some((x) => x.amount > 0 && (x.unit === null || x.unit === 'flat') && x.percent === undefined && !MINIMUM_RE.test(x.text))
    && !p.prices.some((x) => x.unit !== null && x.unit !== 'flat' && !(x.percent === 0 && x.amount === 0) && !perks.has(x)));
  // Cards most of which sell something once are hardware ("Card reader $59", "Terminal $299 or $27/mo"), not tiers of plans.
  const paid = plans.filter((p) => p.prices.some((x) => x.amount > 0));
  if (paid.filter((p) => p.prices.some((x) => x.period === 'once')).length * 2 > paid.length) paidFlat.length = 0;
  // Paid plans that say they pay usage or fees on top ("plus the same giving fees") share the free plan's rates.
  const plusUsage = snapshot.plans.some((p) => p.lines.some((l) => PLUS_USAGE_RE.test(l)));
  const planUnits = [...priceEvidence(plans, !plusUsage && paidFlat.length >= 2, perks), ...dedupe(ladderEvidence(plans))];
  const units = bareBytesAsFlow([...planUnits, ...dedupe(textPriceEvidence([...lines, ...(snapshot.tableRates ?? [])], text.context))], block);
  // Every word these blocks hold is in the page text or in what the page says of itself (see mayMatch).
  const said = [snapshot.description, ...(snapshot.about ?? []), ...snapshot.headings];
  const within = [snapshot.text, said.join('\n')];
  const axis = axisEvidence([...said, ...lines], within);
  const stepped = tieredMetrics(plans);
  // A store platform's staff accounts (2 / 5 / 15) and inventory locations come with its tiers, as its features do: no axis.
  for (const [metric, re] of STORE_FEATURES) {
    if (plans.some((p) => p.limits.some((l) => l.metric === metric)) && plans.every((p) => p.limits.every((l) => l.metric !== metric || re.test(l.text)))) stepped.delete(metric);
  }
  const hasPrices = plans.some((p) => p.prices.length > 0);
  const evidence = [...units, ...axis, ...limitEvidence(plans, stepped), ...offerEvidence(snapshot), ...phraseEvidence(block, within),
    ...(plans.length === 0 ? textLimitEvidence(lines) : [])];
  const scores = new Map<MetricId, number>();
  for (const e of evidence) scores.set(e.metric, (scores.get(e.metric) ?? 0) + e.weight);
  const ranked = [...scores.entries()].filter(([id]) => id !== 'flat').sort((a, b) => b[1] - a[1]);

  // The page saying its price is flat ("unlimited users", "one flat price") outweighs rates stated only
  // outside the plans; read only where it can matter (paid flat tiers, no unit on a plan price).
  const saysFlat = paidFlat.length > 0 && planUnits.length === 0
    && rules().metricById.get('flat')!.phrases.some((p) => matchLines(p.re, block, 1, within).length > 0);
  // Whether rates quoted outside flat plans apply on top of them: an overage on what the plans include
  // ("then $12 per additional user"), or plans that say they are a platform fee plus usage ("Plus
  // request charges"). An optional extra ("SMS at $0.03 per message") does not.
  const onTop = (id: MetricId) => units.some((e) => e.metric === id && OVERAGE_RE.test(e.text))
    || plusUsage;
  const counted = countedSteps(plans);
  const gateIds = rules().metrics.filter((m) => m.gate && !counted.has(m.id)).map((m) => m.id);
  // Bytes kept are a gate of the tiers, not their axis, unless the product is for keeping things (backup,
  // photo galleries, document archives) and nothing else steps beside them.
  const keeps = KEEPING_PRODUCT_RE.test([snapshot.title, snapshot.description, ...(snapshot.about ?? [])].join('\n'));
  const gates = new Set(keeps && ![...stepped.keys()].some((id) => id !== 'flat' && !gateIds.includes(id)) ? [] : gateIds);
  // The order the plans list their limits in: "500 subscribers" before "5,000 emails per month".
  const listed = [...new Set(plans.flatMap((p) => p.limits.map((l) => l.metric)))];
  const picked = pickPrimary(ranked, units, axis, stepped, paidFlat.length > 0, planUnits.length > 0, saysFlat, onTop, gates, listed);
  // Tiers named by a bare quantity ("5,000 / month", "25,000 / month") differ by how much, not by features:
  // not flat, but along the usage the page prices or counts, when it names one.
  const byQuantity = new Set(plans.filter((p) => p.prices.some((x) => x.amount > 0) && QUANTITY_NAME_RE.test(p.name.trim())).map((p) => p.name)).size >= 3;
  const primary = picked === 'flat' && byQuantity ? ranked.find(([id]) => rules().metricById.get(id)?.usage)?.[0] ?? picked : picked;
  if (primary === null || !hasPrices) {
    // No readable price: the words may still name the unit ("billed on data volume"). Say it, but
    // with a confidence that marks the teardown as unsure (<= 0.4).
    const hint = ranked.filter(([id, v]) => v >= WEIGHTS.wordsOnly && id !== 'flat').map(([id]) => id).slice(0, 3);
    const [first, ...rest] = hint;
    const sure = first ? (scores.get(first) ?? 0) / ((scores.get(first) ?? 0) + (scores.get(rest[0]!) ?? 0)) : 0;
    return {
      primary: first ?? null, secondary: rest, confidence: round2(first ? WEIGHTS.wordsOnlyConfidence * sure : 0),
      evidence: evidence.filter((e) => hint.includes(e.metric)).sort((a, b) => b.weight - a.weight).slice(0, WEIGHTS.maxEvidence),
    };
  }
  const flatEvidence: Evidence[] = paidFlat.flatMap((p) => p.prices.filter((x) => x.amount > 0).slice(0, 1)
    .map((x) => ({ metric: 'flat' as const, text: x.text, weight: WEIGHTS.flatPlan })));
  const top = primary === 'flat' ? flatEvidence.length * WEIGHTS.flatPlan + 2 : scores.get(primary) ?? 0;
  const others = ranked.filter(([id]) => id !== primary);
  const runnerUp = others[0]?.[1] ?? 0;
  const secondary = others
    .filter(([, v]) => v >= Math.max(WEIGHTS.minSecondary, top * WEIGHTS.secondaryShare))
    .map(([id]) => id).slice(0, 3) as MetricId[];
  if (primary !== 'flat' && paidFlat.length >= 2 && secondary.length < 3) secondary.push('flat');
  const margin = top / (top + runnerUp);
  const confidence = round2(clamp(margin * (0.55 + 0.45 * clamp(top / 9, 0, 1)), 0, 1));
  const kept = new Set<MetricId>([primary, ...secondary]);
  return {
    primary, secondary, confidence,
    // The same rate on every plan votes once per plan, but is shown once.
    evidence: dedupe([...(primary === 'flat' ? flatEvidence : []), ...evidence.filter((e) => kept.has(e.metric))]
      .sort((a, b) => b.weight - a.weight)).slice(0, WEIGHTS.maxEvidence),
  };
}

/**
 * The decision: the axis a sentence names, else a priced unit (a rate stated only outside the plans
 * yields to a dominant stepped limit, and to flat tiers unless it applies on top of them and the page
 * does not say its price is flat), else a dominant stepped limit, else flat.
 */
function pickPrimary(ranked: Array<[MetricId, number]>, units: Evidence[], axis: Evidence[], stepped: Map<MetricId, number>, paidFlat: boolean, planPriced: boolean,
  saysFlat: boolean, onTop: (id: MetricId) => boolean, gates: Set<MetricId>, listed: MetricId[]): MetricId | null {
  const best = (among: Set<MetricId>) => ranked.find(([id]) => among.has(id));
  // Among priced units, the prices alone decide; the rest of the evidence only breaks a tie.
  const unitScore = new Map<MetricId, number>();
  for (const e of units) unitScore.set(e.metric, (unitScore.get(e.metric) ?? 0) + e.weight);
  const rank = new Map(ranked.map(([id], i) => [id, i]));
  const unitTop = [...unitScore].sort((a, b) => b[1] - a[1] || (rank.get(a[0]) ?? 99) - (rank.get(b[0]) ?? 99))[0];
  const steppedRanked = ranked.filter(([id]) => stepped.has(id) && !gates.has(id));
  const [first, second] = steppedRanked;
  // Seats (or locations) and one usage metric stepping together, neither dominant (1 / 3 / 5 users beside
  // 1,000 / 5,000 / 25,000 contacts): the usage is what the tiers are sized by, the seats come with it.
  const fixed = (id: MetricId) => !rules().metricById.get(id)?.usage;
  const usageOverSeats = first && second && fixed(first[0]) !== fixed(second[0]) && !steppedRanked[2]
    ? (fixed(first[0]) ? second : first)[0] : null;
  // Neither outweighs the other: the limit that changes at more tiers is the one they are sized by
  // (orders 50 / 300 / 1,500 / 6,000 beside pickup locations 1 / 1 / 3 / 10).
  const steps = (id: MetricId | undefined) => (id ? stepped.get(id) ?? 0 : 0);
  const moreSteps = first && second && steps(first[0]) !== steps(second[0]) ? (steps(first[0]) > steps(second[0]) ? first : second)[0] : null;
  // Two usage limits stepping in lockstep (500 subscribers with 5,000 emails): the one the plans list first.
  // (Seats beside locations, as a store builder's staff accounts and inventory locations, stay features.)
  const listedFirst = first && second && !fixed(first[0]) && !fixed(second[0]) ? listed.find((id) => id === first[0] || id === second[0]) ?? null : null;
  const dominantStep = first && (!second || first[1] >= second[1] * WEIGHTS.dominance) ? first[0] : usageOverSeats ?? moreSteps ?? listedFirst;
  // A page that asks "how many contacts do you have?" names its axis outright: the first such sentence
  // wins over a unit, unless the plans' priced units clearly outweigh it (an add-on's "resolution-based
  // pricing" does not make per-seat plans per resolution).
  const axisTop = axis[0]?.metric;
  if (axisTop) {
    const axisWeight = axis.filter((e) => e.metric === axisTop).reduce((n, e) => n + e.weight, 0) + (unitScore.get(axisTop) ?? 0);
    // The sentence and the tiers may count the same people in two words ("sized by how many shoppers open
    // your app" over tiers of 5,000 / 25,000 / 100,000 monthly active users): the tiers' word is the precise one.
    // So may "the number of people in your directory" over tiers of up to 5,000 people: an audience, not a team.
    const overruled = !planPriced && dominantStep !== null && dominantStep !== axisTop && !stepped.has(axisTop) && AUDIENCES.has(dominantStep)
      && (AUDIENCES.has(axisTop) || (axisTop === 'seats' && axis.every((e) => e.metric !== 'seats' || PEOPLE_WORD_RE.test(e.text))));
    if ((!unitTop || axisWeight >= unitTop[1]) && !overruled) return axisTop;
  }
  // Rates stated only outside the plans (an add-on's "$20 per location") do not outvote the limit the
  // plans step along, nor does a rate along a limit that steps beside it without deciding the tiers
  // ("extra seats $15 per seat" where the seats come with the responses, "$0.10 per GB" of volumes
  // beside servers sized by vCPU). A rate along the deciding limit ("$9 per extra 1,000 contacts")
  // agrees with the tiers, and so does one along a gate-like limit (storage) when only seats step beside it.
  const weighed = (id: MetricId) => !stepped.has(id) || steppedRanked.some(([s]) => s === id) || dominantStep !== 'seats';
  if (unitTop && !planPriced && dominantStep && unitTop[0] !== dominantStep && weighed(unitTop[0])) return dominantStep;
  // Flat tiers with a rate only outside them: the rate is the unit the bill grows along when it applies
  // on top of the plans, unless the page says it is flat.
  if (unitTop && !planPriced && !stepped.has(unitTop[0]) && paidFlat && (saysFlat || !onTop(unitTop[0]))) return 'flat';
  if (unitTop) return unitTop[0];
  if (dominantStep) return dominantStep;
  if (paidFlat) return 'flat';
  return ranked[0] && ranked[0][1] >= 4 ? ranked[0][0] : null;
}

/** A plan named by a bare quantity: "25,000 / month", "Up to 1,000", "100k". */
const QUANTITY_NAME_RE = /^(?:up to\s+)?\d[\d,.]*\s?(?:k|m)?\+?(?:\s*\/\s*(?:month|mo|year|yr))?$/i;

/** A product for keeping things: backup, photo galleries and proofing, file or document storage and archives. */
const KEEPING_PRODUCT_RE = /\b(?:backups?|galler(?:y|ies)|photo (?:proofing|delivery|storage)|proofing|file (?:storage|hosting|sharing)|cloud storage|online storage|document management|archiv(?:e|ing|es)|dokumentenmanagement|archivierung|stockage|almacenamiento|armazenamento)\b/i;

/** Limits a store platform's tiers come with: staff accounts, inventory locations. */
const STORE_FEATURES: Array<[MetricId, RegExp]> = [['seats', /\bstaff (?:accounts?|logins?|members?)\b/i], ['locations', /\binventory (?:(?:across|at|in) )?(?:[\d,]+ )?locations?\b/i]];

/** Metrics that count the people a product serves. */
const AUDIENCES = new Set<MetricId>(['contacts', 'active_users']);

/** Bytes moved, said anywhere on the page: "3 GB ingested / month", "GB replicated", "bandwidth". */
const MOVED_BYTES_RE = /\b[kmgtp]i?b\s+(?:of\s+)?(?:ingested|transferred|replicated|synced|scanned|processed|delivered|egress|moved|written)\b/i;
/** Bytes kept, said anywhere: "per GB-month", "GB stored", "GB of storage". */
const KEPT_BYTES_RE = /\b[kmgtp]i?b[- ]?months?\b|\b[kmgtp]i?b\s+(?:of\s+)?(?:stored|storage|disk)\b/i;

/**
 * A bare "$0.38 / GB" is shorthand for the GB the page counts: where the page prices or counts bytes
 * moved ("per GB ingested", "3 GB ingested / month") and nowhere bytes kept ("per GB-month", "GB
 * stored"), the bare byte rates read as data volume.
 */
function bareBytesAsFlow(units: Evidence[], block: string): Evidence[] {
  const bytes = units.filter((e) => BYTES_RE.test(e.text));
  if (!bytes.some((e) => e.metric === 'storage')) return units;
  const moved = bytes.some((e) => e.metric === 'data_volume') || MOVED_BYTES_RE.test(block);
  if (!moved || bytes.some((e) => e.metric === 'storage' && STORED_RE.test(e.text)) || KEPT_BYTES_RE.test(block)) return sameRateAsFlow(units, bytes);
  return units.map((e) => (e.metric === 'storage' && BYTES_RE.test(e.text) ? { ...e, metric: 'data_volume' } : e));
}

/**
 * A bare "$0.50 per GB" that the page also quotes as "$0.50 per GB transferred" is that rate, though
 * the page keeps bytes elsewhere too ("$0.25 per GB stored" for another product).
 */
function sameRateAsFlow(units: Evidence[], bytes: Evidence[]): Evidence[] {
  const amount = (e: Evidence) => findMoney(e.text).find((h) => h.kind === 'money')?.amount;
  const moved = new Set(bytes.filter((e) => e.metric === 'data_volume' && findMoney(e.text).filter((h) => h.kind === 'money').length === 1).map(amount));
  return units.map((e) => (e.metric === 'storage' && bytes.includes(e) && !STORED_RE.test(e.text) && moved.has(amount(e)) ? { ...e, metric: 'data_volume' } : e));
}

/**
 * One vote per plan and unit: a plan listing the same per-seat price three times is one plan per seat,
 * and three plans quoting the same rate ("then $0.16 per compute hour") are three votes.
 */
function priceEvidence(plans: Plan[], flatTiers: boolean, perks: Set<Price>): Evidence[] {
  const out: Evidence[] = [];
  for (const plan of plans) {
    // A fee that only the free plan takes ("10% fee on sales") beside paid plans priced flat (`flatTiers`:
    // two or more, not saying they pay fees on top) is what the free plan costs, not what the paid tiers scale along.
    const freeFee = plan.free && flatTiers && !plan.prices.some((x) => x.amount > 0 && !x.percent);
    const seen = new Map<MetricId, Set<number>>();
    // Disk priced beside the machines in the same plan ("$0.18 per vCPU-hour", "+ $0.50 per GiB-month") comes with them.
    const machines = plan.prices.some((p) => p.unit === 'compute');
    for (const p of plan.prices) {
      // "0% transaction fees" says the plan charges nothing along that unit.
      if (!p.unit || p.unit === 'flat' || (p.percent === 0 && p.amount === 0) || (freeFee && p.percent) || perks.has(p)) continue;
      const amounts = seen.get(p.unit);
      if (amounts?.has(p.amount)) continue;
      // A second price of the same unit in one plan (another rate, not a toggle copy) counts less.
      const disk = machines && p.unit === 'storage';
      out.push({ metric: p.unit, text: p.text, weight: amounts || disk ? WEIGHTS.extraUnitPrice : WEIGHTS.priceUnit });
      seen.set(p.unit, (amounts ?? new Set()).add(p.amount));
    }
  }
  return out;
}

/**
 * Metrics that step across priced plans in counts of things (SKUs, files), not bytes: a gate-like metric
 * (storage) listed in bytes is a feature of the tiers, counted in things kept it is what they are sized by.
 */
function countedSteps(plans: Plan[]): Set<MetricId> {
  return new Set(tieredMetrics(plans.filter((p) => p.prices.length > 0), (l) => !BYTES_RE.test(l.text)).keys());
}

/** A plan's monthly fee, at the least: smaller amounts without a unit are usage rates or fees. */
const MIN_PLAN_FEE = 5;

/** A percentage fee named as card processing ("2.9% + 30¢ online card rate", "2% 3rd-party payment providers"). */
const CARD_RATE_RE = /\b(?:(?:online |in-person |credit )?card rates?|credit card (?:rates?|fees|processing)|card (?:processing|payments)|payment providers?)\b/i;

/**
 * Card rates that fall as the monthly fee rises (2.9% on the $29 plan, 2.5% on the $299 one): a perk of
 * the dearer tiers of a store builder, what its payments cost, not what the plans are priced along.
 */
function cardRatePerks(plans: Plan[], raw: readonly RawPlan[]): Set<Price> {
  // A plan's fee: its first amount without a unit or per seat, of `least` or more.
  const feeOf = (p: Plan, least = 0) => p.prices.find((x) => x.amount > 0 && x.amount >= least && (x.unit === null || x.unit === 'seats') && x.percent === undefined)?.amount;
  // A rate named as card processing, in its own words or by the label just above it in the card ("Online card rates" / "2.9% + 30¢").
  const isCardRate = (plan: Plan, x: Price) => {
    if (CARD_RATE_RE.test(x.text)) return true;
    const lines = raw.find((r) => r.name === plan.name)?.lines ?? [];
    const at = lines.findIndex((l) => l.includes(x.text));
    return at > 0 && CARD_RATE_RE.test(lines[at - 1]!);
  };
  const tiers: Array<{ fee: number; rate: Price }> = [];
  for (const plan of plans) {
    const fee = feeOf(plan);
    const rate = plan.prices.find((x) => x.percent !== undefined && x.percent > 0 && isCardRate(plan, x));
    if (fee !== undefined && rate) tiers.push({ fee, rate });
  }
  tiers.sort((a, b) => a.fee - b.fee);
  const falling = tiers.length >= 2 && tiers.every((t, i) => i === 0 || t.rate.percent! < tiers[i - 1]!.rate.percent!);
  const perks = new Set(falling ? plans.flatMap((p) => p.prices.filter((x) => x.percent !== undefined && isCardRate(p, x))) : []);
  // A fee per sale that only the cheapest of three or more paid plans takes ("+ $5 fee per course sale"
  // on Starter, none on the dearer plans): what the entry tier costs, not what the plans are priced along.
  const paid = plans.map((plan) => ({ plan, fee: feeOf(plan, MIN_PLAN_FEE) })).filter((x) => x.fee !== undefined)
    .sort((a, b) => a.fee! - b.fee!).map((x) => x.plan);
  const isSaleFee = (x: Price) => x.unit === 'transactions' && x.amount + (x.percent ?? 0) > 0;
  const entryFees = paid[0]?.prices.filter(isSaleFee) ?? [];
  if (paid.length >= 3 && entryFees.length === 1 && paid.slice(1).every((p) => !p.prices.some(isSaleFee))) perks.add(entryFees[0]!);
  return perks;
}

/** A sentence in the first person ("We send 400M messages a month", "Our team of 12..."). */
const FIRST_PERSON_RE = /^\s*["“„«]?(?:we|our|i|my)\b(?! (?:only )?(?:charge|bill|price|take))/i;
/** Social proof: "Trusted by 1,400 retailers to manage 2.5 billion deliveries", "Used by 20,000 teams". */
const SOCIAL_PROOF_RE = /\b(?:trusted|used|loved|relied on|chosen) by\b|\bjoin (?:over |more than )?[\d,.]+/i;
/** A testimonial: a quoted line signed with a name ("“…” — Ana, course creator"). */
const QUOTED_RE = /^\s*["“„«].*["”»]\s*[—–-]\s*\p{Lu}/u;

/**
 * Unit prices stated outside the plan cards (usage rates in a comparison table or an FAQ: "$2.80 per
 * 100 GB", "then $0.50 per 1,000 requests"): one vote each, at most a few per metric.
 */
function textPriceEvidence(lines: string[], context: CompiledContextUnit[]): Evidence[] {
  return cappedTextEvidence(lines, { maxLen: 200, maxLines: WEIGHTS.maxTextPriceLines, perMetric: WEIGHTS.maxTextPrices, weight: WEIGHTS.textPrice },
    // A bare percentage says what it is a share of on the next line ("1%" / "per successful transaction").
    // A testimonial, quoted and signed ("“I was paying 3% on my sales…” — Ana"), reports what a customer paid elsewhere.
    (line, next) => (findMoney(line).length === 0 || QUOTED_RE.test(line) || THIRD_PARTY_FEE_RE.test(line) ? null
      : parsePrices(line, BARE_PERCENT_RE.test(line) ? { tail: next } : {}).map((p) => ({ ...p, unit: unitInContext(context, p.unit, p.text, p.percent !== undefined) }))
        .filter((p) => p.unit && (p.amount > 0 || (p.percent ?? 0) > 0)).map((p) => ({ metric: p.unit!, text: p.text }))));
}

/**
 * Evidence read line by line from the page text, for lines with a digit: `read` returns null for a
 * line that does not count against `maxLines` (a page of a thousand prices says what it says in the
 * first few), and each metric votes at most `perMetric` times.
 */
function cappedTextEvidence(lines: string[], cap: { maxLen: number; maxLines: number; perMetric: number; weight: number },
  read: (line: string, next: string) => Array<{ metric: MetricId; text: string }> | null): Evidence[] {
  const out: Evidence[] = [];
  const votes = new Map<MetricId, number>();
  let counted = 0;
  for (const [i, line] of lines.entries()) {
    if (line.length > cap.maxLen || !DIGIT_RE.test(line)) continue;
    const found = read(line, lines[i + 1] ?? '');
    if (found === null) continue;
    if (++counted > cap.maxLines) break;
    for (const { metric, text } of found) {
      const n = votes.get(metric) ?? 0;
      if (n >= cap.perMetric) continue;
      votes.set(metric, n + 1);
      out.push({ metric, text, weight: cap.weight });
    }
  }
  return out;
}

/**
 * A plan whose card lists three or more quantities of one metric beside three or more prices (a
 * "1-200 labels / 201-500 labels" selector with its prices) is priced along that metric.
 */
function ladderEvidence(plans: Plan[]): Evidence[] {
  const out: Evidence[] = [];
  for (const plan of plans) {
    const amounts = new Set(plan.prices.filter((p) => p.amount > 0).map((p) => p.amount));
    if (amounts.size < 3) continue;
    const byMetric = new Map<MetricId, Plan['limits']>();
    for (const l of plan.limits) byMetric.set(l.metric, [...(byMetric.get(l.metric) ?? []), l]);
    const counted = [...byMetric].filter(([metric]) => metric !== 'flat')
      .map(([metric, limits]) => ({ metric, limits, steps: new Set(limits.map((l) => l.quantity)).size, gate: rules().metricById.get(metric)?.gate ?? false }));
    const ladders = counted.filter((c) => c.steps >= 3);
    // Storage that grows beside another ladder (actions and GB of storage at each price) is a gate, not the axis.
    // So is storage that steps beside another limit that steps less often (10 / 30 users, then unlimited).
    const axisLike = ladders.filter((c) => !c.gate);
    const besideSteps = counted.some((c) => !c.gate && c.steps >= 2);
    for (const { metric, limits } of axisLike.length > 0 ? axisLike : besideSteps ? [] : ladders) out.push({ metric, text: limits[0]!.text, weight: WEIGHTS.ladder });
  }
  return out;
}

/** Metrics whose limits take at least two different values across plans (the tiers step along them), with how many values each takes. */
export function tieredMetrics(plans: Plan[], counts: (limit: Limit) => boolean = () => true): Map<MetricId, number> {
  const seen = new Map<MetricId, Set<number>>();
  for (const plan of plans) for (const l of plan.limits) {
    if (counts(l)) seen.set(l.metric, (seen.get(l.metric) ?? new Set()).add(l.quantity));
  }
  return new Map([...seen].filter(([, q]) => q.size >= 2).map(([m, q]) => [m, q.size]));
}

/** One vote per plan and limit metric. */
function limitEvidence(plans: Plan[], stepped: Map<MetricId, number>): Evidence[] {
  const out: Evidence[] = [];
  for (const plan of plans) {
    const seen = new Set<MetricId>();
    for (const l of plan.limits) {
      if (seen.has(l.metric)) continue;
      seen.add(l.metric);
      out.push({ metric: l.metric, text: l.text, weight: stepped.has(l.metric) ? WEIGHTS.tieredLimit : WEIGHTS.flatLimit });
    }
  }
  return dedupe(out);
}

const DIGIT_RE = /\d/;
/** A clause that denies what follows it: "We don't take ... a fee per order", "no charge per seat", "never per user". */
const DENIED_RE = /\b(?:don[’']t|do not|doesn[’']t|does not|never|without|no)\b[^.;:!?,]*$/i;
/** A floor on usage billing ("$50 minimum / month", "minimum monthly spend"), not a flat fee. */
const MINIMUM_RE = /minimum\b|\bmin\.? (?:spend|commit)/i;
const BARE_PERCENT_RE = /^\d+(?:[.,]\d+)?\s?%$/;
const OVERAGE_RE = /(?<!\bno )\b(?:additional|extra|then|beyond|over|above|overage|more|each added|on top)\b/i;
const PLUS_USAGE_RE = /(?<![a-z])(?:platform|base) fee\b|\bthen usage\b|\b(?:plus|\+) (?:[a-z]+ ){0,3}(?:usage|metered|charges|fees)\b|\busage[- ]based\b(?! charges are billed)|\bpay (?:only )?(?:for|as you go)\b/i;

/** A section headed "Usage and billing" whose first row names a usage noun ("Monthly tracked users"). */
export const BILLING_HEAD_RE = /^(?:usage (?:and|&) billing|billing (?:metric|unit|model)|billable (?:usage|units?)|pricing (?:metric|unit))$/i;

const RELATIVE_RE = /\b(?:who|that|which|whom)\b/i;
/** A yes-or-no question ("Is pricing based on traffic or sales?"): an FAQ asks it to answer no as often as yes. */
const YES_NO_RE = /^\s*(?:is|are|do|does|did|can|will|should|am)\b[^?]*\?\s*$/i;
/** What follows an axis noun when it is the first of a list: ", messages sent", " and team size". */
const LIST_NEXT_RE = /^\s*(?:,|and\b|or\b|&|\+)\s*(?:(?:the|your) )?(?:(?:number|count|amount|volume) of )?(.*)$/i;
const AUDIENCE_VERB_RE = /^\s*(?:subscribe|sign up|visit|attend|register|follow|receive|read|watch)\b/i;

/** Sentences that name the axis: "How many active profiles do you have?", "priced on monthly orders". */
function axisEvidence(lines: string[], within: readonly string[]): Evidence[] {
  const found: Array<{ pos: number; e: Evidence }> = [];
  const block = lines.join('\n');
  let pos = 0;
  for (const [i, line] of mayMatch(BILLING_HEAD_RE, within) ? lines.entries() : []) {
    const billedOn = i > 0 && line.length <= 40 && BILLING_HEAD_RE.test(lines[i - 1]!.trim()) ? classifyNoun(line) : null;
    if (billedOn && billedOn.index === 0 && billedOn.metric !== 'flat') {
      found.push({ pos, e: { metric: billedOn.metric, text: snippet(`${lines[i - 1]}: ${line}`), weight: WEIGHTS.billingRow } });
    }
    pos += line.length + 1;
  }
  const taken = new Set<number>(found.map((f) => f.pos)); // one sentence, one vote: the first pattern that reads it
  for (const pattern of rules().axisPatterns) {
    for (const m of matchLines(pattern.re, block, WEIGHTS.maxAxisHits * 3, within)) {
      // "the people who subscribe": a relative clause says who the noun is; the noun alone would mislead.
      const said = m.match.groups?.noun;
      // "how many people subscribe to updates": people who do what an audience does are not the team.
      const end = m.at + m.match[0].length;
      const after = m.line.slice(end, end + 60);
      const audience = AUDIENCE_VERB_RE.test(after);
      const noun = said && !RELATIVE_RE.test(said) ? classifyNoun(said) : null;
      if (noun?.metric === 'seats' && audience) continue;
      if (m.line.length > 400 || !noun || noun.metric === 'flat' || taken.has(m.lineStart) || YES_NO_RE.test(m.line)) continue;
      // "depends on your monthly active users, messages and channels": a list of factors names no one axis.
      const listed = LIST_NEXT_RE.exec(after);
      const other = listed ? classifyNoun(listed[1]!) : null;
      if (other && other.index === 0 && other.metric !== noun.metric) continue;
      taken.add(m.lineStart);
      found.push({ pos: m.lineStart, e: { metric: noun.metric, text: snippet(m.line, m.at), weight: pattern.weight } });
    }
  }
  // In page order: the first sentence is the page's own framing.
  return dedupe(found.sort((a, b) => a.pos - b.pos).slice(0, WEIGHTS.maxAxisHits * 3).map((f) => f.e));
}

/**
 * On a page that shows no plans, the usage quantities its text states ("30,000 sessions per month",
 * "up to 10 million hits") hint at the unit it bills along.
 */
function textLimitEvidence(lines: string[]): Evidence[] {
  return dedupe(cappedTextEvidence(lines, { maxLen: 400, maxLines: WEIGHTS.maxTextLimitLines, perMetric: WEIGHTS.maxTextLimits, weight: WEIGHTS.textLimit },
    // "We send 400M messages a month": what a customer or the vendor says of itself, not what a plan includes.
    (line) => (FIRST_PERSON_RE.test(line) || QUOTED_RE.test(line) || SOCIAL_PROOF_RE.test(line) ? null
      : parseLimits(line).filter((l) => rules().metricById.get(l.metric)?.usage).map((l) => ({ metric: l.metric, text: l.text })))));
}

function offerEvidence(snapshot: PageSnapshot): Evidence[] {
  const out: Evidence[] = [];
  for (const o of snapshot.offers) {
    if (!o.unitText) continue;
    const unit = readOfferUnit(o.unitText).unit;
    if (unit) out.push({ metric: unit, text: snippet(o.unitText), weight: WEIGHTS.offerUnit });
  }
  return dedupe(out);
}

const QUESTION_RE = /\?\s*$/;
/** A fee the page says another company takes ("Payments run on Stripe; their standard processing fee applies (2.9% + 30¢)"): not this vendor's price. */
const THIRD_PARTY_FEE_RE = /\b(?:their|stripe[’']s|paypal[’']s|square[’']s|(?:payment )?(?:processor|provider)[’']s|third[- ]party)\s(?:[\w-]+\s){0,3}(?:processing |transaction |card )?fees?\b/i;

function phraseEvidence(block: string, within: readonly string[]): Evidence[] {
  const out: Evidence[] = [];
  for (const metric of rules().metrics) {
    if (metric.id === 'flat') continue;
    for (const phrase of metric.phrases) {
      for (const m of matchLines(phrase.re, block, WEIGHTS.maxPhraseHits, within)) {
        // A question ("Do you charge per order recovered?") asks; the answer is usually no. A denial ("We
        // don't take a fee per order") says what the price is not.
        if (QUESTION_RE.test(m.line) || DENIED_RE.test(m.line.slice(0, m.at)) || THIRD_PARTY_FEE_RE.test(m.line)) continue;
        out.push({ metric: metric.id, text: snippet(m.line, m.at), weight: phrase.weight });
      }
    }
  }
  return dedupe(out);
}

function dedupe(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.metric}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// A rate per something the vocabulary has no word for: "$1.50 per 1,000 pages", "0,03 € par document", "$0.013 / min".
const UNNAMED_RATE_RE = new RegExp(String.raw`(?:\/|\b(?:per|par|por|pro|je)\b)\s*(?:[\d.,]+\s*[km]?\s+)?[${LETTER}]`, 'i');

/**
 * A developer API that prices the units of work it does (pages read, documents parsed, minutes of
 * voice) charges per call, whatever its words for the call: where the engine read such a page as flat,
 * two or more such rates make it `api_calls`.
 */
export function unnamedApiRates(metric: ValueMetric, type: ProductTypeId | null, plans: Plan[]): ValueMetric {
  if (type !== 'developer_api' || metric.primary !== 'flat') return metric;
  const rates = plans.flatMap((p) => p.prices).filter((x) => x.amount > 0 && x.unit === null && x.period === null
    && x.percent === undefined && UNNAMED_RATE_RE.test(x.text.slice(x.text.search(/\d/))));
  if (new Set(rates.map((x) => x.amount)).size < 2) return metric;
  const evidence = dedupe(rates.map((x) => ({ metric: 'api_calls' as const, text: x.text, weight: WEIGHTS.extraUnitPrice }))).slice(0, WEIGHTS.maxEvidence);
  return { primary: 'api_calls', secondary: ['flat'], confidence: round2(Math.min(metric.confidence, 0.5)), evidence };
}
