import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { inferProductType } from '../../src/core/judge/product-type.ts';
import { guessByWords, pageWordCounts, typeModel } from '../../src/core/judge/words.ts';
import type { PageSnapshot } from '../../src/core/model.ts';
import { TypeWordRulesSchema } from '../../src/rules/schema.ts';

// Pages whose title and hero say little about what the product is (our own words); what they sell
// shows only in their feature lists, as on many real pricing pages.
const vague = (title: string, hero: string, headings: string[], lines: string[], lang = 'en'): PageSnapshot => ({
  url: 'https://vendor.example/pricing', title, description: '', lang, headings, about: [hero], text: [hero, ...lines].join('\n'),
  plans: [], offers: [], billingToggle: [], truncated: false,
});

const WORK_BOARDS = vague('Pricing | Murmurly', 'Plans for every kind of work', ['Free', 'Pro', 'Business', 'Compare plans', 'Questions'], [
  'Free', '$0', 'Up to 2 seats', 'Unlimited docs', '200+ templates', 'Kanban and list views',
  'Pro', '$9 per seat / month', 'Timeline and Gantt views', 'Guest access', 'Recurring tasks and dependencies',
  'Private boards and docs', 'Time tracking', 'Automations: 250 actions per month',
  'Business', '$19 per seat / month', 'Workload view for managers', 'Portfolios across projects', 'Approvals and forms',
  'Do guests count as seats?', 'Guests who only view or comment on boards are free; editors are billed as seats.',
  'Can I import from spreadsheets?', 'Yes: import tasks, owners and due dates from a CSV and keep your columns.',
  'Can I invite my whole team?', 'Yes: teammates join your workspace by link, and everyone sees the same projects.',
]);

const STORE_APP = vague('Plans', 'Grow repeat purchases', ['Starter', 'Growth', 'Plus', 'FAQ'], [
  'Starter', 'Free', 'Up to 100 orders per month', 'Points for purchases', 'Referral program',
  'Growth', '$49 / month', 'Up to 1,000 orders per month', 'VIP tiers for your best shoppers', 'Points on checkout',
  'Plus', '$199 / month', 'Unlimited orders', 'Rewards in the customer account page of your storefront',
  'Does it work with my theme?', 'Yes: the rewards panel installs on any Online Store 2.0 theme in one click.',
  'Which order count is used?', 'Orders placed in your store that earned or redeemed points, counted each billing cycle.',
  'Can shoppers redeem points at checkout?', 'Yes, as a discount code applied to the cart, with free shipping rewards on Plus.',
]);

describe('the product type by the page\'s words', () => {
  test('counts each word once per line of the page\'s own name, heading and menu link, and up to three times in the body', () => {
    const counts = pageWordCounts({ ...WORK_BOARDS, title: 'Huddles, huddles', menu: ['Huddles', 'Clips'], text: 'huddles\nhuddles\nhuddles\nhuddles\nhuddles' });
    // title 3 + hero 0 + menu 1 + body min(5, 3)
    expect(counts.get('huddles')).toBe(3 + 1 + 3);
    expect(counts.get('clips')).toBe(1);
  });

  test.each([['collaboration', WORK_BOARDS], ['ecommerce', STORE_APP]] as const)('a page whose features read like %s', (type, page) => {
    const guess = guessByWords(typeModel(), page);
    expect(guess.id).toBe(type);
    expect(guess.words.length).toBeGreaterThan(0);
  });

  test('settles a type the phrases leave open, with the words that say so as evidence', () => {
    const inferred = inferProductType(WORK_BOARDS, 'seats');
    expect(inferred.id).toBe('collaboration');
    expect(inferred.confidence).toBe(0.5);
    // Each word as the page uses it: the first line that has it.
    expect(inferred.evidence[0]!.text).toMatch(new RegExp(guessByWords(typeModel(), WORK_BOARDS).words[0]!, 'i'));
    expect(inferred.evidence.every((e) => WORK_BOARDS.text.includes(e.text) || WORK_BOARDS.headings.includes(e.text))).toBe(true);
    expect(inferProductType(STORE_APP, 'orders').id).toBe('ecommerce');
  });

  test('leaves a page that is not in English, or that names itself a kind with no reference type, to the phrases', () => {
    expect(inferProductType({ ...WORK_BOARDS, lang: 'de' }, 'seats').id).toBe('other');
    const cms = { ...WORK_BOARDS, headings: ['A headless CMS for teams', ...WORK_BOARDS.headings] };
    expect(inferProductType(cms, 'seats').id).toBe('other');
  });

  test('the shipped model has one digit per type for each word', () => {
    const model = TypeWordRulesSchema.parse(JSON.parse(readFileSync('src/rules/type-words.json', 'utf8')));
    expect(Object.keys(model.words).length).toBeGreaterThan(1000);
    expect(TypeWordRulesSchema.safeParse({ ...model, prior: model.prior.slice(1) }).success).toBe(false);
    expect(TypeWordRulesSchema.safeParse({ ...model, words: { huddles: '0' } }).success).toBe(false);
  });
});
