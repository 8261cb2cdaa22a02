/**
 * A table mapping typed on the command line (`--map`) or listed in a rules file (`mappings`), in the
 * sheet's own letters: `KPIs!A3:J48 name=B actual=D target=E status=G` (one header row, one
 * indicator per row). `periods=C,D,E` lists period columns oldest first instead of one `actual`;
 * `header=2` sets the header rows. Turned into the TableMapping the pane saves, and merged into the
 * workbook state so the mapping is remembered with the workbook.
 */
import { columnLetters, parseRangeA1 } from '../a1';
import type { TableMapping, WorkbookState } from '../state/types';

export interface SheetMapping {
  sheet: string;
  mapping: TableMapping;
}

export type MapSpecRead = { ok: true; value: SheetMapping } | { ok: false; error: string };

const ROLES = ['name', 'target', 'actual', 'polarity', 'status'] as const;
type Role = (typeof ROLES)[number];

/** Longest spec read: a mapping is one short line. */
const MAX_SPEC = 500;

export const MAP_EXAMPLE = 'KPIs!A3:J48 name=B actual=D target=E status=G';

function columnIndex(letters: string): number | null {
  if (!/^[A-Z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** One mapping from its text. Every problem says what is wrong and shows the form. */
export function parseMapSpec(spec: string): MapSpecRead {
  const fail = (why: string): MapSpecRead => ({ ok: false, error: `${why} (expected e.g. --map "${MAP_EXAMPLE}")` });
  const text = spec.trim();
  if (text.length === 0 || text.length > MAX_SPEC) return fail('The mapping is empty or too long');
  // A sheet name with spaces is quoted, as Excel writes it: 'Q2 pack'!B3:H20.
  let sheet: string;
  let rest: string;
  if (text.startsWith("'")) {
    const close = text.indexOf("'!", 1);
    if (close < 0) return fail(`The mapping must start with the sheet and range, as 'Sheet name'!A3:J48`);
    sheet = text.slice(1, close);
    rest = text.slice(close + 2);
  } else {
    const bang = text.indexOf('!');
    const space = text.search(/\s/);
    if (bang <= 0 || (space >= 0 && space < bang))
      return fail(`The mapping "${text.split(/\s/)[0]}" must start with the sheet and range, as Sheet!A3:J48`);
    sheet = text.slice(0, bang);
    rest = text.slice(bang + 1);
  }
  const parts = rest.split(/\s+/);
  const rangeText = parts[0];
  const range = parseRangeA1(rangeText);
  if (!range) return fail(`"${rangeText}" is not a range such as A3:J48`);
  const fields: Partial<Record<Role, number>> = {};
  let periods: number[] | undefined;
  let headerCount = 1;
  const offsetOf = (letters: string): number | string => {
    const col = columnIndex(letters.toUpperCase());
    if (col === null) return `"${letters}" is not a column letter`;
    const o = col - range.col;
    if (o < 0 || o >= range.colCount)
      return `column ${letters.toUpperCase()} is outside the range ${rangeText.toUpperCase()}`;
    return o;
  };
  for (const part of parts.slice(1)) {
    const m = /^([a-z]+)=(.+)$/i.exec(part);
    if (!m) return fail(`"${part}" is not role=column`);
    const role = m[1].toLowerCase();
    if (role === 'header') {
      const n = Number(m[2]);
      if (!Number.isInteger(n) || n < 0 || n >= range.rowCount)
        return fail(`header=${m[2]} must be 0 to ${range.rowCount - 1} rows`);
      headerCount = n;
    } else if (role === 'periods') {
      const cols: number[] = [];
      for (const letters of m[2].split(',')) {
        const o = offsetOf(letters);
        if (typeof o === 'string') return fail(o);
        cols.push(o);
      }
      periods = cols;
    } else if ((ROLES as readonly string[]).includes(role)) {
      const o = offsetOf(m[2]);
      if (typeof o === 'string') return fail(o);
      fields[role as Role] = o;
    } else {
      return fail(`"${m[1]}" is not a role (roles: ${ROLES.join(', ')}, periods, header)`);
    }
  }
  if (fields.name === undefined) return fail('The mapping needs name=<column of the indicator names>');
  if (fields.actual === undefined && !periods) return fail('The mapping needs actual=<column> or periods=<columns>');
  // Each column has one role: status on a figure column would overwrite the figures.
  const used = new Map<number, string>();
  const all: [string, number][] = [
    ...ROLES.filter((r) => fields[r] !== undefined).map((r): [string, number] => [r, fields[r]!]),
    ...(periods ?? []).map((o): [string, number] => ['periods', o]),
  ];
  for (const [role, o] of all) {
    const other = used.get(o);
    if (other !== undefined && !(other === 'periods' && role === 'periods'))
      return fail(`column ${columnLetters(range.col + o)} is given two roles (${other} and ${role})`);
    if (other === 'periods' && role === 'periods')
      return fail(`column ${columnLetters(range.col + o)} is listed twice in periods`);
    used.set(o, role);
  }
  const mapping: TableMapping = {
    range: rangeText.toUpperCase(),
    orientation: 'rows',
    name: fields.name,
    headerCount,
  };
  if (fields.target !== undefined) mapping.target = fields.target;
  if (fields.actual !== undefined) mapping.actual = fields.actual;
  if (periods) mapping.periods = periods;
  if (fields.polarity !== undefined) mapping.polarity = fields.polarity;
  if (fields.status !== undefined) mapping.status = fields.status;
  return { ok: true, value: { sheet, mapping } };
}

/** The state with these mappings added (a mapping for the same range replaces the saved one). */
export function withMappings(state: WorkbookState, add: readonly SheetMapping[]): WorkbookState {
  const sheets = { ...state.sheets };
  for (const { sheet, mapping } of add) {
    const key = Object.keys(sheets).find((k) => k.toLowerCase() === sheet.toLowerCase()) ?? sheet;
    const current = sheets[key] ?? { owned: [], mappings: [] };
    const kept = current.mappings.filter((m) => m.range.toUpperCase() !== mapping.range);
    sheets[key] = { ...current, mappings: [...kept, mapping] };
  }
  return { ...state, sheets };
}
