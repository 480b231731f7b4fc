/**
 * Number reading for prices and limits, in US ("1,234.56") and European ("1.234,56", "1 234,56") styles.
 * Pure.
 */

/** The regex source of a written number: grouped thousands, decimals, or a bare ".5". */
// Thousands may be grouped by , . ' or a no-break space; never by a plain space, which would read
// "$29 100 users" as 29100.
export const NUMBER_SRC = String.raw`(?:\d{1,3}(?:[,.\u00a0\u202f']\d{3})+(?!\d)(?:[.,]\d{1,6})?|\d+(?:[.,]\d{1,6})?|[.,]\d{1,6})`;

const MULTIPLIERS: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9,
};

/**
 * Parses a written number. A lone separator followed by exactly three digits is a thousands separator
 * ("1,000", "1.000"), unless the integer part is 0 ("0.125"); otherwise it is the decimal mark ("29,99").
 * With both marks present, the last one is the decimal mark.
 * @example parseNumber('1.234,56') // 1234.56
 * @example parseNumber('2,500') // 2500
 * @example parseNumber('0.0004') // 0.0004
 */
export function parseNumber(raw: string): number | null {
  // Spaces, no-break spaces and apostrophes only ever group thousands ("1 234,56", "1'000").
  const compact = raw.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^[\d.,]+$/.test(compact) || !/\d/.test(compact)) return null;
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    normalised = compact.split(thousands).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = compact.split(sep);
    const isThousands = parts.length > 2 || (parts[1]?.length === 3 && parts[0] !== '0' && parts[0] !== '');
    normalised = isThousands ? parts.join('') : parts.join('.');
  } else {
    normalised = compact;
  }
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}

/**
 * Applies a magnitude suffix ("k", "M", "million") to a number.
 * @example applyMultiplier(1.5, 'M') // 1500000
 */
export function applyMultiplier(n: number, suffix: string | undefined): number {
  if (!suffix) return n;
  const factor = MULTIPLIERS[suffix.toLowerCase()];
  return factor === undefined ? n : Math.round(n * factor * 1e6) / 1e6;
}
