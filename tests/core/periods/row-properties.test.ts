import fc from 'fast-check';
import { analysePeriodRow, monthFromName, parsePeriodRow, type Period } from '../../../src/core/periods';
import { cell } from './helpers';

const NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Months since year 0, to check steps of exactly one month. */
const idx = (p: Period): number => (p.year as number) * 12 + (p.month as number) - 1;

describe('parsePeriodRow properties', () => {
  it('any run of consecutive bare months, either direction, comes back one month apart', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        fc.boolean(),
        (start, length, newestFirst, abbreviate) => {
          const names = Array.from({ length }, (_, k) => NAMES[(start + k) % 12]).map((n) =>
            abbreviate ? n.slice(0, 3) : n,
          );
          if (newestFirst) names.reverse();
          const row = analysePeriodRow(names.map((n) => cell(n)));
          const ps = row.periods as Period[];
          expect(ps.every((p) => p !== null && p.kind === 'month')).toBe(true);
          const inTime = newestFirst ? [...ps].reverse() : ps;
          for (let k = 1; k < inTime.length; k++) {
            expect(idx(inTime[k]) - idx(inTime[k - 1])).toBe(1);
            expect(inTime[k].order).toBeGreaterThan(inTime[k - 1].order);
          }
          if (length > 2) expect(row.descending).toBe(newestFirst);
          expect(row.nominalYear).toBe(true);
          expect(ps.map((p) => p.month)).toEqual(names.map((n) => monthFromName(n)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a dated month anywhere in the run fixes every year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2030 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 2, max: 20 }),
        fc.nat(),
        (year, start, length, pick) => {
          const at = pick % length;
          const first = year * 12 + start;
          const texts = Array.from({ length }, (_, k) => {
            const m = first + k;
            const name = NAMES[m % 12];
            return k === at ? `${name.slice(0, 3)}-${String(Math.floor(m / 12) % 100).padStart(2, '0')}` : name;
          });
          const ps = parsePeriodRow(texts.map((t) => cell(t))) as Period[];
          expect(ps.map(idx)).toEqual(Array.from({ length }, (_, k) => first + k));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on rows of header-like cells; orders are finite, baselines first and distinct', () => {
    const token = fc.constantFrom(
      'September',
      'Apr-16',
      'Q2',
      'Qtr 3',
      '2020/21',
      '30/06/12',
      'EAST',
      'Prev. 6 months average',
      '',
      'RAG',
      '16-Apr',
      'Q4 2019/20',
      'January',
    );
    const serial = fc.integer({ min: -10, max: 60000 }).map((v) => cell(v, 'mmm-yy', ''));
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            token.map((t) => cell(t)),
            serial,
          ),
          { maxLength: 14 },
        ),
        (cells) => {
          const ps = parsePeriodRow(cells);
          expect(ps).toHaveLength(cells.length);
          const present = ps.filter((p): p is Period => p !== null);
          for (const p of present) expect(Number.isFinite(p.order)).toBe(true);
          const orders = present.map((p) => p.order);
          expect(new Set(orders).size).toBe(orders.length);
          const maxBaseline = Math.max(-Infinity, ...present.filter((p) => p.kind === 'baseline').map((p) => p.order));
          const minOther = Math.min(Infinity, ...present.filter((p) => p.kind !== 'baseline').map((p) => p.order));
          expect(maxBaseline).toBeLessThan(minOther);
        },
      ),
      { numRuns: 500 },
    );
  });
});
