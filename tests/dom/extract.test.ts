import { describe, expect, test } from 'vitest';
import { extractPage } from '../../src/content/extract.ts';
import { highlightPhrase, clearHighlights } from '../../src/content/highlight.ts';
import { parseHtml } from '../../src/cli/dom.ts';
import { LIMITS, PageSnapshotSchema } from '../../src/core/model.ts';
import { analyze } from '../../src/core/analyze.ts';
import { withJsonLd } from '../../src/core/read/json-ld.ts';

const read = (html: string, url: string | null = 'https://vendor.example/pricing') => {
  const { document } = parseHtml(html);
  const snap = extractPage(document, url);
  expect(PageSnapshotSchema.parse(snap)).toEqual(snap);
  return { snap, document };
};

const GRID = `<html lang="en"><head><title>Pricing | Boardly</title><meta name="description" content="Project management for teams"></head><body>
<header><nav><a href="/">Home</a><a href="/pricing">Pricing</a></nav></header>
<h1>Plans for teams of every size</h1>
<div role="tablist"><button role="tab">Monthly</button><button role="tab">Yearly (save 20%)</button></div>
<section class="grid">
  <article class="card"><h2>Free</h2><p class="price"><span>$</span><span>0</span></p><ul><li>Up to 3 users</li><li>5 boards</li></ul><a href="#">Sign up</a></article>
  <article class="card card--popular"><span class="badge">Most popular</span><h2>Team</h2><p class="price" data-monthly-price="10" data-annual-price="8"><span>$</span><span>10</span></p><p>per user / month</p><ul><li>Unlimited boards</li></ul><a href="#">Start free trial</a></article>
  <article class="card"><h2>Enterprise</h2><p class="price">Custom</p><ul><li>SSO</li></ul><a href="#">Contact sales</a></article>
</section>
<footer><p>© 2026 Boardly</p></footer><script>document.title = 'hacked'</script></body></html>`;

describe('extractPage', () => {
  test('reads plan cards, names, CTAs, data-attribute prices, featured badge and the billing toggle', () => {
    const { snap } = read(GRID);
    expect(snap.title).toBe('Pricing | Boardly');
    expect(snap.description).toBe('Project management for teams');
    expect(snap.lang).toBe('en');
    expect(snap.plans.map((p) => p.name)).toEqual(['Free', 'Team', 'Enterprise']);
    const team = snap.plans[1]!;
    expect(team.lines).toContain('$10');
    expect(team.lines).toContain('per user / month');
    expect(team.featured).toBe(true);
    expect(team.attrPrices).toEqual([{ name: 'data-monthly-price', value: '10' }, { name: 'data-annual-price', value: '8' }]);
    expect(snap.plans[2]!.ctas).toEqual(['Contact sales']);
    expect(snap.billingToggle).toEqual(['Monthly', 'Yearly (save 20%)']);
    expect(snap.text).not.toContain("document.title");
  });

  test('keeps the menu links apart from the page text: they say what the site sells', () => {
    const { snap } = read(`<html><head><title>Plans</title></head><body><header><nav><div class="dropdown"><a href="/chat">Live chat software</a><a href="/tickets">Ticketing</a></div>
      <a href="/pricing">Pricing</a></nav></header><h1>Plans for teams of every size</h1><div class="card"><h2>Team</h2><p>$20 per agent / month</p></div></body></html>`);
    expect(snap.menu).toEqual(['Live chat software', 'Ticketing', 'Pricing']);
    expect(snap.text).not.toContain('Ticketing');
    expect(analyze(snap).productType.id).toBe('customer_support');
  });

  test('the extracted grid analyses end to end', () => {
    const t = analyze(read(GRID).snap);
    expect(t.valueMetric.primary).toBe('seats');
    expect(t.productType.id).toBe('collaboration');
    expect(t.plans.map((p) => [p.name, p.free, p.contactSales])).toEqual([['Free', true, false], ['Team', false, false], ['Enterprise', false, true]]);
    expect(t.plans[1]!.prices).toEqual([
      expect.objectContaining({ amount: 10, billing: 'monthly', unit: 'seats' }),
      expect.objectContaining({ amount: 8, billing: 'annual', unit: 'seats' }),
    ]);
  });

  test('plans as columns of a comparison table', () => {
    const { snap } = read(`<html><head><title>Pricing</title></head><body><table>
      <tr><th></th><th>Basic</th><th>Pro</th><th>Scale</th></tr>
      <tr><td>Price</td><td>$20/mo</td><td>$50/mo</td><td>$120/mo</td></tr>
      <tr><td>Contacts</td><td>1,000</td><td>10,000</td><td>50,000</td></tr>
      <tr><td>A/B testing</td><td>–</td><td>✓</td><td>✓</td></tr></table></body></html>`);
    expect(snap.plans.map((p) => p.name)).toEqual(['Basic', 'Pro', 'Scale']);
    expect(snap.plans[1]!.lines).toEqual(['Pro', '$50/mo', 'Contacts 10,000', 'A/B testing']);
    expect(analyze(snap).valueMetric.primary).toBe('contacts');
  });

  test('plans as table rows: a bare quantity reads with its column header', () => {
    const { snap } = read(`<html><head><title>Pricing</title></head><body><h1>Privacy-first web analytics</h1><table>
      <thead><tr><th>Monthly pageviews</th><th>Monthly</th><th>Yearly</th></tr></thead><tbody>
      <tr><td>Up to 10k</td><td>$9/mo</td><td>$90/yr</td></tr><tr><td>Up to 100k</td><td>$19/mo</td><td>$190/yr</td></tr>
      <tr><td>1M+</td><td>$69/mo</td><td>$690/yr</td></tr></tbody></table></body></html>`);
    expect(snap.plans.map((p) => p.name)).toEqual(['Up to 10k', 'Up to 100k', '1M+']);
    expect(snap.plans[1]!.lines).toEqual(['Up to 100k Monthly pageviews', '$19/mo', '$190/yr']);
    expect(analyze(snap).valueMetric.primary).toBe('data_volume');
  });

  test('a grid of cards under an add-ons heading is not taken for the plans', () => {
    const extras = (h: string) => `<section><h2>${h}</h2><div class="grid">
      <div class="card"><h3>Image optimiser</h3><p>$9.50 / month</p><a href="#">Add</a></div>
      <div class="card"><h3>Edge storage</h3><p>$0.01 / GB</p><a href="#">Add</a></div>
      <div class="card"><h3>Firewall</h3><p>$0.20 / million requests</p><a href="#">Add</a></div></div></section>`;
    const plans = '<section><div class="plans"><div><h3>Starter</h3><p>$19/mo</p></div><div><h3>Growth</h3><p>$49/mo</p></div></div></section>';
    for (const heading of ['Optional services', 'Storage, networking and more', 'Other charges', 'Weitere Leistungen']) {
      expect(read(`<html><body>${plans}${extras(heading)}</body></html>`).snap.plans.map((p) => p.name)).toEqual(['Starter', 'Growth']);
    }
    expect(read(`<html><body>${plans}${extras('Our network')}</body></html>`).snap.plans.map((p) => p.name)).toEqual(['Image optimiser', 'Edge storage', 'Firewall']);
  });

  test('the choices of a drop-down in a quote form are not prices', () => {
    const { snap } = read(`<html><body><h1>Wholesale portal</h1><p>Every plan is quoted.</p><form><label>Annual wholesale revenue
      <select><option>Under $1M</option><option>$1M–$10M</option><option>$10M+</option></select></label><button>Request pricing</button></form></body></html>`);
    expect(snap.plans).toEqual([]);
    expect(analyze(snap).valueMetric.primary).toBeNull();
  });

  test('a worked example of a bill is not taken for the plans', () => {
    const example = (h: string) => `<section><h2>${h}</h2><table><tr><th>One month</th><th>Amount</th></tr>
      <tr><th>Claims filed</th><td>40 ($5,200)</td></tr><tr><th>Claims won</th><td>25 ($3,250)</td></tr>
      <tr><th>Our fee (20%)</th><td>$650.00</td></tr><tr><th>You keep</th><td>$2,600.00</td></tr></table></section>`;
    const cards = '<h1>Pay only when we win</h1><div class="plans"><div><h3>Self-serve</h3><p>20%</p><p>of recovered claims</p></div><div><h3>Managed</h3><p>15%</p><p>of recovered claims</p></div></div>';
    for (const heading of ['What that looks like', 'An example month', 'Fee breakdown', 'Ein Beispiel']) {
      expect(read(`<html><body>${cards}${example(heading)}</body></html>`).snap.plans).toEqual([]);
    }
    expect(read(`<html><body>${cards}${example('Your month')}</body></html>`).snap.plans.map((p) => p.name)).toContain('You keep');
  });

  test('rates whose unit is in a column header or a row label are read with it', () => {
    const { snap } = read(`<html><head><title>Queues pricing</title></head><body><h1>Serverless message queues</h1>
      <div class="plans"><div><h3>Developer</h3><p>$0 / month</p><p>Plus request charges.</p></div><div><h3>Team</h3><p>$29 / month</p><p>Plus request charges.</p></div></div>
      <table><tr><th>Monthly volume</th><th>Price per 1M requests</th></tr><tr><td>First 1 million</td><td>Free</td></tr>
      <tr><td>1M – 100M</td><td>$0.40</td></tr><tr><td>Over 100M</td><td>$0.30</td></tr></table>
      <table><tr><th></th><th>Standard</th><th>FIFO</th></tr><tr><td>Per GB delivered</td><td>$0.01</td><td>$0.02/mo</td></tr></table>
      <table><tr><th>Monthly actions</th><th>Price per million</th></tr><tr><td>First 5M</td><td>$50</td></tr></table></body></html>`);
    expect(snap.tableRates).toEqual(['$0.40 per 1M requests', '$0.30 per 1M requests', '$0.01 Per GB delivered', '$50 per million monthly actions']);
    expect(analyze(snap).valueMetric.primary).toBe('api_calls');
  });

  test('page sections taken for cards give way to the table of plans one of them holds', () => {
    const { snap } = read(`<html><body><div class="page">
      <section><h2>Shipping plans</h2><p>From $9.99 a month.</p><table><tr><th></th><th>Starter</th><th>Growth</th><th>Pro</th></tr>
        <tr><td>Price</td><td>$9.99/mo</td><td>$29.99/mo</td><td>$59.99/mo</td></tr><tr><td>Shipments per month</td><td>50</td><td>500</td><td>2,000</td></tr></table></section>
      <section><h2>Add-ons</h2><p>Extra users: $10 per user / month</p><a href="#">Add</a></section></div></body></html>`);
    expect(snap.plans.map((p) => p.name)).toEqual(['Starter', 'Growth', 'Pro']);
    expect(analyze(snap).valueMetric.primary).toBe('orders');
  });

  test('an ARIA grid of inline cells reads cell by cell, its rows as plans under their column headers', () => {
    const row = (...cells: string[]) => `<div role="row">${cells.map((c) => `<span role="cell">${c}</span>`).join('')}</div>`;
    const { snap } = read(`<html><body><h1>Feedback boards</h1><div role="table">
      <div role="row"><span role="columnheader">Plan</span><span role="columnheader">Price</span><span role="columnheader">Tracked users</span></div>
      ${row('Free', '$0', '100')}${row('Core', '$79 / month', '1,000')}${row('Pro', '$199 / month', '5,000')}</div></body></html>`);
    expect(snap.plans.map((p) => p.lines)).toEqual([['Free', '$0', '100 Tracked users'], ['Core', '$79 / month', '1,000 Tracked users'], ['Pro', '$199 / month', '5,000 Tracked users']]);
    expect(analyze(snap).valueMetric.primary).toBe('active_users');
  });

  test('a comparison table beside an add-ons section is read by column, its price row no grid of cards', () => {
    const { snap } = read(`<html><body><main><h1>Sync your warehouse</h1>
      <table class="compare"><thead><tr><th></th><th>Free</th><th>Team</th><th>Business</th></tr>
        <tr><th>Price</th><td>$0</td><td>$350 / month</td><td>$1,200 / month</td></tr></thead>
        <tbody><tr><th>Records synced per month</th><td>10,000</td><td>1,000,000</td><td>10,000,000</td></tr>
        <tr><th>Extra records</th><td>—</td><td>$2.50 per 10,000</td><td>$1.50 per 10,000</td></tr>
        <tr><th></th><td><a href="#">Sign up</a></td><td><a href="#">Start trial</a></td><td><a href="#">Start trial</a></td></tr></tbody></table>
      <section class="addons"><h2>Add-ons</h2><p>Audience builder: $400/month, then $60 per seat.</p><p>Identity resolution: $0.50 per 1,000 profiles.</p></section></main></body></html>`);
    expect(snap.plans.map((p) => p.name)).toEqual(['Free', 'Team', 'Business']);
    expect(analyze(snap).valueMetric.primary).toBe('data_volume');
  });

  test('an ARIA table of divs is read like a table: plans by column, rates with the unit their header names', () => {
    const row = (tag: string, ...c: string[]) => `<div role="row">${c.map((x, i) => `<div role="${i === 0 ? 'rowheader' : tag}">${x}</div>`).join('')}</div>`;
    const { snap } = read(`<html><body><h1>Compare plans</h1><div role="table"><div role="rowgroup">${row('columnheader', '', 'Basic', 'Plus', 'Max')}</div>
      <div role="rowgroup">${row('cell', 'Monthly price', '$29', '$79', '$199')}${row('cell', 'Recurring orders', '100', '1,000', '10,000')}</div></div>
      <div role="table">${row('columnheader', 'Volume', 'Price per 1,000 emails')}${row('cell', 'Over 100k', '$0.80')}</div></body></html>`);
    expect(snap.plans.map((p) => p.lines)).toEqual([['Basic', '$29', 'Recurring orders 100'], ['Plus', '$79', 'Recurring orders 1,000'], ['Max', '$199', 'Recurring orders 10,000']]);
    expect(snap.tableRates).toEqual(['$0.80 per 1,000 emails']);
    expect(analyze(snap).valueMetric.primary).toBe('orders');
  });

  test('a cell spanning columns lines up the cells after it with their headers; an amount under a price header stays an amount', () => {
    const row = (...c: string[]) => `<tr>${c.map((x) => (x.startsWith('2:') ? `<td colspan="2">${x.slice(2)}</td>` : `<td>${x}</td>`)).join('')}</tr>`;
    const { snap } = read(`<html><body><h1>Returns portal</h1><table><thead><tr><th rowspan="2">Plan</th><th colspan="2">Price</th><th rowspan="2">Returns included each month</th></tr>
      <tr><th>Monthly</th><th>Yearly</th></tr></thead><tbody>${row('Lite', '2:$0', '25')}${row('Core', '$59/mo', '$590/yr', '200')}${row('Pro', '$159/mo', '$1,590/yr', '800')}</tbody></table></body></html>`);
    expect(snap.plans.map((p) => p.lines.at(-1))).toEqual(['25 Returns included each month', '200 Returns included each month', '800 Returns included each month']);
    expect(analyze(snap).valueMetric.primary).toBe('orders');
    const { snap: sizes } = read(`<html><body><table><tr><th>Instance</th><th>vCPU</th><th colspan="2">Hourly</th></tr>
      <tr><td>s-1</td><td>2</td><td>$</td><td>0.045</td></tr><tr><td>s-2</td><td>4</td><td>$</td><td>0.09</td></tr><tr><td>s-3</td><td>8</td><td>$</td><td>0.18</td></tr></table></body></html>`);
    expect(sizes.plans.map((p) => p.lines)).toContainEqual(['s-1', '2 vCPU', '$', '0.045']);
  });

  test('a bare quantity per month in a plan row reads with its column header', () => {
    const row = (...c: string[]) => `<tr><th>${c[0]}</th>${c.slice(1).map((x) => `<td>${x}</td>`).join('')}</tr>`;
    const { snap } = read(`<html><body><table><thead><tr><th>Plan</th><th>Price</th><th>Orders with a chosen date</th></tr></thead><tbody>
      ${row('Free', '$0', '30 / month')}${row('Basic', '$8.99/mo', '300 / month')}${row('Pro', '$24.99/mo', '2,000 / month')}</tbody></table></body></html>`);
    expect(snap.plans.map((p) => p.lines.at(-1))).toEqual(['30 / month Orders with a chosen date', '300 / month Orders with a chosen date', '2,000 / month Orders with a chosen date']);
    expect(analyze(snap).valueMetric.primary).toBe('orders');
  });

  test('a table of server sizes is read row by row, each bare quantity with its column header', () => {
    const row = (...c: string[]) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`;
    const { snap } = read(`<html><body><h1>Cloud servers</h1><table><thead><tr><th>Memory</th><th>vCPUs</th><th>SSD disk</th><th>Price per hour</th><th>Price per month</th></tr></thead>
      <tbody>${row('1 GB', '1', '25 GB', '$0.009/hr', '$6/mo')}${row('2 GB', '2', '50 GB', '$0.018/hr', '$12/mo')}${row('4 GB', '4', '80 GB', '$0.036/hr', '$24/mo')}</tbody></table></body></html>`);
    expect(snap.plans.map((p) => p.lines)).toEqual([
      ['1 GB', '1 vCPUs', '25 GB', '$0.009/hr', '$6/mo'], ['2 GB', '2 vCPUs', '50 GB', '$0.018/hr', '$12/mo'], ['4 GB', '4 vCPUs', '80 GB', '$0.036/hr', '$24/mo'],
    ]);
    expect(analyze(snap).valueMetric.primary).toBe('compute');
    // A header that starts like a plan name but names a price ("Max per month") is still a column of prices.
    const maxed = read(`<html><body><table><tr><th>Plan</th><th>vCPU</th><th>NVMe SSD</th><th>Price per hour</th><th>Max per month</th></tr>
      ${row('IH-1', '1', '40 GB', '$0.0065', '$4.20')}${row('IH-2', '2', '80 GB', '$0.0125', '$7.90')}${row('IH-4', '4', '160 GB', '$0.024', '$15.40')}</table></body></html>`);
    expect(maxed.snap.plans.map((p) => p.name)).toEqual(['IH-1', 'IH-2', 'IH-4']);
    // Columns named only by their period ("Hourly", "Monthly") are prices too.
    const periods = read(`<html><body><table><tr><th>Configuration</th><th>Traffic</th><th>Hourly</th><th>Monthly</th></tr>
      ${row('1 vCPU · 1 GB RAM', '1 TB', '$0.006/hr', '$4/mo')}${row('2 vCPU · 4 GB RAM', '3 TB', '$0.018/hr', '$12/mo')}${row('4 vCPU · 8 GB RAM', '4 TB', '$0.036/hr', '$24/mo')}</table></body></html>`);
    expect(periods.snap.plans.map((p) => p.name)).toEqual(['1 vCPU · 1 GB RAM', '2 vCPU · 4 GB RAM', '4 vCPU · 8 GB RAM']);
  });

  test('plans as table rows read an amount with the unit the row label names', () => {
    const row = (...c: string[]) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`;
    const { snap } = read(`<html><body><h1>Object storage</h1><table><tr><th>Item</th><th>Hot storage</th><th>Archive storage</th></tr>
      ${row('Storage (per GB-month)', '$0.0059', '$0.0019')}${row('Egress (per GB)', '$0.01', '$0.02')}${row('Operations per 1M', 'Free', '$5.00')}</table></body></html>`);
    expect(snap.plans.map((p) => p.lines)).toEqual([
      ['Storage (per GB-month)', '$0.0059 per GB-month', '$0.0019 per GB-month'], ['Egress (per GB)', '$0.01 per GB', '$0.02 per GB'],
      ['Operations per 1M', 'Free', '$5.00 per 1M'],
    ]);
    expect(analyze(snap).valueMetric.primary).toBe('storage');
  });

  test('billing toggle labels split over elements, by invisible characters or by unread elements are found; other words are not', () => {
    const { snap } = read(`<html><body><div role="tablist">
      <button role="tab"><span>Pay</span>  <b>monthly</b></button><button role="tab">Ann\u200bually</button>
      <label>Ye<script>x</script>arly <svg><text>icon</text></svg></label><span>Mont<style>.a{}</style>hly</span>
      <a href="#">Monthly&shy;</a><a href="#">Pricing</a><span>Month<b>s</b></span><span>Save 20% yearly</span></div></body></html>`);
    expect(snap.billingToggle).toEqual(['Pay monthly', 'Annually', 'Yearly', 'Monthly']);
  });

  test('schema.org offers from JSON-LD, and broken JSON-LD is skipped', () => {
    const { snap } = read(`<html><head><title>API</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Geo API","offers":[
        {"@type":"Offer","name":"Starter","price":"49","priceCurrency":"USD","priceSpecification":{"@type":"UnitPriceSpecification","price":"49","priceCurrency":"USD","unitText":"per 10,000 requests","billingDuration":"P1M"}}]}</script>
      <script type="application/ld+json">{ not json</script></head><body><p>Hello</p></body></html>`);
    // The page hands over the blocks as written; the extension parses them.
    expect(snap.jsonLd).toHaveLength(2);
    expect(snap.offers).toEqual([]);
    const read_ = withJsonLd(snap);
    expect(read_.offers).toContainEqual(expect.objectContaining({ name: 'Starter', price: '49', priceCurrency: 'USD', unitText: 'per 10,000 requests' }));
    expect(read_.pageTypes).toEqual(['Product']);
    expect(read_).not.toHaveProperty('jsonLd');
    expect(analyze(snap).valueMetric.primary).toBe('api_calls');
  });

  test('JSON-LD beyond its size cap is left out on the page, and the snapshot stays valid', () => {
    const half = `{"@type":"Offer","price":"1","description":"${'x'.repeat(LIMITS.maxJsonLdChars / 2)}"}`;
    const small = '{"@type":"Offer","name":"Pro","price":"9"}';
    const block = (b: string) => `<script type="application/ld+json">${b}</script>`;
    const { snap } = read(`<html><head>${[small, half, half, small].map(block).join('')}</head><body><p>Hi</p></body></html>`);
    expect(snap.jsonLd).toEqual([small, half, small]);
    expect(PageSnapshotSchema.safeParse({ ...snap, jsonLd: [half, half] }).success).toBe(false);
  });

  test('a page with no prices gives no plans and an unknown verdict', () => {
    const { snap } = read('<html><head><title>About</title></head><body><h1>About us</h1><p>We are 12 people in 3 cities.</p></body></html>');
    expect(snap.plans).toEqual([]);
    expect(analyze(snap).alignment.verdict).toBe('unknown');
  });

  test('a huge hostile page is capped, flagged truncated, and still valid', () => {
    const cards = Array.from({ length: 200 }, (_, i) => `<div class="c"><h3>Plan ${i}</h3><p>$${i + 1}/mo</p><a>Buy</a></div>`).join('');
    const filler = `<p>${'lorem ipsum '.repeat(50)}</p>`.repeat(3000);
    const { snap } = read(`<html><head><title>${'T'.repeat(5000)}</title></head><body><div>${cards}</div>${filler}</body></html>`);
    expect(snap.truncated).toBe(true);
    expect(snap.plans.length).toBeLessThanOrEqual(LIMITS.maxPlans);
    expect(snap.text.length).toBeLessThanOrEqual(LIMITS.maxTextChars);
    expect(snap.title.length).toBeLessThanOrEqual(LIMITS.maxLineChars);
  });

  test('50,000-deep nesting keeps its text without overflowing the stack', () => {
    const deep = '<div>'.repeat(50_000) + 'Pro $5/mo' + '</div>'.repeat(50_000);
    const { snap } = read(`<html><body>${deep}</body></html>`);
    expect(snap.text).toBe('Pro $5/mo');
  }, 30_000); // building a 50,000-deep DOM in Node takes seconds on a loaded machine

  test('a page without a <body> tag, a fragment and an empty file are read as a browser would', () => {
    const { document: noBody } = parseHtml('<!doctype html><html><head><title>Plans</title></head><div class="card"><h3>Pro</h3><p>$5 per user</p></div></html>');
    expect(extractPage(noBody, null)).toMatchObject({ title: 'Plans', text: 'Pro\n$5 per user' });
    expect(extractPage(parseHtml('<div><h3>Pro</h3><p>$5 per user</p></div>').document, null).text).toBe('Pro\n$5 per user');
    const empty = analyze(extractPage(parseHtml('').document, null));
    expect(empty.valueMetric.primary).toBeNull();
    expect(empty.critiques.map((c) => c.id)).toContain('no-prices-found');
  });

  test('text after an inline <svg> holding a <style> is read (the CLI DOM keeps it)', () => {
    const { snap } = read(`<html><body><svg><style>.a{fill:red}</style><path d="M0 0"/></svg>
      <div class="card"><h3>Pro</h3><p>$5 per user / month</p></div></body></html>`);
    expect(snap.text).toContain('$5 per user / month');
    expect(snap.text).not.toContain('fill:red');
  });
});

describe('highlightPhrase', () => {
  test('outlines the smallest element showing the phrase, across inline elements, and clears it', () => {
    const { document } = read(GRID);
    // Evidence joining two lines marks the smallest element holding both: the card.
    expect(highlightPhrase(document, '$10 per user / month')).toBe(true);
    expect(document.querySelector('[data-vml-highlight]')?.querySelector('h2')?.textContent).toBe('Team');
    expect(highlightPhrase(document, '$10')).toBe(true);
    const marked = document.querySelectorAll('[data-vml-highlight]');
    expect(marked).toHaveLength(1);
    expect(marked[0]!.getAttribute('data-monthly-price')).toBe('10');
    clearHighlights(document);
    expect(document.querySelectorAll('[data-vml-highlight]')).toHaveLength(0);
    expect(document.querySelector('.price[data-monthly-price]')!.hasAttribute('style')).toBe(false);
  });
  test('a phrase not on the page highlights nothing', () => {
    const { document } = read(GRID);
    expect(highlightPhrase(document, 'per 1,000 contacts')).toBe(false);
  });
});
