// Small pages written for this project, one per pattern seen on real pricing pages, read end to end
// (linkedom -> extractPage -> analyze) as the CLI reads a saved page.
import { describe, expect, test } from 'vitest';
import { extractPage } from '../../src/content/extract.ts';
import { analyze } from '../../src/core/analyze.ts';
import { parseHtml } from '../../src/cli/dom.ts';
import { parsePlan } from '../../src/core/read/plans.ts';

const teardown = (body: string, head = '<title>Pricing</title>', url: string | null = 'https://vendor.example/pricing') => {
  const { document } = parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);
  return analyze(extractPage(document, url));
};
const card = (name: string, ...lines: string[]) =>
  `<div class="plan"><h3>${name}</h3>${lines.map((l) => `<p>${l}</p>`).join('')}<a href="#">Get started</a></div>`;
const grid = (...cards: string[]) => `<section class="plans">${cards.join('')}</section>`;

describe('the axis a page names in words', () => {
  test('a sentence that lists several factors ("depends on your monthly active users, messages and channels") names no axis', () => {
    const page = (factors: string) => `<h1>Engage every customer</h1><p>Pricing depends on your ${factors}. Talk to us for a quote.</p>
      ${grid(card('Growth', 'Contact sales', 'Email and push'), card('Enterprise', 'Contact sales', 'Every channel'))}`;
    expect(teardown(page('monthly active users, messages sent and channels')).valueMetric.primary).toBeNull();
    expect(teardown(page('monthly active users')).valueMetric.primary).toBe('active_users');
  });

  test('on a page without prices, what customers say of themselves ("We send 400M messages a month") names no unit', () => {
    const quotes = '<p>We send 400M messages a month from one platform.</p><p>We looked at 40 million sends before choosing.</p><p>Trusted by 1,400 retailers to manage 2.5 billion deliveries.</p><p>Used by 300 brands that ship 40 million deliveries a year.</p>';
    const t = teardown(`<h1>Marketing for the enterprise</h1>${grid(card('Essential', 'Talk to sales'), card('Enterprise', 'Talk to sales'))}${quotes}`);
    expect(t.valueMetric.primary).toBeNull();
    const charges = teardown(`<h1>Referrals for your store</h1><p>No monthly fee.</p><p>We charge 3% of the value of orders placed by referred friends. If your program brings in $10,000 of new sales, you pay $300.</p>
      <p>+ 3% of referred sales</p>`);
    expect(charges.valueMetric.primary).toBe('revenue');
  });

  test('a sentence and the tiers counting the same people in two words: the tiers\' word (monthly active users) wins', () => {
    const t = teardown(`<h1>Your store, as an app</h1><p>Plans are sized by how many shoppers open your app each month.</p>
      ${grid(card('Launch', '$99/month', 'Up to 5,000 monthly active app users'), card('Grow', '$299/month', 'Up to 25,000 monthly active app users'),
        card('Scale', '$699/month', 'Up to 100,000 monthly active app users'))}<p>Extra stores: $49 per location / month.</p>`);
    expect(t.valueMetric.primary).toBe('active_users');
  });

  test('the cost of additional units names the axis of a calculator-priced plan', () => {
    const t = teardown(`<h1>Web analytics you own</h1>
      <p>Your monthly traffic</p><p>Contact us for tracking more than 10 million hits per month.</p>
      <p>What will happen if you exceed your allocated hits?</p><p>Cost of additional hits per month</p>
      ${grid(card('Business', '€29 per month'), card('Enterprise', '€450 per month'))}`);
    expect(t.valueMetric.primary).toBe('data_volume');
  });

  test('a "Usage and billing" row names the billing unit of a page without prices', () => {
    const t = teardown(`<h1>Customer data platform pricing</h1>
      <table><tr><th colspan="3">Usage and billing</th></tr>
      <tr><td>Monthly tracked users</td><td>Custom volume</td><td>Custom volume</td></tr>
      <tr><td>Seats</td><td>Custom</td><td>Custom</td></tr></table><a href="#">Get a demo</a>`);
    expect(t.valueMetric.primary).toBe('active_users');
    expect(t.valueMetric.confidence).toBeLessThanOrEqual(0.4);
  });

  test('"pricing is based on your gross merchandise value" names revenue over flat-looking tiers', () => {
    const t = teardown(`${grid(card('Rise', '€600 / month'), card('Evolve', '€2,400 / month'), card('Beyond', '€6,500 / month'))}
      <p>The pricing for our plans is based on your gross merchandise value (GMV) and further individual factors.</p>`);
    expect(t.valueMetric.primary).toBe('revenue');
  });

  test('an "order-based approach" names orders on a page whose prices are hidden', () => {
    const t = teardown(`<h1>Commerce platform pricing</h1>
      <p>Unlike GMV-based models, our order-based approach means no penalties for growing.</p><a href="#">Contact sales</a>`);
    expect(t.valueMetric.primary).toBe('orders');
    expect(t.valueMetric.confidence).toBeLessThanOrEqual(0.4);
    expect(t.critiques.map((c) => c.id)).toEqual(expect.arrayContaining(['uncertain-metric', 'prices-on-request']));
  });

  test('quantities stated in text hint at the unit when there are no plans; "monthly" before the noun is read', () => {
    const t = teardown(`<h1>Session replay plans</h1>
      <p>The free plan includes 30,000 monthly sessions.</p><p>Your account includes 30,000 sessions per month.</p>
      <p>Talk to sales for a quote.</p>`);
    expect(t.valueMetric.primary).toBe('data_volume');
    expect(t.valueMetric.confidence).toBeLessThanOrEqual(0.4);
  });

  test('"exceed the Developer tier limits" does not make developers the axis', () => {
    const t = teardown(`${grid(card('Developer', '$0'), card('Foundation', '$12', 'per service connection / month'))}
      <p>You only get charged when you exceed the Developer tier limits for environments.</p>`);
    expect(t.valueMetric.primary).toBe('api_calls');
  });
});

describe('prices at the start of a longer paragraph', () => {
  test('"$50 per agent/month<br><br>Long description" cards are priced cards', () => {
    const addon = (name: string, price: string) => `<a class="link-card" href="#"><div><p class="title">${name}</p><p class="body">${price} per agent/month billed annually<br><br>A long description of what this add-on does for the team, in a sentence or two.</p></div></a>`;
    const t = teardown(`<div class="addons">${addon('Copilot', '$50')}${addon('Quality Assurance', '$35')}${addon('Workforce Management', '$25')}</div>`);
    expect(t.plans.map((p) => [p.name, p.prices[0]?.amount, p.prices[0]?.unit])).toEqual([['Copilot', 50, 'seats'], ['Quality Assurance', 35, 'seats'], ['Workforce Management', 25, 'seats']]);
  });
});

describe('money that labels a tier', () => {
  test('ad-spend brackets are limits along revenue, not prices', () => {
    const t = teardown(grid(card('Starter', '$99/mo', 'Up to $10k in monthly ad spend'), card('Growth', '$249/mo', 'Up to $50k in monthly ad spend'),
      card('Scale', '$499/mo', 'Up to $150k in monthly ad spend')));
    expect(t.plans.map((p) => p.prices.map((x) => x.amount))).toEqual([[99], [249], [499]]);
    expect(t.valueMetric.primary).toBe('revenue');
  });

  test('bands of money that head the tiers on their own ("Under $1M", "$1M – $3M") are revenue limits, not prices', () => {
    const band = (head: string, price: string) => `<div class="tier"><p>${head}</p><p>${price}</p><a href="#">Choose</a></div>`;
    const t = teardown(`<h1>Demand planning for growing brands</h1><section class="tiers">${band('Under $1M', '$149 / month')}${band('$1M – $3M', '$349 / month')}${band('$3M – $8M', '$649 / month')}${band('$8M and above', 'Custom')}</section>`);
    expect(t.plans.map((p) => p.prices.map((x) => x.amount))).toEqual([[149], [349], [649], []]);
    expect(t.plans.map((p) => p.limits.map((l) => l.quantity))).toEqual([[1e6], [3e6], [8e6], [8e6]]);
    expect(t.valueMetric.primary).toBe('revenue');
  });

  test('a rate limit is not the axis', () => {
    const t = teardown(grid(card('Hobby', '$0', '10 requests per second'), card('Pro', '$20 per user / month', '100 requests per second'),
      card('Team', '$40 per user / month', '1,000 requests per second')));
    expect(t.valueMetric.primary).toBe('seats');
    expect(t.plans.flatMap((p) => p.limits)).toEqual([]);
  });
});

describe('prices along a quantity ladder', () => {
  test('when storage and actions both climb with the price, storage is the gate and actions the axis', () => {
    const rows = [['$100/mo', '1 GB storage', '1M actions'], ['$500/mo', '2.5 GB storage', '2.5M actions'], ['$1,000/mo', '10 GB storage', '10M actions']];
    const t = teardown(grid(card('Free', '$0', '0.1 GB storage', '100k actions'), card('Pay as you go', ...rows.flat()), card('Enterprise', 'Contact Sales')));
    expect(t.valueMetric.primary).toBe('api_calls');
  });

  test('noun-less rows ("50 per month   $14.99") take the noun a sibling card names ("10 Shipments   $0")', () => {
    const rows = (...r: Array<[string, string]>) => r.map(([q, p]) => `${q}&nbsp;&nbsp; ${p}`);
    const t = teardown(grid(
      card('Free', '$0/month', ...rows(['10 Shipments', '$0']), '1 user'),
      card('Starter', '$14.99/month', ...rows(['50 per month', '$14.99'], ['100 per month', '$29.99'], ['500 per month', '$39.99']), '3 users'),
      card('Standard', '$29.99/month', ...rows(['50 per month', '$29.99'], ['1,000 per month', '$149.99'], ['5,000 per month', '$249.99']), '10 users'),
      card('Premium', '$349.99/month', ...rows(['50 per month', '$349.99'], ['2,000 per month', '$699.99'], ['7,500 per month', '$949.99']), '15 users'),
    ));
    expect(t.valueMetric.primary).toBe('orders');
    expect(t.plans.find((p) => p.name === 'Standard')?.limits.map((l) => l.quantity)).toEqual(expect.arrayContaining([50, 1000, 5000]));
  });
});

describe('the unit on the line under the price', () => {
  test('"seat / month · 3 seats minimum" under a bare amount prices the plan per seat', () => {
    const t = teardown(grid(card('Basic', '$12', 'seat / month · 3 seats minimum', '5 GB storage'), card('Standard', '$14', 'seat / month · 3 seats minimum', '250 automation actions / month'),
      card('Pro', '$24', 'seat / month · 3 seats minimum')));
    expect(t.plans[0]?.prices[0]).toMatchObject({ amount: 12, unit: 'seats', period: 'month' });
    expect(t.valueMetric.primary).toBe('seats');
  });
});

describe('questions are not plans', () => {
  const faq = (q: string, a: string) => `<div class="item"><button><h3>${q}</h3><span>+</span></button><div hidden><p>${a}</p></div></div>`;
  const faqs = `<section><h2>Frequently asked questions</h2><div class="faq-list">${[
    faq('Is there a monthly fee for giving?', 'No: only 2.9% + $0.30 per card gift.'), faq('How much is management?', '$49 per month.'),
    faq('Any discount for small churches?', 'Management is $25 under 100 people.'), faq('Are texts free?', '500 a month, then $0.02 each.'),
    faq('Several campuses?', 'Extra campuses are $20 per month.')].join('')}</div></section>`;

  test('a list of questions whose answers quote prices does not outrank the plan cards', () => {
    const t = teardown(`${grid(card('Giving', '$0/month', '2.9% + $0.30 per card gift'), card('Giving + Management', '$49/month', 'plus the same giving fees per transaction'),
      card('All Access', '$119/month', 'plus the same giving fees per transaction'))}${faqs}`);
    expect(t.plans.map((p) => p.name)).toEqual(['Giving', 'Giving + Management', 'All Access']);
    expect(t.valueMetric.primary).toBe('transactions');
  });
});

describe('figures in millions are not prices', () => {
  test('a stats strip read as a card ("$100B+ billed each year") has no price', () => {
    const stats = parsePlan({ name: 'Trusted by teams at', lines: ['Trusted by teams at', '1,000+', 'companies', '$100B+', 'billed each year', '150', 'currencies'], ctas: [], attrPrices: [], featured: false });
    expect(stats.prices).toEqual([]);
  });

  test('"For $2M+ in annual processing" on the top tier is a threshold, not its price', () => {
    const t = teardown(grid(card('Starter', '$49 / month'), card('Growth', '$149 / month'), card('Enterprise', 'For $2M+ in annual processing', 'Contact sales')));
    expect(t.plans.find((p) => p.name === 'Enterprise')?.prices).toEqual([]);
  });
});

describe('usage billed above a floor', () => {
  test('a plan that is a monthly minimum ("$50 minimum / month") is no flat fee: the usage rates are the price', () => {
    const t = teardown(`${grid(card('Free', '$0/month', '100 GB delivered a month'), card('Usage', 'Starting at $50 minimum / month', 'Global edge network'))}
      <table><tr><th>Region</th><th>Delivery</th></tr><tr><td>North America</td><td>$0.12/GB</td></tr><tr><td>Europe</td><td>$0.19/GB</td></tr><tr><td>Asia</td><td>$0.28/GB</td></tr></table>`);
    expect(t.valueMetric.primary).toBe('data_volume');
  });
});

describe('other products on the page', () => {
  test('an app listing\'s "More apps like this" shows other apps\' prices, not this app\'s', () => {
    const t = teardown(`<main><h1>Gatewise ‑ Locked Pages</h1><p>Restrict who sees what.</p><h2>Pricing</h2><p>One plan, every feature.</p><p>$12/month. 14-day free trial.</p>
      <h2>More apps like this</h2><div><h3>Velvet Members</h3><p>4.8 ★ (902) · From $19/month</p><p>Paid memberships, 1% of membership revenue above $5k</p>
      <h3>AgeCheck</h3><p>4.4 ★ (128) · $0.25 per verification</p></div><h2>Frequently asked</h2><p>Can I cancel any time? Yes.</p></main>`);
    expect(t.valueMetric.primary).toBe('flat');
    expect(t.plans.flatMap((p) => p.prices.map((x) => x.amount))).not.toContain(19);
  });
});

describe('add-ons beside the plans', () => {
  test('a box of optional services is no plan: its card rate does not outvote the per-clinician plans', () => {
    const t = teardown(grid(card('Solo', '$59 / month', 'for one clinician'), card('Group', '$59 / month for the first clinician', 'then $40 per additional clinician per month'),
      card('Optional services', 'Patient payments: 2.7% + 25¢ per card payment', 'E-prescribing: $25 per prescriber per month', 'Text reminders: $0.12 per reminder')));
    expect(t.plans.map((p) => p.name)).toEqual(['Solo', 'Group']);
    expect(t.valueMetric.primary).toBe('seats');
    expect(t.valueMetric.secondary).toContain('transactions');
  });
});

describe('is this a pricing page?', () => {
  const costTable = `<table><tr><th>Cost</th><th>Low</th><th>High</th></tr>
    <tr><td>Hosting</td><td>$200</td><td>$20,000</td></tr><tr><td>Payments</td><td>2.9% + $0.30 per transaction</td><td>2.9% + $0.30 per transaction</td></tr>
    <tr><td>Themes</td><td>$0</td><td>$100</td></tr></table>`;

  test('an article about what a store costs has no value metric, and says why', () => {
    const t = teardown(`<article><h1>How much does it cost to run an online store?</h1><p>Hosting typically starts around $250 per year.</p>${costTable}</article>`,
      '<title>Store costs explained</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Store costs"},{"@type":"WebPage"}]}</script>');
    expect(t.valueMetric.primary).toBeNull();
    expect(t.critiques.find((c) => c.id === 'not-a-pricing-page')?.message).toMatch(/article/);
  });

  test('an article known by its byline ("9 min read"), with no URL or JSON-LD to say so, has no value metric', () => {
    const body = `<article><h1>What a small online shop costs in its first year</h1><p>By Dana Reyes · 9 min read</p>${costTable}</article>`;
    expect(teardown(body, '<title>Shop costs</title>', null).valueMetric.primary).toBeNull();
    expect(teardown(body.replace(' · 9 min read', ''), '<title>Shop costs</title>', null).valueMetric.primary).not.toBeNull();
  });

  test('a blog post with links in its body and a related-posts box is an article, not a grid of plans', () => {
    const post = `<main><article class="post"><header><p><a href="/blog/guides">Guides</a></p><h1>What does laundromat software cost?</h1><p>By Ines Varga · 7 min read</p></header>
      <div class="content"><h2>1. Per machine</h2><p>Most tools we looked at charge between $3 and $6 per machine per month, so a 40-machine store pays $120 to $240.</p>
      <h2>Hidden costs</h2><ul><li>Card readers: $150 to $400 each.</li><li>Card processing: usually 2.5% to 3% plus a fixed fee.</li></ul>
      <p>Want a second opinion? <a href="/contact">Book a call</a>.</p></div></article>
      <aside class="related"><h3>Related posts</h3><ul><li><a href="#">Coin or card: a year of data</a></li><li><a href="#">Four ways coin theft costs you $6k a year</a></li></ul></aside>
      <section class="newsletter"><h3>One useful email a month</h3><form><input type="email"><button>Subscribe</button></form></section></main>`;
    const t = teardown(post, '<title>What does laundromat software cost? | Washly Blog</title><script type="application/ld+json">{"@type":"BlogPosting"}</script>', null);
    expect(t.valueMetric.primary).toBeNull();
    expect(t.critiques.map((c) => c.id)).toContain('not-a-pricing-page');
  });

  test('a changelog that mentions new limits and prices has no value metric', () => {
    const entries = `<h2>March 4</h2><p>The Growth plan now includes 5,000 SMS messages a month, up from 2,000.</p>
      <h2>February 12</h2><p>Extra messages now cost $0.01 per message beyond your plan's allowance.</p><p>Sent 1.2 million messages last week, a record.</p>`;
    for (const head of ['<title>Changelog — Pingly</title>', '<title>Pingly</title>']) {
      const h1 = head.includes('Changelog') ? '<h1>Latest updates</h1>' : '<h1>Release notes</h1>';
      const t = teardown(`<main>${h1}${entries}</main>`, head, null);
      expect(t.valueMetric.primary).toBeNull();
      expect(t.critiques.map((c) => c.id)).toContain('not-a-pricing-page');
    }
    expect(teardown(`<main><h1>Messaging for shops</h1>${entries}</main>`, '<title>Pingly</title>', null).valueMetric.primary).toBe('messages');
  });

  test('a pricing grid is read even when the page calls itself an article', () => {
    const t = teardown(grid(card('Team', '$8 per user / month'), card('Business', '$15 per user / month')),
      '<title>Pricing</title><script type="application/ld+json">{"@type":"BlogPosting"}</script>');
    expect(t.valueMetric.primary).toBe('seats');
    expect(t.critiques.map((c) => c.id)).not.toContain('not-a-pricing-page');
  });

  test('a homepage that mentions one price is not a pricing page', () => {
    const t = teardown('<h1>The CRM your sales team will love</h1><p>Join 10,000 teams.</p><p>Plans from $12 per user a month.</p><a href="/signup">Start free</a>',
      '<title>Acme CRM</title>', 'https://acme.example/');
    expect(t.valueMetric.primary).toBeNull();
    expect(t.critiques.find((c) => c.id === 'not-a-pricing-page')?.message).toMatch(/homepage/);
  });

  test('customer results and funding in case-study cards are not plans or prices', () => {
    const study = (h: string) => `<div class="story"><h3>${h}</h3><p>How a retailer grew with us.</p><a href="#">Read case study</a></div>`;
    const t = teardown(`<p>Announcing our $35m Series A</p><section>${study('$10M revenue uplift, 99% approval')}${study('$1.2M savings, 93% fewer chargebacks')}${study('98.5% approval, $0 fraud loss')}</section>
      <p>We tailor your plan based on your order volume.</p><a href="#">Get a quote</a>`, '<title>Pricing and plans</title>');
    expect(t.plans.flatMap((p) => p.prices)).toEqual([]);
    expect(t.valueMetric.confidence).toBeLessThanOrEqual(0.4);
  });
});

describe('product type from what the product is', () => {
  const plans = grid(card('Starter', '$10 per month'), card('Pro', '$30 per month'));

  test('"your team" and "without a credit card" are not collaboration or payments words', () => {
    const t = teardown(`<h1>Select a plan for your team</h1><p>Try it without a credit card, then invite your team.</p>${plans}`);
    expect(t.productType.id).toBe('other');
    expect(t.productType.confidence).toBeLessThanOrEqual(0.4);
  });

  test('an A/B testing tool is analytics, not marketing', () => {
    const t = teardown(`<h1>Effective A/B testing needs the right plan</h1>${plans}`,
      '<title>Pricing: the A/B testing tool for privacy-aware teams</title><meta name="description" content="Experimentation for marketers and product teams.">');
    expect(t.productType.id).toBe('analytics');
  });

  test('self-hosting a product does not make it infrastructure', () => {
    const t = teardown(`<h1>Pricing</h1>${plans}<p>REST API and GraphQL API included.</p>`, '<title>Pricing | Self-hosting and Cloud</title>');
    expect(t.productType.id).not.toBe('infrastructure');
  });

  test('code review and pull requests are collaboration for developers', () => {
    const t = teardown(`<h1>Plans for every developer</h1><p>Search code, repositories, issues and pull requests.</p>${plans}`);
    expect(t.productType.id).toBe('collaboration');
  });

  test('when the words leave two types close, the usage priced settles it, with low confidence', () => {
    const head = '<title>Pricing | Business intelligence</title><meta name="description" content="Run servers.">';
    const words = '<h2>Deployments</h2><h2>Backups</h2><h2>Storage</h2>';
    const usage = teardown(`${grid(card('Dev', '$0.05 per vCPU-hour'), card('Prod', '$0.04 per vCPU-hour'))}${words}`, head);
    expect(usage.valueMetric.primary).toBe('compute');
    expect(usage.productType).toMatchObject({ id: 'infrastructure', confidence: 0.3 });
    const seats = teardown(`${grid(card('Dev', '$5 per user / month'), card('Prod', '$9 per user / month'))}${words}`, head);
    expect(seats.productType.id).toBe('other');
  });

  test('a close call that the page itself names a kind with no reference type (a headless CMS) stays other, though it prices API requests', () => {
    const t = teardown(`<h1>Choose how you run your CMS</h1><p>Cloud projects include API requests, storage and bandwidth in every region.</p>
      ${grid(card('Essential', '$29 / month', '100,000 API requests', '10 GB storage'), card('Pro', '$99 / month', '1M API requests', '50 GB storage'))}
      <p>Extra API requests: $1 per 100,000 requests.</p><h2>Features</h2><ul><li>REST API</li><li>GraphQL API</li><li>Webhooks</li><li>Daily backups</li><li>Bandwidth</li><li>Dedicated infrastructure</li><li>Global regions</li></ul>`,
      '<title>Pricing | Cloud and self-hosted</title><meta name="description" content="Cloud projects are priced per project with included API requests, storage and bandwidth. Self-hosted stays free.">');
    expect(t.valueMetric.primary).toBe('api_calls');
    expect(t.productType.id).toBe('other');
  });

  test('software priced per seat that also takes payments is not a payments product', () => {
    const words = '<h2>Payment processing</h2><p>Accept payments online: 2.9% + 30¢ per card payment.</p><h2>Online payments</h2><p>Take payments and deposits when clients book.</p>';
    const perSeat = teardown(`<h1>Fill your calendar while you work</h1>${grid(card('Solo', '$16 per user / month'), card('Team', '$27 per user / month'))}${words}`);
    expect(perSeat.valueMetric.primary).toBe('seats');
    expect(perSeat.productType.id).not.toBe('payments');
    const perCharge = teardown(`<h1>Fill your calendar while you work</h1>${grid(card('Standard', '2.9% + 30¢ per card payment'), card('Volume', '2.5% + 30¢ per card payment'))}${words}`);
    expect(perCharge.productType.id).toBe('payments');
  });

  test('JSON-LD says what the product is', () => {
    const t = teardown(grid(card('Lite', '$9/mo'), card('Plus', '$29/mo')),
      '<title>Pricing</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","applicationCategory":"BusinessApplication","description":"Email marketing and newsletters for creators"}</script>');
    expect(t.productType.id).toBe('marketing');
  });

  test('feature lists alone name a type only with a clear lead', () => {
    const t = teardown(`${plans}<ul><li>Analytics dashboards</li><li>Workspaces</li><li>Version control</li><li>Deploy to servers</li></ul>`);
    expect(t.productType.id).toBe('other');
  });
});

describe('comparison tables', () => {
  test('a plan table is read by column, bare quantities with their row label', () => {
    const row = (label: string, ...cells: string[]) => `<tr><td>${label}</td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const t = teardown(`
      <div class="plans"><table>${row('&nbsp;', 'Free', 'Pro', 'Smart')}${row('&nbsp;', '€ 0 / mo', '€ 110 / mo', '€ 325 / mo')}
      ${row('API requests', '10 million / mo', '25 million / mo ~ 10 / sec', '250 million / mo ~ 100 / sec')}
      ${row('Environments', '2', '3', 'unlimited')}</table></div>`);
    expect(t.plans.map((p) => p.name)).toEqual(['Free', 'Pro', 'Smart']);
    expect(t.plans[1]?.limits).toContainEqual(expect.objectContaining({ metric: 'api_calls', quantity: 25e6 }));
    expect(t.valueMetric.primary).toBe('api_calls');
  });

  // Plans priced in the header of a comparison table, the table one section of a page whose other
  // sections (add-ons, FAQ) are priced too: the sections are no plan cards, the table's columns are the plans.
  const sectioned = (rows: string) => {
    const plan = (name: string, price: string) => `<th><span>${name}</span><div><span>$</span><span>${price}</span><span>/mo</span></div><a href="#">Choose</a></th>`;
    return `<section><h1>Books that match your payouts</h1><p>Monthly</p><p>Annual</p></section>
      <section><h2>Plans for one store</h2><table><thead><tr><th></th>${plan('Starter', '19')}${plan('Small', '39')}${plan('Medium', '69')}</tr></thead>
      <tbody>${rows}<tr><td>Users</td><td>Unlimited</td><td>Unlimited</td><td>Unlimited</td></tr></tbody></table></section>
      <section><h2>Add-ons</h2><div><h3>History import</h3><p>$0.01 per past order, $99 minimum</p></div></section>
      <section><h2>Questions</h2><p>Can I pay yearly? Yes, and save 10%.</p></section>`;
  };

  test('plans priced in a comparison table\'s header are the plans, though the table is one section of several', () => {
    const t = teardown(sectioned('<tr><td>Orders per month</td><td>Up to 200</td><td>Up to 1,000</td><td>Up to 3,000</td></tr>'));
    expect(t.plans.map((p) => [p.name, p.prices[0]?.amount])).toEqual([['Starter', 19], ['Small', 39], ['Medium', 69]]);
    expect(t.plans[2]?.limits).toContainEqual(expect.objectContaining({ metric: 'orders', quantity: 3000 }));
    expect(t.valueMetric.primary).toBe('orders');
  });

  test('a price table of quantity rows under a header that names the noun ("Bookings per month" / "Up to 50") steps the price along that noun', () => {
    const ladder = (head: string) => `<section><h2>Monthly price by volume</h2><table><thead><tr><th>${head}</th><th>Price per month</th><th>Users included</th></tr></thead>
      ${[['Up to 50', '$29.95', '2'], ['Up to 150', '$49.95', '5'], ['Up to 400', '$89.95', '10'], ['Unlimited', '$239.95', 'Unlimited']]
        .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table><a href="#">Start free trial</a></section>`;
    const page = (head: string) => `<h1>Online booking for tours</h1>${ladder(head)}
      <section><h2>Add-ons</h2><table><tr><th>Item</th><th>Price</th></tr><tr><td>SMS reminders</td><td>$0.06 per SMS</td></tr></table></section>`;
    const t = teardown(page('Bookings per month'));
    expect(t.plans.flatMap((p) => p.limits).filter((l) => l.metric === 'orders').map((l) => l.quantity)).toEqual([50, 150, 400]);
    expect(t.valueMetric.primary).toBe('orders');
    // Rows of sizes with no counted noun in their header are no ladder of anything.
    expect(teardown(page('Plan size')).plans.flatMap((p) => p.limits)).toEqual([]);
  });

  test('a fee table whose rows are bands of a counted noun ("Monthly orders" / "501 – 2,500  $2.90") is priced along that noun', () => {
    const rows = [['0 – 500', '$3.25', '$0.75'], ['501 – 2,500', '$2.90', '$0.65'], ['2,501 – 10,000', '$2.50', '$0.55'], ['10,001+', 'custom', 'custom']];
    const t = teardown(`<h1>Fulfillment pricing</h1><section><h2>Pick and pack</h2><table><thead><tr><th>Monthly orders</th><th>First item in order</th><th>Each extra item</th></tr></thead>
      ${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></section>
      <section><h2>Storage</h2><table><tr><th>Unit</th><th>Price per month</th></tr><tr><td>Bin</td><td>$1.50</td></tr><tr><td>Pallet</td><td>$30.00</td></tr></table></section>
      <section><h2>Returns</h2><p>$3.00 per return processed</p><a href="#">Get a quote</a></section>
      <section><h2>Questions</h2><p>Is there a minimum? Yes, $250 a month for very small accounts.</p><a href="#">Talk to sales</a></section>`);
    expect(t.plans.flatMap((p) => p.limits).filter((l) => l.metric === 'orders').map((l) => l.quantity)).toEqual([500, 2500, 10000]);
    expect(t.valueMetric.primary).toBe('orders');
  });

  test('a limit the cards leave to the comparison table below them ("AI credits per month": 50 / 1,000 / 4,000) steps the plans', () => {
    const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const cards = grid(card('Free', '$0/month', 'Live chat widget'), card('Starter', '$29/month', 'AI assistant'), card('Growth', '$79/month', 'Multi-language AI'));
    const table = (label: string) => `<h2>Compare plans</h2><table><thead><tr><th>Feature</th><th>Free</th><th>Starter</th><th>Growth</th></tr></thead>
      ${row('Live chat', '✓', '✓', '✓')}${row(label, '50', '1,000', '4,000')}${row('Agents', 'Unlimited', 'Unlimited', 'Unlimited')}</table>`;
    const t = teardown(`<h1>AI chat for your store</h1>${cards}${table('AI credits per month')}`);
    expect(t.plans[1]?.limits).toContainEqual(expect.objectContaining({ metric: 'credits', quantity: 1000 }));
    expect(t.valueMetric.primary).toBe('credits');
    // A row that names no counted noun adds nothing.
    expect(teardown(`<h1>AI chat for your store</h1>${cards}${table('Saved replies')}`).plans.flatMap((p) => p.limits)).toEqual([]);
    // Quantities in words of magnitude ("2 million") are quantities too.
    const events = `<h2>Compare plans</h2><table><thead><tr><th>Feature</th><th>Free</th><th>Starter</th><th>Growth</th></tr></thead>
      ${row('Events collected per month', '100,000', '2 million', '12 million')}</table>`;
    expect(teardown(`<h1>Event analytics</h1>${cards}${events}`).plans[2]?.limits).toContainEqual(expect.objectContaining({ metric: 'data_volume', quantity: 12e6 }));
  });

  test('card rates in a plan table\'s row, falling as the per-seat price rises, are a perk of the dearer tiers', () => {
    const t = teardown(sectioned('<tr><td>Price per technician</td><td>$19/tech</td><td>$39/tech</td><td>$69/tech</td></tr>'
      + '<tr><td>Card payments in the field</td><td>2.9% + 30¢</td><td>2.7% + 30¢</td><td>2.5% + 30¢</td></tr>'));
    expect(t.plans[0]?.prices).toContainEqual(expect.objectContaining({ percent: 2.9, text: expect.stringContaining('Card payments') }));
    expect(t.valueMetric.primary).toBe('seats');
  });
});

describe('animated numbers', () => {
  test('an odometer-style price reads the digits shown, in the order shown', () => {
    // Each digit column holds 0-9, the shown one untransformed; columns are laid out right to left.
    const column = (digit: number) => `<div class="digit">${Array.from({ length: 10 }, (_, d) =>
      `<span style="transform:${d === digit ? 'none' : `translateY(${(d - digit) * 100}%)`}">${d}</span>`).join('')}</div>`;
    const odometer = (n: string) => `<span>$</span><span class="inline-flex flex-row-reverse">${[...n].reverse().map((d) => column(Number(d))).join('')}</span><span>/ mo</span>`;
    const t = teardown(grid(card('Team', odometer('10'), 'per standard user'), card('Business', odometer('50'), 'per standard user')));
    expect(t.plans.map((p) => p.prices[0]?.amount)).toEqual([10, 50]);
    expect(t.valueMetric.primary).toBe('seats');
  });
});

describe('the plan grid against feature comparison tables', () => {
  test('cards whose price sits in monthly/yearly headings stay the grid; a struck regular price is kept', () => {
    const plan = (name: string, was: string, now: string) => `<div class="col"><div class="card"><h2>${name}</h2><p>For teams</p>
      <div hidden class="js-monthly-cost"><h3><sup>$</sup><span>${now}</span> <span>per user/month</span></h3></div>
      <div class="js-yearly-cost"><h3><span><sup>$</sup><s>${was}</s></span> <span><sup>$</sup><span>${now}</span></span> <span>per user/month for the first 12 months</span></h3></div>
      <a href="#">Continue with ${name}</a></div></div>`;
    const compare = `<section class="compare"><div><h3>Free</h3><p>$0</p><a href="#">Join</a></div><div><h3>Team</h3><p>$3.67</p><a href="#">Buy</a></div>
      <div><h3>Enterprise</h3><p>$19.25</p><a href="#">Buy</a></div></section>`;
    const t = teardown(`<div class="grid">${plan('Free', '0', '0')}${plan('Team', '4', '3.67')}${plan('Enterprise', '21', '19.25')}</div>${compare}`);
    expect(t.plans.map((p) => [p.name, p.prices[0]?.amount, p.prices[0]?.unit])).toEqual([['Free', 0, 'seats'], ['Team', 4, 'seats'], ['Enterprise', 21, 'seats']]);
  });

  test('two copies of a grid (one per currency) read as one grid of plans, contact-sales tier included', () => {
    const copy = (cur: string) => `<div class="currency-${cur}"><div class="row">${card('Free', `${cur === 'eur' ? '€' : '$'}0`, 'Create a free account')}${card('Enterprise', 'Custom Pricing', 'SSO and audit logs')}</div></div>`;
    const t = teardown(`<div class="prices">${copy('eur')}${copy('usd')}</div>`);
    expect(t.plans.map((p) => p.name)).toEqual(['Free', 'Enterprise']);
    expect(t.critiques.map((c) => c.id)).toContain('hidden-prices');
  });

  test('row groups whose last column says "Custom" do not outrank the priced plan cards', () => {
    const group = (title: string) => `<div class="group"><h4>${title}</h4><div>Feature one</div><div>Custom</div><a href="#">Learn more</a></div>`;
    const t = teardown(`<div class="cards">${card('Starter', 'Free')}${card('Basic', '$14/mo')}${card('Business', '$39/mo')}</div>
      <div class="compare">${['Site features', 'CMS', 'Usage', 'Security', 'Support'].map(group).join('')}</div>`);
    expect(t.plans.map((p) => p.name)).toEqual(['Starter', 'Basic', 'Business']);
  });

  test('usage rates stated outside the cards tell a base fee plus usage from a flat plan', () => {
    const t = teardown(`${grid(card('Free', '$0', '2GB storage'), card('Pro', 'From $25/month', '150GB storage'), card('Enterprise', 'Custom'))}
      <table><tr><th>Usage</th><th>Free</th><th>Pro</th></tr><tr><td>Storage</td><td>2GB</td><td>150GB, then $2.80 per 100GB</td></tr>
      <tr><td>Bandwidth</td><td>5GB</td><td>2TB</td></tr></table>`);
    expect(t.valueMetric.primary).toBe('storage');
  });

  test('a product that includes hosting is not infrastructure; a hosting provider is', () => {
    // Hosting is one of the builder's features: it weighs as one word, no more than "collaborate".
    const builder = teardown(grid(card('Basic', '$14/mo', 'Custom domain'), card('CMS', '$23/mo', 'Blog')),
      '<title>Plans</title><meta name="description" content="Design websites and collaborate with your team. Premium hosting included.">');
    expect(builder.productType.id).not.toBe('infrastructure');
    const host = teardown(`<h1>Managed WordPress hosting</h1>${grid(card('Basic', '$14/mo', '1 site'), card('Pro', '$23/mo', '5 sites'))}`, '<title>Web hosting plans</title>');
    expect(host.productType.id).toBe('infrastructure');
  });
});

describe('a core seat is a person, not a processor core', () => {
  test('"1 core seat" on a CRM plan does not make its price a machine price', () => {
    const t = teardown(grid(card('Starter', '$20/mo', '1 core seat', '1,000 marketing contacts'), card('Pro', '$890/mo', '3 core seats', '2,000 marketing contacts'),
      card('Enterprise', '$3,600/mo', '5 core seats', '10,000 marketing contacts')));
    expect(t.plans[0]?.prices[0]?.unit).toBeNull();
    expect(t.valueMetric.primary).toBe('contacts');
  });
});

describe('disk priced beside the machines', () => {
  test('storage per GiB-month in every plan, beside per-vCPU-hour prices, comes with the machines', () => {
    const t = teardown(grid(card('Basic', '$0.20 per 1M request units', '+ $0.50 per GiB-month stored'),
      card('Standard', 'From $0.18 per vCPU-hour', 'Storage $0.50 per GiB-month'), card('Advanced', 'From $0.60 per vCPU-hour', 'Storage $0.30 per GiB-month'),
      card('Dedicated', 'From $1.20 per vCPU-hour', 'Storage $0.30 per GiB-month')));
    expect(t.valueMetric.primary).toBe('compute');
    expect(t.valueMetric.secondary).toContain('storage');
  });
});

