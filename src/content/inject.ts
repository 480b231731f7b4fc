/**
 * Injected on demand (activeTab + scripting) when the user opens the popup: exposes extract and
 * highlight to the extension through executeScript in the isolated world. Nothing runs until called.
 */
import { extractPage } from './extract.ts';
import { clearHighlights, highlightPhrase } from './highlight.ts';

const api = {
  extract: () => extractPage(document, location.href, { rendered: true }),
  highlight: (text: string) => highlightPhrase(document, String(text)),
  clear: () => clearHighlights(document),
};
(globalThis as unknown as { __valueMetricLens?: typeof api }).__valueMetricLens = api;
