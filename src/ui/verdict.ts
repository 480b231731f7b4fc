/** The popup's verdict card in words: one confidence, the runner-up metric, evidence grouped. No DOM. */
import type { MetricId, Teardown } from '../core/model.ts';

export type Level = 'high' | 'medium' | 'low';

export interface VerdictSummary {
  /** One confidence for the whole verdict: the weaker of the metric's and the (inferred) type's. */
  level: Level;
  /** The metric that came second, named when the confidence is not high. */
  runnerUp: MetricId | null;
}


export { confidenceLevel } from '../core/list/report.ts';
import { confidenceLevel } from '../core/list/report.ts';

/** @example summarize(teardown) // { level: 'medium', runnerUp: 'seats' } */
export function summarize(t: Teardown): VerdictSummary {
  const vm = t.valueMetric;
  const type = t.productType.overridden ? 1 : t.productType.confidence;
  const level = vm.primary === null ? 'low' : confidenceLevel(Math.min(vm.confidence, type));
  const totals = new Map<MetricId, number>();
  for (const e of vm.evidence) if (e.metric !== vm.primary) totals.set(e.metric, (totals.get(e.metric) ?? 0) + e.weight);
  const byWeight = [...totals].sort((a, b) => b[1] - a[1]).map(([m]) => m);
  const runnerUp = level === 'high' ? null : (vm.secondary.find((m) => m !== vm.primary) ?? byWeight[0] ?? null);
  return { level, runnerUp };
}

export interface EvidenceGroup<K extends string> { key: K; phrases: Array<{ text: string; onPage: boolean }> }

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * True for a phrase read from the page title or meta description and absent from the visible text:
 * it cannot be highlighted on the page.
 * @example isMetaPhrase('CRM per contact', 'Acme: CRM per contact', '', 'Plans') // true
 */
export function isMetaPhrase(text: string, title: string, description: string, body: string): boolean {
  const t = norm(text);
  return t.length > 0 && (norm(title).includes(t) || norm(description).includes(t)) && !norm(body).includes(t);
}

/**
 * Evidence grouped by key (metric or type), strongest group first, each phrase once (case and
 * spacing ignored); `onPage` is false for phrases read from the title or the meta description.
 */
export function groupEvidence<K extends string>(items: Array<{ key: K; text: string; weight: number }>, isMeta: (text: string) => boolean,
  /** Phrases already shown elsewhere (shared across calls, so a phrase appears once in the popup). */
  shown: Set<string> = new Set()): Array<EvidenceGroup<K>> {
  const groups = new Map<K, { weight: number; seen: Set<string>; phrases: Array<{ text: string; onPage: boolean }> }>();
  for (const it of items) {
    const g = groups.get(it.key) ?? { weight: 0, seen: new Set<string>(), phrases: [] };
    groups.set(it.key, g);
    g.weight += it.weight;
    const n = norm(it.text);
    if (!n || g.seen.has(n) || shown.has(n)) continue;
    g.seen.add(n);
    g.phrases.push({ text: it.text.trim(), onPage: !isMeta(it.text) });
  }
  for (const g of groups.values()) for (const n of g.seen) shown.add(n);
  return [...groups].sort((a, b) => b[1].weight - a[1].weight).filter(([, g]) => g.phrases.length > 0).map(([key, g]) => ({ key, phrases: g.phrases }));
}
