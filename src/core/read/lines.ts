/**
 * Rejoins a price that markup split over several lines. Cards often put the currency, the amount, the
 * cents and the period in sibling blocks ("$" / "49" / ".99" / "/month") that a browser lays out in one
 * row; read without layout they come apart. Pure, linear in the number of lines.
 */
const CURRENCY_ONLY_RE = /^(?:[$€£¥₹₩₽¢]|[A-Z]{1,3}\$|US\$|R\$|kr|zł|Kč|Fr\.?|CHF|USD|EUR|GBP|JPY|INR|CAD|AUD|NZD|SGD|HKD|SEK|NOK|DKK|PLN|BRL|MXN|ZAR)$/;
const AMOUNT_ONLY_RE = /^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d{1,4})?[kKmM]?\+?$/;
const CENTS_RE = /^[.,]\d{1,2}$/;
const TRAILER_RE = /^(?:\/\s?\S.{0,40}|(?:mo|month|yr|year|user|seat)s?\b.{0,30}|per (?:month|year|user|seat|mo)\b.{0,30}|USD|EUR|GBP|CAD|AUD)$/i;
const ENDS_WITH_AMOUNT_RE = /\d[kKmM]?$/;

/**
 * @example joinPriceFragments(['Pro', '$', '49', '.99', '/month']) // ['Pro', '$49.99 /month']
 */
export function joinPriceFragments(lines: readonly string[]): string[] {
  const out: string[] = [];
  let openCurrency = false; // the last line is a currency waiting for its amount
  let openAmount = false; // the last line ends with an amount joined from fragments
  for (const line of lines) {
    const last = out.length - 1;
    if (openCurrency && AMOUNT_ONLY_RE.test(line)) {
      out[last] = /[A-Za-z]$/.test(out[last]!) ? `${out[last]} ${line}` : `${out[last]}${line}`;
      openCurrency = false; openAmount = true;
      continue;
    }
    if (openAmount && CENTS_RE.test(line) && ENDS_WITH_AMOUNT_RE.test(out[last]!)) {
      out[last] += line;
      continue;
    }
    if (openAmount && TRAILER_RE.test(line)) {
      out[last] += ` ${line}`;
      openAmount = false;
      continue;
    }
    openCurrency = CURRENCY_ONLY_RE.test(line);
    openAmount = false;
    out.push(line);
  }
  return out;
}
