import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import type { PageSnapshot, RawPlan } from '../../src/core/model.ts';

// Three plan cards priced the same way, as real pages price along each metric (our own wording).
const card = (name: string, ...lines: string[]): RawPlan => ({ name, lines: [name, ...lines], ctas: ['Get started'], attrPrices: [], featured: false });
const page = (plans: RawPlan[]): PageSnapshot => ({
  url: 'https://vendor.example/pricing', title: 'Pricing', description: '', lang: 'en', headings: ['Pricing'],
  text: plans.flatMap((p) => p.lines).join('\n'), plans, offers: [], billingToggle: [], truncated: false,
});
const metric = (plans: RawPlan[]) => analyze(page(plans)).valueMetric.primary;

describe('the unit a price is per', () => {
  test.each([
    ['seats', 'per seat / month'], ['seats', 'per agent per month'], ['seats', 'per active card / month'], ['seats', '/user/mo'], ['seats', 'per editor/month'],
    ['active_users', 'per 1,000 MAU'], ['contacts', 'per 1,000 contacts'], ['messages', 'per 1,000 emails'], ['messages', 'per SMS'],
    ['conversations', 'per conversation'], ['conversations', 'per ticket'], ['outcomes', 'per resolution'],
    ['compute', 'per vCPU-hour'], ['compute', 'per GB-second'], ['compute', 'per build minute'], ['compute', 'per browser hour'], ['outcomes', 'per hire'],
    ['seats', 'per planner / month'], ['seats', 'per vet / month'], ['seats', 'per stylist per month'], ['seats', 'per attorney / mo'], ['seats', 'per sending inbox / month'], ['seats', 'pro Fahrzeug / Monat'], ['seats', 'per managed device / month'], ['locations', 'por habitación / mes'], ['seats', 'por veterinario / mes'], ['seats', 'par membre et par mois'], ['seats', 'pro Techniker / Monat'], ['seats', 'por profesional al mes'], ['messages', 'por 1.000 mensajes'], ['locations', 'por farmacia / mes'], ['seats', 'pro Mitarbeitendem / Monat'], ['seats', 'pro Behandler / Monat'], ['seats', 'per maker / month'], ['seats', 'per organizer / month'], ['locations', 'per rooftop / month'], ['locations', 'per rental unit / month'], ['locations', 'por local / mes'], ['compute', 'per node / month'], ['storage', 'per GB stored / month'],
    ['seats', 'pro Sitzplatz / Monat'],
    ['data_volume', 'per 1M events'], ['data_volume', 'per GB ingested'], ['data_volume', 'per 1,000 sessions'],
    ['data_volume', 'per minute delivered'], ['data_volume', 'per minute of input video'], ['data_volume', 'per GB delivered'],
    ['transactions', 'per transaction'], ['orders', 'per order'], ['orders', 'per shipping label'], ['orders', 'per booking'],
    ['revenue', '% of revenue'], ['api_calls', 'per 1,000 requests'], ['api_calls', 'per API call'], ['api_calls', 'per task'],
    ['api_calls', 'per 1,000 emails verified'], ['credits', 'per 1,000 credits'], ['credits', 'per 1M tokens'], ['locations', 'per location / month'], ['locations', 'per facility per month'], ['locations', '/ mois / établissement'], ['orders', 'par étiquette'],
  ])('%s: "$N %s"', (want, unit) => {
    expect(metric([card('Starter', `$10 ${unit}`), card('Pro', `$8 ${unit}`), card('Scale', `$6 ${unit}`)])).toBe(want);
  });
});

describe('the limit the tiers step along', () => {
  test.each([
    ['data_volume', 'keywords tracked daily'], ['data_volume', 'translated words'], ['contacts', 'active loyalty members'], ['contacts', 'live attendees'], ['active_users', 'monthly active learners'], ['active_users', 'monthly active viewers'], ['active_users', 'monthly active players'], ['active_users', 'daily active users'], ['messages', 'restock alerts'], ['data_volume', 'podcast downloads'], ['data_volume', 'tracked clicks'], ['data_volume', 'errors per month'], ['compute', 'uptime monitors'], ['transactions', 'sales transactions per month'], ['api_calls', 'screenshots per month'], ['data_volume', 'QR code scans'], ['contacts', 'stakeholders'], ['contacts', 'push subscribers'], ['orders', 'sales orders per month'], ['seats', 'licensed case workers'], ['seats', 'inspectors'], ['seats', 'drivers'], ['seats', 'techs'], ['locations', 'charging ports'], ['locations', 'studio'], ['locations', 'court'], ['locations', 'rentals'], ['data_volume', 'GB moved'], ['contacts', 'membres actifs'], ['contacts', 'email subscribers'], ['contacts', 'customer accounts'], ['conversations', 'tracked calls'], ['orders', 'pre-orders'], ['contacts', 'shoppers with saved items'],
    ['data_volume', 'Seitenaufrufe'], ['data_volume', 'pages vues'], ['data_volume', 'páginas vistas'], ['active_users', 'visiteurs uniques par mois'], ['api_calls', 'búsquedas al mes'],
    ['contacts', 'contacts'], ['seats', 'users'], ['seats', 'team members'], ['messages', 'emails per month'], ['messages', 'SMS per month'],
    ['data_volume', 'events per month'], ['data_volume', 'page views per month'], ['orders', 'orders per month'], ['orders', 'shipments per month'],
    ['active_users', 'monthly active users'], ['api_calls', 'API calls per month'], ['api_calls', 'tasks per month'],
    ['conversations', 'conversations per month'], ['credits', 'credits per month'], ['credits', 'AI credits'], ['locations', 'locations'],
    ['compute', 'build minutes'], ['outcomes', 'AI resolutions per month'],
  ])('%s: "Up to N %s"', (want, noun) => {
    expect(metric([card('Starter', '$29/mo', `Up to 1,000 ${noun}`), card('Pro', '$79/mo', `Up to 5,000 ${noun}`), card('Scale', '$199/mo', `Up to 25,000 ${noun}`)])).toBe(want);
  });

  test('revenue brackets: "Up to $10k in tracked revenue"', () => {
    expect(metric([card('Starter', '$29/mo', 'Up to $10k in tracked revenue'), card('Pro', '$79/mo', 'Up to $50k in tracked revenue'),
      card('Scale', '$199/mo', 'Up to $250k in tracked revenue')])).toBe('revenue');
  });
});

describe('questions in an FAQ', () => {
  test('"Do you charge per order?" asks; it does not say the tiers are priced per order', () => {
    const plans = [card('Starter', '$29/mo', 'Email support'), card('Pro', '$79/mo', 'Priority support'), card('Scale', '$199/mo', 'Dedicated manager')];
    const snap = page(plans);
    const asked = { ...snap, text: `${snap.text}\nDo you charge per order recovered?\nNo. Every plan is a flat monthly fee.` };
    expect(analyze(asked).valueMetric.evidence.filter((e) => e.metric === 'orders')).toEqual([]);
    const told = { ...snap, text: `${snap.text}\nWe charge per order recovered.` };
    expect(analyze(told).valueMetric.evidence.filter((e) => e.metric === 'orders')).not.toEqual([]);
  });
  test('"We don\'t take a fee per order" denies it; a clause after a comma still says it', () => {
    const snap = page([card('Starter', '$29/mo', 'Email support'), card('Pro', '$79/mo', 'Priority support')]);
    const denied = { ...snap, text: `${snap.text}\nWe don't take a percentage of your sales or a fee per order.` };
    expect(analyze(denied).valueMetric.evidence.filter((e) => e.metric === 'orders')).toEqual([]);
    const said = { ...snap, text: `${snap.text}\nNo setup fee, we charge per order recovered.` };
    expect(analyze(said).valueMetric.evidence.filter((e) => e.metric === 'orders')).not.toEqual([]);
  });
});

describe('a bare "/ GB"', () => {
  const rates = (...text: string[]) => {
    const plans = [card('Free', '$0', '3 GB included'), card('Pro', '$0.45 per GB ingested'), card('Volume', '$0.38/GB above 10 TB')];
    const snap = page(plans);
    return analyze({ ...snap, text: [snap.text, ...text].join('\n') }).valueMetric.primary;
  };
  test('is the GB the page prices in full: ingested, so data volume', () => {
    expect(rates('Estimate: $0.45 / GB')).toBe('data_volume');
  });
  test('is data volume where only a limit says what the page counts ("3 GB ingested / month")', () => {
    const bare = (...text: string[]) => {
      const snap = page([card('Free', '$0', '3 GB ingested / month'), card('Nano', '$0.38 / GB'), card('Standard', '$0.51 / GB')]);
      return analyze({ ...snap, text: [snap.text, ...text].join('\n') }).valueMetric.primary;
    };
    expect(bare()).toBe('data_volume');
    expect(bare('Archive: $0.02 per GB-month')).toBe('storage');
  });
  test('stays storage where the page also prices GB stored', () => {
    expect(rates('Retention: $0.10 per GB stored / month', 'Archive: $0.05 per GB stored / month', 'Hot tier: $0.20 / GB stored')).not.toBe('data_volume');
  });
});

describe('compound nouns', () => {
  test('"pre-order sales" are sales (revenue), not orders; pre-orders alone are orders', () => {
    const plans = [card('Launch', '$0', 'Up to $2,000 in pre-order sales'), card('Growth', '$34/mo', 'Up to $25,000 in pre-order sales'), card('Pro', '$89/mo', 'Up to $120,000 in pre-order sales')];
    const snap = page(plans);
    expect(analyze({ ...snap, text: `Plans scale with the pre-order sales you take each month.\n${snap.text}` }).valueMetric.primary).toBe('revenue');
  });
});

describe('testimonials', () => {
  test('a quoted customer who paid "3% on my sales" elsewhere is no rate of this page', () => {
    const plans = [card('Free', '$0'), card('Pro', '$19/mo', 'Order bumps'), card('Business', '$49/mo', 'Upsells')];
    const snap = page(plans);
    const quote = '“My old checkout took 3% of every sale. Now I pay a flat $19.” — Ana, course creator';
    expect(analyze({ ...snap, text: `${snap.text}\n${quote}` }).valueMetric.primary).toBe('flat');
    // Without plans, the rates in the text are all a page has: the quote says nothing, the fee does.
    const fees = ['Checkout pages: 3% of every sale', 'Payment links: 2% of every sale', 'Invoices: 1% of every sale'];
    const bare = (lines: string[]) => analyze({ ...page([]), text: ['Pricing', ...lines].join('\n') }).valueMetric.primary;
    expect(bare(fees)).toBe('transactions');
    expect(bare(fees.map((f) => `“${f}, at my last provider.” — Ana, course creator`))).toBeNull();
  });
});

describe('how many times', () => {
  test('"how many times people scan them" counts scans, not people', () => {
    const plans = [card('Lite', '$9/mo', '5,000 scans per month'), card('Business', '$29/mo', '50,000 scans per month', '3 users'), card('Fleet', '$89/mo', '400,000 scans per month', '10 users')];
    const snap = page(plans);
    expect(analyze({ ...snap, text: `Choose by how many times people scan them each month.\n${snap.text}` }).valueMetric.primary).toBe('data_volume');
  });
});
