/** Issue 12 item 4: every string we write fits a cell and holds only characters XML allows. */
import fc from 'fast-check';
import { validateRules } from '../../src/core/rules/validate';
import { defaultRules } from '../../src/core/rules/presets';
import { capList, capText, cellText, EXCEL_MAX_CELL_CHARS, stripForbidden } from '../../src/core/text-limits';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

/** What XML 1.0 allows: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, and U+10000 up as surrogate pairs. */
const XML_OK = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

describe('stripForbidden', () => {
  it('drops C0 controls (not tab, LF, CR), U+FFFE, U+FFFF and lone surrogates; keeps pairs', () => {
    expect(stripForbidden('a\u0000b\u0001c\td\ne\rf')).toBe('abc\td\ne\rf');
    expect(stripForbidden('x\ufffey\uffffz')).toBe('xyz');
    expect(stripForbidden('lone \ud800 high, lone \udc00 low, pair 😀')).toBe('lone  high, lone  low, pair 😀');
    expect(stripForbidden('\ud83d')).toBe('');
  });

  it('leaves only XML-safe text, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(XML_OK.test(stripForbidden(s))).toBe(true);
      }),
    );
  });
});

describe('capText and capList', () => {
  it('cut at 32,767 with "... and N more characters", never inside a surrogate pair', () => {
    const long = 'x'.repeat(50_000);
    const cut = capText(long);
    expect(cut.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
    const n = Number(/ and (\d+) more characters$/.exec(cut)?.[1]);
    expect(cut.indexOf(' ...') + n).toBe(50_000);
    const emoji = capText('😀'.repeat(20_000));
    expect(XML_OK.test(emoji)).toBe(true);
    expect(capText('short')).toBe('short');
  });

  it('a list keeps whole items and names how many were left out', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `Indicator number ${i + 1} with a long name`);
    const joined = capList(names, ', ');
    expect(joined.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
    const m = /, Indicator number (\d+) with a long name ... and (\d+) more$/.exec(joined);
    expect(m).not.toBeNull();
    expect(Number(m![1]) + Number(m![2])).toBe(5000);
    expect(capList(['a', 'b'], ', ')).toBe('a, b');
  });

  it('cellText: any string up to 100,000 characters comes out XML-safe and within the limit (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.integer({ min: 0, max: 4000 }), (s, times) => {
        const out = cellText(s.repeat(times));
        expect(out.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
        expect(XML_OK.test(out)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('rule labels', () => {
  it('a label with U+FFFE, a control character, or thousands of characters is refused, naming the field', () => {
    for (const [label, message] of [
      ['Green\ufffe', /status\.GREEN\.label holds a control or non-character/],
      ['Re\u0007d', /status\.GREEN\.label holds a control/],
      ['G'.repeat(5000), /status\.GREEN\.label is 5000 characters long; at most 100/],
    ] as const) {
      const rules = defaultRules();
      rules.status.GREEN = { ...rules.status.GREEN, label };
      const v = validateRules(rules);
      expect(v.ok).toBe(false);
      expect(v.errors.join('\n')).toMatch(message);
    }
    expect(validateRules(defaultRules()).ok).toBe(true);
  });
});
