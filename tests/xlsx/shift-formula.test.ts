/** A shared formula read for another cell of its group: relative parts move, $-absolute parts stay. */
import { shiftFormula } from '../../src/xlsx/book/shift-formula';

describe('shiftFormula', () => {
  it('moves relative references by the distance from the master cell', () => {
    expect(shiftFormula('C2-B2', 3, 0)).toBe('C5-B5');
    expect(shiftFormula('=C2-B2', 1, 2)).toBe('=E3-D3');
    expect(shiftFormula('(C2-B2)/B2', 10, 0)).toBe('(C12-B12)/B12');
  });

  it('keeps $-absolute parts: $A$1, $A1, A$1', () => {
    expect(shiftFormula('$A$1+A1', 2, 2)).toBe('$A$1+C3');
    expect(shiftFormula('$A1*A$1', 2, 2)).toBe('$A3*C$1');
    expect(shiftFormula('b2-$c$2', 1, 0)).toBe('B3-$C$2');
  });

  it('moves both ends of ranges, whole columns and whole rows', () => {
    expect(shiftFormula('SUM(B2:D2)', 1, 0)).toBe('SUM(B3:D3)');
    expect(shiftFormula('SUM($B$2:D2)', 4, 1)).toBe('SUM($B$2:E6)');
    expect(shiftFormula('SUM(A:C)', 5, 1)).toBe('SUM(B:D)');
    expect(shiftFormula('SUM($A:C)', 5, 1)).toBe('SUM($A:D)');
    expect(shiftFormula('SUM(2:3)', 2, 7)).toBe('SUM(4:5)');
    expect(shiftFormula('SUM($2:3)', 2, 7)).toBe('SUM($2:5)');
  });

  it('moves references on other sheets, quoted or not, and leaves the sheet names alone', () => {
    expect(shiftFormula("'Sheet 1'!A1+Data!B2", 1, 0)).toBe("'Sheet 1'!A2+Data!B3");
    expect(shiftFormula("'Q1 A1''s'!C3", 1, 1)).toBe("'Q1 A1''s'!D4");
    expect(shiftFormula('SUM(Jan:Mar!B2)', 1, 0)).toBe('SUM(Jan:Mar!B3)');
    expect(shiftFormula('[1]Sheet1!A1', 1, 0)).toBe('[1]Sheet1!A2');
  });

  it('never moves what only looks like a reference: strings, function names, numbers, names, tables', () => {
    expect(shiftFormula('IF(B2>0,"see A1 and B2","")', 1, 0)).toBe('IF(B3>0,"see A1 and B2","")');
    expect(shiftFormula('"say ""C3"" aloud"&C3', 1, 0)).toBe('"say ""C3"" aloud"&C4');
    expect(shiftFormula('LOG10(B2)+ATAN2(C2,D2)', 1, 0)).toBe('LOG10(B3)+ATAN2(C3,D3)');
    expect(shiftFormula('_xlfn.STDEV.S(B2:B9)', 1, 0)).toBe('_xlfn.STDEV.S(B3:B10)');
    expect(shiftFormula('B2*1E10+1.5E+3', 1, 0)).toBe('B3*1E10+1.5E+3');
    expect(shiftFormula('TaxRate*B2+TRUE', 1, 0)).toBe('TaxRate*B3+TRUE');
    expect(shiftFormula('SUM(Table1[[#This Row],[A1]])+Table1[@B2]', 1, 0)).toBe(
      'SUM(Table1[[#This Row],[A1]])+Table1[@B2]',
    );
    expect(shiftFormula('IFERROR(B2,#N/A)+#REF!', 1, 0)).toBe('IFERROR(B3,#N/A)+#REF!');
    // XFE is past the last column: a name, not a reference.
    expect(shiftFormula('XFE1+XFD1', 1, 0)).toBe('XFE1+XFD2');
  });

  it('a reference moved off the sheet is #REF!, as Excel shows it', () => {
    expect(shiftFormula('A1-B2', -1, 0)).toBe('#REF!-B1');
    expect(shiftFormula('XFD1', 0, 1)).toBe('#REF!');
    expect(shiftFormula('SUM(A:B)', 0, -1)).toBe('SUM(#REF!)');
  });

  it('no move gives the text back unchanged', () => {
    expect(shiftFormula('=sum( b2 , "x" )', 0, 0)).toBe('=sum( b2 , "x" )');
  });
});
