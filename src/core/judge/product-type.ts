/**
 * Infers the product type from what the page says about itself: the title and headings weigh most,
 * then the meta description, then the body text. Pure; the signals are in src/rules/product-types.json.
 */
import type { PageSnapshot, ProductType, ProductTypeId, TypeEvidence } from '../model.ts';
import { rules } from '../rules.ts';
import { clamp, round2, snippet, textLines } from '../text.ts';

// What the product is shows in the title, the meta description, the h1 and the hero text ('about');
// section headings and body text mention integrations, customers and features too, so they weigh less.
const PLACE_WEIGHT = { title: 3, about: 2.5, description: 2.5, heading: 1, text: 0.4 } as const;
const MAX_HITS_PER_SIGNAL = 3;
const MIN_SCORE = 3;
/** The top type must beat the runner-up by this factor, or the page is `other`: a guess would mislead. */
const MIN_LEAD = 1.3;
/** The lead a type needs when only body text speaks for it. */
const MIN_LEAD_TEXT_ONLY = 2;

/**
 * The product type with the evidence phrases behind it; null when the page says too little.
 * @example inferProductType(snapshot).id // 'marketing'
 */
export function inferProductType(snapshot: PageSnapshot): ProductType {
  const places: Array<[keyof typeof PLACE_WEIGHT, string[]]> = [
    ['title', [snapshot.title]], ['about', snapshot.about ?? []], ['description', [snapshot.description]],
    ['heading', snapshot.headings], ['text', textLines(snapshot.text, 1500)],
  ];
  const evidence: TypeEvidence[] = [];
  const placed = new Set<ProductTypeId>();
  for (const type of rules().types) {
    for (const signal of type.signals) {
      let hits = 0;
      for (const [place, lines] of places) {
        for (const line of lines) {
          signal.re.lastIndex = 0;
          const m = signal.re.exec(line);
          if (!m) continue;
          evidence.push({ type: type.id, text: snippet(line, m.index), weight: signal.weight * PLACE_WEIGHT[place] });
          // What the page says of itself; a heading speaks for the product only with a strong phrase.
          if (place === 'title' || place === 'about' || place === 'description' || (place === 'heading' && signal.weight >= 1.5)) placed.add(type.id);
          if (++hits >= MAX_HITS_PER_SIGNAL) break;
        }
        if (hits >= MAX_HITS_PER_SIGNAL) break;
      }
    }
  }
  const scores = new Map<ProductTypeId, number>();
  for (const e of evidence) scores.set(e.type, (scores.get(e.type) ?? 0) + e.weight);
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  // Too little said, or said only in headings and body text (integrations, customer logos, feature
  // lists) without a clear lead: unsure.
  const runnerUp = ranked[1]?.[1] ?? 0;
  if (!top || top[1] < MIN_SCORE || (!placed.has(top[0]) && top[1] < runnerUp * MIN_LEAD_TEXT_ONLY)) return { id: 'other', confidence: round2(top ? Math.min(0.3, top[1] / 30) : 0), evidence: [] };
  const confidence = (top[1] / (top[1] + runnerUp)) * (0.5 + 0.5 * clamp(top[1] / 15, 0, 1));
  if (top[1] < runnerUp * MIN_LEAD) return { id: 'other', confidence: round2(Math.min(confidence, 0.4)), evidence: [] };
  return {
    id: top[0], confidence: round2(confidence),
    evidence: evidence.filter((e) => e.type === top[0]).sort((a, b) => b.weight - a.weight)
      .filter((e, i, all) => all.findIndex((x) => x.text === e.text) === i).slice(0, 8),
  };
}
