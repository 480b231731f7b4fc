/** Shared by the eval and bench scripts: a saved HTML file -> snapshot -> teardown, as the CLI does it. */
import { readFileSync } from 'node:fs';
import { extractPage } from '../src/content/extract.ts';
import { analyze } from '../src/core/analyze.ts';
import type { PageSnapshot, Teardown } from '../src/core/model.ts';
import { parseHtml, savedUrl } from '../src/cli/dom.ts';

export async function snapshotFile(path: string): Promise<PageSnapshot> {
  const { document, close } = parseHtml(readFileSync(path, 'utf8'));
  try { return extractPage(document, savedUrl(document)); } finally { await close(); }
}

export async function teardownFile(path: string): Promise<Teardown> {
  return analyze(await snapshotFile(path));
}
