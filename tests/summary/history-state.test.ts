/**
 * The ratings history survives the saved state: encoded with the rest of the workbook's state and
 * read back as it was; a damaged or hostile history is cut down to what is sound, with a warning.
 */
import { decodeState, emptyState, encodeState } from '../../src/core/state/codec';
import { MAX_HISTORY_ENTRIES, readRatingsHistory } from '../../src/core/state/ratings-history';
import { recordRatings, type RatingsHistory } from '../../src/core/summary/history';
import { indicator, quarter, reading, target } from './fixtures';

function history(): RatingsHistory {
  const q = (status: 'GREEN' | 'RED') => [
    indicator({
      name: 'Visits “in time”',
      code: 'CS1',
      status,
      actual: reading(1),
      target: target(1),
      series: [[quarter(2020, 1), 1]],
    }),
  ];
  return recordRatings(recordRatings({}, q('RED'), 'Quarter 1 2020/21'), q('GREEN'), 'Quarter 2 2020/21');
}

describe('ratings history in the saved state', () => {
  test('encoded and decoded with the state, unchanged', () => {
    const state = { ...emptyState(), history: history() };
    const decoded = decodeState(encodeState(state));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.state.history).toEqual(state.history);
    expect(decoded.warnings).toEqual([]);
  });

  test('a state saved without a history reads as before', () => {
    const decoded = decodeState(encodeState(emptyState()));
    expect(decoded.ok && decoded.state.history).toBeUndefined();
  });

  test('unsound entries are dropped with a warning; a hostile claim is capped', () => {
    const warnings: string[] = [];
    const good = history();
    const raw = {
      ...good,
      bad1: { sheet: 'S', name: 'n', ratings: [{ period: 'p', status: 'PURPLE', word: 'x' }] },
      bad2: 'not an entry',
      ['__proto__']: { sheet: 'S', name: 'n', ratings: [{ period: 'p', status: 'RED', word: 'Red' }] },
    };
    const read = readRatingsHistory(JSON.parse(JSON.stringify(raw)), warnings);
    expect(Object.keys(read ?? {})).toEqual([...Object.keys(good), '__proto__']);
    expect(warnings).toEqual(['history: 2 unreadable or excess entries dropped']);
    const many: Record<string, unknown> = {};
    for (let i = 0; i < MAX_HISTORY_ENTRIES + 10; i++)
      many[`k${i}`] = {
        sheet: 'S',
        name: `n${i}`,
        ratings: Array(50).fill({ period: 'p', status: 'RED', word: 'Red' }),
      };
    const capped = readRatingsHistory(many, []);
    expect(Object.keys(capped ?? {}).length).toBe(MAX_HISTORY_ENTRIES);
    expect(Object.values(capped ?? {}).every((e) => e.ratings.length <= 8)).toBe(true);
    expect(readRatingsHistory([1, 2], [])).toBeUndefined();
  });
});
