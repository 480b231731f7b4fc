import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { TeardownSchema, type PageSnapshot, type RawPlan } from '../../src/core/model.ts';

const card = (name: string, ...lines: string[]): RawPlan => ({ name, lines: [name, ...lines], ctas: [], attrPrices: [], featured: false });
const page = (title: string, plans: RawPlan[], text = ''): PageSnapshot => ({
  url: 'https://vendor.example/pricing', title, description: '', lang: 'en', headings: [title],
  text: [title, text, ...plans.flatMap((p) => p.lines)].join('\n'), plans, offers: [], billingToggle: [], truncated: false,
});
const ids = (t: ReturnType<typeof analyze>) => t.critiques.map((c) => c.id);
/** The primary metric of a page built from a title, plan cards and text. */
const primaryOf = (...args: Parameters<typeof page>) => analyze(page(...args)).valueMetric.primary;

const teamTool = page('Project management for teams', [
  card('Free', 'Free', 'Up to 3 users'), card('Team', '$8', 'per user / month'), card('Business', '$15', 'per user / month'),
], 'Start your free trial today');

describe('analyze', () => {
  test('per-seat collaboration tool is aligned, with its evidence', () => {
    const t = analyze(teamTool);
    expect(TeardownSchema.parse(t)).toEqual(t);
    expect(t.valueMetric.primary).toBe('seats');
    expect(t.productType.id).toBe('collaboration');
    expect(t.alignment.verdict).toBe('aligned');
    expect(t.valueMetric.evidence.some((e) => e.metric === 'seats' && e.text.includes('$8'))).toBe(true);
    expect(t.criteria.predictable.verdict).toBe('pass');
    expect(ids(t)).not.toContain('metric-misaligned');
  });

  test('overriding the product type re-judges the same metric', () => {
    const t = analyze(teamTool, { productTypeOverride: 'analytics' });
    expect(t.productType).toMatchObject({ id: 'analytics', overridden: true });
    expect(t.valueMetric.primary).toBe('seats');
    expect(t.alignment.verdict).toBe('misaligned');
    expect(ids(t)).toEqual(expect.arrayContaining(['metric-misaligned', 'per-seat-where-usage-drives-value']));
    expect(t.critiques[0]?.severity).toBe('critical');
  });

  test('tiered contacts beat a unit-less monthly price', () => {
    const t = analyze(page('Email marketing platform', [
      card('Starter', '$29/mo', 'Up to 1,000 contacts'), card('Growth', '$79/mo', 'Up to 5,000 contacts'),
      card('Scale', '$199/mo', 'Up to 25,000 contacts'),
    ]));
    expect(t.valueMetric.primary).toBe('contacts');
    expect(t.alignment.verdict).toBe('aligned');
    expect(t.plans.map((p) => p.limits[0]?.quantity)).toEqual([1000, 5000, 25000]);
  });

  test('tiers that step along seats and a usage metric together are sized by the usage', () => {
    const t = analyze(page('Newsletter platform', [
      card('Starter', '$15/mo', 'Up to 1,000 subscribers', '1 user'), card('Growth', '$39/mo', 'Up to 5,000 subscribers', '2 users'),
      card('Scale', '$99/mo', 'Up to 25,000 subscribers', '5 users'),
    ]));
    expect(t.valueMetric.primary).toBe('contacts');
    expect(t.valueMetric.secondary).toContain('seats');
  });

  test('an axis sentence whose noun a relative clause explains does not name the axis by that noun alone', () => {
    expect(primaryOf('Status pages', [
      card('Startup', '$29/mo', '1,000 subscribers'), card('Business', '$99/mo', '5,000 subscribers'), card('Scale', '$349/mo', '25,000 subscribers'),
    ], 'Unlimited team members: plans scale with the people who subscribe to your updates.')).toBe('contacts');
  });

  test('"sized by", "priced on": the axis named in a sentence or in the page description', () => {
    const tiers = [card('Lite', '$39/mo'), card('Standard', '$129/mo'), card('Pro', '$399/mo')];
    const said = (s: string, description = '') => analyze({ ...page('Product search for online stores', tiers, s), description }).valueMetric.primary;
    expect(said('', 'Plans for product search and merchandising, sized by monthly searches.')).toBe('api_calls');
    expect(said('Plans are priced on monthly active users (MAU).')).toBe('active_users');
    expect(said('Simple pricing based on monthly active users.')).toBe('active_users');
    expect(said('Simple pricing based on active members.')).toBe('contacts');
    expect(said('Plans are sized by the orders flowing through your store each month.')).toBe('orders');
    expect(said('Plans are sized by how many people can attend live.')).toBe('flat');
    expect(said('Plans grow with the number of active members in your space.')).toBe('contacts');
    const subscribers = [card('Hobby', '$29/mo', '100 subscribers'), card('Startup', '$99/mo', '1,000 subscribers'), card('Business', '$299/mo', '5,000 subscribers')];
    expect(analyze(page('Status pages', subscribers, 'Pricing is based on how many people subscribe to updates; team members do not count.')).valueMetric.primary).toBe('contacts');
  });

  test('a feature line under the price ("Unlimited locations", "Multiple maps per store") is not its unit', () => {
    const t = analyze(page('Store locator for Shopify', [card('Basic', '$9/month', 'Up to 100 locations'), card('Pro', '$24/month', 'Up to 1,000 locations'),
      card('Unlimited', '$59/month', 'Unlimited locations', 'Multiple maps per store')]));
    expect(t.plans.map((p) => p.prices[0]?.unit)).toEqual([null, null, null]);
    expect(t.valueMetric.primary).toBe('locations');
  });

  test('a table of tiers read as one card, whose storage grows at every row while users stop growing, is priced by the users', () => {
    expect(primaryOf('Project tracking', [card('Cloud plans', 'Free', '$0/mo', '10 users; 1 project; 100 MB storage', 'Starter', '$35/mo', '30 users; 5 projects; 1 GB storage',
      'Standard', '$100/mo', 'Unlimited users; 100 projects; 30 GB storage', 'Premium', '$175/mo', 'Unlimited users; 300 GB storage')])).toBe('seats');
  });

  test('a usage limit stepping beside a count of locations sizes the tiers, the locations come with it', () => {
    expect(primaryOf('Delivery dates for Shopify', [card('Free', '$0', '30 Orders with a chosen date', '1 Pickup locations'),
      card('Basic', '$8.99/mo', '300 Orders with a chosen date', '3 Pickup locations'), card('Pro', '$24.99/mo', '2,000 Orders with a chosen date', '10 Pickup locations')])).toBe('orders');
  });

  test('a fee only the free plan takes ("10% fee on sales") does not make flat paid tiers per transaction', () => {
    expect(primaryOf('Course platform', [card('Free', '$0', '1 course', '10% fee on sales'), card('Starter', '$39/mo', '0% transaction fees'),
      card('Pro', '$99/mo', '0% transaction fees'), card('Business', '$199/mo', '0% transaction fees')])).toBe('flat');
  });

  test('"0% transaction fees" is no transaction pricing', () => {
    expect(primaryOf('Website builder', [card('Personal', '$12/mo'), card('Commerce', '$36/mo', 'Online store, 0% transaction fees')])).toBe('flat');
  });

  test('the words on the line under a price qualify it up to the next amount', () => {
    const t = analyze(page('Restaurant point of sale', [card('Point of Sale', '$69/mo', 'per location, processing 2.49% + 15¢')]));
    expect(t.plans[0]!.prices[0]).toMatchObject({ amount: 69, unit: 'locations' });
  });

  test('a sentence in German, French or Spanish that names the axis decides flat-looking tiers', () => {
    const tiers = [card('Starter', '19 € / Monat'), card('Pro', '49 € / Monat'), card('Business', '99 € / Monat')];
    const said = (s: string) => analyze(page('Newsletter-Software', tiers, s)).valueMetric.primary;
    expect(said('Sie zahlen nach der Anzahl Ihrer Kontakte.')).toBe('contacts');
    expect(said('Le prix est basé sur le nombre de contacts.')).toBe('contacts');
    expect(said('El precio se basa en el número de contactos.')).toBe('contacts');
    expect(said('Facturación por número de pedidos.')).toBe('orders');
    expect(said('Die Anzahl der Kontakte ist unbegrenzt.')).toBe('flat');
  });

  test("an add-on's unit rate does not outvote the limit the tiers step along", () => {
    const tiers = [
      card('Starter', '$19/mo', 'Up to 500 monthly orders'), card('Growth', '$59/mo', 'Up to 2,500 monthly orders'),
      card('Plus', '$149/mo', 'Up to 10,000 monthly orders'),
    ];
    const addOn = 'Add-ons\nExtra store location: $20 per location / month\nSMS alerts: $0.02 per message';
    expect(analyze(page('Loyalty program for online stores', tiers, addOn)).valueMetric.primary).toBe('orders');
    // Nor does a rate along seats that step beside the orders: the orders size the tiers, the seats come with them.
    const withSeats = tiers.map((c, i) => ({ ...c, lines: [...c.lines, `${[1, 3, 10][i]} users`] }));
    expect(analyze(page('Loyalty program for online stores', withSeats, 'Extra users: $10 per user / month')).valueMetric.primary).toBe('orders');
    // A storage rate (volumes, "$0.10 per GB") beside servers sized by vCPU: the servers' size decides.
    const servers = [card('Basic', '$6/mo', '1 vCPU', '25 GB SSD'), card('General', '$24/mo', '2 vCPUs', '80 GB SSD'), card('CPU-optimised', '$96/mo', '8 vCPUs', '160 GB SSD')];
    expect(analyze(page('Cloud servers', servers, 'Block storage volumes: $0.10 per GB / month')).valueMetric.primary).toBe('compute');
    // A rate along the limit that decides the tiers agrees with them.
    const seatsOnly = tiers.map((c, i) => ({ ...c, lines: [c.lines[0]!, c.lines[1]!, `${[1, 3, 10][i]} users`] }));
    expect(analyze(page('Loyalty program for online stores', seatsOnly, 'Extra users: $10 per user / month')).valueMetric.primary).toBe('seats');
  });

  test('a page that says its price is flat is flat, whatever rates it quotes outside its plans', () => {
    const tiers = [card('Standard', '$99/mo', 'Unlimited users'), card('Premium', '$249/mo', 'Unlimited users, SSO')];
    const flat = page('Team wiki pricing', tiers, 'Stop counting seats: every plan includes unlimited users.\nPer-seat wikis at $12/user add up fast.');
    expect(analyze(flat).valueMetric.primary).toBe('flat');
    // Without that statement, a rate on top of the plans is the unit the bill grows along.
    const overage = page('Team wiki pricing', [card('Standard', '$99/mo', '10 users included'), card('Premium', '$249/mo', '10 users included')],
      'Then $12 per additional user / month.');
    expect(analyze(overage).valueMetric.primary).toBe('seats');
  });

  test('flat tiers with a rate outside them: an optional extra leaves them flat, usage on top of a platform fee does not', () => {
    const tiers = (note: string) => [card('Grow', '$19/mo', note), card('Signature', '$49/mo', note)];
    const extra = page('Product reviews for online stores', tiers('Photo reviews'), 'Send review requests by SMS: $0.03 per message.');
    expect(analyze(extra).valueMetric.primary).toBe('flat');
    const usage = page('Serverless message queues', tiers('Plus request charges'), 'Requests: $0.40 per 1M requests');
    expect(analyze(usage).valueMetric.primary).toBe('api_calls');
    expect(analyze(page('Serverless message queues', tiers('then usage below'), 'Requests: $0.40 per 1M requests')).valueMetric.primary).toBe('api_calls');
    // An app store's boilerplate ("Recurring and usage-based charges are billed every 30 days") says nothing of these plans.
    expect(analyze(page('Product reviews for online stores', tiers('Recurring and usage-based charges are billed every 30 days.'), 'Send review requests by SMS: $0.02 per SMS.')).valueMetric.primary).toBe('flat');
    // A bare percentage names its unit on the next line.
    const share = page('Crypto payments', tiers('Platform fee'), 'Then, on every payment:\n1%\nper successful transaction');
    expect(analyze(share).valueMetric.primary).toBe('transactions');
  });

  test('the same rate quoted on every plan is a vote from each plan, shown once', () => {
    const plans = [
      card('Launch', '$19/mo', 'Then $0.16 per compute hour', 'Then $3.50 per 2 GB storage'),
      card('Scale', '$69/mo', 'Then $0.16 per compute hour', 'Then $15 per 10 GB storage'),
      card('Business', '$700/mo', 'Then $0.16 per compute hour'),
    ];
    const t = analyze(page('Serverless Postgres', plans));
    expect(t.valueMetric.primary).toBe('compute');
    expect(t.valueMetric.evidence.filter((e) => e.text === 'Then $0.16 per compute hour')).toHaveLength(1);
  });

  test('two limits stepping with equal weight: the one that changes at more tiers sizes them', () => {
    const plans = [
      card('Free', '$0/mo', 'Up to 50 orders per month', '1 pickup location'), card('Starter', '$19/mo', 'Up to 300 orders per month', '1 pickup location'),
      card('Growth', '$49/mo', 'Up to 1,500 orders per month', 'Up to 3 pickup locations'), card('Pro', '$129/mo', 'Up to 6,000 orders per month', 'Up to 10 pickup locations'),
    ];
    expect(analyze(page('Order pickup scheduling for shops', plans, 'Extra pickup location: $10 per location / month')).valueMetric.primary).toBe('orders');
  });

  test('unpredictable pay-per-call API pricing is criticised', () => {
    const t = analyze(page('Geocoding API for developers', [card('Pay as you go', '$0.0004 per request'), card('Volume', '$0.0003 per request')]));
    expect(t.valueMetric.primary).toBe('api_calls');
    expect(t.productType.id).toBe('developer_api');
    expect(ids(t)).toContain('unpredictable-per-call');
    expect(t.criteria.predictable.verdict).toBe('fail');
    expect(t.criteria.predictable.reasons.join(' ')).toMatch(/Sub-cent/);
  });

  test('flat pricing is flagged for not growing with success', () => {
    const t = analyze(page('Website builder', [card('Basic', '$19/month', 'Custom domain'), card('Plus', '$49/month', 'Everything in Basic, plus SEO tools')]));
    expect(t.valueMetric.primary).toBe('flat');
    expect(ids(t)).toContain('flat-price-no-growth');
    expect(t.criteria.growsWithSuccess.verdict).toBe('fail');
  });

  test('a page with no prices is a valid, unknown teardown', () => {
    const t = analyze(page('About us', [], 'We build things.'));
    expect(t.valueMetric).toEqual({ primary: null, secondary: [], confidence: 0, evidence: [] });
    expect(t.alignment.verdict).toBe('unknown');
    expect(ids(t)).toContain('no-prices-found');
  });

  test('hidden prices are flagged', () => {
    const t = analyze(page('Analytics for enterprises', [card('Growth', 'Contact sales'), card('Enterprise', 'Talk to sales')]));
    expect(t.plans.every((p) => p.contactSales)).toBe(true);
    expect(ids(t)).toContain('hidden-prices');
  });

  test('annual discount outside 15-25% is flagged with its size', () => {
    const plan = (name: string, m: string, a: string): RawPlan => ({ ...card(name, `$${m}/mo`, 'per user'), attrPrices: [{ name: 'data-monthly', value: m }, { name: 'data-annual', value: a }] });
    const t = analyze(page('Team chat', [plan('Pro', '10', '6'), plan('Business', '20', '12')]));
    expect(t.critiques.find((c) => c.id === 'annual-discount-outside-band')?.message).toMatch(/40%/);
  });

  test('three metrics at once are too many', () => {
    const t = analyze(page('Cloud platform', [
      card('Small', '$10 per user / month', '$0.05 per vCPU-hour', '$0.02 per GB stored'),
      card('Large', '$20 per user / month', '$0.04 per vCPU-hour', '$0.01 per GB stored'),
    ]));
    expect(t.valueMetric.secondary.length).toBeGreaterThanOrEqual(2);
    expect(ids(t)).toContain('too-many-metrics');
  });

  test('no free tier and no trial is noted only when absent', () => {
    const paid = page('Help desk software', [card('Team', '$19 per agent / month'), card('Pro', '$49 per agent / month')]);
    expect(ids(analyze(paid))).toContain('no-free-tier-or-trial');
    expect(ids(analyze({ ...paid, text: `${paid.text}\n14-day free trial` }))).not.toContain('no-free-tier-or-trial');
  });

  test('it is deterministic', () => expect(analyze(teamTool)).toEqual(analyze(teamTool)));
});

describe('storage stepping across flat tiers', () => {
  test('counted in things kept (SKUs) is the axis', () => {
    expect(primaryOf('Stockwatch pricing', [
      card('Starter', '$9.99/month', 'Tracks up to 50 SKUs'), card('Growth', '$24.99/month', 'Tracks up to 1,000 SKUs'), card('Pro', '$59.99/month', 'Tracks up to 10,000 SKUs'),
    ])).toBe('storage');
  });
  test('counted on one plan only (a review quoting "our 14,000 SKUs") is no axis', () => {
    expect(primaryOf('Optionly', [card('Pricing', '$9.99/month', 'File uploads up to 20 MB'), card('Reviews', 'Handles our 14,000 SKUs without complaint')])).toBe('flat');
  });
  test('listed in bytes beside the features is no axis', () => {
    expect(primaryOf('Sitewright plans', [
      card('Light', '$17/month', '2 GB storage space'), card('Core', '$29/month', '50 GB storage space'), card('Business', '$39/month', '100 GB storage space'),
    ])).toBe('flat');
  });
});

describe('a store platform\'s tiers', () => {
  test('come with staff accounts and inventory locations, as with features: the tiers are flat', () => {
    expect(primaryOf('Online store pricing', [card('Basic', '$24/month', '2 staff accounts'), card('Growth', '$69/month', '5 staff accounts'), card('Advanced', '$299/month', '15 staff accounts')])).toBe('flat');
    expect(primaryOf('Online store pricing', [card('Basic', '$24/month', '2 inventory locations'), card('Growth', '$69/month', '5 inventory locations'), card('Advanced', '$299/month', '8 inventory locations')])).toBe('flat');
    // Users that step are still what a team tool is priced along.
    expect(primaryOf('Team workspace pricing', [card('Basic', '$24/month', '2 users'), card('Growth', '$69/month', '5 users'), card('Advanced', '$299/month', '15 users')])).toBe('seats');
  });
});

describe('boxes that are no plans', () => {
  test('a worked example or a calculator shows figures, not a plan', () => {
    const t = analyze(page('Crowdfunding fees', [card('Platform fee', '5%', 'of funds raised, only if your project is funded'),
      card('Example: a $20,000 project', 'Total pledged', '$20,000', 'Our fee (5%)', '−$1,000'), card('Cost calculator', '$200 per month')]));
    expect(t.plans.map((p) => p.name)).toEqual(['Platform fee']);
    expect(t.valueMetric.primary).toBe('revenue');
  });
});

describe('rates without a noun', () => {
  test('an hourly rate on a plan card is a machine\'s running time', () => {
    expect(primaryOf('Managed workflows pricing', [card('Small', 'Starting at $0.35/hr'), card('Medium', 'Starting at $0.70/hr'), card('Large', 'Starting at $1.40/hr')])).toBe('compute');
  });
  test('a share of income, funds raised or tracked revenue is revenue', () => {
    expect(primaryOf('Creator membership pricing', [card('Lite', '5%', 'of monthly income'), card('Pro', '8%', 'of monthly income')])).toBe('revenue');
    expect(primaryOf('Crowdfunding fees', [card('Platform fee', '5%', 'of funds raised')])).toBe('revenue');
    expect(primaryOf('In-app subscriptions pricing', [card('Free', '$0', 'until $2,500 MTR'), card('Pro', '1%', 'of MTR above $2,500')])).toBe('revenue');
  });
});

describe('nouns whose metric the page decides', () => {
  test('people counted in the thousands on the top tiers are an audience on every tier, though the page says "the number of people"', () => {
    const plans = [card('Up to 100 people', '$19/month'), card('Up to 500 people', '$59/month'), card('Up to 1,500 people', '$109/month'), card('Up to 5,000 people', '$189/month')];
    const t = analyze(page('Church management software', plans, 'Your price depends on the number of people in your directory.'));
    expect(t.plans.flatMap((p) => p.limits.map((l) => l.metric))).toEqual(['contacts', 'contacts', 'contacts', 'contacts']);
    expect(t.valueMetric.primary).toBe('contacts');
    // A team sized in tens stays a team.
    expect(primaryOf('Project software', [card('Small', '$19/month', 'Up to 5 people'), card('Team', '$49/month', 'Up to 20 people')])).toBe('seats');
  });
  test('hosts on a webinar or meeting tool are people; on a monitoring tool, servers', () => {
    const plans = [card('Free', '$0', '1 host'), card('Pro', '$99 per host / month'), card('Business', '$229 per host / month')];
    expect(primaryOf('Webinar software pricing', plans)).toBe('seats');
    expect(primaryOf('Infrastructure monitoring pricing', plans)).toBe('compute');
    // So when the card says it on the line under the price.
    expect(primaryOf('Video meetings pricing', [card('Free', '$0', '1 host'), card('Pro', '$9.99/month', 'per host'), card('Business', '$12.99/month', 'per host')])).toBe('seats');
  });
  test('a terminal on a restaurant\'s point of sale is a place that sells; elsewhere it names nothing', () => {
    const plans = [card('Essentials', '$89', 'per terminal / month'), card('Plus', '$129', 'per terminal / month'), card('Premier', '$179', 'per terminal / month')];
    expect(primaryOf('Restaurant POS pricing', plans)).toBe('locations');
    expect(primaryOf('Payment gateway pricing', plans)).not.toBe('locations');
  });
  test('a unit on property management software is a rental unit; elsewhere it names nothing', () => {
    const plans = [card('Core', '$1.40per unit / month', 'Monthly minimum of $280'), card('Plus', '$3.00per unit / month', 'Monthly minimum of $960')];
    expect(primaryOf('Property management software pricing', plans)).toBe('locations');
    expect(primaryOf('Inventory app pricing', plans)).not.toBe('locations');
    // So is an additional unit beyond those a plan includes.
    expect(primaryOf('Property management software pricing', [card('Starter', '$69/mo', 'includes 20 units, then $1.40 per additional unit'),
      card('Pro', '$139/mo', 'includes 20 units, then $2.10 per additional unit')])).toBe('locations');
  });
  test('a site on a construction or security tool is a place of work; on a website tool, an account', () => {
    const plans = [card('Basic', '$49 per site / month'), card('Pro', '$99 per site / month')];
    expect(primaryOf('Construction site management software', plans)).toBe('locations');
    expect(primaryOf('Website analytics pricing', plans)).not.toBe('locations');
  });
  test('a file on real estate software is a deal (a transaction file); elsewhere, bytes kept', () => {
    const plans = [card('Pay as you go', '$14 per file'), card('Pack of 25', '$11.96 per file')];
    expect(primaryOf('Transaction management for real estate agents', plans)).toBe('transactions');
    expect(primaryOf('Secure file sharing', plans)).not.toBe('transactions');
  });
  test('a listing on vacation rental software is a rental property; on a marketplace, it names nothing', () => {
    const plans = [card('Lite', '$27 per listing / month'), card('Pro', '$45 per listing / month')];
    expect(primaryOf('Software for short-term rental hosts', plans)).toBe('locations');
    expect(primaryOf('Sell on the marketplace', plans)).not.toBe('locations');
  });
});

describe('bytes that flow and bytes kept', () => {
  test('a bare per-GB rate the page also quotes as transferred is that transfer rate, though another product keeps bytes', () => {
    const plans = [card('Cache', 'One number to remember: $0.50 per GB'), card('Free tier', '$0', '5 GB / month free', 'then $0.50 per GB transferred'),
      card('Other products', 'Durable storage: $0.25 per GB stored per month')];
    expect(primaryOf('Serverless cache pricing', plans)).toBe('data_volume');
  });
  test('a card named for traffic prices its bare gigabytes as data moved; a storage card beside it keeps its own', () => {
    const t = analyze(page('Edge network pricing', [
      card('CDN traffic', 'First 10 TB', '$0.040 / GB', 'Next 40 TB', '$0.030 / GB'),
      card('Edge storage', '$0.010 per GB / month'),
    ]));
    expect(t.plans[0]!.prices.map((p) => p.unit)).toEqual(['data_volume', 'data_volume']);
    expect(t.plans[1]!.prices[0]!.unit).toBe('storage');
    expect(t.valueMetric.primary).toBe('data_volume');
  });
  test('a daily volume ("20 GB / day") is data moved, not storage', () => {
    expect(primaryOf('Log pricing', [card('Starter', '$49/month', '20 GB / day'), card('Team', '$199/month', '100 GB / day'), card('Scale', '$599/month', '500 GB / day')])).toBe('data_volume');
  });
});

describe('customer stories beside the plans', () => {
  test('a box of customers\' figures and quotes is no plan, and a quoted share of revenue is no price', () => {
    const stories = card('Trusted by teams at', '2,400+ brands', 'US$ 20bn+ GMV a year on the platform', '“Marketplace sellers now bring 22% of our GMV.”');
    const t = analyze(page('Commerce platform pricing', [card('Commerce Core', 'Request a proposal'), card('Order Management', 'Custom pricing'), stories]));
    expect(t.plans.map((p) => p.name)).toEqual(['Commerce Core', 'Order Management']);
    expect(t.valueMetric.primary).toBeNull();
    expect(primaryOf('Reviewly pricing', [card('Starter', '$19/month', '“It paid for itself: 18% more repeat orders.”'), card('Growth', '$49/month')])).toBe('flat');
  });
});

describe('percentage fees beside a monthly fee', () => {
  test('named as card rates that fall as the fee rises are a perk of dearer tiers: the plans are flat', () => {
    expect(primaryOf('Storewright pricing', [
      card('Basic', '$29/month', '2.9% + 30¢ online card rate'), card('Grow', '$79/month', '2.7% + 30¢ online card rate'),
      card('Advanced', '$299/month', '2.5% + 30¢ online card rate'),
    ])).toBe('flat');
  });
  test('named as card rates by the label above them in the card, they are a perk too; inventory across 5 locations is a feature', () => {
    expect(primaryOf('Vendwell pricing', [
      card('Starter', '$24/mo', 'Online card rates', '2.9% + 30¢', 'Online store'),
      card('Growth', '$69/mo', 'Online card rates', '2.6% + 30¢', 'Inventory across 5 locations'),
      card('Scale', '$229/mo', 'Online card rates', '2.4% + 30¢', 'Inventory across 10 locations'),
    ])).toBe('flat');
  });
  test('named as card rates the same on every tier, they are still what the plans charge along', () => {
    expect(primaryOf('Tillpoint pricing', [card('Core', '$69/month', '2.6% + 15¢ in-person card rate'), card('Plus', '$165/month', '2.6% + 15¢ in-person card rate')])).toBe('transactions');
  });
  test('beside a grid of card readers sold once (or rented), the rates are the axis, not the hardware', () => {
    const rates = 'Pay as you go: 2.6% + 10¢ per in-person transaction, 2.9% + 30¢ online, no monthly fee';
    expect(primaryOf('Tapwell payments', [card('Pocket reader', '$59', 'one-time'), card('Counter terminal', '$299 to buy', 'or $27/mo for 12 months'), card('Receipt printer', '$119 one-time')], rates)).toBe('transactions');
    expect(primaryOf('Tapwell payments', [card('Counter terminal', '€19/month', 'or €249 to buy'), card('Portable terminal', '€12/month', 'or €179 to buy')], rates)).toBe('transactions');
  });
  test('a card rate the page says carries no extra fee, the same on every plan, is what payments cost beside flat tiers', () => {
    expect(primaryOf('Salon software pricing', [card('Standard', '$24/month'), card('Gold', '$48/month'), card('Platinum', '$148/month')],
      'A flat 2.6% on every card payment, with no extra per-transaction fee. That is the same on all plans.')).toBe('flat');
  });
  test('a fee per sale only the cheapest of three paid plans takes is what the entry tier costs, not the axis', () => {
    const plans = [card('Starter', '$29/mo', '+ $5 fee per course sale', '1 admin'), card('Pro', '$99/mo', '5 admins'), card('Business', '$299/mo', '20 admins')];
    expect(primaryOf('Course platform pricing', plans)).not.toBe('transactions');
    // On every plan, it is what they charge along.
    expect(primaryOf('Course platform pricing', plans.map((p) => ({ ...p, lines: [...p.lines, '+ $5 fee per course sale'] })))).toBe('transactions');
  });
  test("named as the vendor's own transaction fee, they are the axis", () => {
    expect(primaryOf('Renewly pricing', [card('Starter', '$99/month', '1.49% + 19¢ per transaction'), card('Pro', '$499/month', '1.25% + 19¢ per transaction')])).toBe('transactions');
  });
});

describe('server sizes as plans', () => {
  test('read their bare bytes as memory: priced along compute, not storage', () => {
    const t = analyze(page('Cloud servers', [
      card('s-1vcpu', '1 vCPU', '2 GB', '$12/month'), card('s-2vcpu', '2 vCPU', '4 GB', '$24/month'), card('s-4vcpu', '4 vCPU', '8 GB', '$48/month'),
    ]));
    expect(t.valueMetric.primary).toBe('compute');
    expect(t.plans[1]!.limits).toContainEqual(expect.objectContaining({ metric: 'compute', text: '4 GB' }));
  });
  test('are priced per machine, though the page sells storage per GB beside them', () => {
    expect(primaryOf('Cloud servers', [
      card('CX22', '2 vCPU', '€0.0088 / hour'), card('CX32', '4 vCPU', '€0.0140 / hour'), card('CX42', '8 vCPU', '€0.0290 / hour'),
      card('Volumes', '€0.08 per GB per month'), card('Object storage', '€0.01 per GB per month'),
    ])).toBe('compute');
  });
  test('a plan named "Core" is no machine', () => {
    expect(analyze(page('Analytics plans', [card('Core', '$179/mo'), card('Essentials', '$449/mo')])).plans[0]!.prices[0]!.unit).toBeNull();
  });
});

describe('a question in an FAQ', () => {
  test('asked to be answered no ("Is pricing based on traffic or sales?") names no axis', () => {
    expect(primaryOf('Facetly pricing', [card('Build', '$29/month'), card('Optimize', '$59/month')], 'Is pricing based on traffic or sales?\nNo. Every plan is one flat price.')).toBe('flat');
  });
  test('asked of the buyer ("How many contacts do you have?") names it', () => {
    expect(primaryOf('Mailfern pricing', [card('Lite', '$29/month'), card('Plus', '$59/month')], 'How many contacts do you have?')).toBe('contacts');
  });
});

describe('two usage limits stepping in lockstep', () => {
  test('the one the plans list first is the axis (500 subscribers with 5,000 email sends)', () => {
    expect(primaryOf('Letterwick pricing', [card('500', '$8/month', '500 Subscribers', '5,000 email sends'),
      card('1,000', '$12/month', '1,000 Subscribers', '10,000 email sends'), card('2,500', '$20/month', '2,500 Subscribers', '25,000 email sends')])).toBe('contacts');
  });
  test('staff accounts beside inventory locations stay features of flat tiers', () => {
    expect(primaryOf('Storekit pricing', [card('Basic', '$39/month', '2 staff accounts', '2 inventory locations'),
      card('Grow', '$105/month', '5 staff accounts', '5 inventory locations'), card('Advanced', '$399/month', '15 staff accounts', '8 inventory locations')])).toBe('flat');
  });
});

describe('a price per workspace', () => {
  test('is a flat price: the seats its tiers step along are the axis', () => {
    expect(primaryOf('Chatnook pricing', [
      card('Mini', '€45/month per workspace', '4 seats included'), card('Essentials', '€95/month per workspace', '10 seats included'),
      card('Plus', '€295/month per workspace', '20 seats included'),
    ])).toBe('seats');
  });
  test('alone, is flat', () => {
    expect(analyze(page('Sitewright pricing', [card('Basic', '$14/month per site'), card('Pro', '$29/month per site')])).valueMetric.primary).toBe('flat');
  });
});

describe('a developer API priced per unit of work', () => {
  const api = (...rates: string[]) => analyze(page('Inkpress PDF generation API pricing', [
    card('Hobby', '$0', '100 documents included'), card('Startup', '$49/month', ...rates.slice(0, 1)), card('Scale', '$199/month', ...rates.slice(1)),
  ]));
  test('is priced per call, whatever it calls the work ("per document")', () => {
    const t = api('then $0.04 per document', 'then $0.02 per document');
    expect(t.productType.id).toBe('developer_api');
    expect(t.valueMetric).toMatchObject({ primary: 'api_calls', secondary: ['flat'] });
    expect(t.valueMetric.evidence[0]?.text).toMatch(/per document/);
  });
  test('stays flat when its tiers name no such rate', () => {
    expect(api('Priority support', 'SSO and audit logs').valueMetric.primary).toBe('flat');
  });
});

describe('a price quoted at a quantity of usage on the line under it', () => {
  test('scales along that usage, though every plan is quoted at the same quantity ("at 20 GB/day ingest")', () => {
    expect(primaryOf('Log search pricing', [card('Standard', '$1,800 per month', 'at 20 GB/day ingest · 90 days searchable'),
      card('Security', '$3,100 per month', 'at 20 GB/day ingest · 1 year searchable')])).toBe('data_volume');
  });
});

describe('tiers that step only by bytes kept', () => {
  const plans = [card('Free', '$0', '3 GB storage'), card('Basic', '$6/mo', '10 GB storage'), card('Plus', '$15/mo', '100 GB storage'), card('Pro', '$26/mo', '1 TB storage')];
  test('are sized by storage when the product keeps things (client photo galleries)', () => {
    expect(analyze({ ...page('Pricing', plans), description: 'Client photo galleries and proofing for photographers' }).valueMetric.primary).toBe('storage');
  });
  test('are flat when storage is one feature of the tiers (a website builder)', () => {
    expect(analyze({ ...page('Pricing', plans), description: 'Build a website for your business' }).valueMetric.primary).toBe('flat');
  });
});

describe('a fee the page says another company takes', () => {
  test('is no price of this vendor\'s ("Payments run on Stripe; their standard processing fee applies (2.9% + 30¢)")', () => {
    const plans = [card('Creator', '$29 /month', '0% transaction fees'), card('Creator Pro', '$99 /month', '0% transaction fees')];
    const theirs = analyze(page('Creator store pricing', plans, 'Payments run on Stripe and PayPal; their standard processing fee applies to each payment (2.9% + 30¢ for most US cards).'));
    expect(theirs.valueMetric.primary).toBe('flat');
    expect(theirs.valueMetric.evidence.some((e) => e.metric === 'transactions')).toBe(false);
    // The vendor's own fee is evidence.
    expect(analyze(page('Creator store pricing', plans, 'We take 2.9% + 30¢ on each payment.')).valueMetric.evidence.some((e) => e.metric === 'transactions')).toBe(true);
  });
});

describe('a calculator that asks for a quantity to show the price', () => {
  test('names the axis ("Pick your audience size below to see your price")', () => {
    expect(primaryOf('Email marketing pricing', [card('Pro', '$99/mo', '3 users'), card('Plus', '$229/mo', '10 users')],
      'Every plan includes the editor. Pick your audience size below to see your price.')).toBe('contacts');
  });
  test('says nothing without a price to see ("Pick your plan below to get started")', () => {
    expect(primaryOf('Email marketing pricing', [card('Pro', '$99/mo', '3 users'), card('Plus', '$229/mo', '10 users')],
      'Pick your plan below to get started.')).toBe('seats');
  });
});

describe('a bare byte rate in a card that includes bytes moved', () => {
  test('is that flow\'s overage, though the page keeps bytes elsewhere ("per GB stored" for an add-on)', () => {
    expect(primaryOf('Edge delivery network pricing', [
      card('Launch', '$199/month', '25 TB transferred included', 'Overage $0.0075 per GB'),
      card('Cruise', '$549/month', '100 TB transferred included', 'Overage $0.0055 per GB'),
    ], 'Edge object storage\n$0.010 per GB stored / month')).toBe('data_volume');
  });
});

describe('a footnote that says what every price is per', () => {
  test('names the axis of prices that show no unit ("$16/mo*" ... "*All prices are per user, per month")', () => {
    expect(primaryOf('Pipeline CRM pricing', [card('Foundation', '$16/mo*'), card('Pro', '$42/mo*'), card('Business', '$52/mo*')],
      '*All prices are per user, per month. Annual prices are billed once a year.')).toBe('seats');
  });
  test('or what one price buys ("Every plan price is for one rooftop")', () => {
    expect(primaryOf('Dealer CRM pricing', [card('Starter', '$349/mo', '1,500 texts a month'), card('Pro', '$549/mo', '5,000 texts a month')],
      'How is it billed? Every plan price is for one rooftop; add a second store at the same price.')).toBe('locations');
  });
  test('or a table\'s column header or a toggle that says it ("Price per location / month", "Per user, billed yearly")', () => {
    const rows = [card('Starter', '$149', 'Charting and scheduling'), card('Growth', '$249', 'Imaging and recalls')];
    expect(primaryOf('Dental practice software', rows, 'Plan\nPrice per location / month')).toBe('locations');
    expect(primaryOf('Recruiting CRM', rows, 'Per user, billed monthly Per user, billed yearly')).toBe('seats');
    // A line that qualifies the price just above it says what that price is per, not what the page is priced along.
    expect(primaryOf('Recruiting CRM', rows, 'Copilot add-on\n$25\nper agent / month')).toBe('flat');
  });
  test('or that each unit needs its own subscription ("Each location needs its own subscription")', () => {
    expect(primaryOf('Vet client app pricing', [card('Starter', '$189/mo', 'Two-way texting'), card('Plus', '$289/mo', 'Online booking')],
      'Do I pay per clinic? Yes. Each location needs its own subscription; staff logins are unlimited.')).toBe('locations');
  });
  test('says nothing when it names a period only ("All prices are per month")', () => {
    expect(primaryOf('Pipeline CRM pricing', [card('Foundation', '$16/mo*'), card('Pro', '$42/mo*')], '*All prices are per month, excluding VAT.')).toBe('flat');
  });
});

describe('tiers named by a bare quantity', () => {
  const tiers = (...extra: string[]) => page('Email verification pricing', [
    card('5,000 / month', '$29/mo'), card('25,000 / month', '$99/mo'), card('100,000 / month', '$299/mo'),
  ], ['Pay as you go', '10,000', '$0.0075 per verification', ...extra].join('\n'));
  test('differ by how much, not by features: along the usage the page prices', () => {
    expect(analyze(tiers()).valueMetric).toMatchObject({ primary: 'api_calls' });
  });
  test('stay flat when the page names no usage', () => {
    expect(analyze(page('Pricing', [card('5,000 / month', '$29/mo'), card('25,000 / month', '$99/mo'), card('100,000 / month', '$299/mo')])).valueMetric.primary).toBe('flat');
  });
});

describe('warm-up page', () => {
  test('is a valid snapshot that exercises prices, limits, units and the axis sentence', async () => {
    const { WARMUP_SNAPSHOT } = await import('../../src/core/warmup.ts');
    const { PageSnapshotSchema } = await import('../../src/core/model.ts');
    expect(PageSnapshotSchema.parse(WARMUP_SNAPSHOT)).toEqual(WARMUP_SNAPSHOT);
    const t = analyze(WARMUP_SNAPSHOT);
    expect(t.valueMetric.primary).toBe('contacts');
    expect(t.plans.flatMap((p) => p.limits).length).toBeGreaterThan(3);
    expect(t.plans.some((p) => p.prices.some((x) => x.unit === 'seats'))).toBe(true);
  });
  test('leaves nothing behind that changes a teardown', async () => {
    const { warmUpSteps } = await import('../../src/core/warmup.ts');
    const before = analyze(teamTool);
    for (const step of warmUpSteps()) step();
    expect(analyze(teamTool)).toEqual(before);
  });
});
