/**
 * The look code kept beside each owned cell's text fingerprint (src/excel/look-print.ts): it
 * matches the look as Excel reads it back after scoring, sees a change to any property scoring set,
 * ignores the ones it did not set, and survives the state's encoding (ranges of equal codes).
 */
import { emptyState, withSheetState, sheetState } from '../../src/core/state/codec';
import { CLEARED_PROPS, styleProps } from '../../src/excel/cell-format';
import { holdsLook, lookPrint, lookScope, NO_LOOK } from '../../src/excel/look-print';
import { encodeForSheet, stateFromGrid } from '../../src/excel/state-store';
import { cellProps } from './fake/range';

const red = { fill: '#ffc7ce', fontColor: '#9C0006', bold: true };

test('a code matches the look Excel reads back after scoring wrote it, and no other', () => {
  const code = lookPrint(styleProps(red));
  expect(lookScope(code)).toEqual({ fontColor: true, wrap: false });
  // Read back as Excel answers: upper-case colours, the pattern Solid, the other properties too.
  const read = cellProps({ value: 'Red', numberFormat: '@', fill: '#FFC7CE', fontColor: '#9C0006', bold: true });
  expect(holdsLook(read, code)).toBe(true);
  expect(holdsLook(cellProps({ value: 'Red', numberFormat: '@', ...red, fill: '#FFFF00' }), code)).toBe(false);
  expect(holdsLook(cellProps({ value: 'Red', numberFormat: '@', ...red, fontColor: '#7030A0' }), code)).toBe(false);
  expect(holdsLook(cellProps({ value: 'Red', numberFormat: '@', ...red, bold: false }), code)).toBe(false);
  expect(holdsLook(undefined, code)).toBe(false);
});

test('properties scoring did not set are not in the code: a variance cell keeps matching whatever its font colour', () => {
  const code = lookPrint(styleProps({ wrap: true }));
  expect(lookScope(code)).toEqual({ fontColor: false, wrap: true });
  expect(holdsLook(cellProps({ value: 'x', numberFormat: '@', wrap: true }, wrapLoad), code)).toBe(true);
  expect(
    holdsLook(cellProps({ value: 'x', numberFormat: '@', wrap: true, fontColor: '#0070C0' }, wrapLoad), code),
  ).toBe(true);
  expect(holdsLook(cellProps({ value: 'x', numberFormat: '@', wrap: false }, wrapLoad), code)).toBe(false);
  // A cleared cell: no fill, not bold.
  const cleared = lookPrint(CLEARED_PROPS);
  expect(holdsLook(cellProps({ value: '', numberFormat: 'General' }), cleared)).toBe(true);
  expect(holdsLook(cellProps({ value: '', numberFormat: 'General', fill: '#FFFF00' }), cleared)).toBe(false);
});

test('no code, or NO_LOOK, compares nothing (text only)', () => {
  const read = cellProps({ value: 'x', numberFormat: '@', fill: '#FFFF00' });
  expect(holdsLook(read, undefined)).toBe(true);
  expect(holdsLook(read, NO_LOOK)).toBe(true);
});

test('look codes round-trip through the saved state; a state saved without them reads back without them', () => {
  const owned = ['E2', 'E3', 'E4', 'G2', 'G3'];
  const looks: Record<string, string> = {
    E2: lookPrint(styleProps(red)),
    E3: lookPrint(styleProps({ fill: '#C6EFCE', fontColor: '#006100', bold: true })),
    E4: lookPrint(styleProps(red)),
    G2: lookPrint(styleProps({ wrap: true })),
    G3: lookPrint(styleProps({ wrap: true })),
  };
  const prints = new Map(owned.map((a1) => [a1, 'AAAA']));
  const state = withSheetState(emptyState(), 'KPIs', { owned, prints, looks, mappings: [] });
  const back = sheetState(stateFromGrid(encodeForSheet(state).grid), 'KPIs');
  expect(back.looks).toEqual(looks);
  const without = withSheetState(emptyState(), 'KPIs', { owned, prints, mappings: [] });
  expect(sheetState(stateFromGrid(encodeForSheet(without).grid), 'KPIs').looks).toBeUndefined();
});

const wrapLoad = {
  format: {
    fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true },
    font: { color: true, bold: true, tintAndShade: true },
    wrapText: true,
  },
} as const;
