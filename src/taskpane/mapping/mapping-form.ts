/**
 * The mapping form's state and its translation to a TableMapping. Offsets are 0-based within the
 * selected range, as TableMapping stores them; the form shows them as column letters or row numbers.
 */
import { columnLetters, parseRangeA1 } from '../../core/a1';
import type { TableMapping } from '../../core/state/types';

export interface MappingForm {
  range: string;
  orientation: 'rows' | 'columns';
  headerCount: number;
  name: number | null;
  target: number | null;
  polarity: number | null;
  status: number | null;
  valuesKind: 'actual' | 'periods';
  actual: number | null;
  periods: number[];
}

export function emptyForm(range: string): MappingForm {
  return {
    range,
    orientation: 'rows',
    headerCount: 1,
    name: 0,
    target: null,
    polarity: null,
    status: null,
    valuesKind: 'actual',
    actual: null,
    periods: [],
  };
}

/**
 * The header text of a field, from the range's cells as displayed: for one indicator per row, the
 * last header row's cell above the column; per column, the last header column's cell beside the row.
 */
function headerText(form: MappingForm, cells: readonly (readonly string[])[], offset: number): string {
  if (form.headerCount < 1) return '';
  const h = form.headerCount - 1;
  const text = form.orientation === 'rows' ? cells[h]?.[offset] : cells[offset]?.[h];
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
}

/**
 * The field positions a user can pick: columns across the range (rows = one indicator per row), or
 * rows down it, each by its letter or number and its header text ("Column C: Target").
 */
export function fieldOptions(
  form: MappingForm,
  cells: readonly (readonly string[])[] = [],
): { offset: number; label: string }[] {
  const r = parseRangeA1(form.range);
  if (!r) return [];
  const count = form.orientation === 'rows' ? r.colCount : r.rowCount;
  return Array.from({ length: Math.min(count, 200) }, (_, offset) => {
    const place = form.orientation === 'rows' ? `Column ${columnLetters(r.col + offset)}` : `Row ${r.row + offset + 1}`;
    const header = headerText(form, cells, offset);
    return { offset, label: header ? `${place}: ${header}` : place };
  });
}

export function mappingProblems(form: MappingForm): string[] {
  const problems: string[] = [];
  if (!parseRangeA1(form.range)) problems.push('Select the table first (Use selected range).');
  if (form.name === null) problems.push('Choose where the indicator names are.');
  if (form.valuesKind === 'actual' && form.actual === null)
    problems.push('Choose where the actual values are, or pick period columns.');
  if (form.valuesKind === 'periods' && form.periods.length === 0) problems.push('Tick at least one period.');
  if (!Number.isInteger(form.headerCount) || form.headerCount < 0) problems.push('Header rows must be 0 or more.');
  return problems;
}

export function toMapping(form: MappingForm): TableMapping {
  const m: TableMapping = {
    range: form.range,
    orientation: form.orientation,
    name: form.name ?? 0,
    headerCount: form.headerCount,
  };
  if (form.target !== null) m.target = form.target;
  if (form.polarity !== null) m.polarity = form.polarity;
  if (form.status !== null) m.status = form.status;
  if (form.valuesKind === 'actual' && form.actual !== null) m.actual = form.actual;
  if (form.valuesKind === 'periods') m.periods = [...form.periods].sort((a, b) => a - b);
  return m;
}
