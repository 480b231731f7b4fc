/**
 * A small pricing page every part of the engine reads once: run while the real page is being read, it
 * compiles the rule patterns and the engine's code, so the user's teardown runs warm. Pure.
 */
import type { PageSnapshot } from './model.ts';
import { analyze } from './analyze.ts';
import { rulePatterns, rules } from './rules.ts';
import { guessByWords, typeModel } from './judge/words.ts';

const card = (name: string, ...lines: string[]) => ({ name, lines: [name, ...lines], ctas: ['Start free trial'], attrPrices: [], featured: false });

export const WARMUP_SNAPSHOT: PageSnapshot = {
  url: 'https://warmup.invalid/pricing', title: 'Pricing | Email marketing and CRM', description: 'Plans for every team',
  lang: 'en', headings: ['Pricing', 'How many contacts do you have?'], about: ['Email marketing for growing teams'],
  text: 'Pricing\nHow many contacts do you have?\nPricing is based on the number of contacts\nStarter\n$29 / month\nUp to 1,000 contacts\nPro\n€49 per user / month\nAdditional 1,000 contacts: $10\n2.9% + 30¢ per transaction',
  plans: [
    card('Free', 'Free forever', 'Up to 500 contacts', '1 user'),
    card('Starter', '$29 / month', 'billed annually', 'Up to 1,000 contacts', '10,000 emails per month'),
    card('Pro', '€49 per user / month', 'Up to 5,000 contacts', '50 GB storage'),
    card('Enterprise', 'Contact sales'),
  ],
  offers: [], billingToggle: ['Monthly', 'Annually (save 20%)'], truncated: false,
};

/** Rule patterns compiled per warm-up step: a step stays a few milliseconds long. */
const PATTERNS_PER_STEP = 12;

/**
 * The warm-up in short steps, so a caller can stop as soon as the real page has answered: the engine
 * once on WARMUP_SNAPSHOT, the word model of product types (its table is read on first use), then every rule pattern run twice on a short text, a few per step (a page's
 * words decide which patterns a teardown runs, see literals.ts, so the small page reaches few of
 * them; a pattern is compiled to machine code on its second run).
 */
export function warmUpSteps(): Array<() => void> {
  const patterns = rulePatterns(rules());
  const steps = [() => { analyze(WARMUP_SNAPSHOT); }, () => { guessByWords(typeModel(), WARMUP_SNAPSHOT); }];
  for (let i = 0; i < patterns.length; i += PATTERNS_PER_STEP) {
    const group = patterns.slice(i, i + PATTERNS_PER_STEP);
    steps.push(() => {
      for (const re of [...group, ...group]) {
        re.lastIndex = 0;
        re.exec(WARMUP_SNAPSHOT.text);
        re.lastIndex = 0;
      }
    });
  }
  return steps;
}
