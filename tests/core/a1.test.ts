import { columnLetters, parseA1, parseRangeA1, rangeToA1, toA1 } from '../../src/core/a1';

describe('A1 addresses', () => {
  it('converts columns both ways, past Z', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(701)).toBe('ZZ');
    expect(columnLetters(702)).toBe('AAA');
    for (const col of [0, 1, 25, 26, 51, 52, 701, 702, 16383]) {
      expect(parseA1(toA1({ row: 4, col }))).toEqual({ row: 4, col });
    }
  });
  it('reads addresses with sheet names and dollars, and rejects others', () => {
    expect(parseA1("'Q2 KPIs'!$B$7")).toEqual({ row: 6, col: 1 });
    expect(parseA1('hello')).toBeNull();
    expect(parseRangeA1('C3:A1')).toEqual({ row: 0, col: 0, rowCount: 3, colCount: 3 });
    expect(rangeToA1({ row: 0, col: 0, rowCount: 1, colCount: 1 })).toBe('A1');
    expect(rangeToA1({ row: 1, col: 1, rowCount: 2, colCount: 3 })).toBe('B2:D3');
  });
});
