/** Builds a DOM from saved HTML in Node with happy-dom, scripts and sub-resources disabled. */
import { Window } from 'happy-dom';

/**
 * Parses HTML into a Document that extractPage can read. No script on the page runs and nothing is
 * fetched: the teardown stays on this machine.
 */
export function parseHtml(html: string, url = 'http://localhost/'): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}

/** The page's own URL when the saved file records one (canonical link or og:url), else null. */
export function savedUrl(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href')
    ?? doc.querySelector('meta[property="og:url" i]')?.getAttribute('content');
  if (!href) return null;
  try { return new URL(href).href; } catch { return null; }
}
