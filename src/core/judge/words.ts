/**
 * What a page's words say as a whole: a naive Bayes model of product types over single English words,
 * learnt from our own labelled pages (scripts/gen-type-words.ts writes src/rules/type-words.json). The
 * phrase rules say why; this says what the page reads like, as pages of each type read, and settles
 * what the phrases leave open (product-type.ts). Pure.
 */
import type { PageSnapshot, ProductTypeId } from '../model.ts';
import typeJson from '../../rules/type-words.json' with { type: 'json' };
import type { TypeWordRules } from '../../rules/schema.ts';

/** An English word (the model reads English pages only): letters, joined by an apostrophe or a hyphen. */
const WORD_RE = /[a-z]+(?:['’-][a-z]+)*/g;
/** What a word counts for, by where it stands: the page's own name for itself weighs most. */
export const WORD_PLACE_WEIGHT = { own: 3, heading: 1, menu: 1 } as const;
/** A word repeated in the body counts up to this many times: a long comparison table says no more. */
export const MAX_BODY_REPEATS = 3;
/** The body text read, as the phrase rules read it (about 1,500 lines). */
export const MAX_BODY_CHARS = 60_000;
const ZERO = '0'.charCodeAt(0);

export interface WordGuess {
  id: ProductTypeId;
  /** How much likelier the page's words are under this type than under the runner-up, in nats. */
  margin: number;
  /** The page's words that speak most for the type over the runner-up. */
  words: string[];
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD_RE) ?? [];

/** The model knows English words only: it is learnt from, and applied to, pages in English (or that do not say). */
export const readsEnglish = (snapshot: PageSnapshot): boolean => !snapshot.lang || /^en\b/i.test(snapshot.lang);

/**
 * The weighted word counts the model reads a page by: each word once per line of the page's own name
 * (title, h1 and hero text, description), of a heading and of a menu link; body words up to
 * MAX_BODY_REPEATS times. The trainer counts pages the same way.
 * @example pageWordCounts(snapshot).get('kanban') // 4
 */
export function pageWordCounts(snapshot: PageSnapshot): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (word: string, n: number) => counts.set(word, (counts.get(word) ?? 0) + n);
  const byLine = (lines: readonly string[], weight: number) => {
    for (const line of lines) for (const word of new Set(wordsOf(line))) add(word, weight);
  };
  byLine([snapshot.title, ...(snapshot.about ?? []), snapshot.description], WORD_PLACE_WEIGHT.own);
  byLine(snapshot.headings, WORD_PLACE_WEIGHT.heading);
  byLine(snapshot.menu ?? [], WORD_PLACE_WEIGHT.menu);
  const body = new Map<string, number>();
  for (const word of wordsOf(snapshot.text.slice(0, MAX_BODY_CHARS))) body.set(word, (body.get(word) ?? 0) + 1);
  for (const [word, n] of body) add(word, Math.min(n, MAX_BODY_REPEATS));
  return counts;
}

/** The model as shipped: each word's cost under each type, one digit a type, in steps of `step` nats. */
interface Model { types: ProductTypeId[]; prior: number[]; step: number; words: Map<string, string> }
let model: Model | null = null;
/** The bundled model of product types, read on first use. */
export function typeModel(): Model {
  const raw = typeJson as unknown as TypeWordRules;
  model ??= { types: raw.classes, prior: raw.prior, step: raw.step, words: new Map(Object.entries(raw.words)) };
  return model;
}

/**
 * The type whose pages use this page's words most alike, how clearly, and the words that say so.
 * @example guessByWords(typeModel(), snapshot) // { id: 'collaboration', margin: 57, words: ['kanban', 'sprints', ...] }
 */
export function guessByWords(model: Model, snapshot: PageSnapshot): WordGuess {
  const { types, prior, step, words } = model;
  const scores = [...prior];
  const seen: Array<[string, number, string]> = [];
  for (const [word, n] of pageWordCounts(snapshot)) {
    const codes = words.get(word);
    if (!codes) continue;
    seen.push([word, n, codes]);
    for (let t = 0; t < types.length; t++) scores[t]! -= n * step * (codes.charCodeAt(t) - ZERO);
  }
  const order = types.map((_, t) => t).sort((a, b) => scores[b]! - scores[a]!);
  const [best, next] = [order[0]!, order[1]!];
  const speaks = ([, n, codes]: [string, number, string]) => n * (codes.charCodeAt(next) - codes.charCodeAt(best));
  const top = seen.filter((e) => speaks(e) > 0).sort((a, b) => speaks(b) - speaks(a) || (a[0] < b[0] ? -1 : 1));
  return { id: types[best]!, margin: scores[best]! - scores[next]!, words: top.slice(0, 6).map((e) => e[0]) };
}
