import fc from 'fast-check';
import { readValue } from '../../../src/core/values/read';
import { readTarget } from '../../../src/core/values/target';
import { cell } from './builder';

function num(v: Parameters<typeof cell>[0], fmt = 'General', opts = {}, text = '') {
  const r = readValue(cell(v, fmt, 0, 0, text), opts);
  if (r.kind !== 'number') throw new Error(`expected a number, got ${JSON.stringify(r)}`);
  return r.reading;
}

describe('readValue', () => {
  it('reads a plain number with the decimals General shows', () => {
    expect(num(37.47)).toEqual({ value: 37.47, percent: false, decimals: 2, grouping: false });
    expect(num(36)).toEqual({ value: 36, percent: false, decimals: 0, grouping: false });
  });

  it('reads 0.25 in a percent cell as 25 percent', () => {
    expect(num(0.25, '0%')).toEqual({ value: 25, percent: true, decimals: 0, grouping: false });
    expect(num(0.28, '0%').value).toBe(28);
    expect(num(0.2567, '0.0%')).toMatchObject({ value: 25.67, percent: true, decimals: 1 });
  });

  it('reads "25%" text as 25 percent', () => {
    expect(num('25%')).toEqual({ value: 25, percent: true, decimals: 0, grouping: false });
    expect(num(' 25.5 % ')).toMatchObject({ value: 25.5, percent: true, decimals: 1 });
  });

  it('reads 25 in a percent unit as 25 percent', () => {
    expect(num(25, 'General', { percentUnit: true })).toMatchObject({ value: 25, percent: true });
    expect(num(81.72, 'General', { percentUnit: true })).toMatchObject({ value: 81.72, percent: true, decimals: 2 });
  });

  it('reads grouped numbers', () => {
    expect(num('1,305')).toEqual({ value: 1305, percent: false, decimals: 0, grouping: true });
    expect(num(1305, '#,##0')).toMatchObject({ value: 1305, grouping: true, decimals: 0 });
    expect(num(1305, 'General', {}, '1,305')).toMatchObject({ grouping: true });
    expect(num(36, '0.00')).toMatchObject({ decimals: 2 });
  });

  it.each(['', '-', '–', 'not yet', 'Not Yet', '   ', '\u00a0'])('reads %p as blank', (v) => {
    expect(readValue(cell(v))).toEqual({ kind: 'blank' });
  });

  it.each(['N/A', 'n/a'])('reads %p as not available', (v) => {
    expect(readValue(cell(v))).toEqual({ kind: 'not-number', reason: 'N/A (not available)' });
  });

  it.each(['#N/A', '#DIV/0!', '#VALUE!'])('names the Excel error %p', (v) => {
    const r = readValue(cell(v));
    expect(r.kind).toBe('not-number');
    if (r.kind === 'not-number') expect(r.reason).toContain(v);
  });

  it('says why compound figures and sentences are not numbers', () => {
    const a = readValue(cell('80/85%'));
    expect(a).toEqual({ kind: 'not-number', reason: "'80/85%' holds two figures, not one number" });
    const b = readValue(cell('Two multi agency training courses per quarter'));
    expect(b.kind).toBe('not-number');
    if (b.kind === 'not-number') expect(b.reason).toContain('is text, not a number');
    const d = readValue(cell('95%,96%, 97%'));
    expect(d).toEqual({ kind: 'not-number', reason: "'95%,96%, 97%' holds several figures, not one number" });
    const c = readValue(cell('about 20 cases'));
    if (c.kind === 'not-number') expect(c.reason).toContain('mixes words and figures');
    expect(c.kind).toBe('not-number');
  });

  it('refuses booleans, non-finite numbers and dates', () => {
    expect(readValue(cell(true)).kind).toBe('not-number');
    expect(readValue(cell(Number.NaN)).kind).toBe('not-number');
    expect(readValue(cell(Number.POSITIVE_INFINITY)).kind).toBe('not-number');
    expect(readValue(cell(42475, 'mmm-yy', 0, 0, 'Apr-16')).kind).toBe('not-number');
  });

  it('never throws', () => {
    const value = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.integer(),
      fc.constantFrom('', '#N/A', '1,305', '25%', '-'),
    );
    fc.assert(
      fc.property(value, fc.string(), fc.string(), fc.boolean(), (v, fmt, text, pu) => {
        const r = readValue(cell(v, fmt, 0, 0, text), { percentUnit: pu });
        expect(['number', 'blank', 'not-number']).toContain(r.kind);
        if (r.kind === 'number') expect(Number.isFinite(r.reading.value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readTarget', () => {
  function target(v: Parameters<typeof cell>[0], fmt = 'General', opts = {}) {
    return readTarget(cell(v, fmt), opts);
  }

  it('reads a single value', () => {
    expect(target(36)).toEqual({
      kind: 'target',
      target: { kind: 'value', value: { value: 36, percent: false, decimals: 0, grouping: false } },
    });
    expect(target(0.25, '0%')).toMatchObject({ target: { kind: 'value', value: { value: 25, percent: true } } });
  });

  it.each([
    ['between 5% and 7%', 5, 7],
    ['5%-7%', 5, 7],
    ['5-7%', 5, 7],
    ['5% to 7%', 5, 7],
    ['7% - 5%', 5, 7],
  ])('reads the band %p', (text, low, high) => {
    const r = target(text);
    expect(r).toMatchObject({
      kind: 'target',
      target: { kind: 'band', low: { value: low, percent: true }, high: { value: high, percent: true } },
    });
  });

  it.each([
    ['keep under 20', 'lower'],
    ['under 20', 'lower'],
    ['below 20', 'lower'],
    ['keep this number under 20', 'lower'],
    ['at least 95%', 'higher'],
    ['maintain at 12', 'band'],
  ])('reads %p as a value with a polarity hint', (text, hint) => {
    const r = target(text);
    expect(r.kind).toBe('target');
    if (r.kind === 'target') {
      expect(r.polarityHint).toBe(hint);
      expect(r.target.kind).toBe('value');
    }
  });

  it('refuses compound targets and sentences', () => {
    expect(target('80/85%').kind).toBe('not-number');
    expect(target('Two multi agency training courses per quarter').kind).toBe('not-number');
    expect(target('').kind).toBe('blank');
  });
});
