import { describe, expect, test } from 'vitest';
import { competitorKey, histories, latestPerCompetitor, ownSummary, sortTeardowns } from '../../src/core/list/compare.ts';
import { csvCell, parseImport, toCsv, toJsonExport, toMarkdown } from '../../src/core/list/export.ts';
import { saved } from './fixtures.ts';

const seats1 = saved('1', 'boardly.example', '2026-01-01T00:00:00.000Z', 'Project management', '$8 per user / month', '$15 per user / month');
const events2 = saved('2', 'boardly.example', '2026-06-01T00:00:00.000Z', 'Project management', '$25 per 1M events', '$20 per 1M events');
const contacts = saved('3', 'mailer.example', '2026-03-01T00:00:00.000Z', 'Email marketing', '$12 per 1,000 contacts', '$10 per 1,000 contacts');
const all = [events2, contacts, seats1];

describe('compare', () => {
  test('competitor keys', () => {
    expect(competitorKey('https://www.acme.example/pricing', 'Acme')).toBe('acme.example');
    expect(competitorKey('file:///tmp/a.html', 'Acme pricing')).toBe('Acme pricing');
    expect(competitorKey(null, '')).toBe('unknown');
  });
  test('history flags a changed metric as a repricing', () => {
    const h = histories(all).get('boardly.example')!;
    expect(h.map((e) => [e.item.id, e.repriced, e.previousMetric])).toEqual([['1', false, null], ['2', true, 'seats']]);
    expect(latestPerCompetitor(all).find((r) => r.item.competitor === 'boardly.example')).toMatchObject({ repriced: true, item: { id: '2' } });
  });
  test('sorting by a column, both ways', () => {
    const rows = latestPerCompetitor(all);
    expect(sortTeardowns(rows, 'competitor', 'asc').map((r) => r.item.competitor)).toEqual(['boardly.example', 'mailer.example']);
    expect(sortTeardowns(rows, 'minPrice', 'desc').map((r) => r.item.id)).toEqual(['2', '3']); // $20 per 1M events > $10 per 1,000 contacts
    expect(sortTeardowns(rows, 'minPrice', 'asc').map((r) => r.item.id)).toEqual(['3', '2']);
  });
  test('own-product summary', () => {
    expect(ownSummary({ name: '', productType: null, metric: 'seats' }, all)).toMatch(/^You charge per seat; 1 of 2 saved competitors charge/);
    expect(ownSummary({ name: '', productType: null, metric: null }, all)).toBeNull();
  });
});

describe('export', () => {
  test('CSV quotes and neutralises formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-12')).toBe('"-12"');
    const csv = toCsv([{ ...contacts, note: 'line1\nline2, "quoted"' }]);
    expect(csv.split('\r\n')[0]).toMatch(/^"competitor","url","title","savedAt","metric"/);
    expect(csv).toContain('"line1\nline2, ""quoted"""');
  });
  test('Markdown escapes pipes and newlines', () => {
    const md = toMarkdown([{ ...contacts, note: 'a | b\nc' }]);
    expect(md).toContain('a \\| b c');
    expect(md.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(3);
  });
  test('JSON export round-trips through import, losing nothing', () => {
    const r = parseImport(toJsonExport(all, '2026-11-25T00:00:00.000Z'));
    expect(r).toEqual({ ok: true, teardowns: all, refused: [] });
  });
  test.each([
    ['not json', /not JSON/],
    ['{"format":"other"}', /not a Value Metric Lens export/],
    ['{"format":"value-metric-lens","version":1,"exportedAt":"2026-11-25T00:00:00.000Z","teardowns":[{"id":""}]}', /teardowns\.0\.id/],
  ])('invalid import %s gets a clear message', (text, message) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });
});
