// The labelled example pages, end to end through the CLI's path (linkedom -> extract -> analyze).
// Labels are an analyst's reading of each page (examples/labels.json), not engine output.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PageSnapshotSchema, TeardownSchema } from '../../src/core/model.ts';
import { analyze } from '../../src/core/analyze.ts';
import { snapshotFile } from '../../scripts/teardown-file.ts';
import { parseHtml } from '../../src/cli/dom.ts';
import { highlightPhrase } from '../../src/content/highlight.ts';

const labels: Array<{ file: string; primary: string | null; productType: string }> = JSON.parse(readFileSync('examples/labels.json', 'utf8'));

describe.each(labels)('$file', (label) => {
  test('reads, analyses and matches the label', async () => {
    const snap = PageSnapshotSchema.parse(await snapshotFile(`examples/${label.file}`));
    const t = TeardownSchema.parse(analyze(snap));
    expect(t.valueMetric.primary).toBe(label.primary);
    expect(t.productType.id ?? 'other').toBe(label.productType);
    // Every evidence phrase can be shown on the page it came from.
    const { document } = parseHtml(readFileSync(`examples/${label.file}`, 'utf8'));
    for (const e of [...t.valueMetric.evidence, ...t.productType.evidence]) {
      if (snap.title.includes(e.text) || snap.description.includes(e.text)) continue; // head text: nothing to outline
      expect(highlightPhrase(document, e.text), e.text).toBe(true);
    }
  });
});
