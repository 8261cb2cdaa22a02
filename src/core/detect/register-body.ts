/**
 * The rows of a header-row table (register.ts): indicator rows down to a blank run, another
 * table's header or a commentary line; section names and repeated headers belong to the table but
 * are not indicators, and a row of figures without a name is warned about.
 */
import { headerScore } from './header-choice';
import { parseHeaderRow, type HeaderLayout } from './header-row';
import { nameHeaderColumn } from './name-column';
import { warn, type DetectContext } from './draft';
import { ratingOf } from '../scoring/rating-words';
import type { Grid } from './grid';

/** A row of one long text cell ends a table: a commentary paragraph, not a section name. */
const COMMENTARY_LENGTH = 80;

/**
 * A footnote's label in the names' column ("Note 1", "Notes:", "Source", "Key:", "* provisional",
 * "N.B."): the notes under a table, not an indicator. A name that only starts with such a word
 * ("Key stage 2 attainment", "Notes issued") is still a name.
 */
const NOTE_LABEL =
  /^(?:[*†‡]|(?:notes?|sources?|footnotes?|key|definitions?|caveats?|n\.?b\.?)(?:\s*\d+)?(?:\s*[:.\-–]|$))/i;

/** A name wholly in square brackets: a note or a form's placeholder row, not an indicator. */
const PLACEHOLDER_NAME = /^\[[^\]]*\]$/;

/** A key to the ratings under the table ("RAG key", "Key to symbols", "Legend", "Status guide"). */
const KEY_TITLE =
  /^(?:(?:rag|brag|status|performance|colour|color|traffic[- ]light|rating|ratings|symbols?|dot|direction of travel|trend)\s+)?(?:key|legend|guide)(?:\s+to\s+[a-z ]{1,30})?\s*[:.]?$/i;

export interface Body {
  /** Indicator rows. */
  rows: number[];
  /** Last row that belongs to the table (data, section or repeated header). */
  last: number;
  /** The walk stopped at another table's header directly below (the row read was a banner over it). */
  headerBelow?: boolean;
}

function isRepeatedHeader(grid: Grid, r: number, h: HeaderLayout): boolean {
  if (grid.lower(r, h.name) !== grid.lower(h.row, h.name)) return false;
  const again = parseHeaderRow(grid, r, h.name);
  return again.kind === 'header' && again.layout.signature === h.signature;
}

/** Another table's header row (a different header below this table ends it). */
function isOtherHeader(grid: Grid, r: number, h: HeaderLayout): boolean {
  const nameCol = nameHeaderColumn(grid, r);
  if (nameCol < 0) return false;
  // A data row with a category word in it ("Measure", "Indicator") under a date: typed like the rows below, so data.
  if (headerScore(grid, r, h.first, h.last).dataLike > 0) return false;
  return parseHeaderRow(grid, r, nameCol).kind !== 'not-header';
}

export function walkBody(ctx: DetectContext, h: HeaderLayout): Body {
  const grid = ctx.grid;
  const rows: number[] = [];
  let last = h.row;
  let blankRun = 0;
  for (let r = h.row + 1; r < grid.rows; r++) {
    if (grid.rowClaimed(r, h.first, h.last)) break;
    const filled = grid.filledIn(r, h.first, h.last);
    if (filled === 0) {
      // Content only outside the table's columns is something else below it; but a block beside
      // the table, past a blank column (validation checks, notes kept by the form's rows), is not.
      // A section heading in the column left of the table ("Housing" in the Ref column, the table
      // starting at its names) groups the rows below; it does not end the table.
      if (sectionLabelLeft(grid, r, h.first)) continue;
      if (grid.rowFilled[r] > 0 && !onlyBeside(grid, r, h.last)) break;
      if (grid.rowFilled[r] > 0) continue;
      if (++blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    if (isRepeatedHeader(grid, r, h)) {
      last = r;
      continue;
    }
    if (isOtherHeader(grid, r, h)) {
      if (rows.length === 0 && last === h.row) return { rows, last, headerBelow: true };
      break;
    }
    // A figure in the name column is a footer ("Measures reported this quarter | 15"), not an indicator.
    if (!grid.isBlank(r, h.name) && !grid.isString(r, h.name)) {
      last = r;
      continue;
    }
    const nameFilled = !grid.isBlank(r, h.name);
    // A row named only in square brackets ("[For use by NES and SSC only]") is a form's placeholder.
    if (nameFilled && PLACEHOLDER_NAME.test(grid.trimmed(r, h.name))) {
      last = r;
      continue;
    }
    // Notes under the table end it (a note row with figures is left to the rows' own reading).
    if (
      nameFilled &&
      endsTable(grid.trimmed(r, h.name)) &&
      !carriesFigures(grid, r, h) &&
      !bulletedIndicator(grid, r, h)
    )
      break;
    if (filled === 1) {
      const c = firstFilled(grid, r, h.first, h.last);
      if (c === h.name) {
        // A name alone on its row is a section heading ("Partnerships"), not an indicator.
        last = r;
        continue;
      }
      if (grid.trimmed(r, c).length > COMMENTARY_LENGTH) break;
    }
    if (!nameFilled) {
      if (carriesIndicatorData(grid, r, h) && !unitsRow(grid, r, h)) {
        warn(
          ctx,
          r,
          h.name,
          `Row ${r + grid.top + 1} has figures but no indicator name in ${grid.a1(r, h.name)}: it is not scored. Add the name or map the table.`,
        );
      }
      last = r;
      continue;
    }
    rows.push(r);
    last = r;
  }
  return { rows, last };
}

/**
 * Rows under a table that are not indicators and end it: a footnote, the title of a key to its
 * ratings, or a key row itself ("Green | On or better than target": a rating word as the name).
 */
function endsTable(name: string): boolean {
  if (NOTE_LABEL.test(name) || KEY_TITLE.test(name)) return true;
  // A key row's label is short ("Green", "A", "Red:"); an indicator's name is not asked (every row is).
  return name.length <= MAX_KEY_LABEL && ratingOf(name.replace(/[:=\-–]+$/, '').trim()) !== null;
}

/** Longest key row label read as a rating ("Partially achieved", "Amber - slightly off"). */
const MAX_KEY_LABEL = 24;

/** True when row r's content all lies right of column `last` past at least one blank column. */
function onlyBeside(grid: Grid, r: number, last: number): boolean {
  return grid.rowFirst[r] > last + 1 && grid.filledIn(r, 0, last + 1) === 0;
}

/** Row r holds one short label, left of the table's first column, that is no note or key title. */
function sectionLabelLeft(grid: Grid, r: number, first: number): boolean {
  if (grid.rowFilled[r] !== 1 || grid.rowFirst[r] >= first) return false;
  const c = grid.rowFirst[r];
  if (!grid.isString(r, c) || grid.isClaimed(r, c)) return false;
  const label = grid.trimmed(r, c);
  return label.length <= COMMENTARY_LENGTH && !endsTable(label);
}

function firstFilled(grid: Grid, r: number, c0: number, c1: number): number {
  for (let c = c0; c <= c1; c++) if (!grid.isBlank(r, c) && !grid.isClaimed(r, c)) return c;
  return -1;
}

function carriesIndicatorData(grid: Grid, r: number, h: HeaderLayout): boolean {
  if (h.target !== undefined && !grid.isBlank(r, h.target)) return true;
  if (h.single && !grid.isBlank(r, h.single.col)) return true;
  return h.periods.some((p) => !grid.isBlank(r, p.col));
}

/** A unit as a header's second line gives it: "%", "(%)", "£k", "days", "Number", "£'000". */
const UNIT_CELL =
  /^\(?\s*(?:%|per ?cent|percentage|£|£k|£m|£bn|£ ?'?000s?|\$|€|no\.?|number|count|n|days?|weeks?|hours?|hrs|mins?|minutes|kg|tonnes?|ratio|rate|score|index|£ per head|per \d[\d,]*)\s*\)?$/i;

/** A row under the header with no name and only units in its cells: the header's second line. */
function unitsRow(grid: Grid, r: number, h: HeaderLayout): boolean {
  let units = 0;
  for (let c = h.first; c <= h.last; c++) {
    if (grid.isBlank(r, c)) continue;
    if (!grid.isString(r, c) || !UNIT_CELL.test(grid.trimmed(r, c))) return false;
    units++;
  }
  return units > 0;
}

/** A name opening with an asterisk bullet ("* Number of farmers ..."), as a footnote does. */
const BULLET = /^\*/;

/**
 * A bulleted name on a row that fills two or more of the table's figure columns (baseline, target,
 * actual or periods, status): an indicator written as a list item, not a footnote under the table.
 * A footnote fills its own line ("* Target agreed by Cabinet"), not the table's columns.
 */
function bulletedIndicator(grid: Grid, r: number, h: HeaderLayout): boolean {
  if (!BULLET.test(grid.trimmed(r, h.name))) return false;
  const cols = [h.baseline?.col, h.target, h.single?.col, h.status, ...h.periods.map((p) => p.col)];
  return cols.filter((c) => c !== undefined && !grid.isBlank(r, c)).length >= 2;
}

/** A figure in the row's actual or period columns. */
function carriesFigures(grid: Grid, r: number, h: HeaderLayout): boolean {
  if (h.single && typeof grid.value(r, h.single.col) === 'number') return true;
  return h.periods.some((p) => typeof grid.value(r, p.col) === 'number');
}
