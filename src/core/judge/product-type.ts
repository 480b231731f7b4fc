/**
 * Infers the product type from what the page says about itself: the title and headings weigh most,
 * then the meta description, then the body text. Pure; the signals are in src/rules/product-types.json.
 */
import type { PageSnapshot, ProductType, ProductTypeId, TypeEvidence } from '../model.ts';
import { rules } from '../rules.ts';
import { clamp, round2, snippet, textLines } from '../text.ts';

const PLACE_WEIGHT = { title: 3, heading: 2, description: 2, text: 1 } as const;
const MAX_HITS_PER_SIGNAL = 3;
const MIN_SCORE = 2;
/** Below this the page is `other`: a guess between types would mislead more than it helps. */
const MIN_CONFIDENCE = 0.4;

/**
 * The product type with the evidence phrases behind it; null when the page says too little.
 * @example inferProductType(snapshot).id // 'marketing'
 */
export function inferProductType(snapshot: PageSnapshot): ProductType {
  const places: Array<[keyof typeof PLACE_WEIGHT, string[]]> = [
    ['title', [snapshot.title]], ['heading', snapshot.headings], ['description', [snapshot.description]],
    ['text', textLines(snapshot.text, 1500)],
  ];
  const evidence: TypeEvidence[] = [];
  for (const type of rules().types) {
    for (const signal of type.signals) {
      let hits = 0;
      for (const [place, lines] of places) {
        for (const line of lines) {
          signal.re.lastIndex = 0;
          const m = signal.re.exec(line);
          if (!m) continue;
          evidence.push({ type: type.id, text: snippet(line, m.index), weight: signal.weight * PLACE_WEIGHT[place] });
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
  if (!top || top[1] < MIN_SCORE) return { id: null, confidence: 0, evidence: [] };
  const total = ranked.reduce((s, [, v]) => s + v, 0);
  const confidence = (top[1] / total) * (0.5 + 0.5 * clamp(top[1] / 12, 0, 1));
  if (confidence < MIN_CONFIDENCE) return { id: 'other', confidence: round2(confidence), evidence: [] };
  return {
    id: top[0], confidence: round2(confidence),
    evidence: evidence.filter((e) => e.type === top[0]).sort((a, b) => b.weight - a.weight)
      .filter((e, i, all) => all.findIndex((x) => x.text === e.text) === i).slice(0, 8),
  };
}
