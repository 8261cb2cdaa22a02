import { columnLetters, parseA1, parseRangeA1, rangeToA1, toA1 } from '../../src/core/a1';
import fc from 'fast-check';

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

describe('parseA1 against its definition', () => {
  // The definition the hand-written reader must match: the regular expression it replaced.
  const reference = (address: string): { row: number; col: number } | null => {
    const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
    const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(bare.trim());
    if (!m) return null;
    let col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  };

  it('agrees on awkward inputs', () => {
    for (const a of [
      'A1',
      'a1',
      '$A$1',
      'A$1',
      '$A1',
      'XFD1048576',
      'AAAA1',
      'A12345678',
      'A',
      '1',
      '',
      ' B7 ',
      '\tB7\n',
      "'Q2'!C3",
      'S!',
      'A1:B2',
      'A-1',
      'Ä1',
      'A1 ',
      '$$A1',
      'A$$1',
      'A0',
      'a00012',
      '\u00a0C4',
      'B 7',
      '@1',
      '[1',
    ])
      expect([a, parseA1(a)]).toEqual([a, reference(a)]);
  });

  it('agrees on random strings over the address alphabet', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'A',
            'z',
            'Q',
            '$',
            '0',
            '7',
            '9',
            ' ',
            '\u2003',
            '\u3000',
            '!',
            ':',
            '-',
            '`',
            '{',
            '@',
            '[',
          ),
          {
            maxLength: 12,
          },
        ),
        (chars) => {
          const a = chars.join('');
          expect(parseA1(a)).toEqual(reference(a));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
