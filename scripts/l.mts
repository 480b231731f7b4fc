import { analyze } from '../src/core/analyze.ts';
const page = (title: string, description: string) => ({ url: 'https://x.example/pricing', title, description, lang: 'en', headings: ['Pricing'], about: [], text: 'Pricing', plans: [], offers: [], billingToggle: [], truncated: false });
const cases: Array<[string, string, string]> = [
  ['collaboration', 'Pricing | Notion', 'The connected workspace for your docs, wikis and projects'],
  ['collaboration', 'Figma pricing', 'Design and prototype together: the collaborative interface design tool'],
  ['collaboration', 'Zoom plans', 'Video conferencing and online meetings for teams'],
  ['collaboration', 'Calendly pricing', 'Scheduling software to book meetings without the back-and-forth'],
  ['marketing', 'HubSpot Marketing Hub pricing', 'Marketing automation software and CRM'],
  ['marketing', 'Mailchimp pricing', 'Email marketing platform for small businesses'],
  ['analytics', 'Datadog pricing', 'Cloud monitoring and observability platform'],
  ['analytics', 'Mixpanel pricing', 'Product analytics for teams'],
  ['infrastructure', 'DigitalOcean pricing', 'Cloud computing: droplets, managed databases and object storage'],
  ['infrastructure', 'Netlify pricing', 'Deploy and host web apps on a global edge network'],
  ['developer_api', 'Twilio SMS pricing', 'Send and receive text messages with the SMS API'],
  ['developer_api', 'OpenAI API pricing', 'Pay per token for GPT models through the API'],
  ['developer_api', 'Algolia pricing', 'Site search and discovery API'],
  ['payments', 'Stripe pricing', 'Online payment processing for internet businesses'],
  ['payments', 'Adyen pricing', 'Payment platform: accept payments in store and online'],
  ['finance', 'QuickBooks pricing', 'Accounting software for small business: invoicing, payroll'],
  ['finance', 'ChartMogul pricing', 'Subscription analytics: MRR, churn and revenue reporting'],
  ['ecommerce', 'Shopify pricing', 'Start selling online with an ecommerce platform and online store builder'],
  ['ecommerce', 'Yotpo pricing', 'Product reviews and loyalty programs for ecommerce brands'],
  ['customer_support', 'Zendesk pricing', 'Customer service software and help desk'],
  ['customer_support', 'Intercom pricing', 'AI customer service: chatbots, live chat and a shared inbox'],
  ['other', 'Docusign pricing', 'Electronic signature software to sign documents online'],
  ['other', '1Password pricing', 'Password manager for families and businesses'],
];
for (const [want, t, d] of cases) { const got = analyze(page(t, d) as any).productType.id; if (got !== want) console.log('MISS', want, 'got', got, '|', t); }
