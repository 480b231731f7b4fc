/**
 * Injected on demand (activeTab + scripting) when the user opens the popup: exposes extract to the
 * extension through executeScript in the isolated world. Nothing runs until called. Highlighting is a
 * separate script (inject-highlight.ts), injected only when the user clicks an evidence phrase, so the
 * script every click loads carries extraction only.
 */
import { extractPage } from './extract.ts';

const api = {
  extract: () => extractPage(document, location.href, { rendered: true }),
};
(globalThis as unknown as { __valueMetricLens?: typeof api }).__valueMetricLens = api;
