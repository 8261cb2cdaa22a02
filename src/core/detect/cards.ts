/**
 * Indicator cards (seed 003, a performance-system export): a title line with the code
 * ("2042SC: LAC per 10,000 ...", "NI060 Percentage ..."), Owner/Polarity/Unit lines (one cell,
 * several cells or several lines), then a grid: a row of month-end dates over rows Actual, Target,
 * Symbol. Each card is its own table, stacked down the sheet.
 *
 * Outputs: status in the Symbol row under the card's current period (the latest column with an
 * Actual). A card has no trend or variance cell of its own, so both go right of the grid on the
 * Symbol row, in the first columns empty down the whole grid. A card without a Symbol row gets all
 * three there, on the Actual row.
 */
import { parsePeriodRow } from '../periods';
import type { IndicatorSource, PeriodCell } from '../model';
import { indicatorId, warn, type DetectContext } from './draft';
import type { Grid } from './grid';
import { headerCell } from './headers';
import { cardComparators, isCardComparator } from './comparator-cells';
import { freeColumnsRight } from './output-cells';
import { propose, proposeReading } from './readings/choose';
import { periodsRead } from './readings/evidence';
import { hasValue, rowValues, type PeriodColumn } from './series';
import { hasCode, isMetaLine, parseMeta, splitCode, type MetaFields } from './text-fields';

/** How far above the date row a card's title and Owner/Polarity/Unit lines may sit. */
const TITLE_WINDOW = 15;
/** Titles are one line; commentary paragraphs run longer than this. */
const COMMENTARY_LENGTH = 150;

type GridRowKind = 'actual' | 'target' | 'symbol';

function gridRowKind(lower: string): GridRowKind | null {
  if (lower === 'actual' || lower === 'actuals') return 'actual';
  if (lower === 'target' || lower === 'targets') return 'target';
  if (lower === 'symbol' || lower === 'status' || lower === 'rag') return 'symbol';
  return null;
}

interface CardGrid {
  periodRow: number;
  label: number;
  periods: PeriodColumn[];
  rows: Partial<Record<GridRowKind, number>>;
  /** Rows labelled as comparators ("National average", "Statistical neighbours"), issue 15. */
  comparatorRows: number[];
  lastRow: number;
  lastCol: number;
}

/** The card grid whose Actual row is r, or null when r is not one. */
function readGrid(grid: Grid, r: number): CardGrid | null {
  const label = grid.rowFirst[r];
  if (label < 0 || gridRowKind(grid.lower(r, label)) !== 'actual' || grid.rowClaimed(r)) return null;
  // The date row: just above the label rows, with a blank corner.
  let p = r - 1;
  while (p >= 0 && gridRowKind(grid.lower(p, label)) !== null) p--;
  if (p < 0 || !grid.isBlank(p, label) || grid.rowFirst[p] <= label) return null;
  const cols: number[] = [];
  for (let c = label + 1; c <= grid.rowLast[p]; c++) if (!grid.isBlank(p, c)) cols.push(c);
  if (cols.length < 2) return null;
  const parsed = parsePeriodRow(
    cols.map((c) => headerCell(grid, p, c)),
    { date1904: grid.date1904 },
  );
  const periods: PeriodColumn[] = [];
  cols.forEach((c, i) => {
    const period = parsed[i];
    if (period && period.kind !== 'baseline') periods.push({ col: c, period });
  });
  if (periods.length < 2) return null;
  periods.sort((a, b) => a.period.order - b.period.order);
  const rows: Partial<Record<GridRowKind, number>> = {};
  let lastRow = p;
  let lastCol = grid.lastUsedCol(p);
  const comparatorRows: number[] = [];
  for (let q = p + 1; q < grid.rows; q++) {
    const kind = grid.rowFirst[q] === label ? gridRowKind(grid.lower(q, label)) : null;
    if (!kind && grid.rowFirst[q] === label && isCardComparator(grid.lower(q, label))) {
      comparatorRows.push(q);
      lastRow = q;
      lastCol = Math.max(lastCol, grid.lastUsedCol(q));
      continue;
    }
    if (!kind || rows[kind] !== undefined) break;
    rows[kind] = q;
    lastRow = q;
    // Our trend/variance from an earlier scoring sit right of the grid: they do not widen it.
    lastCol = Math.max(lastCol, grid.lastUsedCol(q));
  }
  return { periodRow: p, label, periods, rows, comparatorRows, lastRow, lastCol };
}

interface CardHead {
  titleRow: number;
  titleCol: number;
  title: string;
  meta: MetaFields;
  /** Topmost row the card's head takes (title or meta line). */
  top: number;
}

function isCommentMarker(lower: string): boolean {
  return lower.startsWith('latest comments') || lower.startsWith('comment author');
}

/** Title and Owner/Polarity/Unit lines above a card grid, up to the previous card or its comments. */
function readHead(grid: Grid, g: CardGrid): CardHead | null {
  let titleRow = -1;
  let fallback = -1;
  const metaRows: number[] = [];
  let top = g.periodRow;
  for (let r = g.periodRow - 1; r >= Math.max(0, g.periodRow - TITLE_WINDOW); r--) {
    if (grid.rowFilled[r] === 0) continue;
    if (grid.rowClaimed(r)) break;
    const first = grid.rowFirst[r];
    const lower = grid.lower(r, first);
    if (isCommentMarker(lower)) break;
    const line = grid.lineText(r);
    // A long paragraph is an earlier card's commentary: the head ends there.
    if (line.length > COMMENTARY_LENGTH) break;
    if (isMetaLine(line.toLowerCase())) {
      // An Owner line may sit just above the title (seed 003, CS108); a meta line further up
      // than one row above the title belongs to an earlier card.
      if (titleRow < 0 || r >= titleRow - 2) {
        metaRows.push(r);
        top = Math.min(top, r);
      }
      continue;
    }
    if (titleRow >= 0) {
      if (r < titleRow - 2) break;
      continue;
    }
    if (hasCode(line)) {
      titleRow = r;
      top = Math.min(top, r);
    } else if (fallback < 0 && /[a-z]/.test(line) && line.split(/\s+/).length >= 3) {
      fallback = r;
    }
  }
  if (titleRow < 0) titleRow = fallback;
  if (titleRow < 0) return null;
  top = Math.min(top, titleRow);
  const meta: MetaFields = {};
  // Nearest first: the lines just under the title, then the one above it.
  metaRows.sort((a, b) => Math.abs(a - titleRow) - Math.abs(b - titleRow));
  for (const r of metaRows) {
    const m = parseMeta(grid.lineText(r));
    meta.owner ??= m.owner;
    meta.polarity ??= m.polarity;
    meta.unit ??= m.unit;
  }
  return { titleRow, titleCol: grid.rowFirst[titleRow], title: grid.lineText(titleRow), meta, top };
}

function buildCard(ctx: DetectContext, g: CardGrid): void {
  const grid = ctx.grid;
  const actual = g.rows.actual!;
  const head = readHead(grid, g);
  const values = rowValues(grid, actual, g.periods);
  let currentIdx = -1;
  for (let i = g.periods.length - 1; i >= 0 && currentIdx < 0; i--)
    if (hasValue(grid, actual, g.periods[i].col)) currentIdx = i;
  const current = currentIdx >= 0 ? g.periods[currentIdx] : undefined;
  const targets: PeriodCell[] = g.rows.target !== undefined ? rowValues(grid, g.rows.target, g.periods) : [];

  const split = head ? splitCode(head.title) : { name: '' };
  const nameRow = head ? head.titleRow : actual;
  const nameCol = head ? head.titleCol : g.label;
  if (!head)
    warn(
      ctx,
      g.periodRow,
      g.label,
      `The card with dates in row ${g.periodRow + grid.top + 1} has no title line with its name: scored under "Untitled card".`,
    );
  const ind: IndicatorSource = {
    id: indicatorId(grid, nameRow, nameCol),
    sheet: grid.name,
    layout: 'card',
    table: -1,
    name: split.name || 'Untitled card',
    nameCell: grid.ref(nameRow, nameCol),
    values,
    comparators: cardComparators(grid, g.comparatorRows, g.label, g.periods, current),
  };
  if (split.code) ind.code = split.code;
  if (head?.meta.unit) ind.unitText = head.meta.unit;
  if (head?.meta.polarity) ind.polarityText = head.meta.polarity;
  if (targets.length > 0) ind.targetsByPeriod = targets;
  const target = current ? targetFor(targets, current) : undefined;
  if (target) ind.target = target.source;
  if (current) ind.currentPeriod = current.period;

  const [c1, c2, c3] = freeColumnsRight(grid, g.lastCol, g.periodRow, g.lastRow, 3);
  if (g.rows.symbol !== undefined) {
    if (current) ind.statusCell = grid.ref(g.rows.symbol, current.col);
    ind.trendCell = grid.ref(g.rows.symbol, c1);
    ind.varianceCell = grid.ref(g.rows.symbol, c2);
  } else {
    ind.statusCell = grid.ref(actual, c1);
    ind.trendCell = grid.ref(actual, c2);
    ind.varianceCell = grid.ref(actual, c3);
  }
  if (!current && g.rows.symbol !== undefined) {
    warn(
      ctx,
      actual,
      g.label,
      `The card "${ind.name}" has no Actual yet: no current period, so no status is written in its Symbol row.`,
    );
  }

  const top = head ? head.top : g.periodRow;
  const table = {
    layout: 'card' as const,
    r0: top,
    c0: Math.min(g.label, nameCol),
    r1: g.lastRow,
    c1: g.lastCol,
    indicators: [ind],
    title: head?.title,
  };
  ctx.tables.push(current ? { ...table, currentPeriod: current.period } : table);
  grid.claim(top, 0, g.lastRow - top + 1, grid.cols);
}

/**
 * The target for the current period: the Target row's cell in that column; else a later target in
 * the same financial quarter (quarter-end targets over monthly actuals); else the nearest earlier one.
 */
function targetFor(targets: PeriodCell[], current: PeriodColumn): PeriodCell | undefined {
  const p = current.period;
  const same = targets.find((t) => t.period.order === p.order);
  if (same) return same;
  if (p.quarter !== undefined && p.fyStart !== undefined) {
    const inQuarter = targets.find(
      (t) => t.period.order > p.order && t.period.quarter === p.quarter && t.period.fyStart === p.fyStart,
    );
    if (inQuarter) return inQuarter;
  }
  let earlier: PeriodCell | undefined;
  for (const t of targets) if (t.period.order < p.order) earlier = t;
  return earlier;
}

/** Find every card grid (an "Actual" row under a row of dates) not already claimed. */
export function detectCards(ctx: DetectContext): void {
  const grid = ctx.grid;
  for (let r = 1; r < grid.rows; r++) {
    const first = grid.rowFirst[r];
    if (first < 0 || grid.rowFilled[r] < 1) continue;
    const lower = grid.lower(r, first);
    if (lower !== 'actual' && lower !== 'actuals') continue;
    const g = readGrid(grid, r);
    if (!g) continue;
    const region = { r0: g.periodRow, c0: g.label, r1: g.lastRow, c1: g.lastCol };
    const periods = periodsRead(
      g.periods.length,
      grid.filledIn(g.periodRow, g.label + 1, g.lastCol),
      'cells of the date row',
    );
    propose(ctx, [proposeReading('card', region, [periods], { build: () => buildCard(ctx, g) })]);
    r = g.lastRow;
  }
}
