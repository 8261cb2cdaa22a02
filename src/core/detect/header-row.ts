/**
 * Reading one header row of a register or time series into column roles, and telling header rows
 * from data rows. A header row has a name column ("Measure", "KPI", "Performance Measure
 * (Indicator)") and at least one column that carries something to score (target, actual, period,
 * status); plain numbers in it mean it is a data row instead. Which column holds the names is
 * found in name-column.ts.
 */
import type { Period } from '../model';
import { analysePeriodRow } from '../periods';
import { periodsUnderSharedLabel } from './shared-label-periods';
import { KEY_RESULT_RE, normaliseHeaderWords } from './column-words';
import { classifyColumn, headerCell, type HeaderColumn } from './headers';
import type { Grid } from './grid';
import { byOrder, type PeriodColumn } from './series';
import { resolveColumnRoles, type RoleFinding } from './column-evidence';
import { blockAround } from './blocks';
import { yearNumberPeriods } from './year-headers';
import { CONTENT_ROWS } from './name-column';
import { bannerPeriods, roleRowUnder, withBannerYear } from './period-banner';
import { rowYearAnchor, yearlessActualCell } from './row-year';
import { yearOfParts, yearTotalColumn, type YearTotal } from './year-total';

export interface HeaderLayout {
  row: number;
  /** The upper row of a header over two rows (names and a period banner above the role row). */
  headerTop?: number;
  /** Span of the header cells. */
  first: number;
  last: number;
  columns: HeaderColumn[];
  name: number;
  /** A column of one text on every row beside the names: the measure they report (RoleReading.measure). */
  measure?: number;
  code?: number;
  target?: number;
  polarity?: number;
  frequency?: number;
  /** A per-indicator tolerance column ("Tolerance", "Amber tolerance"). */
  tolerance?: number;
  unit?: number;
  status?: number;
  trend?: number;
  variance?: number;
  /** Period columns oldest first; a lone "Actual" column without a period is `single`. */
  periods: PeriodColumn[];
  single?: { col: number; period?: Period };
  baseline?: HeaderColumn;
  comparators: HeaderColumn[];
  /**
   * The periods are a register's figure columns ("Q1 Actual" ... "Q4 Actual", "previous" /
   * "current", "PY" / "Act"), not a time series' month columns: the table stays a register.
   */
  registerPeriods?: boolean;
  /** Lowercase header texts by column, to recognise the same header repeated further down. */
  signature: string;
  /** Per-period targets ("2016/17 end of year target", "2017/18 target"), oldest first, where there are several. */
  periodTargets?: PeriodColumn[];
  /**
   * Further target columns without a period, in sheet order ("target_max" beside "target_min"): a
   * row whose first target cell is blank takes the first of these it fills.
   */
  otherTargets?: number[];
  /** `target` is the year's, used only where the period's own target (periodTargets) is blank. */
  yearTarget?: boolean;
  /**
   * Status, trend and variance columns of one period each ("Q1 | Q2 | Q3" banners over Actual /
   * Status, "Q2 RAG"), where there are several: the current period's are the table's outputs
   * (period-outputs.ts). The single `status` / `trend` / `variance` above is the first of each.
   */
  periodOutputs?: PeriodOutput[];
  /** The names are OKR key results ("Key Result", "KR"): each states its own target (key-result-target.ts). */
  keyResults?: boolean;
  /** What the content changed in the roles the header's words gave (for the table's warning). */
  findings?: RoleFinding[];
  /** Why this row was taken as the header rather than the row first read as one. */
  headerChoice?: string;
  /** The year's own figure after its quarters or months ("Year End", "Annual"), also the last of `periods`. */
  yearTotal?: YearTotal;
  /** A status column of an earlier period named by its words ("Previous RAG"): its words only, never written. */
  earlierStatus?: number;
}

/** A status header naming an earlier period by its words: "Previous RAG", "Last quarter status", "Prior rating". */
const EARLIER_OUTPUT =
  /^(?:previous|prev|last|prior|preceding)\b|\b(?:previous|last|prior) (?:quarter|month|year|period)(?:'?s)?\b/;

export interface PeriodOutput extends PeriodColumn {
  role: 'status' | 'trend' | 'variance';
}

/** Two headers name the same part of a year ("Q3 Target" and "Q3 Actual"; "Sep Target" and "Sep"). */
function samePart(a: Period | undefined, b: Period | undefined): boolean {
  if (!a || !b || a.kind !== b.kind || (a.kind !== 'quarter' && a.kind !== 'month')) return false;
  if (a.quarter !== b.quarter || a.month !== b.month) return false;
  return a.fyStart === undefined || b.fyStart === undefined || a.fyStart === b.fyStart;
}

/** A month (or dated) column inside the quarter a target header names ("Dec-24" in "Q3 target"). */
function monthOfQuarter(p: Period | undefined, quarter: Period | undefined): boolean {
  if (!p || !quarter || quarter.kind !== 'quarter' || (p.kind !== 'month' && p.kind !== 'date')) return false;
  if (p.quarter !== quarter.quarter || p.fyStart === undefined) return false;
  return quarter.fyStart === undefined || quarter.fyStart === p.fyStart;
}

/** The quarter in the year of its latest month column, ordered with it. */
function placedAtMonth(quarter: Period, months: readonly PeriodColumn[]): Period {
  let last = months[0].period;
  for (const m of months) if (m.period.order > last.order) last = m.period;
  return { ...quarter, fyStart: last.fyStart, order: last.order };
}

export interface ParseOptions {
  /** Let the content settle the roles (column-evidence.ts). Off for the quick repeated-header tests. */
  content?: boolean;
}

/**
 * The figure column by content: the nearest column right of the names whose header has no role of
 * its own and whose cells below are nearly all numbers. Only asked when no header names a figure.
 */
function figureColumnByContent(grid: Grid, r: number, columns: HeaderColumn[], nameCol: number): number | undefined {
  for (const col of columns) {
    // A header whose words say it is no figure ("baseline_period", "target_year") is not one by content.
    if (col.col <= nameCol || col.role !== 'other' || col.evidence === 'words') continue;
    let numbers = 0;
    let other = 0;
    for (let rr = r + 1; rr < Math.min(grid.rows, r + 1 + CONTENT_ROWS); rr++) {
      if (grid.isBlank(rr, col.col)) continue;
      if (typeof grid.value(rr, col.col) === 'number') numbers++;
      else other++;
    }
    if (numbers >= 2 && other <= numbers / 4) return col.col;
  }
  return undefined;
}

export type HeaderParse =
  | { kind: 'header'; layout: HeaderLayout }
  /** Has a name column but nothing to score (an action plan's "Measure" column). */
  | { kind: 'no-values'; nameCol: number; signature: string }
  | { kind: 'not-header' };

/** Parse row r as a header row whose name column is `nameCol`. */
export function parseHeaderRow(grid: Grid, r: number, nameCol: number, options: ParseOptions = {}): HeaderParse {
  let columns: HeaderColumn[] = [];
  let plainNumbers = 0;
  const sig: string[] = [];
  // Only the block of columns around the names: a chart-data block beside the table is not its columns.
  const block = blockAround(grid, r, nameCol);
  // A header over two rows (period-banner.ts): the names and fields in row r, merged down, and a
  // period banner in row r over the Target / Actual headers of row r + 1. Read as one header whose
  // body starts below row r + 1; each column from the row that names it.
  // Or no banner: a label over the figure columns ("Performance level - actual" over "Previous
  // reporting year | Current reporting year | PCL met?"), the names' header merged down (blank below).
  const rolesBelow = r + 1 < grid.rows && roleRowUnder(grid, r + 1, block.first, block.last);
  const banner2 = rolesBelow ? bannerPeriods(grid, r + 1, block.first, block.last) : undefined;
  const twoRow = banner2 !== undefined && (banner2.size > 0 || grid.isBlank(r + 1, nameCol));
  const hr = twoRow ? r + 1 : r;
  // The lower row runs under the last banner's merged cells: the block ends where it does.
  let last = block.last;
  if (twoRow) while (last + 1 < grid.cols && !grid.isBlank(hr, last + 1) && !grid.isClaimed(hr, last + 1)) last++;
  const years = yearNumberPeriods(grid, r, block.first, block.last);
  const banner = twoRow ? bannerPeriods(grid, hr, block.first, last) : bannerPeriods(grid, r, block.first, block.last);
  const rowOf = new Map<number, number>();
  for (let c = block.first; c <= last; c++) {
    const cr = twoRow && !grid.isBlank(hr, c) ? hr : r;
    // The banner cells themselves are not columns.
    if (twoRow && cr === r && banner.has(c)) continue;
    if (grid.isBlank(cr, c) || grid.isClaimed(cr, c)) continue;
    const col = (cr === r ? years.get(c) : undefined) ?? classifyColumn(grid, cr, c);
    if (!col) continue;
    rowOf.set(c, cr);
    // A target or actual under a period banner names that period ("2022/23" over "Target | Actual").
    const over = banner.get(c);
    if (over && !col.period && (col.role === 'actual' || col.role === 'target')) {
      col.period = over;
      col.label = `${over.label} ${col.label}`;
    }
    // A Status / Trend / Variance under a banner is that period's output ("Q2" over "Actual | Status").
    if (over && !col.period && (col.role === 'status' || col.role === 'trend' || col.role === 'variance'))
      col.period = over;
    if (col.role === 'other' && typeof grid.value(cr, c) === 'number') plainNumbers++;
    columns.push(col);
    // Our own headers (Status/Trend/Variance we added) are not part of the table's signature, so the
    // header repeated in later sections (without them) still reads as the same header.
    if (!grid.isOurs(cr, c)) sig.push(`${c}:${grid.lower(cr, c) || grid.trimmed(cr, c)}`);
  }
  if (plainNumbers > 0 || columns.length === 0) return { kind: 'not-header' };
  periodsUnderSharedLabel(columns);
  // Periods read as a row, so "September" ... "April" get years and run forward across the year end.
  // A yearless quarter or month under a year banner is read with the banner's year (period-banner.ts).
  const cells = columns.map(
    (c) =>
      withBannerYear(c.period, banner.get(c.col)) ??
      yearlessActualCell(c) ??
      headerCell(grid, rowOf.get(c.col) ?? r, c.col),
  );
  let inRow = analysePeriodRow(cells, { date1904: grid.date1904 });
  // Yearless quarters or months with no year in the row: the year its role headers name (row-year.ts).
  const anchor = inRow.nominalYear ? rowYearAnchor(columns) : null;
  if (anchor) {
    const anchored = analysePeriodRow([anchor, ...cells], { date1904: grid.date1904 });
    inRow = { ...anchored, periods: anchored.periods.slice(1) };
  }
  columns.forEach((c, i) => {
    const p = inRow.periods[i];
    // An actual keeps its own label ("Q2 Actual"), read in the row as its period's words ("Q2").
    if (p && c.role === 'period') c.period = p;
    else if (p && c.role === 'actual' && c.period) c.period = { ...p, label: c.period.label };
  });
  const signature = sig.join('|');
  let findings: RoleFinding[] | undefined;
  let measure: number | undefined;
  if (options.content) {
    const reading = resolveColumnRoles(grid, hr, columns, nameCol);
    columns = reading.columns;
    nameCol = reading.name;
    measure = reading.measure;
    if (reading.findings.length > 0) findings = reading.findings;
  }
  const layout: HeaderLayout = {
    row: hr,
    // A blank top-left corner over the names (metric-block style headers) still belongs to the table.
    first: Math.min(nameCol, columns[0].col),
    last: columns[columns.length - 1].col,
    columns,
    name: nameCol,
    periods: [],
    comparators: [],
    signature,
  };
  if (twoRow) layout.headerTop = r;
  if (KEY_RESULT_RE.test(normaliseHeaderWords(grid.lower(rowOf.get(nameCol) ?? r, nameCol)))) layout.keyResults = true;
  if (findings) layout.findings = findings;
  if (measure !== undefined) layout.measure = measure;
  const periodCols: PeriodColumn[] = [];
  const targetCols: HeaderColumn[] = [];
  const actuals: HeaderColumn[] = [];
  const earlier: HeaderColumn[] = [];
  for (const col of columns) {
    // The names' column is never also a figure or an output column (a header read from the row
    // under the one that named it: "Performance rating" over the names would be written over them).
    if (col.col === nameCol && col.role !== 'name') continue;
    switch (col.role) {
      case 'target':
        targetCols.push(col);
        if (layout.target === undefined) layout.target = col.col;
        break;
      case 'code':
      case 'polarity':
      case 'frequency':
      case 'tolerance':
      case 'unit':
        // First one wins: a second "Target" column is left as it is, never read as values.
        if (layout[col.role] === undefined) layout[col.role] = col.col;
        break;
      case 'status':
      case 'trend':
      case 'variance':
        // "Previous RAG", "Last quarter's status": the author's rating of an earlier figure, never
        // the place for this period's (before: the first status column, so our rating went over it).
        if (
          col.role === 'status' &&
          !col.period &&
          EARLIER_OUTPUT.test(normaliseHeaderWords(col.label.toLowerCase()))
        ) {
          layout.earlierStatus ??= col.col;
          break;
        }
        if (layout[col.role] === undefined) layout[col.role] = col.col;
        if (col.period) (layout.periodOutputs ??= []).push({ role: col.role, col: col.col, period: col.period });
        break;
      case 'actual':
        actuals.push(col);
        break;
      case 'earlier':
        earlier.push(col);
        break;
      case 'period':
        if (col.period) periodCols.push({ col: col.col, period: col.period });
        break;
      case 'baseline':
        if (!layout.baseline) layout.baseline = col;
        break;
      case 'area':
      case 'comparator':
        layout.comparators.push(col);
        break;
      default:
        break;
    }
  }
  // Of several targets, the one on the actual's basis: "Target YTD" for an "Actual YTD", not the
  // "Full Year Target" beside it (a year-to-date figure is not measured against the year's end).
  const toDate = (label: string): boolean => /\b(ytd|year to date|cumulative)\b/i.test(label);
  const figure = actuals.find((a) => !a.period);
  let toDateTarget = false;
  if (figure && toDate(figure.label) && targetCols.length >= 2) {
    const same = targetCols.find((t) => !t.period && toDate(t.label));
    if (same) layout.target = same.col;
    toDateTarget = same !== undefined;
  }
  // Targets per period ("2016/17 end of year target", "2017/18 target"): the engine takes the current one's.
  const dated = targetCols.filter((t) => t.period);
  // "Annual Target | Q3 Target | Q3 Actual": the quarter's own target (a profile of a cumulative
  // figure) is the one its figure meets; the year's ("Annual Target", "Annual target 2024/25")
  // stands in where the quarter's is blank. Beside month columns ("Q3 profiled target | Jun-24 |
  // Sep-24 | Dec-24") the quarter is the one its months fall in, placed at its latest month so it
  // is the current period's target.
  const isPart = (t: HeaderColumn): boolean =>
    t.period?.kind !== 'year' &&
    (actuals.some((a) => samePart(a.period, t.period)) || periodCols.some((p) => monthOfQuarter(p.period, t.period)));
  const parts = dated.filter(isPart);
  const yearTargets = dated.filter((t) => t.period?.kind === 'year');
  const yearCol =
    parts.length === 1 && dated.length === 1 + yearTargets.length && yearTargets.length <= 1
      ? (yearTargets[0]?.col ?? (layout.target !== parts[0].col ? layout.target : undefined))
      : undefined;
  if (yearCol !== undefined) {
    const part = parts[0];
    const months = periodCols.filter((p) => monthOfQuarter(p.period, part.period));
    const period = months.length > 0 ? placedAtMonth(part.period!, months) : part.period!;
    layout.target = yearCol;
    layout.periodTargets = [{ col: part.col, period }];
    layout.yearTarget = true;
  } else if (dated.length >= 2) {
    layout.periodTargets = byOrder(dated.map((t) => ({ col: t.col, period: t.period! })));
    layout.target = undefined;
  } else {
    const others = targetCols.filter((t) => !t.period && t.col !== layout.target).map((t) => t.col);
    if (layout.target !== undefined && others.length > 0) layout.otherTargets = others;
  }
  // Actual columns that name their period ("Q1 Actual", "Q2 Actual") are a series like month columns.
  for (const a of actuals) if (a.period) periodCols.push({ col: a.col, period: a.period });
  const unnamedActual = actuals.find((a) => !a.period);
  const namedActuals = actuals.some((a) => a.period);
  if (periodCols.length >= 2 || (periodCols.length === 1 && !unnamedActual)) {
    layout.periods = byOrder(periodCols);
    if (namedActuals && periodCols.every((p) => actuals.some((a) => a.col === p.col))) layout.registerPeriods = true;
    // "Q1 | Q2 | Q3 | Q4 | Year End": the year's own figure, the latest period of all.
    // Beside months and a "YTD Target", the "YTD" figure is the year's so far: the one that target meets.
    const total = yearTotalColumn(columns, layout.periods, toDateTarget);
    if (total) {
      layout.periods = [...layout.periods, total];
      const col = columns.find((c) => c.col === total.col)!;
      col.role = 'period';
      col.period = total.period;
    }
    const year = yearOfParts(layout.periods);
    if (year) layout.yearTotal = year;
  } else if (unnamedActual && earlier.length > 0) {
    // "previous" / "current", "PY" / "Act": two periods, the earlier one first.
    layout.periods = [
      { col: earlier[0].col, period: { kind: 'date', label: earlier[0].label, order: 0 } },
      { col: unnamedActual.col, period: { kind: 'date', label: unnamedActual.label, order: 1 } },
    ];
    layout.registerPeriods = true;
  } else if (unnamedActual) {
    layout.single = { col: unnamedActual.col };
  } else if (layout.target !== undefined || layout.status !== undefined) {
    // A KPI table (it has a target or status column) whose figure column has a header we do not
    // know: the content says which (the nearest column of numbers right of the names).
    const figure = figureColumnByContent(grid, hr, columns, nameCol);
    if (figure !== undefined) layout.single = { col: figure };
  }
  // An earlier-figure column beside a series or with no actual is the trend's reference, like a baseline.
  if (!layout.registerPeriods && earlier.length > 0 && !layout.baseline) {
    layout.baseline = { ...earlier[0], period: { kind: 'baseline', label: earlier[0].label, order: -1 } };
  }
  const scorable =
    layout.periods.length > 0 ||
    layout.single !== undefined ||
    layout.target !== undefined ||
    layout.status !== undefined ||
    // A baseline with a direction: a plan's KPI table whose results are not in yet (every row NO_DATA).
    (layout.baseline !== undefined && layout.polarity !== undefined);
  if (!scorable) return { kind: 'no-values', nameCol, signature };
  return { kind: 'header', layout };
}
