import { formatFacts } from '../../../src/core/format/format-code';
import { formatNumber, generalDecimals, roundTo } from '../../../src/core/format/number-text';

describe('formatFacts', () => {
  it.each([
    ['General', { general: true, decimals: null, percent: false, grouping: false, date: false }],
    ['', { general: true, decimals: null }],
    ['0%', { percent: true, decimals: 0 }],
    ['0.0%', { percent: true, decimals: 1 }],
    ['#,##0', { grouping: true, decimals: 0 }],
    ['#,##0.00', { grouping: true, decimals: 2 }],
    ['0.00', { decimals: 2, grouping: false }],
    ['mmm-yy', { date: true }],
    ['dd/mm/yy', { date: true }],
    ['@', { text: true, date: false }],
    ['[Red]0.0;(0.0)', { decimals: 1, date: false }],
    ['0.0 "days"', { decimals: 1, date: false }],
    ['#,##0,', { grouping: true }],
    ['0,', { grouping: false }],
  ])('%p', (code, facts) => {
    expect(formatFacts(code)).toMatchObject(facts);
  });
});

describe('number text', () => {
  it('rounds half away from zero as Excel displays', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(94.999999, 0)).toBe(95);
    expect(roundTo(-0.0001, 2)).toBe(0);
  });

  it('formats with decimals, separators and percent', () => {
    expect(formatNumber(36, 2, false)).toBe('36.00');
    expect(formatNumber(1305, 0, true)).toBe('1,305');
    expect(formatNumber(-1234567.891, 1, true)).toBe('-1,234,567.9');
    expect(formatNumber(94, 0, false, true)).toBe('94%');
  });

  it('counts the decimals General shows', () => {
    expect(generalDecimals(37.47)).toBe(2);
    expect(generalDecimals(36)).toBe(0);
    expect(generalDecimals(0.1 + 0.2)).toBe(1);
    expect(generalDecimals(1 / 3)).toBe(10);
  });
});
