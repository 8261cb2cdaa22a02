/**
 * Values as people type them (issue 20 items 6 and 9, issue 21 item 6): numbers stored as text are
 * numbers, bound targets ("70+", "95%+", "<24%", ">1350", "≤3%") are bounds that tell which way is
 * good, and 0.95 in a "0%" cell is 95%. Each form is read on its own, then scored end to end in a
 * register whose figures were all typed into text cells.
 */
import type { SourceCell } from '../../../src/core/model';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { MAX_NUMBER_TEXT, numericValue, parseNumberText, readValue } from '../../../src/core/values/read';
import { readTarget } from '../../../src/core/values/target';
import { buildSnapshot, pct } from '../../helpers/snapshot-builder';

function cell(value: string | number, numberFormat = 'General'): SourceCell {
  return { cell: { row: 0, col: 0 }, value, numberFormat, text: typeof value === 'string' ? value : '' };
}

function numberOf(value: string | number, numberFormat = 'General'): number | null {
  const r = readValue(cell(value, numberFormat));
  return r.kind === 'number' ? r.reading.value : null;
}

describe('numbers stored as text', () => {
  it.each([
    ['12.5', 12.5],
    ['1,305', 1305],
    [' 93.02 ', 93.02],
    ['-4', -4],
    ['+3', 3],
    ['\u00a093.02\u00a0', 93.02],
    // Another program's minus sign and a dash typed before the figure.
    ['\u22124', -4],
    ['\u20134.5', -4.5],
    // Accounting negatives.
    ['(4)', -4],
    ['(1,305.50)', -1305.5],
    ['(3.5%)', -3.5],
    // Groups of three separated by a space, a no-break space or a thin space (exports from other systems).
    ['1 305', 1305],
    ['12\u00a0345\u00a0678', 12345678],
    ['1\u202f305', 1305],
  ])('%j reads as %d', (text, value) => {
    expect(numberOf(text)).toBe(value);
    expect(numericValue(text)).toBe(value);
  });

  it.each(['12,5', '1 30', '((4))', '(-4)', '-', '–', 'N/A', '2 of 3', '1.305,5', '(4', '4)'])(
    '%j is not one number',
    (text) => {
      expect(numberOf(text)).toBeNull();
      expect(numericValue(text)).toBeNull();
    },
  );

  it('keeps the decimals and grouping the text shows', () => {
    expect(parseNumberText('1 305.50')).toEqual({ value: 1305.5, decimals: 2, grouping: true, percent: false });
    expect(parseNumberText('(25%)')).toEqual({ value: -25, decimals: 0, grouping: false, percent: true });
  });

  it('numericValue takes numbers as they are and refuses what is not a figure, without examining long text', () => {
    expect(numericValue(0.95)).toBe(0.95);
    expect(numericValue(Number.NaN)).toBeNull();
    expect(numericValue(true)).toBeNull();
    expect(numericValue('Attendances')).toBeNull();
    expect(numericValue('2024-01-14')).toBeNull();
    expect(numericValue('1'.repeat(MAX_NUMBER_TEXT + 1))).toBeNull();
    expect(numericValue(`${'9'.repeat(60)}`)).toBe(Number('9'.repeat(60)));
  });
});

describe('targets as people type them', () => {
  it.each([
    ['70+', 70, false, 'higher'],
    ['95%+', 95, true, 'higher'],
    ['95 % +', 95, true, 'higher'],
    ['<24%', 24, true, 'lower'],
    ['>1350', 1350, false, 'higher'],
    ['> 1,350', 1350, false, 'higher'],
    ['≤3%', 3, true, 'lower'],
    ['≥ 95%', 95, true, 'higher'],
    ['=>90%', 90, true, 'higher'],
    ['=<5', 5, false, 'lower'],
  ])('%j is a bound at %d (percent %s), %s is better', (text, value, percent, hint) => {
    const t = readTarget(cell(text));
    expect(t.kind).toBe('target');
    if (t.kind !== 'target' || t.target.kind !== 'value') throw new Error('not a single-value target');
    expect(t.target.value.value).toBe(value);
    expect(t.target.value.percent).toBe(percent);
    expect(t.polarityHint).toBe(hint);
  });

  it('reads 0.95 in a "0%" cell as 95%, and a text "95" as 95', () => {
    const inPercentCell = readTarget(cell(0.95, '0%'));
    expect(inPercentCell).toMatchObject({
      kind: 'target',
      target: { kind: 'value', value: { value: 95, percent: true } },
    });
    expect(readTarget(cell('95'))).toMatchObject({ kind: 'target', target: { kind: 'value', value: { value: 95 } } });
  });
});

describe('a register typed into text cells scores like one typed as numbers', () => {
  it('rates text figures against text and bound targets', () => {
    const snapshot = buildSnapshot([
      ['Measure', 'Target', 'Actual'],
      // 93.02 against 95%+ (higher is better, from the "+"): 1.98 short, within 5% of 95 = 4.75: AMBER.
      ['% of calls answered', '95%+', ' 93.02 '],
      // 1,305 against >1350: 45 short, within 67.5: AMBER.
      ['Visits completed', '>1350', '1,305'],
      // 22% against <24% (lower is better): on target: GREEN.
      ['Staff turnover', '<24%', '22%'],
      // 71 against 70+: GREEN.
      ['Average satisfaction score', '70+', '71'],
      // -4 against ≤3 (lower is better, from the "≤"): well under the bound: GREEN.
      ['Change in arrears', '≤3', '-4'],
      // 0.95 in a 0% cell against a target typed as 0.9 in a 0% cell: GREEN.
      ['% of reviews on time', pct(0.9), pct(0.95)],
    ]);
    const result = scoreSheet(snapshot, defaultRules());
    const statuses = Object.fromEntries(result.indicators.map((i) => [i.source.name, i.status]));
    expect(statuses).toEqual({
      '% of calls answered': 'AMBER',
      'Visits completed': 'AMBER',
      'Staff turnover': 'GREEN',
      'Average satisfaction score': 'GREEN',
      'Change in arrears': 'GREEN',
      '% of reviews on time': 'GREEN',
    });
    const answered = result.indicators.find((i) => i.source.name === '% of calls answered');
    expect(answered?.actual?.value).toBe(93.02);
    expect(answered?.polaritySource).toBe('target');
  });
});
