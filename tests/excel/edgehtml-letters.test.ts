/**
 * src/core/letters.ts stands in for \p{L} and \p{N}, which EdgeHTML 18 cannot parse. Within the
 * blocks it names it must be exactly them: every assigned code point is checked against this
 * engine's own property escapes (code points unassigned in this engine's Unicode are skipped, so
 * a newer Node that assigns them does not fail here).
 */
import { LETTER_BLOCKS, LETTERS, NUMBERS } from '../../src/core/letters';

const letter = new RegExp(`^[${LETTERS}]$`, 'u');
const number = new RegExp(`^[${NUMBERS}]$`, 'u');

test('LETTERS and NUMBERS are \\p{L} and \\p{N} on every assigned code point of their blocks', () => {
  const wrong: string[] = [];
  let checked = 0;
  for (const [from, to] of LETTER_BLOCKS) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCodePoint(c);
      if (/\p{Cn}/u.test(ch) || /\p{Cs}/u.test(ch)) continue;
      checked++;
      const hex = c.toString(16).toUpperCase().padStart(4, '0');
      if (letter.test(ch) !== /\p{L}/u.test(ch)) wrong.push(`U+${hex} letter`);
      if (number.test(ch) !== /\p{N}/u.test(ch)) wrong.push(`U+${hex} number`);
    }
  }
  expect(checked).toBeGreaterThan(20_000);
  expect(wrong).toEqual([]);
});

test('the words councils write are letters; symbols and figures are told apart', () => {
  // Welsh (ŵ ŷ in Latin Extended-A, ẁ ỳ in Latin Extended Additional), Polish, Greek, Urdu.
  for (const w of ['Gwyrdd', 'ŵyr', 'ẁ', 'ỳ', 'Żółty', 'Ωμέγα', 'سبز'])
    expect(new RegExp(`^[${LETTERS}]`, 'u').test(w)).toBe(true);
  for (const s of ['●', '▲', '✓', '🔴', '%', ' '])
    expect(new RegExp(`[${LETTERS}${NUMBERS}]`, 'u').test(s)).toBe(false);
  for (const n of ['7', '½', '²', '①']) expect(number.test(n)).toBe(true);
});
