import { describe, expect, test } from 'vitest';
import { parseNumber, readRun, readRunWithMark, scanNumber } from '../../src/core/read/numbers.ts';

describe('parseNumber', () => {
  test.each([
    ['1,234.56', 1234.56], ['1.234,56', 1234.56], ['1\u00a0234,56', 1234.56], ['2,500', 2500], ['1.000', 1000],
    ['29,99', 29.99], ['29.99', 29.99], ['0.0004', 0.0004], ['0.125', 0.125], ['.50', 0.5], ['1,000,000', 1e6], ['12', 12],
    ['1 234 567', 1234567], ['1\u202f234,56', 1234.56], ["1'049,95", 1049.95], ['1’049.95', 1049.95], ['1,23,456', 123456],
    ['3.3900', 3.39], ['1234.567', 1234.567], ['0,500', 0.5], ['119. 95', 119.95], ['1.837, 32', 1837.32],
  ])('%s -> %d', (raw, expected) => expect(parseNumber(raw)).toBe(expected));
  test.each(['abc', '', '15.08.2017', '1,2,3', '1.234,567.89', '12 34', '1.2.3'])('rejects %j', (raw) => expect(parseNumber(raw)).toBeNull());
});

describe('scanNumber', () => {
  test('a plain space joins only a following group of three digits', () => {
    expect(scanNumber('29 100 users', 0)).toMatchObject({ end: 6, groups: ['29', '100'] });
    expect(scanNumber('29 100 users', 0, false)).toMatchObject({ end: 2, groups: ['29'] });
    expect(scanNumber('29 10 users', 0)).toMatchObject({ end: 2 });
  });
  test('a spaced decimal mark takes exactly two digits', () => {
    expect(scanNumber('$119. 95', 1)).toMatchObject({ end: 8, seps: ['. '] });
    expect(scanNumber('Plan 3. 100 users', 5)).toMatchObject({ end: 6 });
  });
  test('stray marks before the digits are kept as lead', () => expect(scanNumber('$..75', 1)).toMatchObject({ lead: '..', groups: ['75'] }));
  test('no number where there is no digit', () => expect(scanNumber('abc', 0)).toBeNull());
});

describe('readRun', () => {
  const read = (s: string, opts: { minor3?: boolean; decimal?: '.' | ',' } = {}) =>
    (opts.decimal ? readRunWithMark(scanNumber(s, 0)!, opts.decimal) : readRun(scanNumber(s, 0)!, opts));
  test('three minor digits make one mark a decimal, flagged', () => {
    expect(read('423.923', { minor3: true })).toMatchObject({ value: 423.923, ambiguous: true });
    expect(read('423.923')).toMatchObject({ value: 423923, ambiguous: false });
  });
  test('a known decimal mark wins', () => {
    expect(read('..75,333', { decimal: '.' })?.value).toBe(0.75333);
    expect(read('..75,333', { decimal: ',' })?.value).toBe(75.333);
    expect(read('1.234', { decimal: ',' })?.value).toBe(1234);
  });
  test('a stray mark before a number with its own decimals is flagged', () =>
    expect(read('.750.30')).toMatchObject({ value: 750.3, ambiguous: true }));
  test('it reports decimals and grouping', () => expect(read('1,234.50')).toMatchObject({ decimals: 2, grouped: true }));
  test('a number too long for a double is no number', () => expect(read('9'.repeat(400))).toBeNull());
});
