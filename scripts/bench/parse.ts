/**
 * parse.max_us_per_cell: the slowest single parse (target, value, polarity wording, polarity field,
 * header role) of any hostile string up to Excel's 32,767 characters, in microseconds, median of
 * five runs. parse.hostile_sheet_ms: scoring a sheet of the reported inputs (ten 32,766-digit
 * cells and 100 "keep keep ..." names) end to end. Issue 12 item 2: these took 79 s and 34 s.
 */
import { keywordRole } from '../../src/core/detect/headers';
import type { SourceCell } from '../../src/core/model';
import { scoreSheet } from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import { polarityFromField } from '../../src/core/scoring/evidence/polarity-from-field';
import { polarityFromWording } from '../../src/core/scoring/evidence/polarity-from-wording';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { readValue } from '../../src/core/values/read';
import { readTarget } from '../../src/core/values/target';
import { hostileTexts } from './hostile-text';
import { median, timeMs } from './timing';

function cellOf(text: string): SourceCell {
  return { cell: { row: 0, col: 0 }, value: text, numberFormat: 'General', text };
}

const PARSERS: ((text: string) => unknown)[] = [
  (t) => readTarget(cellOf(t)),
  (t) => readValue(cellOf(t)),
  (t) => readTarget(cellOf(t), { percentUnit: true }),
  (t) =>
    polarityFromWording({
      id: '',
      sheet: '',
      layout: 'register',
      table: 0,
      name: t,
      nameCell: { row: 0, col: 0 },
      values: [],
      comparators: [],
    }),
  (t) =>
    polarityFromField({
      id: '',
      sheet: '',
      layout: 'register',
      table: 0,
      name: 'x',
      polarityText: t,
      nameCell: { row: 0, col: 0 },
      values: [],
      comparators: [],
    }),
  (t) => keywordRole(t.toLowerCase()),
];

/** The reported sheet: a register whose targets are 32,766-digit cells and whose names are "keep keep ...". */
export function hostileSheet(): SheetSnapshot {
  const { digits, keep } = hostileTexts();
  const values: (string | number)[][] = [['Measure', 'Target', 'Actual', 'RAG']];
  for (let i = 0; i < 100; i++) values.push([`${keep} ${i}`, i < 10 ? digits : 20, i < 10 ? digits : 18, '']);
  const numberFormats = values.map((row) => row.map(() => 'General'));
  return { name: 'Hostile', top: 0, left: 0, values, numberFormats, merges: [], formulaRanges: [], protected: false };
}

export function benchParse(): Record<string, number> {
  let worstUs = 0;
  for (const text of Object.values(hostileTexts())) {
    for (const parse of PARSERS) {
      const us = median([0, 1, 2, 3, 4].map(() => timeMs(() => void parse(text)))) * 1000;
      worstUs = Math.max(worstUs, us);
    }
  }
  const sheet = hostileSheet();
  const rules = defaultRules();
  const sheetMs = median([0, 1, 2].map(() => timeMs(() => void scoreSheet(sheet, rules))));
  return {
    'parse.max_us_per_cell': Math.round(worstUs),
    'parse.hostile_sheet_ms': Math.round(sheetMs * 10) / 10,
  };
}
