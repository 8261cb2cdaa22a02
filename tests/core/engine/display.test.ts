import fc from 'fast-check';
import { displayText } from '../../../src/core/format/display';

describe('displayText', () => {
  it.each([
    [0.25, '0%', '25%'],
    [0.2567, '0.0%', '25.7%'],
    [0.94999999, '0%', '95%'],
    [-0.5, '0%', '-50%'],
    [1305, '#,##0', '1,305'],
    [1305.6, '#,##0', '1,306'],
    [45000, 'mmm-yy', 'Mar-23'],
    [42475, 'mmm-yy', 'Apr-16'],
    [41090, 'dd/mm/yy', '30/06/12'],
    [1234.5, 'General', '1234.5'],
    [0.1 + 0.2, 'General', '0.3'],
    [37.47, '0.00', '37.47'],
    [36, '0.00', '36.00'],
    [12, '@', '12'],
    [3, '', '3'],
  ])('%p as %p shows %p', (value, fmt, shown) => {
    expect(displayText(value, fmt)).toBe(shown);
  });

  it('shows text as typed', () => {
    expect(displayText('abc', '@')).toBe('abc');
    expect(displayText('25%', '0%')).toBe('25%');
    expect(displayText('not yet', 'General')).toBe('not yet');
  });

  it('shows booleans as Excel does', () => {
    expect(displayText(true, 'General')).toBe('TRUE');
    expect(displayText(false, '0%')).toBe('FALSE');
  });

  it('shows an empty cell as empty', () => {
    expect(displayText('', 'General')).toBe('');
    expect(displayText('', '0%')).toBe('');
  });

  it('shows Excel errors as they are', () => {
    expect(displayText('#N/A', 'General')).toBe('#N/A');
    expect(displayText('#DIV/0!', '0.0%')).toBe('#DIV/0!');
  });

  it('never throws on nonsense', () => {
    expect(displayText(5, 'bogus[[[')).toBe('########');
    expect(displayText(Number.NaN, 'General')).toBe('#NUM!');
    expect(displayText(Number.POSITIVE_INFINITY, '0%')).toBe('#NUM!');
    expect(displayText(-1, 'mmm-yy')).toBe('########');
  });
});

describe('displayText never throws', () => {
  it('for any value and format', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.integer()),
        fc.oneof(fc.string(), fc.constantFrom('General', '0%', 'mmm-yy', '@', '#,##0.00')),
        (v, fmt) => {
          expect(typeof displayText(v, fmt)).toBe('string');
        },
      ),
      { numRuns: 500 },
    );
  });
});
