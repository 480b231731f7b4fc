/**
 * Injected on demand when the user clicks an evidence phrase in the popup: exposes highlight and clear
 * to the extension through executeScript in the isolated world (see inject.ts for extraction).
 */
import { clearHighlights, highlightPhrase } from './highlight.ts';

const api = {
  highlight: (text: string) => highlightPhrase(document, String(text)),
  clear: () => clearHighlights(document),
};
(globalThis as unknown as { __valueMetricLensHighlight?: typeof api }).__valueMetricLensHighlight = api;
