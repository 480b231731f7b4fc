import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { alignMetric } from '../../src/core/judge/critique.ts';
import type { PageSnapshot } from '../../src/core/model.ts';
import { snapshot } from './fixtures.ts';

// What a product says it is, in the title and meta description of its pricing page (our own words).
const page = (title: string, description: string): PageSnapshot => ({
  url: 'https://vendor.example/pricing', title, description, lang: 'en', headings: ['Pricing'], about: [], text: 'Pricing',
  plans: [], offers: [], billingToggle: [], truncated: false,
});

/** The same page with its section headings and body text. */
const withBody = (title: string, description: string, headings: string[], ...text: string[]): PageSnapshot => ({ ...page(title, description), headings, text: text.join('\n') });

describe('product type from the title and description', () => {
  test.each([
    ['collaboration', 'The connected workspace for your docs, wikis and projects'],
    ['collaboration', 'Async standups and team check-ins in Slack'],
    ['developer_api', 'Postbird: the email API developers trust'],
    ['marketing', 'Plan, publish and report on every social channel'],
    ['marketing', 'Exit-intent popups that convert without annoying anyone'],
    ['marketing', 'Turn customers into your best salespeople'],
    ['infrastructure', 'Hosted CI runners for Linux, macOS and Windows'],
    ['payments', 'Interchange++ pricing for high-volume merchants'],
    ['ecommerce', 'La place de marché des créateurs : ouvrir sa boutique est gratuit'],
    ['other', 'Robotic process automation for back-office teams'],
    ['other', 'HR, payroll and talent software for small businesses: human resources in one place'],
    ['other', 'AI writing assistant for marketers and store owners'],
    ['ecommerce', 'Subscription app pricing: no monthly fee to start, then a small fee per recurring order'],
    ['ecommerce', 'Sell digital downloads: PDFs, presets and license keys delivered after checkout'],
    ['ecommerce', 'Barcode scanning for warehouse teams: picking and packing without errors'],
    ['infrastructure', 'Headless browsers in the cloud: run Playwright on managed Chrome'],
    ['infrastructure', 'Fast, resilient authoritative DNS with anycast'],
    ['payments', 'Offer buy now, pay later at checkout'],
    ['other', 'Client galleries for photographers'],
    ['other', 'The CRM built for small sales teams: pipelines, deals and follow-ups'],
    ['other', 'Timed-entry ticketing for museums and galleries'],
    ['other', 'Software für Ferienvermietung: Buchung, Kalender und Zahlungen'],
    ['other', 'Booking, payments and marketing for salons, spas and barbers'],
    ['collaboration', 'Das Team-Wiki für kleine Teams und große Organisationen'],
    ['collaboration', 'Aufgaben, Chat, Videokonferenzen und Dokumente in einer Plattform'],
    ['finance', 'Das Rechnungsprogramm für Selbstständige und KMU'],
    ['analytics', 'Comprenez chaque étape du parcours client'],
    ['infrastructure', 'Low-code backend and container hosting'],
    ['finance', 'Expense reports and reimbursements without the spreadsheets'],
    ['finance', 'Crypto tax reports for every trader'],
    ['other', 'The mortgage CRM for loan officers and their teams'],
    ['other', 'Court booking and memberships for tennis and padel clubs'],
    ['other', 'Scheduling and invoicing for HVAC and plumbing companies'],
    ['other', 'Billing and scheduling for music lesson studios'],
    ['finance', 'Lohnabrechnung und Gehaltsabrechnung für kleine Unternehmen'],
    ['finance', 'Logiciel de paie : vos fiches de paie en quelques clics'],
    ['analytics', 'Heatmaps and session recordings for your website'],
    ['developer_api', 'Map loads, geocoding and static maps for your app'],
    ['developer_api', 'Ledgerlens OCR API: text and tables out of scanned invoices'],
    ['developer_api', 'Chat, video and activity feed APIs for your app'],
    ['infrastructure', 'Cloud SIEM and log analytics for security teams'],
    ['infrastructure', 'Full-stack observability: logs, traces and metrics from every service'],
    ['customer_support', 'Our AI agent answers customers across email, chat and social, billed per resolved conversation'],
    ['customer_support', 'An AI agent that resolves customer issues in every channel'],
    ['infrastructure', 'APM and distributed tracing for your backend'],
    ['analytics', 'Social listening and brand monitoring for your marketing team'],
    ['collaboration', 'The internal knowledge base your team will actually use'],
    ['collaboration', 'Partage de fichiers chiffré pour les équipes'],
    ['collaboration', 'Issue tracking and backlogs for software teams'],
    ['analytics', 'The experience management platform for customer and employee research'],
    ['infrastructure', 'The reactive backend as a service for TypeScript apps'],
    ['collaboration', 'Gestión de trabajo: tableros Kanban y diagramas de Gantt'],
    ['analytics', "Mesure d'audience sans cookies pour votre site"],
    ['collaboration', 'Business email, calendar, docs and meetings for your team'],
    ['developer_api', 'A parsing API for resumes and job posts'],
    ['infrastructure', 'A managed web application firewall in front of every app'],
    ['infrastructure', 'Stop credential stuffing and scrapers at the edge'],
    ['marketing', 'Live demos and webinars for revenue teams'],
    ['ecommerce', 'One-click upsells that lift your average order value'],
    ['marketing', 'Unlimited webinars and registration pages on every plan'],
    ['marketing', 'Send WhatsApp messages to customers who opted in'],
    ['other', 'Car wash software: wash club memberships and lane cameras'],
    ['ecommerce', 'Subscribe & save for your Shopify store'],
    ['analytics', 'Know about every crash before the reviews do'],
    ['marketing', 'WhatsApp marketing: broadcasts and campaigns to opted-in customers'],
    ['infrastructure', 'On-call schedules, alert routing and incident management'],
    ['marketing', 'Affiliate and partner tracking for SaaS and ecommerce'],
    ['payments', 'Auslandszahlungen und Währungsumtausch in 40 Währungen'],
    ['customer_support', 'The customer success platform: health scores for every account'],
    ['other', 'Performance review software: fair reviews and 360 feedback'],
    ['collaboration', 'The password manager for teams: shared vaults and one-click sharing'],
    ['analytics', 'Mobile crash reporting with stack traces and crash-free users'],
    ['customer_support', 'Unlimited agents. Pay for the conversations you handle.'],
    ['ecommerce', 'Product feeds for Google Shopping, refreshed hourly'],
    ['payments', 'Let shoppers split purchases into interest-free payments while you get paid upfront'],
    ['payments', 'Cobra con enlaces de pago, códigos QR y facturas por email'],
    ['finance', 'Intake-to-pay procurement: purchase requests, approvals and invoice matching'],
    ['marketing', 'Build, publish and test campaign pages without a developer'],
    ['other', 'Cobra en un minuto, sin datáfono ni tienda online'],
    ['infrastructure', 'Log management: centralized logs, live tail and alerts'],
    ['infrastructure', 'Uptime monitoring and status pages for your services'],
    ['marketing', 'Google, Meta and Amazon ads managed from one place, priced on your ad budget'],
    ['collaboration', 'Wiki d’équipe et documents partagés pour les petites équipes'],
    ['collaboration', 'Projects, docs and chat in one app'],
    ['other', 'Class booking, memberships and unlimited classes for your yoga studio'],
    ['other', 'Lawn care and landscaping software: quotes, routes and invoicing'],
    ['marketing', 'Branded links and a link shortener for your campaigns'],
    ['marketing', 'Email warmup and inbox placement tests for cold email'],
    ['finance', 'Cap table and equity management for startups'],
    ['ecommerce', 'Demand forecasting and purchase orders for Shopify stores'],
    ['other', 'Software de gestión hotelera en la nube: recepción, reservas y channel manager'],
    ['other', 'Field service software: dispatch board, work orders and invoices from the van'],
    ['infrastructure', 'Reverse ETL: sync warehouse data to your CRM and ad platforms'],
    ['infrastructure', 'Log-in, sign-up and access control for apps of any size'],
    ['infrastructure', 'Deploy to your own cloud with the simplicity of a PaaS'],
    ['analytics', 'A customer data platform: unified profiles and identity resolution'],
    ['marketing', 'Onboarding tours, in-app announcements and checklists, without engineering'],
    ['collaboration', 'Joins your Zoom, Meet and Teams calls, records, transcribes and writes the follow-up'],
    ['other', 'Rates and availability for independent hotels and vacation rental managers'],
    ['other', 'E-signatures and transaction files for real estate agents'],
    ['finance', 'Accounts payable automation: capture, approve and pay supplier invoices'],
    // Ticketing, crowdfunding and creator memberships take a share of each sale, but are no payments product (our labels: other).
    ['other', 'Sell tickets online for concerts, classes and festivals'],
    ['other', 'Crowdfunding for creative projects: launch free, pay only if funded'],
    ['other', 'Registration, ticketing and check-in for conferences and meetups'],
    ['payments', 'Online fundraising for nonprofits, with donation forms that convert'],
    ['developer_api', 'One-time passcodes by SMS, WhatsApp and email'],
    ['analytics', 'Social listening for brands: catch every mention of your name'],
    ['analytics', 'Analyse d’événements en temps réel pour vos applications'],
    ['finance', 'Budgeting and planning software built for finance teams'],
    ['infrastructure', 'Retire your old VPN: private network access for every team'],
    ['other', 'Product manuals your readers love, at a price your finance team will like too'],
    ['collaboration', 'OKRs and goal tracking software for teams'],
    ['collaboration', 'Design and prototype together: the collaborative interface design tool'],
    ['collaboration', 'Video conferencing and online meetings for teams'],
    ['collaboration', 'Scheduling software to book meetings without the back-and-forth'],
    ['marketing', 'Marketing automation software and CRM'],
    ['marketing', 'Email marketing platform for small businesses'],
    ['infrastructure', 'Cloud monitoring and observability platform'],
    ['analytics', 'Product analytics for teams'],
    ['infrastructure', 'Cloud computing: virtual machines, managed databases and object storage'],
    ['infrastructure', 'Deploy and host web apps on a global edge network'],
    ['developer_api', 'Send and receive text messages with the SMS API'],
    ['developer_api', 'Site search and discovery API'],
    ['payments', 'Online payment processing for internet businesses'],
    ['finance', 'Accounting software for small business: invoicing, payroll'],
    ['finance', 'Subscription analytics: MRR, churn and revenue reporting'],
    ['ecommerce', 'Start selling online with an ecommerce platform and online store builder'],
    ['ecommerce', 'Product reviews and loyalty programs for ecommerce brands'],
    ['customer_support', 'Customer service software and help desk'],
    ['customer_support', 'AI customer service: chatbots, live chat and a shared inbox'],
    ['other', 'Electronic signature software to sign documents online'],
    ['other', 'Password manager for families and businesses'],
    // Products outside the reference table say so: their hosting, content or data words do not make them infrastructure.
    ['other', 'Create your website for free, then upgrade for premium hosting, a custom domain and extra storage'],
    ['other', 'The headless CMS: deliver content to any frontend from a global CDN'],
    ['other', 'Feature flag management: release to a percentage of users from any server'],
    ['other', 'Build internal tools and admin panels on top of your databases'],
    ['ecommerce', 'Ecommerce analytics for online stores: cohorts, dashboards and insights'],
    ['marketing', 'PPC management and paid social for agencies'],
    ['infrastructure', 'Data integration: ELT pipelines from 300 connectors to your warehouse'],
    ['developer_api', 'Drop-in authentication and user management platform for your app'],
    ['infrastructure', 'Durable execution: a workflow engine for reliable distributed applications'],
    ['analytics', 'Error tracking and real user monitoring for web and mobile apps'],
    ['ecommerce', 'Post-purchase upsells and cross-sells for your store'],
    ['customer_support', 'The AI support agent that answers your customers around the clock'],
    ['finance', 'Subscription billing and revenue recognition for SaaS'],
    ['marketing', 'Social media scheduling for brands and agencies'],
    ['customer_support', 'Cloud call center software for support teams'],
    ['collaboration', 'The online whiteboard for brainstorming with your team'],
    ['ecommerce', 'Turn returns into exchanges, not refunds'],
    ['collaboration', 'Code hosting, merge requests and code review for teams'],
    ['other', 'Headless CMS plans, with a global CDN on every plan'],
    ['other', 'Automate your work: connect your apps without code'],
    ['analytics', 'SQL and Python notebooks that turn into BI dashboards'],
    ['infrastructure', 'Log pipelines: route, reduce and ship your logs anywhere'],
    ['collaboration', 'Async video: record your screen and share video messages'],
    // Pages in other languages say what they are in their own words.
    ['collaboration', 'Le logiciel de gestion de projet pour les équipes'],
    ['payments', 'Pasarela de pago para tu tienda: acepta pagos online'],
    ['ecommerce', 'Das Kassensystem für Händler und Gastronomie'],
    ['customer_support', 'Logiciel de service client et de support client'],
    ['finance', 'Buchhaltung und Rechnungsstellung für Selbstständige'],
  ])('%s: %s', (type, description) => {
    expect(analyze(page('Pricing | Acme', description)).productType.id).toBe(type);
  });
});

describe('a store app that says little of itself', () => {
  test('is ecommerce when its body says it installs from and bills through Shopify', () => {
    const snapshot = withBody('Pricing | Parcelnod', 'One plan, sized to your volume.', ['Fewer missed deliveries', 'All plans', 'FAQ'],
      'Install from the Shopify App Store', 'Confirmed deliveries per month', 'Charges are billed through Shopify with your plan', 'Optional voice call fallback');
    expect(analyze(snapshot).productType.id).toBe('ecommerce');
  });
  test('a few store words name ecommerce when the plans are priced by the orders a store takes', () => {
    const says = 'Install from the Shopify App Store\nPickup scheduling';
    const page = (...prices: string[]) => ({ ...snapshot('pickupnook.example', 'Pricing | Pickupnook', ...prices), headings: ['Plans that grow with your counter'], text: `${says}\n${prices.join('\n')}` });
    expect(analyze(page('$19 / month, up to 50 orders per month', '$49 / month, up to 300 orders per month', '$129 / month, up to 1,500 orders per month')).productType.id).toBe('ecommerce');
    // The same words on a page whose plans differ by features alone say too little.
    expect(analyze(page('$19 / month, basic reminders', '$49 / month, branded reminders', '$129 / month, priority support')).productType.id).toBe('other');
  });
});

describe('a page whose words say too little of what it sells', () => {
  const vague = (...plans: string[]) => ({ ...snapshot('tallyhorn.example', 'Tallyhorn | Plans', ...plans), headings: ['See what happened, not what you guess'] });
  test('is analytics when it charges for the sessions or events it records', () => {
    const type = analyze(vague('$0 up to 1,000 sessions / month', '$99 / month up to 10,000 sessions', '$349 / month up to 50,000 sessions')).productType;
    expect(type).toMatchObject({ id: 'analytics' });
    expect(type.confidence).toBeLessThanOrEqual(0.3);
  });
  test('stays other when it charges per seat, or shows no price at all', () => {
    expect(analyze(vague('$12 per user / month', '$24 per user / month')).productType.id).toBe('other');
    const quoteOnly = analyze(vague('Pricing based on the number of sessions you record', 'Billed per 1,000 sessions: talk to sales'));
    expect(quoteOnly.valueMetric.primary).toBe('data_volume');
    expect(quoteOnly.productType.id).toBe('other');
  });
});

describe('the menu of a vague page', () => {
  test('a menu of solutions for three teams or more ("Marketing", "Operations", "IT", "HR") names a tool every department works in', () => {
    const menu = ['ProjectsLists and boards', 'Marketing', 'Operations', 'IT', 'HR', 'Blog', 'Help center'];
    const vague: PageSnapshot = { ...page('Pricing | Taskloft', 'Plans for teams of every size'), menu };
    expect(analyze(vague).productType.id).toBe('collaboration');
    expect(analyze({ ...vague, menu: ['ProjectsLists and boards', 'Marketing', 'Blog', 'Help center'] }).productType.id).toBe('other');
  });

  test('reads a link whose title and subtitle come glued ("Work managementBoards and dashboards")', () => {
    const vague: PageSnapshot = { ...page('Pricing | Boardwise', 'Plans for every kind of work'), menu: ['Work managementBoards and dashboards', 'Project managementGantt and timelines', 'PricingPlans'] };
    expect(analyze(vague).productType.id).toBe('collaboration');
  });
});

describe('the page header above the h1', () => {
  const menu = 'Live chat software · Help desk · Ticketing';
  const withMenu = (text: string[]): PageSnapshot => ({
    ...page('Pricing | Parlora', 'Simple plans, cancel any time.'), about: ['Priced per agent, billed monthly'], headings: ['Priced per agent, billed monthly', 'FAQ'], text: text.join('\n'),
  });
  test('names the products a vague page sells', () => {
    expect(analyze(withMenu([menu, 'Priced per agent, billed monthly', 'Starter', 'Team'])).productType.id).toBe('customer_support');
  });
  test('weighs more than the same words further down the page', () => {
    expect(analyze(withMenu(['Priced per agent, billed monthly', 'Starter', 'Team', menu])).productType.id).toBe('other');
  });
});

describe('a CI service that says it charges for runner time', () => {
  test('is infrastructure, though its plans list unlimited users and repositories', () => {
    const snapshot = withBody('Pricing | Quayrun', 'Starting at $30 a month.', ['Plans', 'Runners', 'FAQ'],
      'Unlimited users and repositories on every plan. You only pay for runner time.', '10 concurrent jobs', '3,000 Linux build minutes / month');
    expect(analyze(snapshot).productType.id).toBe('infrastructure');
  });
});

describe('a product outside the reference table', () => {
  test('a website builder whose plans list hosting, bandwidth and storage is other, and says why', () => {
    const snapshot = withBody('Plans | Pagewright', 'Build a website your way. Upgrade to remove ads and connect a domain.', ['Pricing', 'Hosting included', 'Compare plans'],
      'Fast web hosting on every plan', '10 GB storage', 'Unmetered bandwidth', 'Daily backups', 'Global CDN');
    const type = analyze(snapshot).productType;
    expect(type.id).toBe('other');
    expect(type.evidence.map((e) => e.text).join(' ')).toMatch(/Build a website/);
  });
  test('a Portuguese store page is ecommerce; its "todos" (all) is no to-do list', () => {
    const snapshot = withBody('Planos | Pedidora', 'Cardápio digital para sua loja virtual.', ['Planos', 'Compare todos os recursos', 'Todos os planos incluem'],
      'Todos os planos incluem suporte', 'Compare todos os recursos', 'Aceitar todos');
    expect(analyze(snapshot).productType.id).toBe('ecommerce');
  });
  test('a sales CRM is other, though its pages speak of contacts, email and SMS', () => {
    const snapshot = withBody('Pricing | Dealcrane, the CRM for closers', 'Calling, email and SMS built into one tool for inside sales teams. Priced per user.', ['Plans', 'Compare', 'FAQ'],
      'Every plan includes unlimited contacts per lead and built-in calling.', 'Email sequences', 'Text leads from the app');
    expect(analyze(snapshot).productType.id).toBe('other');
    expect(analyze(withBody('Pricing | Listcove', 'Marketing automation software and CRM: email campaigns for your contacts.', ['Plans'], 'Up to 1,000 contacts')).productType.id).toBe('marketing');
  });
  test('vertical software that names its trade is other, though it also takes card payments', () => {
    const snapshot = withBody('Pricing | Pawvet', 'Cloud practice management for veterinary clinics.', ['Priced per veterinarian', 'Pawvet Payments', 'FAQ'],
      'Take card payments at the front desk and online', 'Pawvet Payments', 'SOAP records and reminders');
    expect(analyze(snapshot).productType.id).toBe('other');
  });
  test('alignment says such a product has no natural metric, rather than that its type is unknown', () => {
    expect(alignMetric('flat', [], 'other', 0.9)).toMatchObject({ verdict: 'unknown', reason: expect.stringMatching(/^Other products have no natural metric/) });
    expect(alignMetric('flat', [], null, 0)).toMatchObject({ verdict: 'unknown', reason: expect.stringMatching(/type is unknown/) });
  });
});
