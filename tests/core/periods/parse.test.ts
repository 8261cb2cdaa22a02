import fc from 'fast-check';
import {
  actualHeaderPeriod,
  isActualHeader,
  isBaselineHeader,
  parsePeriodHeader,
  quarterLabel,
  type Period,
} from '../../../src/core/periods';
import { cell } from './helpers';

/** The fields that matter, without label and order. */
function fields(p: Period | null): Omit<Period, 'label' | 'order'> | null {
  if (!p) return null;
  const { label: _label, order: _order, ...rest } = p;
  return rest;
}

describe('parsePeriodHeader: real dates', () => {
  it('reads serials with a day-month-year format as dates (seed 003 "30/06/12")', () => {
    const p = parsePeriodHeader(cell(41090, 'dd/mm/yy', '30/06/12'));
    expect(p).toMatchObject({
      kind: 'date',
      label: '30/06/12',
      year: 2012,
      month: 6,
      day: 30,
      fyStart: 2012,
      quarter: 1,
    });
  });

  it('reads serials shown as mmm-yy as months (seed 001 "Apr-16")', () => {
    expect(parsePeriodHeader(cell(42461, 'mmm-yy', 'Apr-16'))).toMatchObject({
      kind: 'month',
      label: 'Apr-16',
      year: 2016,
      month: 4,
      fyStart: 2016,
      quarter: 1,
    });
    expect(fields(parsePeriodHeader(cell(42430, 'mmm-yy', 'Mar-16')))).toEqual({
      kind: 'month',
      year: 2016,
      month: 3,
      fyStart: 2015,
      quarter: 4,
    });
  });

  it('reads d-mmm-yy and yyyy-mm-dd formats, with time of day ignored', () => {
    expect(parsePeriodHeader(cell(41090.5, 'd-mmm-yy', '30-Jun-12'))).toMatchObject({
      kind: 'date',
      day: 30,
      month: 6,
    });
    expect(parsePeriodHeader(cell(44227, 'yyyy-mm-dd', '2021-01-31'))).toMatchObject({
      kind: 'date',
      year: 2021,
      month: 1,
      day: 31,
      fyStart: 2020,
      quarter: 4,
    });
  });

  it('labels a date from its format when the host gives no text', () => {
    expect(parsePeriodHeader(cell(42461, 'mmm-yy', ''))?.label).toBe('Apr-16');
    expect(parsePeriodHeader(cell(41090, 'dd/mm/yy', ''))?.label).toBe('30/06/12');
  });

  it('reads the fictitious 29 February 1900 as Excel shows it', () => {
    expect(parsePeriodHeader(cell(60, 'dd/mm/yyyy', '29/02/1900'))).toMatchObject({ year: 1900, month: 2, day: 29 });
  });

  it('does not read plain numbers, percentages or out-of-range serials as periods', () => {
    expect(parsePeriodHeader(cell(41090))).toBeNull();
    expect(parsePeriodHeader(cell(0.25, '0%', '25%'))).toBeNull();
    expect(parsePeriodHeader(cell(1305, '#,##0', '1,305'))).toBeNull();
    expect(parsePeriodHeader(cell(2020))).toBeNull();
    expect(parsePeriodHeader(cell(-5, 'dd/mm/yy'))).toBeNull();
    expect(parsePeriodHeader(cell(0, 'dd/mm/yy'))).toBeNull();
    expect(parsePeriodHeader(cell(true))).toBeNull();
  });

  it('reads a number the host displays as a period (text-formatted header)', () => {
    expect(parsePeriodHeader(cell(41090, 'General', '30/06/12'))).toMatchObject({ kind: 'date', year: 2012, month: 6 });
  });
});

describe('parsePeriodHeader: text', () => {
  const cases: [string, Omit<Period, 'label' | 'order'>][] = [
    ['30/06/12', { kind: 'date', year: 2012, month: 6, day: 30, fyStart: 2012, quarter: 1 }],
    ['31/03/2013', { kind: 'date', year: 2013, month: 3, day: 31, fyStart: 2012, quarter: 4 }],
    ['01/02/13', { kind: 'date', year: 2013, month: 2, day: 1, fyStart: 2012, quarter: 4 }],
    ['2012-06-30', { kind: 'date', year: 2012, month: 6, day: 30, fyStart: 2012, quarter: 1 }],
    ['30 June 2012', { kind: 'date', year: 2012, month: 6, day: 30, fyStart: 2012, quarter: 1 }],
    ['31st March 2021', { kind: 'date', year: 2021, month: 3, day: 31, fyStart: 2020, quarter: 4 }],
    ['30-Jun-12', { kind: 'date', year: 2012, month: 6, day: 30, fyStart: 2012, quarter: 1 }],
    ['May-15', { kind: 'month', year: 2015, month: 5, fyStart: 2015, quarter: 1 }],
    ['Mar-16', { kind: 'month', year: 2016, month: 3, fyStart: 2015, quarter: 4 }],
    ['Apr 2016', { kind: 'month', year: 2016, month: 4, fyStart: 2016, quarter: 1 }],
    ['April 2016', { kind: 'month', year: 2016, month: 4, fyStart: 2016, quarter: 1 }],
    ['SEPT 2020', { kind: 'month', year: 2020, month: 9, fyStart: 2020, quarter: 2 }],
    ["Jan '21", { kind: 'month', year: 2021, month: 1, fyStart: 2020, quarter: 4 }],
    ['Dec-20', { kind: 'month', year: 2020, month: 12, fyStart: 2020, quarter: 3 }],
    ['06/2020', { kind: 'month', year: 2020, month: 6, fyStart: 2020, quarter: 1 }],
    ['September', { kind: 'month', month: 9, quarter: 2 }],
    ['Sept', { kind: 'month', month: 9, quarter: 2 }],
    ['january', { kind: 'month', month: 1, quarter: 4 }],
    ['Qtr 2', { kind: 'quarter', quarter: 2 }],
    ['Q2', { kind: 'quarter', quarter: 2 }],
    ['QTR4', { kind: 'quarter', quarter: 4 }],
    ['Quarter One', { kind: 'quarter', quarter: 1 }],
    ['2nd Quarter', { kind: 'quarter', quarter: 2 }],
    ['Third quarter', { kind: 'quarter', quarter: 3 }],
    ['Q2 2020/21', { kind: 'quarter', fyStart: 2020, quarter: 2 }],
    ['Q4 2020-21', { kind: 'quarter', fyStart: 2020, quarter: 4 }],
    ['Q2 FY20/21', { kind: 'quarter', fyStart: 2020, quarter: 2 }],
    ['2020/21 Q3', { kind: 'quarter', fyStart: 2020, quarter: 3 }],
    ['Quarter 2 2020/21', { kind: 'quarter', fyStart: 2020, quarter: 2 }],
    ['Quarter 2 (July to September) 2020/21', { kind: 'quarter', fyStart: 2020, quarter: 2 }],
    ['Qtr 2 (July - Sept 2020)', { kind: 'quarter', fyStart: 2020, quarter: 2 }],
    ['Q1 2021', { kind: 'quarter', fyStart: 2021, quarter: 1 }],
    ['Q4 2021', { kind: 'quarter', fyStart: 2020, quarter: 4 }],
    ['Apr-Jun 2020', { kind: 'quarter', fyStart: 2020, quarter: 1 }],
    ['January to March 2021', { kind: 'quarter', fyStart: 2020, quarter: 4 }],
    ['2020/21', { kind: 'year', fyStart: 2020 }],
    ['2020-21', { kind: 'year', fyStart: 2020 }],
    ['2019/2020', { kind: 'year', fyStart: 2019 }],
    ['FY 2020/21', { kind: 'year', fyStart: 2020 }],
    ['2099/00', { kind: 'year', fyStart: 2099 }],
    ['2020', { kind: 'year', year: 2020 }],
  ];
  it.each(cases)('%s', (text, expected) => {
    const p = parsePeriodHeader(cell(text));
    expect(fields(p)).toEqual(expected);
    expect(p?.label).toBe(text);
  });

  it('reads our own quarter labels back', () => {
    for (const fy of [2019, 2020, 2024]) {
      for (const q of [1, 2, 3, 4] as const) {
        expect(fields(parsePeriodHeader(cell(quarterLabel(fy, q))))).toEqual({
          kind: 'quarter',
          fyStart: fy,
          quarter: q,
        });
      }
    }
  });

  it('tolerates spacing, line breaks and typographic dashes', () => {
    expect(fields(parsePeriodHeader(cell('  Apr\u00a02016\n')))).toMatchObject({ year: 2016, month: 4 });
    expect(fields(parsePeriodHeader(cell('Q2 2020\u201321')))).toEqual({ kind: 'quarter', fyStart: 2020, quarter: 2 });
  });

  it('reads a US-style text date only when day-first is impossible', () => {
    expect(fields(parsePeriodHeader(cell('06/30/12')))).toMatchObject({ year: 2012, month: 6, day: 30 });
    expect(fields(parsePeriodHeader(cell('06/07/12')))).toMatchObject({ month: 7, day: 6 });
  });

  it('rejects invalid dates and years that do not follow on', () => {
    for (const t of ['31/02/13', '32/01/12', '2020/22', '13/2020', '2012-13-01', '30 Febtember 2012', '20/21']) {
      expect(parsePeriodHeader(cell(t))).toBeNull();
    }
  });
});

describe('baselines, actual columns and non-periods', () => {
  it.each([
    'Prev. 6 months cumulative',
    '6 month average',
    'Prev. 6 months average',
    '6 month cumulative',
    'Rolling 12 months',
    'Baseline',
    'Previous year',
  ])('%s is a baseline', (text) => {
    expect(isBaselineHeader(text)).toBe(true);
    const p = parsePeriodHeader(cell(text));
    expect(p).toEqual({ kind: 'baseline', label: text, order: -1 });
  });

  it.each([
    'EAST',
    'NWC',
    'SOUTH',
    'MASH',
    'National average',
    'National average per 10K',
    'Target',
    'Target 2020/21',
    'RAG',
    'Rag Status',
    'Measure',
    'Performance Measure (Indicator)',
    'Q2 Actual',
    'Outturn',
    '2nd Quarter Achievements',
    'Latest Comments:',
    'Reporting Frequency',
    'Performance Reporting - Qtr 2 (July - Sept 2020)',
    'Q2 target',
    'Area 1',
    '',
    '-',
    'N/A',
    '#N/A',
    '6 months',
    'May be',
  ])('%s is not a period', (text) => {
    expect(parsePeriodHeader(cell(text))).toBeNull();
  });

  it('knows actual-value headers', () => {
    for (const t of [
      'Actual',
      'Q2 Actual',
      'Outturn',
      'Latest',
      'Current',
      '2019/20 Outturn',
      '2nd Quarter Achievements',
    ]) {
      expect(isActualHeader(t)).toBe(true);
    }
    for (const t of ['Target', 'Current target', 'Latest Comments:', 'Q2', 'Apr-16', 'Previous actual']) {
      expect(isActualHeader(t)).toBe(false);
    }
  });

  it('finds the period inside an actual header', () => {
    expect(fields(actualHeaderPeriod('Q2 Actual'))).toEqual({ kind: 'quarter', quarter: 2 });
    expect(fields(actualHeaderPeriod('2019/20 Outturn'))).toEqual({ kind: 'year', fyStart: 2019 });
    expect(fields(actualHeaderPeriod('2nd Quarter Achievements'))).toEqual({ kind: 'quarter', quarter: 2 });
    expect(fields(actualHeaderPeriod('Actual Apr-16'))).toMatchObject({ kind: 'month', year: 2016, month: 4 });
    expect(actualHeaderPeriod('Actual')).toBeNull();
    expect(actualHeaderPeriod('Target')).toBeNull();
  });
});

describe('provisional order', () => {
  it('orders lone headers by time, baselines first', () => {
    const order = (v: string | number, f = 'General', t?: string): number =>
      parsePeriodHeader(cell(v, f, t))?.order ?? NaN;
    expect(order('Prev. 6 months average')).toBeLessThan(order('Apr-16'));
    expect(order('Mar-16')).toBeLessThan(order('Apr-16'));
    expect(order(42430, 'mmm-yy', 'Mar-16')).toBe(order('Mar-16'));
    expect(order('30/06/12')).toBeLessThan(order('Jun-12'));
    expect(order('Jun-12')).toBeLessThan(order('Q1 2012/13'));
    expect(order('Q1 2012/13')).toBeLessThan(order('Jul-12'));
    expect(order('Q4 2012/13')).toBeLessThan(order('2012/13'));
    expect(order('2012/13')).toBeLessThan(order('Apr-13'));
  });
});

describe('robustness', () => {
  it('never throws, whatever the cell holds', () => {
    const formats = fc.constantFrom(
      'General',
      'dd/mm/yy',
      'mmm-yy',
      'd-mmm-yy',
      'yyyy-mm-dd',
      '0.0%',
      '@',
      'hh:mm',
      '"x"mmm',
    );
    // Header-like strings hit the deeper branches of the parser; arbitrary ones the early exits.
    const tokens = fc.constantFrom(
      'Q',
      'Qtr',
      'quarter',
      '2',
      '4',
      '2020',
      '/',
      '21',
      '-',
      'Apr',
      'May',
      'Sept',
      ' ',
      '(',
      ')',
      'to',
      '30',
      '06',
      '12',
      '.',
      "'",
      'st',
      'month',
      'prev',
      'average',
      'FY',
      '\u00a0',
    );
    const headerish = fc.array(tokens, { maxLength: 9 }).map((a) => a.join(''));
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      headerish,
      fc.double(),
      fc.integer(),
      fc.boolean(),
    );
    fc.assert(
      fc.property(
        value,
        fc.oneof(formats, fc.string()),
        fc.oneof(fc.string(), headerish, fc.constant('')),
        (v, f, t) => {
          const p = parsePeriodHeader({ value: v, numberFormat: f, text: t });
          if (p) {
            expect(typeof p.label).toBe('string');
            expect(Number.isFinite(p.order)).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('survives malformed cells from loose callers', () => {
    const loose = { value: 41090, numberFormat: undefined, text: undefined } as unknown as Parameters<
      typeof parsePeriodHeader
    >[0];
    expect(() => parsePeriodHeader(loose)).not.toThrow();
  });
});

describe('two-digit years', () => {
  it('reads 00-79 as 2000s and 80-99 as 1900s', () => {
    expect(parsePeriodHeader(cell('Mar-30'))).toMatchObject({ year: 2030 });
    expect(parsePeriodHeader(cell('31/03/79'))).toMatchObject({ year: 2079 });
    expect(parsePeriodHeader(cell('Apr-99'))).toMatchObject({ year: 1999 });
  });
});
