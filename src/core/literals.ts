/**
 * A cheap test before a costly one. What every match of a pattern must contain (its literal words,
 * as and/or of alternatives) is read once from the pattern's source; a text is indexed once by the
 * three-letter sequences it holds; a pattern whose words cannot be in the text is never run, nor
 * compiled. Most of a rule file's vocabulary is absent from any one page, so this skips most scans
 * for a few table lookups each. Pure.
 */

/** What a match needs: a literal (lower case), all of some needs, or one of them. `true` needs nothing. */
export type Need = true | string | { all: Need[] } | { any: Need[] };

/** Escapes that stand for their own character (`\/`, `\.`, `\-`...). */
const ESCAPED_LITERAL_RE = /^[\\/.\-()[\]{}|?*+^$&,:;#'"=!<> @%~`]$/u;

const all = (needs: Need[]): Need => {
  const kept = needs.filter((n) => n !== true);
  return kept.length === 0 ? true : kept.length === 1 ? kept[0]! : { all: kept };
};
const any = (needs: Need[]): Need => {
  if (needs.includes(true) || needs.length === 0) return true;
  const flat = needs.flatMap((n) => (typeof n === 'object' && 'any' in n ? n.any : [n]));
  return flat.length === 1 ? flat[0]! : { any: [...new Set(flat)] };
};

/**
 * What every match of `source` contains. Sound by construction: a literal is a run of characters
 * every match holds side by side, and whatever this reader does not understand needs nothing.
 * @example patternNeeds('\\bper (?:seat|user)s?\\b') // { any: ['per seat', 'per seats', 'per user', 'per users'] }
 */
export function patternNeeds(source: string): Need {
  try {
    const { need, end } = alternation(source, 0);
    return end === source.length ? need : true;
  } catch {
    return true;
  }
}

/** A literal set grows by products ("per " x "seat|user"): past this size it stops growing. */
const MAX_SET = 64;
/** Shorter literals say too little about a text: they need nothing. */
const MIN_LITERAL = 3;

/** What a piece of pattern needs, and, when it is nothing but literals, every string it can match. */
interface Read { need: Need; exact: string[] | null; end: number }

function alternation(src: string, start: number): Read {
  const alts: Read[] = [];
  let i = start;
  for (;;) {
    const seq = sequence(src, i);
    alts.push(seq);
    i = seq.end;
    if (src[i] !== '|') break;
    i++;
  }
  const exact = alts.every((a) => a.exact) ? alts.flatMap((a) => a.exact!) : null;
  return { need: any(alts.map((a) => a.need)), exact: exact && exact.length <= MAX_SET ? exact : null, end: i };
}

function sequence(src: string, start: number): Read {
  const needs: Need[] = [];
  // The strings the current stretch of literals can be: every match holds one of them.
  let chunk: string[] = [''];
  let exact = true;
  const cut = () => {
    exact = false;
    if (chunk.every((c) => c.length >= MIN_LITERAL)) needs.push(any(chunk));
    chunk = [''];
  };
  const grow = (tails: string[]) => {
    if (chunk.length * tails.length > MAX_SET) { cut(); return false; }
    chunk = chunk.flatMap((c) => tails.map((t) => c + t));
    return true;
  };
  let i = start;
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const c = src[i]!;
    // One atom: a literal character, a group (its strings when it is only literals), or something else.
    let strings: string[] | null = null;
    let groupNeed: Need = true;
    let zeroWidth = false;
    if (c === '\\') {
      const e = src[i + 1];
      if (e === undefined) throw new Error('dangling escape');
      i += 2;
      if (e === 'b' || e === 'B') zeroWidth = true;
      else if (ESCAPED_LITERAL_RE.test(e)) strings = [e];
      // \d, \s, \w, \p{..}, \u{..}: no literal; skip a braced argument.
      else if ((e === 'p' || e === 'P' || e === 'u') && src[i] === '{') i = src.indexOf('}', i) + 1;
    } else if (c === '[') {
      i = classEnd(src, i);
    } else if (c === '(') {
      const look = /^\(\?<?[=!]/u.test(src.slice(i, i + 4));
      const named = !look && src.startsWith('(?<', i);
      const bodyStart = look ? i + (src[i + 2] === '<' ? 4 : 3) : named ? src.indexOf('>', i) + 1 : src.startsWith('(?:', i) ? i + 3 : i + 1;
      const body = alternation(src, bodyStart);
      if (src[body.end] !== ')') throw new Error('unclosed group');
      i = body.end + 1;
      if (look) zeroWidth = true;
      else { strings = body.exact; groupNeed = body.need; }
    } else if (c === '^' || c === '$') {
      i++;
      zeroWidth = true;
    } else if (c === '?' || c === '*' || c === '+' || c === '{') {
      throw new Error('quantifier without an atom');
    } else {
      i++;
      if (c !== '.') strings = [c.toLowerCase()];
    }
    if (strings && strings.some((t) => /[^\x00-\x7f]/u.test(t))) strings = null; // ASCII only: see `symbol`
    const q = quantifier(src, i);
    i = q.end;
    if (zeroWidth) { if (q.optional) exact = false; continue; }
    if (q.optional) {
      // "s?" or "(?:1k )?": the stretch goes on with or without it; anything else ends it.
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
  if (chunk.some((t) => t !== '')) cut();
  return { need: all(needs), exact: whole, end: i };
}

/** The quantifier at `at`: whether the atom may be absent, may repeat, or is at most once ("?"). */
function quantifier(src: string, at: number): { optional: boolean; repeated: boolean; once: boolean; end: number } {
  let i = at;
  let optional = false;
  let repeated = false;
  const q = src[i];
  const once = q === '?';
  if (q === '?' || q === '*') { optional = true; repeated = q === '*'; i++; }
  else if (q === '+') { repeated = true; i++; }
  else if (q === '{') {
    const m = /^\{(\d+)(,\d*)?\}/u.exec(src.slice(i));
    if (!m) throw new Error('bad quantifier');
    optional = m[1] === '0';
    repeated = !(m[1] === '1' && m[2] === undefined);
    i += m[0].length;
  }
  if (src[i] === '?') i++; // lazy
  return { optional, repeated, once: once && !repeated, end: i };
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
// The text index: which three-character sequences a text holds, letters folded to lower case.
// Characters share symbols (all punctuation is one), which can only make a pattern run needlessly.
// ------------------------------------------------------------------------------------------------

/** Each character becomes one of 40 symbols, six bits wide: a sequence of five is one 30-bit number. */
const SYMBOL_BITS = 6;
const symbol = (code: number): number => {
  if (code >= 97 && code <= 122) return code - 96; // a-z: 1..26
  if (code >= 65 && code <= 90) return code - 64; // A-Z, folded
  if (code >= 48 && code <= 57) return code - 21; // 0-9: 27..36
  if (code === 32) return 37;
  return code < 128 ? 38 : 39;
};

/**
 * A text's three-character sequences (one bit each, exact) and five-character ones (hashed into
 * 2^FIVE_BITS bits: a collision only lets a pattern run).
 */
export type TextIndex = Uint32Array;

const TRI_MASK = (1 << (3 * SYMBOL_BITS)) - 1;
const FIVE_MASK = (1 << (5 * SYMBOL_BITS)) - 1;
const FIVE_BITS = 17;
const FIVE_AT = TRI_MASK + 1;
const INDEX_WORDS = (FIVE_AT + (1 << FIVE_BITS)) / 32;
const fiveSlot = (code: number): number => FIVE_AT + (Math.imul(code, 0x9e3779b1) >>> (32 - FIVE_BITS));
const has = (bits: Uint32Array, at: number) => (bits[at >>> 5]! & (1 << (at & 31))) !== 0;

/** The slots a literal's sequences take in an index, five-character ones first (they tell more). */
function slotsOf(literal: string): Int32Array {
  const five: number[] = [];
  const three: number[] = [];
  let code = 0;
  for (let i = 0; i < literal.length; i++) {
    code = ((code << SYMBOL_BITS) | symbol(literal.charCodeAt(i))) & FIVE_MASK;
    if (i >= 4) five.push(fiveSlot(code));
    if (i >= 2) three.push(code & TRI_MASK);
  }
  return Int32Array.from([...five, ...three]);
}

const indexes = new Map<string, TextIndex>();

/**
 * The index of `text` (one pass), remembered for the few texts one teardown checks many patterns
 * against.
 */
export function indexText(text: string): TextIndex {
  let bits = indexes.get(text);
  if (bits) return bits;
  bits = new Uint32Array(INDEX_WORDS);
  let code = 0;
  for (let i = 0; i < text.length; i++) {
    code = ((code << SYMBOL_BITS) | symbol(text.charCodeAt(i))) & FIVE_MASK;
    const tri = code & TRI_MASK;
    bits[tri >>> 5] = bits[tri >>> 5]! | (1 << (tri & 31));
    const five = fiveSlot(code);
    bits[five >>> 5] = bits[five >>> 5]! | (1 << (five & 31));
  }
  if (indexes.size >= 8) indexes.clear();
  indexes.set(text, bits);
  return bits;
}

/** Whether a literal may occur in the indexed text: every one of its 3- and 5-character sequences does. */
function holds(index: TextIndex, slots: Int32Array): boolean {
  for (let i = 0; i < slots.length; i++) if (!has(index, slots[i]!)) return false;
  return true;
}

/** A need with its literals turned into index slots, ready to check. */
type Gate = true | Int32Array | { all: Gate[] } | { any: Gate[] };

function gate(need: Need): Gate {
  if (need === true) return true;
  if (typeof need === 'string') return slotsOf(need);
  return 'all' in need ? { all: need.all.map(gate) } : { any: need.any.map(gate) };
}

function satisfied(g: Gate, index: TextIndex): boolean {
  if (g === true) return true;
  if (g instanceof Int32Array) return holds(index, g);
  if ('all' in g) return g.all.every((n) => satisfied(n, index));
  return g.any.some((n) => satisfied(n, index));
}

/**
 * What a pattern needs, read once per pattern. Patterns with the Unicode flag fold case beyond ASCII
 * ("ſ" matches s): they need nothing, so they always run.
 */
export function needs(re: RegExp): Need {
  return re.flags.includes('u') || re.flags.includes('v') ? true : patternNeeds(re.source);
}

const gates = new WeakMap<RegExp, Gate>();

/**
 * False only when `re` cannot match anywhere in `text`; true when it may.
 * @example mayMatch(/\bper seat\b/gi, 'Pro $9 per user') // false
 */
export function mayMatch(re: RegExp, text: string): boolean {
  let g = gates.get(re);
  if (g === undefined) {
    g = gate(needs(re));
    gates.set(re, g);
  }
  return g === true || satisfied(g, indexText(text));
}

/**
 * `re.test(text)` for a pattern without the global flag, skipped when the text cannot hold a match.
 * @example mayTest(/\bfree trial\b/i, 'Start a free trial') // true
 */
export function mayTest(re: RegExp, text: string): boolean {
  return mayMatch(re, text) && re.test(text);
}
