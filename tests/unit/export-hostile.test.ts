import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvCell, mdCell, mergeImport, parseImport, toCsv, toJsonExport, toMarkdown, MAX_IMPORT_CHARS } from '../../src/core/list/export.ts';
import { toCsvReport, toJsonReport, toMarkdownReport } from '../../src/core/list/report.ts';
import { SavedTeardownSchema, type SavedTeardown } from '../../src/core/model.ts';
import { saved } from './fixtures.ts';

const base = [
  saved('1', 'boardly.example', '2026-01-01T00:00:00.000Z', 'Project management', '$8 per user / month', '$15 per user / month'),
  saved('2', 'mailer.example', '2026-03-01T00:00:00.000Z', 'Email marketing', '$12 per 1,000 contacts'),
  saved('3', 'tracker.example', '2026-06-01T00:00:00.000Z', 'Analytics', '$25 per 1M events'),
];

/** Reads one CSV cell back the way a spreadsheet does (the exports always quote). */
const unquote = (cell: string) => cell.slice(1, -1).replace(/""/g, '"');
const FORMULA_START = /^\s*[=+\-@\t\r＝＋－＠]/;

describe('CSV cells', () => {
  test.each([
    ['=1+1', `"'=1+1"`],
    ['  =cmd|"/c calc"!A1', `"'  =cmd|""/c calc""!A1"`],
    ['＝HYPERLINK("x")', `"'＝HYPERLINK(""x"")"`],
    ['＋1', `"'＋1"`], ['－1', `"'－1"`], ['＠SUM(A1)', `"'＠SUM(A1)"`],
    ['\t=1', `"'\t=1"`], ['\r=1', `"'\r=1"`], ['@SUM(A1)', `"'@SUM(A1)"`],
    ['a;=1+1', `"a;'=1+1"`], ['a; -2+3', `"a;' -2+3"`], ['a;＠x', `"a;'＠x"`],
    ['-12', '"-12"'], ['a; -12', '"a; -12"'], ['plain, text', '"plain, text"'], ['', '""'],
    ['\u202Egnp.exe', '"gnp.exe"'], ['\u200B=1', `"'=1"`],
  ])('%j -> %s', (input, out) => expect(csvCell(input)).toBe(out));

  test('property: always quoted, no segment a spreadsheet would run, nothing else changed', () => {
    const chars = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ';', ' ', '"', ',', '＝', '＋', '－', '＠', 'a', '1', '.', '\u202E', '\u200B');
    fc.assert(fc.property(fc.array(chars, { maxLength: 30 }).map((a) => a.join('')), (s) => {
      const cell = csvCell(s);
      expect(cell.startsWith('"') && cell.endsWith('"')).toBe(true);
      const text = unquote(cell);
      for (const seg of text.split(';')) expect(!FORMULA_START.test(seg) || /^\s*[+-]?\d+(?:\.\d+)?\s*$/.test(seg)).toBe(true);
      // Only a leading ' per segment was added and invisible characters removed.
      expect(text.split(';').map((x) => x.replace(/^'/, '')).join(';')).toBe(s.replace(/[\u200B\u202E]/g, ''));
    }));
  });
});

describe('Markdown cells', () => {
  test('HTML, links and images are shown as text', () => {
    expect(mdCell('<img src=x onerror=alert(1)> [click](https://evil.example) ![i](x) a|b & c\nd'))
      .toBe('&lt;img src=x onerror=alert\\(1\\)&gt; \\[click\\]\\(https://evil.example\\) \\!\\[i\\]\\(x\\) a\\|b &amp; c d');
  });
  test('property: no raw HTML, link syntax, pipe or line break survives', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), (s) => {
      const out = mdCell(s);
      expect(out).not.toMatch(/[<>\r\n]/);
      expect(out).not.toMatch(/(^|[^\\])(\\\\)*[[\]()|]/);
    }));
  });
});

describe('hostile titles in every export', () => {
  const word = 'W'.repeat(100_000);
  const hostile: SavedTeardown[] = [
    { ...base[0]!, note: '=HYPERLINK("http://evil.example","click")', teardown: { ...base[0]!.teardown, title: '@SUM(1+1)*cmd|" /C calc"!A0' } },
    { ...base[1]!, note: 'ok;=1+2 <script>alert(1)</script> [x](javascript:alert(1))', teardown: { ...base[1]!.teardown, title: '\u202Etxt.exe \u200Bzero\u200Dwidth' } },
    { ...base[2]!, note: word, teardown: { ...base[2]!.teardown, title: `－1+${word}` } },
  ];
  test('CSV (both) quote every cell and neutralise every formula', () => {
    for (const csv of [toCsv(hostile), toCsvReport(hostile, { history: true })]) {
      const lines = csv.trim().split('\r\n');
      expect(lines).toHaveLength(4);
      const cells = lines.flatMap((l) => l.match(/"(?:[^"]|"")*"/g) ?? []);
      expect(cells.join(',').length).toBe(lines.join(',').length); // nothing outside quotes
      for (const c of cells) for (const seg of unquote(c).split(';')) expect(FORMULA_START.test(seg) && !/^\s*-?\d/.test(seg)).toBe(false);
      expect(csv).not.toMatch(/[\u202E\u200B\u200D]/);
      expect(csv).toContain(word);
    }
  });
  test('Markdown (both): one table row per teardown, no HTML, no links', () => {
    for (const md of [toMarkdown(hostile), toMarkdownReport(hostile, { history: true })]) {
      expect(md.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(2 + 3);
      expect(md).not.toMatch(/<script|<\/|\]\(/);
      expect(md).not.toMatch(/[\u202E\u200B\u200D]/);
    }
  });
  test('JSON report and backup keep the text exactly (JSON is not interpreted)', () => {
    const report = JSON.parse(toJsonReport(hostile, { history: false }, '2026-11-29T00:00:00.000Z'));
    expect(report.rows.map((r: Record<string, string>) => r['Title'])).toEqual([hostile[0]!.teardown.title, hostile[1]!.teardown.title, hostile[2]!.teardown.title]);
    const back = parseImport(toJsonExport(hostile.slice(0, 2), '2026-11-29T00:00:00.000Z'));
    expect(back).toEqual({ ok: true, teardowns: hostile.slice(0, 2), refused: [] });
  });
  test('a 100 KB title is refused on import with its place named (teardown titles are capped)', () => {
    const r = parseImport(toJsonExport(hostile, '2026-11-29T00:00:00.000Z'));
    expect(r).toMatchObject({ ok: true, refused: [{ index: 2, reason: expect.stringMatching(/^teardowns\.2\.(note|teardown\.title): Too big/) }] });
  });
});

describe('import limits', () => {
  test('a 16 MB file is refused with a clear message', () => {
    const r = parseImport(`{"format":"value-metric-lens","pad":"${'x'.repeat(16_000_000)}"}`);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^This file is too large \(16 MB; the limit is 10 MB/) });
    expect(MAX_IMPORT_CHARS).toBe(10_000_000);
  });
  test('5,000 teardowns are refused with a clear message', () => {
    // Counted before anything else is checked, so small entries do (5,000 real teardowns also exceed 10 MB).
    const text = JSON.stringify({ format: 'value-metric-lens', version: 1, exportedAt: '2026-11-29T00:00:00.000Z', teardowns: Array.from({ length: 5000 }, (_, i) => ({ id: `x${i}` })) });
    expect(parseImport(text)).toEqual({ ok: false, error: 'This file holds 5,000 teardowns; an import takes at most 1,000. Nothing was imported.' });
  });
  test('an old export with a renamed product type imports under the new id', () => {
    const old = JSON.parse(toJsonExport([base[0]!], '2026-11-29T00:00:00.000Z'));
    old.teardowns[0].teardown.productType.id = 'helpdesk';
    const r = parseImport(JSON.stringify(old));
    expect(r.ok && r.teardowns[0]!.teardown.productType.id).toBe('customer_support');
  });
});

describe('round trip', () => {
  const iso = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }).map((t) => new Date(t).toISOString());
  const text = (max: number) => fc.string({ unit: 'binary', maxLength: max });
  const item = fc.record({
    which: fc.nat({ max: base.length - 1 }), competitor: fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }), savedAt: iso,
    note: text(300), title: text(400), confidence: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0),
  }).map(({ which, competitor, savedAt, note, title, confidence }) => {
    const b = base[which]!;
    return { ...b, competitor, savedAt, note, teardown: { ...b.teardown, title, valueMetric: { ...b.teardown.valueMetric, confidence } } } as SavedTeardown;
  });
  const list = fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 100 }), item), { selector: ([id]) => id, maxLength: 12 })
    .map((xs) => xs.map(([id, t]) => ({ ...t, id })));

  test('property: export JSON then import gives the same list, and merging it into an empty list keeps it all', () => {
    fc.assert(fc.property(list, iso, (items, at) => {
      for (const t of items) SavedTeardownSchema.parse(t);
      const r = parseImport(toJsonExport(items, at));
      if (items.length === 0) { expect(r).toEqual({ ok: true, teardowns: [], refused: [] }); return; }
      expect(r).toEqual({ ok: true, teardowns: items, refused: [] });
      if (r.ok) expect(mergeImport([], r.teardowns, () => 'never').items).toEqual(items);
    }), { numRuns: 60 });
  });
});
