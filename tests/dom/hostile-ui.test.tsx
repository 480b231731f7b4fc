// Hostile page text in the comparison table and the Recovery list, rendered by Preact into a linkedom
// document: shown as text (never as markup), direction-isolated, whole.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { latestPerCompetitor } from '../../src/core/list/compare.ts';
import { saved } from '../unit/fixtures.ts';

// The polyfill refuses to load outside an extension; nothing here sends a message.
vi.mock('../../src/shared/browser.ts', () => ({ browser: {} }));

const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>') as unknown as { document: Document; window: Window };
beforeAll(() => { Object.assign(globalThis, { document, window, localStorage: { getItem: () => null, setItem() {}, removeItem() {}, key: () => null, length: 0 } }); });

const TITLE = '\u202E<img src=x onerror=alert(1)>=HYPERLINK("x")\u200B' + 'W'.repeat(100_000);

describe('hostile titles on the comparison page', () => {
  test('the table shows the title as text, isolated, whole', async () => {
    const { Table } = await import('../../src/compare/Table.tsx');
    const t = saved('h', '\u202Eevil.example', '2026-01-01T00:00:00.000Z', 'x', '$8 per user / month');
    const item = { ...t, teardown: { ...t.teardown, title: TITLE } };
    const root = document.getElementById('app')!;
    render(<Table rows={latestPerCompetitor([item])} sort={{ key: 'competitor', dir: 'asc' }} onSort={() => {}} openHistory={new Set()}
      onToggleHistory={() => {}} onDelete={() => {}} onPricing2Yaml={() => {}} drafts={new Map()} />, root);
    const row = root.querySelector('[data-testid="teardown-row"]')!;
    expect(row.querySelector('img')).toBeNull();
    const title = row.querySelector('[dir="auto"]')!;
    expect(title.textContent).toBe(TITLE);
    expect(row.querySelector('bdi')!.textContent).toBe('\u202Eevil.example');
    render(null, root);
  });

  test('the Recovery list shows a set-aside id as text, isolated', async () => {
    const { Recovery } = await import('../../src/compare/Recovery.tsx');
    const root = document.getElementById('app')!;
    render(<Recovery setAside={[{ id: '<b>x</b>\u202E', key: 'local:teardown:x', raw: {}, reason: 'r', newer: false }]} backups={[]} readOnly={null} onChanged={async () => {}} />, root);
    const li = root.querySelector('[data-testid="set-aside-item"]')!;
    expect(li.querySelector('b')).toBeNull();
    expect(li.querySelector('bdi')!.textContent).toBe('<b>x</b>\u202E');
    render(null, root);
  });
});
