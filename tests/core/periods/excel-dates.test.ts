import { dateFormatParts, dateToSerial, formatDate, isDateFormat, serialToDate } from '../../../src/core/periods';

describe('Excel serials', () => {
  it('reads 1900-system serials, keeping the 1900 leap-year bug', () => {
    expect(serialToDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(serialToDate(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(serialToDate(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(serialToDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(serialToDate(41029)).toEqual({ year: 2012, month: 4, day: 30 });
    expect(serialToDate(41364.75)).toEqual({ year: 2013, month: 3, day: 31 });
    expect(serialToDate(42461)).toEqual({ year: 2016, month: 4, day: 1 });
    expect(serialToDate(2958465)).toEqual({ year: 9999, month: 12, day: 31 });
  });

  it('rejects serials Excel cannot show as dates', () => {
    for (const s of [0, -1, 2958466, Number.NaN, Infinity]) expect(serialToDate(s)).toBeNull();
  });

  it('converts dates back to serials, round trip', () => {
    expect(dateToSerial(1900, 2, 29)).toBe(60);
    expect(dateToSerial(1900, 3, 1)).toBe(61);
    expect(dateToSerial(1900, 1, 1)).toBe(1);
    expect(dateToSerial(2012, 6, 30)).toBe(41090);
    expect(dateToSerial(2013, 2, 29)).toBeNull();
    for (const s of [1, 2, 58, 59, 60, 61, 62, 366, 41029, 44227, 2958465]) {
      const d = serialToDate(s);
      expect(d).not.toBeNull();
      if (d) expect(dateToSerial(d.year, d.month, d.day)).toBe(s);
    }
  });

  it('supports the 1904 date system', () => {
    expect(serialToDate(0, true)).toEqual({ year: 1904, month: 1, day: 1 });
    expect(dateToSerial(2012, 4, 30, true)).toBe(41029 - 1462);
  });
});

describe('date number formats', () => {
  it('recognises date formats and what they show', () => {
    expect(dateFormatParts('dd/mm/yy')).toEqual({ day: true, month: true, year: true });
    expect(dateFormatParts('mmm-yy')).toEqual({ day: false, month: true, year: true });
    expect(dateFormatParts('d-mmm-yy')).toEqual({ day: true, month: true, year: true });
    expect(dateFormatParts('yyyy-mm-dd')).toEqual({ day: true, month: true, year: true });
    expect(dateFormatParts('[$-809]mmmm yyyy;@')).toEqual({ day: false, month: true, year: true });
    expect(dateFormatParts('mmmm')).toEqual({ day: false, month: true, year: false });
    expect(dateFormatParts('dd/mm/yyyy hh:mm')).toEqual({ day: true, month: true, year: true });
  });

  it('does not mistake numbers, text, times and literals for dates', () => {
    for (const f of [
      'General',
      '@',
      '0.0%',
      '#,##0',
      '0.00E+00',
      'hh:mm',
      'h:mm:ss',
      '[h]:mm',
      'mm:ss',
      '"Day" 0',
      '[Red]0.0',
      '£#,##0.00',
      '',
    ]) {
      expect(isDateFormat(f)).toBe(false);
    }
  });

  it('renders a date as its format shows it', () => {
    const apr16 = { year: 2016, month: 4, day: 30 };
    expect(formatDate(apr16, 'mmm-yy')).toBe('Apr-16');
    expect(formatDate(apr16, 'dd/mm/yy')).toBe('30/04/16');
    expect(formatDate(apr16, 'mmmm yyyy')).toBe('April 2016');
    expect(formatDate({ year: 2012, month: 6, day: 3 }, 'd-mmm-yy')).toBe('3-Jun-12');
    expect(formatDate(apr16, 'dddd d mmmm')).toBe('Saturday 30 April');
  });
});
