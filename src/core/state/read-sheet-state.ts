/**
 * One sheet's record read back from the saved JSON: owned cells with their fingerprints, table
 * mappings, anchors and the undo record, each checked; a damaged field is dropped with a warning
 * (undo all or nothing), so one bad entry does not cost the rest.
 */
import { parseA1, parseRangeA1 } from '../a1';
import { blankUndoCell, expandCells, expandOwned, onSheet, type ExpandBudget } from './compact';
import type { SheetAnchor, SheetState, TableMapping, UndoCell } from './types';

type Bag = Record<string, unknown>;

export function isBag(v: unknown): v is Bag {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

export function readSheetState(
  raw: unknown,
  name: string,
  budget: ExpandBudget,
  warnings: string[],
): SheetState | null {
  const path = `sheets[${JSON.stringify(name)}]`;
  if (!isBag(raw)) {
    warnings.push(`${path}: not an object, dropped`);
    return null;
  }
  const s: SheetState = { owned: [], mappings: [] };
  if (Array.isArray(raw.owned)) {
    // Saved as ranges ("O5:Q5004"); single addresses read the same way. An entry naming another
    // sheet ("Other!B2") says nothing about this one.
    const codes: unknown[] = Array.isArray(raw.ownedPrints) ? raw.ownedPrints : [];
    const lookCodes: unknown[] = Array.isArray(raw.ownedLooks) ? raw.ownedLooks : [];
    const ranges: string[] = [];
    const rangeCodes: unknown[] = [];
    const rangeLooks: unknown[] = [];
    raw.owned.forEach((a, i) => {
      if (typeof a === 'string' && parseRangeA1(a) !== null && onSheet(a, name)) {
        ranges.push(a);
        rangeCodes.push(codes[i]);
        rangeLooks.push(lookCodes[i]);
      }
    });
    if (ranges.length !== raw.owned.length)
      warnings.push(`${path}.owned: entries that are not addresses on this sheet dropped`);
    // The look codes expand the same ranges again: measured against a copy, not charged twice.
    const looks = expandOwned(ranges, rangeLooks, { ...budget }).prints;
    const { cells, prints } = expandOwned(ranges, rangeCodes, budget);
    s.owned = cells;
    if (Array.isArray(raw.ownedPrints)) s.prints = prints;
    // fromEntries defines own properties: a cell name never reaches Object.prototype.
    if (Array.isArray(raw.ownedLooks)) s.looks = Object.fromEntries(looks);
  } else if (raw.owned !== undefined) warnings.push(`${path}.owned: not a list, dropped`);
  if (Array.isArray(raw.mappings)) {
    raw.mappings.forEach((m, i) => {
      const mapping = readMapping(m);
      if (mapping) s.mappings.push(mapping);
      else warnings.push(`${path}.mappings[${i}]: not a valid mapping, dropped`);
    });
  } else if (raw.mappings !== undefined) warnings.push(`${path}.mappings: not a list, dropped`);
  if (typeof raw.scoredAt === 'string') s.scoredAt = raw.scoredAt;
  if (typeof raw.id === 'string' && raw.id !== '') s.id = raw.id;
  if (Array.isArray(raw.anchors)) {
    const anchors = raw.anchors.filter(
      (a): a is SheetAnchor =>
        isBag(a) && typeof a.cell === 'string' && parseA1(a.cell) !== null && typeof a.print === 'string',
    );
    if (anchors.length === raw.anchors.length) s.anchors = anchors.map((a) => ({ cell: a.cell, print: a.print }));
    else warnings.push(`${path}.anchors: damaged, dropped`);
  }
  if (raw.undo !== undefined) {
    // Undo is all or nothing: a partial record would restore some cells and not others.
    const undo = Array.isArray(raw.undo) ? raw.undo.map(readUndoCell) : null;
    const blank = raw.undoBlank === undefined ? [] : Array.isArray(raw.undoBlank) ? raw.undoBlank : null;
    const blanks = blank
      ? expandCells(
          blank.filter((a): a is string => typeof a === 'string' && onSheet(a, name)),
          budget,
        ).map(blankUndoCell)
      : null;
    // A record cut short by the expansion allowance is a partial one: none at all is safer.
    const all = undo && blanks && !budget.exhausted ? [...blanks, ...undo] : null;
    if (all && all.every((u): u is UndoCell => u !== null)) s.undo = all;
    else warnings.push(`${path}.undo: damaged, "Undo last scoring" is not available for this sheet`);
  }
  return s;
}

const MAPPING_INDEXES = ['target', 'actual', 'polarity', 'status'] as const;

function readMapping(raw: unknown): TableMapping | null {
  if (!isBag(raw)) return null;
  const { range, orientation, name, headerCount } = raw;
  if (typeof range !== 'string' || (orientation !== 'rows' && orientation !== 'columns')) return null;
  if (!isIndex(name) || !isIndex(headerCount)) return null;
  const m: TableMapping = { range, orientation, name, headerCount };
  for (const k of MAPPING_INDEXES) {
    const v = raw[k];
    if (v === undefined) continue;
    if (!isIndex(v)) return null;
    m[k] = v;
  }
  if (raw.periods !== undefined) {
    if (!Array.isArray(raw.periods) || !raw.periods.every(isIndex)) return null;
    m.periods = raw.periods;
  }
  return m;
}

function readUndoCell(raw: unknown): UndoCell | null {
  if (!isBag(raw) || !isBag(raw.cell)) return null;
  const { row, col } = raw.cell;
  const { value, numberFormat, style } = raw;
  if (!isIndex(row) || !isIndex(col) || typeof numberFormat !== 'string') return null;
  if (typeof value !== 'string' && typeof value !== 'boolean' && !(typeof value === 'number' && Number.isFinite(value)))
    return null;
  const u: UndoCell = { cell: { row, col }, value, numberFormat };
  if (style !== undefined) {
    if (!isBag(style)) return null;
    const { fill, fontColor, bold } = style;
    if ((fill !== undefined && typeof fill !== 'string') || (fontColor !== undefined && typeof fontColor !== 'string'))
      return null;
    if (bold !== undefined && typeof bold !== 'boolean') return null;
    u.style = {};
    if (fill !== undefined) u.style.fill = fill;
    if (fontColor !== undefined) u.style.fontColor = fontColor;
    if (bold !== undefined) u.style.bold = bold;
  }
  return u;
}
