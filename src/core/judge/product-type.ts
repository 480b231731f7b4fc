/**
 * Infers the product type from what the page says about itself: the title, the meta description, the
 * h1 and hero text and the JSON-LD description weigh most, then headings, then the body text. Pure;
 * the signals are in src/rules/product-types.json.
 */
import type { MetricId, PageSnapshot, ProductType, ProductTypeId, TypeEvidence } from '../model.ts';
import { rules } from '../rules.ts';
import { clamp, matchLines, round2, snippet, textLines } from '../text.ts';
import { guessByWords, readsEnglish, typeModel } from './words.ts';

// What the product is shows in the title, the meta description, the h1 and the hero text ('about');
// section headings and body text mention integrations, customers and features too, so they weigh less.
// The site's menu links ("Live chat", "Help desk", "Pricing") and the header lines above the h1 name the
// products the site sells: they weigh more than the body, though less than what the page says of itself.
const PLACE_WEIGHT = { title: 3, about: 2.5, description: 2.5, heading: 1, header: 1, menu: 0.5, text: 0.4 } as const;
const MAX_HEADER_LINES = 80;
const GLUED_RE = /(\p{Ll})(\p{Lu})/gu;
/** Menu links for this many teams make a tool every department works in, weighed as a strong phrase in the page's header. */
const MIN_TEAMS = 3;
const TEAMS_WEIGHT = 4;
/** A menu link naming a team a product serves: "Marketing", "Sales teams", "For HR". */
const TEAM_LINK_RE = /^(?:for )?(?:marketing|sales|hr|it|finance|operations|engineering|product|design|support|customer (?:support|service|success)|legal|people|creative|agencies)(?: teams?)?$/i;
const MAX_HITS_PER_SIGNAL = 3;
const MAX_TEXT_LINES = 1500;
/** Metrics a payments product is never priced along. */
const NOT_PAYMENTS = new Set<MetricId>(['seats', 'contacts']);
const MIN_SCORE = 3;
/** The top type must beat the runner-up by this factor, or the page is `other`: a guess would mislead. */
const MIN_LEAD = 1.3;
/** A type scoring this share of the leader's is a contender when the words leave the page unsure. */
const CONTENDER_SHARE = 0.5;
const UNSURE_CONFIDENCE = 0.3;
/** A type named by what the page charges for alone, its words saying too little. */
const NAMED_BY_PRICE_CONFIDENCE = 0.2;
/** Words enough to name a contender whose natural metric is the usage priced, when the page is unsure. */
const MIN_FIT_SCORE = 2;
/** The lead a type needs when only body text speaks for it. */
const MIN_LEAD_TEXT_ONLY = 2;
/** Phrases this sure or less yield to the page's words when those speak clearly (WORDS_MARGIN) for another type. */
const PHRASES_YIELD_AT = 0.7;
/** How much likelier (in nats) the page's words must be under their type than under any other to overrule the phrases. */
const WORDS_MARGIN = 40;
const WORDS_CONFIDENCE = 0.5;

/**
 * The product type with the evidence phrases behind it; `other`, with low confidence, when the page
 * says too little or two types are close (unless the usage priced settles it, see unsureType).
 * @example inferProductType(snapshot).id // 'marketing'
 */
export function inferProductType(snapshot: PageSnapshot, metric: MetricId | null = null, priced = metric !== null): ProductType {
  const byPhrases = typeByPhrases(snapshot, metric, priced);
  // A page that names itself a kind with no reference type (a CMS) stays other, whatever its words.
  const saidOther = byPhrases.id === 'other' && byPhrases.evidence.length > 0;
  if (byPhrases.confidence > PHRASES_YIELD_AT || saidOther || !readsEnglish(snapshot)) return byPhrases;
  // The phrases leave it open: the page's words as a whole, weighed as pages of each type use them
  // (words.ts), settle it when they clearly read like another type.
  const guess = guessByWords(typeModel(), snapshot);
  if (guess.id === byPhrases.id || guess.margin < WORDS_MARGIN || (guess.id === 'payments' && metric !== null && NOT_PAYMENTS.has(metric))) return byPhrases;
  const lines = [snapshot.title, ...(snapshot.about ?? []), snapshot.description, ...snapshot.headings, ...textLines(snapshot.text, MAX_TEXT_LINES)];
  const evidence = guess.words.map((word, i) => ({ type: guess.id, text: inContext(word, lines), weight: round2(1 - i / 10) }))
    .filter((e, i, all) => all.findIndex((x) => x.text === e.text) === i);
  return { id: guess.id, confidence: WORDS_CONFIDENCE, evidence };
}

/** The first line that uses a word, around it (the words' evidence reads as the page says it); the word alone failing that. */
function inContext(word: string, lines: string[]): string {
  const re = new RegExp(`(?<![a-z])${word}(?![a-z])`, 'i');
  for (const line of lines) {
    const at = line.search(re);
    if (at >= 0) return snippet(line, at);
  }
  return word;
}

/** The product type by the phrases the page uses and where it uses them (the rules in product-types.json). */
function typeByPhrases(snapshot: PageSnapshot, metric: MetricId | null, priced: boolean): ProductType {
  const places: Array<[keyof typeof PLACE_WEIGHT, string[]]> = [
    ['title', [snapshot.title]], ['about', snapshot.about ?? []], ['description', [snapshot.description]],
    ['heading', snapshot.headings],
  ];
  // What the page says of itself, one line per entry, and where each place's lines start in it.
  const own: string[] = [];
  const placeAt: Array<[number, keyof typeof PLACE_WEIGHT]> = [];
  let offset = 0;
  for (const [place, lines] of places) {
    for (const line of lines) {
      const flat = line.replace(/\n/g, ' ');
      placeAt.push([offset, place]);
      own.push(flat);
      offset += flat.length + 1;
    }
  }
  const ownBlock = own.join('\n');
  const placeOf = (at: number) => {
    let place = placeAt[0]![1];
    for (const [start, p] of placeAt) if (start <= at) place = p;
    return place;
  };
  // Body text, likewise one block: each signal scans each block once (see matchLines), unless the
  // page text, whose lines it is, lacks the signal's words.
  const bodyLines = textLines(snapshot.text, MAX_TEXT_LINES);
  const body = bodyLines.join('\n');
  // The page header: the text lines before the h1 (about[0]), when the h1 is among the first lines.
  const h1 = snapshot.about?.[0];
  const headerLines = h1 ? bodyLines.slice(0, MAX_HEADER_LINES).indexOf(h1) : -1;
  const headerEnd = headerLines > 0 ? bodyLines.slice(0, headerLines).join('\n').length : 0;
  // The menu's links, one per line (the page text leaves navigation out). A link's title and subtitle
  // come glued ("Work managementBoards and dashboards"): a capital after a small letter starts a line.
  // A link that is only a team's name ("Marketing", "Sales", "HR") says who uses the product, not what it is.
  const links = snapshot.menu ?? [];
  const isTeam = (link: string) => TEAM_LINK_RE.test(link.trim());
  const menu = links.filter((l) => !isTeam(l)).join('\n').replace(GLUED_RE, '$1\n$2');
  const evidence: TypeEvidence[] = [];
  // Solutions for three teams or more ("Marketing", "Operations", "IT", "HR"): a tool every department works in.
  const teams = links.filter(isTeam);
  if (new Set(teams.map((l) => l.trim().toLowerCase())).size >= MIN_TEAMS) evidence.push({ type: 'collaboration', text: snippet(teams.join(', ')), weight: TEAMS_WEIGHT });
  const placed = new Set<ProductTypeId>();
  for (const type of rules().types) {
    for (const signal of type.signals) {
      const mine = matchLines(signal.re, ownBlock, MAX_HITS_PER_SIGNAL);
      for (const m of mine) {
        const place = placeOf(m.lineStart);
        evidence.push({ type: type.id, text: snippet(m.line, m.at), weight: signal.weight * PLACE_WEIGHT[place] });
        // What the page says of itself; a heading speaks for the product only with a strong phrase.
        if (place !== 'heading' || signal.weight >= 1.5) placed.add(type.id);
      }
      const menuHits = mine.length < MAX_HITS_PER_SIGNAL ? matchLines(signal.re, menu, MAX_HITS_PER_SIGNAL - mine.length) : [];
      for (const m of menuHits) evidence.push({ type: type.id, text: snippet(m.line, m.at), weight: signal.weight * PLACE_WEIGHT.menu });
      mine.push(...menuHits);
      for (const m of mine.length < MAX_HITS_PER_SIGNAL ? matchLines(signal.re, body, MAX_HITS_PER_SIGNAL - mine.length, [snapshot.text]) : []) {
        evidence.push({ type: type.id, text: snippet(m.line, m.at), weight: signal.weight * PLACE_WEIGHT[m.lineStart < headerEnd ? 'header' : 'text'] });
      }
    }
  }
  const scores = new Map<ProductTypeId, number>();
  for (const e of evidence) scores.set(e.type, (scores.get(e.type) ?? 0) + e.weight);
  // A payments product charges along its payments; plans priced per seat or contact belong to
  // software that also takes payments (a booking tool, a course platform), whatever its payment words.
  const ranked = [...scores.entries()].filter(([id]) => !(id === 'payments' && metric !== null && NOT_PAYMENTS.has(metric))).sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const runnerUp = ranked[1]?.[1] ?? 0;
  // Too little said, or said only in headings and body text (integrations, customer logos, feature
  // lists) without a clear lead, or two types neck and neck: unsure.
  const unsure = !top || top[1] < MIN_SCORE || (!placed.has(top[0]) && top[1] < runnerUp * MIN_LEAD_TEXT_ONLY) || top[1] < runnerUp * MIN_LEAD;
  if (unsure) return unsureType(ranked, evidence, metric, priced);
  const confidence = (top[1] / (top[1] + runnerUp)) * (0.5 + 0.5 * clamp(top[1] / 15, 0, 1));
  return { id: top![0], confidence: round2(confidence), evidence: evidenceFor(top![0], evidence) };
}

/**
 * When the words leave two or three types close and none of them is a kind the page names as other
 * (a CMS, a website builder: it stays other), the usage the page charges for settles it: a close
 * contender whose natural metric is the usage priced ("per compute-hour" among infrastructure and
 * analytics words) is named, with low confidence; failing that, on a page that shows prices, a metric
 * that alone names a type (`namedByPrice`: data volume for analytics). Seats and flat fees say nothing
 * about the product, so they leave it `other`.
 */
function unsureType(ranked: Array<[ProductTypeId, number]>, evidence: TypeEvidence[], metric: MetricId | null, priced: boolean): ProductType {
  const top = ranked[0]?.[1] ?? 0;
  // A page that says outright it is a kind of product with no reference type (a CMS, a website builder) stays other.
  const said = ranked.slice(0, 2).find(([id, v]) => id === 'other' && v >= MIN_SCORE && v * MIN_LEAD >= top);
  if (said) return { id: 'other', confidence: UNSURE_CONFIDENCE, evidence: evidenceFor('other', evidence) };
  const fit = metric && rules().metricById.get(metric)?.usage
    ? ranked.slice(0, 3).find(([id, v]) => v >= top * CONTENDER_SHARE && v >= MIN_FIT_SCORE && rules().typeById.get(id)?.natural.includes(metric)) : undefined;
  if (fit) return { id: fit[0], confidence: UNSURE_CONFIDENCE, evidence: evidenceFor(fit[0], evidence) };
  const named = metric && priced ? rules().types.find((t) => t.namedByPrice?.includes(metric)) : undefined;
  if (named) return { id: named.id, confidence: NAMED_BY_PRICE_CONFIDENCE, evidence: evidenceFor(named.id, evidence) };
  return { id: 'other', confidence: round2(Math.min(UNSURE_CONFIDENCE, top / 30)), evidence: [] };
}

function evidenceFor(type: ProductTypeId, evidence: TypeEvidence[]): TypeEvidence[] {
  return evidence.filter((e) => e.type === type).sort((a, b) => b.weight - a.weight)
    .filter((e, i, all) => all.findIndex((x) => x.text === e.text) === i).slice(0, 8);
}
