/**
 * A cheap test before a costly one. The words every match of a pattern must contain are read from
 * its source: for the rule files ahead of time (src/rules/gates.json, written by `npm run rules:gates`
 * and checked by tests/unit/literals.test.ts), so a teardown never parses a pattern. A text's words
 * are gathered once, with native string calls. A pattern whose words are not all in the text is
 * neither run nor, on a first teardown, compiled: most of a rule file's vocabulary is absent from any
 * one page. Pure.
 */

import GATES from '../rules/gates.json' with { type: 'json' };

/**
 * What a match needs, as JSON: `true` nothing; a string, all of its space-separated terms (a word,
 * lower case ASCII, or "abcd*" for a word starting so); an array, one of its needs; `{ all }`, all.
 */
export type Need = true | string | Need[] | { all: Need[] };

/** Escapes that stand for their own character (`\/`, `\.`, `\-`...). */
const ESCAPED_LITERAL_RE = /^[\\/.\-()[\]{}|?*+^$&,:;#'"=!<> @%~`]$/;
/** A literal set grows by products ("per " x "seat|user"): past this size it stops growing. */
const MAX_SET = 128;
/** Single letters say nothing about a text: they need nothing. */
const MIN_WORD = 2;
/** A word's start that a pattern fixes ("organi[sz]ation", "api[ -]?calls") is looked up by up to its first PREFIX letters. */
const PREFIX = 6;
const MIN_PREFIX = 3;
const WORD_RE = /[a-z0-9]+/g;

const unique = (needs: Need[]): Need[] => [...new Map(needs.map((n) => [JSON.stringify(n), n])).values()];
const all = (needs: Need[]): Need => {
  const terms = new Set(needs.filter((n) => typeof n === 'string').flatMap((n) => n.split(' ')));
  const rest = unique(needs.filter((n) => typeof n === 'object'));
  const joined: Need[] = terms.size > 0 ? [[...terms].join(' '), ...rest] : rest;
  return joined.length === 0 ? true : joined.length === 1 ? joined[0]! : { all: joined };
};
const any = (needs: Need[]): Need => {
  if (needs.includes(true) || needs.length === 0) return true;
  const kept = plurals(unique(needs.flatMap((n) => (Array.isArray(n) ? n : [n]))));
  return kept.length === 1 ? kept[0]! : kept;
};

/**
 * "seat per" or "seats per" is "seat* per" (a word starting "seat"): one need instead of two, a
 * little looser, so the gates file stays small.
 */
function plurals(needs: Need[]): Need[] {
  const strings = new Set(needs.filter((n) => typeof n === 'string'));
  const out: Need[] = [];
  for (const n of needs) {
    if (typeof n !== 'string') { out.push(n); continue; }
    const terms = n.split(' ');
    const i = terms.findIndex((t, k) => !t.endsWith('*') && ['s', 'es'].some((e) => strings.has(termsWith(terms, k, `${t}${e}`))));
    if (i >= 0) {
      strings.delete(n);
      for (const e of ['s', 'es']) strings.delete(termsWith(terms, i, `${terms[i]}${e}`));
      out.push(termsWith(terms, i, `${terms[i]}*`));
    } else if (strings.has(n)) out.push(n);
  }
  return unique(out);
}
const termsWith = (terms: string[], i: number, term: string): string => terms.map((t, k) => (k === i ? term : t)).join(' ');

/**
 * A word a literal run holds: whole where the run itself, or a word boundary the pattern asserts,
 * separates a word from what surrounds it; a word's start where only its start is so separated.
 */
function wordsNeed(literal: string, boundaryBefore: boolean, boundaryAfter: boolean): Need {
  const terms: string[] = [];
  for (const m of literal.matchAll(WORD_RE)) {
    const start = m.index > 0 || boundaryBefore;
    const end = m.index + m[0].length < literal.length || boundaryAfter;
    if (start && end && m[0].length >= MIN_WORD) terms.push(m[0]);
    else if (start && m[0].length >= MIN_PREFIX) terms.push(`${m[0].slice(0, PREFIX)}*`);
  }
  // Two words tell a page apart nearly as well as all of them, in fewer lookups and a smaller gates file.
  // In alphabetical order, so a plural pair lines up ("mail month", "mails month": see plurals).
  const kept = [...new Set(terms)].sort((x, y) => y.length - x.length).slice(0, 2).sort();
  return kept.length > 0 ? kept.join(' ') : true;
}

/**
 * The words every match of `source` contains, as and/or. Sound by construction: only characters
 * no quantifier makes optional join a run, and what this reader does not understand needs nothing.
 * @example patternNeeds('\\bper (?:seat|user)s?\\b') // ['per seat*', 'per user*']
 */
export function patternNeeds(source: string): Need {
  try {
    const { need, end } = alternation(source, 0, false, false);
    return end === source.length ? need : true;
  } catch {
    return true;
  }
}

/** What a piece of pattern needs, and, when it is nothing but literals, every string it can match. */
interface Read { need: Need; exact: string[] | null; end: number }

/** `before` and `after`: the pattern asserts a word boundary right before and right after this piece. */
function alternation(src: string, start: number, before: boolean, after: boolean): Read {
  const alts: Read[] = [];
  let i = start;
  for (;;) {
    const seq = sequence(src, i, before, after);
    alts.push(seq);
    i = seq.end;
    if (src[i] !== '|') break;
    i++;
  }
  const exact = alts.every((a) => a.exact) ? alts.flatMap((a) => a.exact!) : null;
  return { need: any(alts.map((a) => a.need)), exact: exact && exact.length <= MAX_SET ? exact : null, end: i };
}

function sequence(src: string, start: number, before: boolean, after: boolean): Read {
  const needs: Need[] = [];
  // The strings the current run of literals can be (every match holds one of them), and whether the
  // pattern asserts a word boundary at its start and after its last character.
  let chunk: string[] = [''];
  let boundaryBefore = before;
  let boundaryAfter = false;
  let justBoundary = before; // the atom before this one asserts a word boundary
  let exact = true;
  const empty = () => chunk.every((c) => c === '');
  const cut = () => {
    exact = false;
    if (!empty()) needs.push(any(chunk.map((c) => wordsNeed(c, boundaryBefore, boundaryAfter))));
    chunk = [''];
    boundaryBefore = false;
    boundaryAfter = false;
  };
  const grow = (tails: string[]) => {
    if (chunk.length * tails.length > MAX_SET) { cut(); return false; }
    chunk = chunk.flatMap((c) => tails.map((t) => c + t));
    boundaryAfter = false;
    return true;
  };
  let i = start;
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const c = src[i]!;
    // One atom: a literal character, a group (its strings when it is only literals), or something else.
    let strings: string[] | null = null;
    let groupNeed: Need = true;
    let zeroWidth = false;
    let boundary = false;
    if (c === '\\') {
      const e = src[i + 1];
      if (e === undefined) throw new Error('dangling escape');
      i += 2;
      if (e === 'b') { zeroWidth = true; boundary = true; }
      else if (e === 'B') zeroWidth = true;
      else if (ESCAPED_LITERAL_RE.test(e)) strings = [e];
      // \d, \s, \w, \p{..}, \u{..}: no literal; skip a braced argument.
      else if ((e === 'p' || e === 'P' || e === 'u') && src[i] === '{') i = src.indexOf('}', i) + 1;
    } else if (c === '[') {
      i = classEnd(src, i);
    } else if (c === '(') {
      const look = src[i + 1] === '?' && (src[i + 2] === '=' || src[i + 2] === '!' || (src[i + 2] === '<' && (src[i + 3] === '=' || src[i + 3] === '!')));
      const named = !look && src.startsWith('(?<', i);
      const bodyStart = look ? i + (src[i + 2] === '<' ? 4 : 3) : named ? src.indexOf('>', i) + 1 : src.startsWith('(?:', i) ? i + 3 : i + 1;
      const plain = alternation(src, bodyStart, false, false);
      const close = plain.end;
      if (src[close] !== ')') throw new Error('unclosed group');
      // Read again knowing the boundaries around it: "\\b(?:crm|seo)\\b" needs whole words. A repeated
      // group's first copy has the boundary before it, its last the one after: neither has both.
      const q = quantifier(src, close + 1);
      const last = q.end >= src.length || src[q.end] === '|' || src[q.end] === ')';
      const boundedAfter = src.startsWith('\\b', q.end) || (last && after);
      const body = look || q.repeated || (!justBoundary && !boundedAfter) ? plain
        : alternation(src, bodyStart, justBoundary, boundedAfter);
      i = close + 1;
      if (look) zeroWidth = true;
      else { strings = body.exact; groupNeed = body.need; }
    } else if (c === '^' || c === '$') {
      i++;
      zeroWidth = true;
      boundary = true;
    } else if (c === '?' || c === '*' || c === '+' || c === '{') {
      throw new Error('quantifier without an atom');
    } else {
      i++;
      if (c !== '.') strings = [c.toLowerCase()];
    }
    const q = quantifier(src, i);
    i = q.end;
    justBoundary = zeroWidth && boundary && !q.optional;
    if (zeroWidth) {
      if (q.optional) exact = false;
      else if (boundary && empty()) boundaryBefore = true;
      else if (boundary) boundaryAfter = true;
      continue;
    }
    if (q.optional) {
      // "s?" or "(?:1k )?": the run goes on with or without it; anything else ends it.
      if (!(q.once && strings && grow(['', ...strings]))) cut();
      continue;
    }
    if (strings) {
      if (grow(strings) && q.repeated) cut();
      continue;
    }
    cut();
    needs.push(groupNeed);
  }
  const whole = exact ? chunk : null;
  if (after) boundaryAfter = true;
  if (!empty()) cut();
  return { need: all(needs), exact: whole, end: i };
}

/** The quantifier at `at`: whether the atom may be absent, may repeat, or is at most once ("?"). */
function quantifier(src: string, at: number): { optional: boolean; repeated: boolean; once: boolean; end: number } {
  let i = at;
  let optional = false;
  let repeated = false;
  const q = src[i];
  if (q === '?' || q === '*') { optional = true; repeated = q === '*'; i++; }
  else if (q === '+') { repeated = true; i++; }
  else if (q === '{') {
    const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(i, i + 12));
    if (!m) throw new Error('bad quantifier');
    optional = m[1] === '0';
    repeated = !(m[1] === '1' && m[2] === undefined);
    i += m[0].length;
  }
  if (src[i] === '?') i++; // lazy
  return { optional, repeated, once: q === '?', end: i };
}

/** The index just past a character class `[...]` that opens at `start`. */
function classEnd(src: string, start: number): number {
  let i = start + 1;
  if (src[i] === '^') i++;
  if (src[i] === ']') i++;
  while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
  if (i >= src.length) throw new Error('unclosed class');
  return i + 1;
}

// ------------------------------------------------------------------------------------------------
// A text's words, gathered with native string calls only (a first teardown runs no JavaScript loop
// over the page's characters): split on what is not an ASCII letter or digit, then lower-cased. Split
// before lower-casing: a letter outside ASCII that lowers to an ASCII one (the Kelvin sign) stays a
// break, as it is for \b.
// ------------------------------------------------------------------------------------------------

const NON_WORD_RE = /[^A-Za-z0-9]+/;

/** A text's words, as a set, and sorted (on first need) to find word starts by binary search. */
export interface Words { set: Set<string>; sorted?: string[] }
const texts = new Map<string, Words>();

/** The words of `text`, remembered for the texts one teardown checks many patterns against. */
export function wordsOf(text: string): Words {
  let words = texts.get(text);
  if (!words) {
    words = { set: new Set(text.split(NON_WORD_RE).join(' ').toLowerCase().split(' ')) };
    if (texts.size >= 8) texts.clear();
    texts.set(text, words);
  }
  return words;
}

/** Whether one of the texts has a word, or ("abcd*") a word starting so. */
const hasTerm = (texts: Words[], term: string): boolean => texts.some((words) =>
  term.endsWith('*') ? hasWordStart(words, term.slice(0, -1)) : words.set.has(term));

/** A word starting with `start`: the first word not sorted before it is the one, if any is. */
function hasWordStart(words: Words, start: string): boolean {
  const sorted = (words.sorted ??= [...words.set].sort());
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(start);
}

/** A need ready to check: terms split once. */
type Gate = true | string[] | { any: Gate[] } | { all: Gate[] };

function gate(need: Need): Gate {
  if (need === true) return true;
  if (typeof need === 'string') return need.split(' ');
  if (Array.isArray(need)) return { any: need.map(gate) };
  return { all: need.all.map(gate) };
}

function satisfied(g: Gate, words: Words[]): boolean {
  if (g === true) return true;
  if (Array.isArray(g)) {
    for (const term of g) if (!hasTerm(words, term)) return false;
    return true;
  }
  if ('any' in g) return g.any.some((n) => satisfied(n, words));
  return g.all.every((n) => satisfied(n, words));
}

const gates = new WeakMap<RegExp, Gate>();

/** Patterns with the Unicode flag fold case beyond ASCII ("ſ" matches s): they always run. */
export const foldsUnicode = (re: RegExp): boolean => re.flags.includes('u') || re.flags.includes('v');

const READ_AHEAD = GATES as Record<string, Need>;

/**
 * A pattern's key in the gates file: its source's length and 32-bit FNV-1a hash (the sources
 * themselves would be most of the file). scripts/lib/gate-patterns.ts checks the keys are distinct.
 * @example sourceKey('abc') // '3.1a47e90b'
 */
export function sourceKey(source: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
  return `${source.length.toString(36)}.${(hash >>> 0).toString(16)}`;
}

/**
 * False only when `re` cannot match anywhere in a text whose words are those of `texts`; true when
 * it may. A text made of a page's lines, rejoined or reordered, has the page text's words: callers
 * check against the page text, whose words are gathered once. What the pattern needs comes from
 * src/rules/gates.json, or, for a pattern not in it, is read here on first use.
 * @example mayMatch(/\bper seat\b/gi, ['Pro $9 per user']) // false
 */
export function mayMatch(re: RegExp, texts: readonly string[]): boolean {
  let g = gates.get(re);
  if (g === undefined) {
    g = foldsUnicode(re) ? true : gate(READ_AHEAD[sourceKey(re.source)] ?? patternNeeds(re.source));
    gates.set(re, g);
  }
  return g === true || satisfied(g, texts.map(wordsOf));
}

/**
 * `re.test(text)` for a pattern without the global flag, skipped when `within` (texts holding every
 * word of `text`) cannot hold a match.
 * @example mayTest(/\bfree trial\b/i, 'Start a free trial') // true
 */
export function mayTest(re: RegExp, text: string, within: readonly string[] = [text]): boolean {
  return mayMatch(re, within) && re.test(text);
}
