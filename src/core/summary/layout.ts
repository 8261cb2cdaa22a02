/**
 * Where everything goes on the summary page: eight columns that print one A4 landscape page wide.
 * Order follows a board paper: title and period, the narrative, counts by status with a chart,
 * performing well, areas for focus, quarter on quarter, what was not rated, and a key.
 */
import type { ScoredIndicator, Target } from '../model';
import type { Rules } from '../rules/types';
import type { CellRange } from '../snapshot';
import { SummaryGrid, textUnits } from './grid';
import { howWeCompareSection } from './how-we-compare-layout';
import type { Section } from './pagination';
import { boardReason, boardVariance, commonStatusText, commonWord, statusWordOf } from './board-words';
import { areasForFocus, notRated, performingWell, type StatusCount } from './groups';
import { DIRECTION_TEXT, trendText } from './labels';
import { oneLine } from './narrative';
import { shareText } from './chart';
import { changeFormat, formatValue, styleOf, valueFormat } from './numbers';
import type { Comparison, QuarterFigure, QuarterRow, QuarterTable } from './quarter-on-quarter';
import { MONTH_NAMES, type QuarterKey, shortQuarterLabel } from './quarters';
import type { ReportPeriod } from './report-period';
import { directionStyleKey, statusStyleKey, trendStyleKey } from './styles';
import { excelTableName } from './tables';
import { indicatorKey, type Changes, type Movement } from './history';
import type { ChartCategory, SummaryCell, SummaryChart, SummaryTable } from './types';

/**
 * Indicator, then seven figure columns (widths in characters). Tables use one cell per column (no
 * merged cells inside data), so the fifth column is wide: it holds the variance and reason text.
 * Columns a table may leave out (trend, target, last year) come after it, so a table never has a
 * gap and never a column that is empty in every row.
 */
export const COLUMN_WIDTHS = [42, 12, 12, 13, 27, 14, 11, 12];
export const LAST_COL = COLUMN_WIDTHS.length - 1;
const ALL = COLUMN_WIDTHS.length;
const DASH = '–';
/** Chart rows are taller so the Excel chart over them is readable. */
const CHART_ROW_POINTS = 21;

export interface LayoutInput {
  source: string;
  rules: Rules;
  scoredAt: Date;
  period: ReportPeriod;
  indicators: ScoredIndicator[];
  counts: StatusCount[];
  quarters: QuarterTable | null;
  narrative: string[];
  /**
   * A summary of several sheets (the workbook's board summary): the title, and the sheets in
   * workbook order. Tables then name each indicator's sheet and a table gives each sheet's counts.
   */
  workbook?: { title: string; sheets: string[] };
  /** What changed since the last report on record (ratings history); absent or empty for a first report. */
  changes?: Changes;
}

/** The status column is as wide as its longest word ("● Unfavourable", "▲ Above target"), within limits. */
const STATUS_COL = 3;
const MAX_STATUS_WIDTH = 22;

/** Column widths for these indicators: the status column grows so the sheet's own words are never broken. */
export function columnWidthsFor(rules: Rules, indicators: readonly ScoredIndicator[]): number[] {
  const widths = [...COLUMN_WIDTHS];
  const words = indicators.map((i) => statusWordOf(rules, i));
  for (const s of ['GREEN', 'AMBER', 'RED'] as const) words.push(commonStatusText(rules, s, indicators));
  const longest = Math.max(0, ...words.map((w) => textUnits(w)));
  // Bold text, padding and the one-level indent: about 2.5 widths of "0" beyond the glyphs.
  widths[STATUS_COL] = Math.min(MAX_STATUS_WIDTH, Math.max(COLUMN_WIDTHS[STATUS_COL], Math.ceil(longest * 1.08 + 2.5)));
  return widths;
}

export interface Layout {
  /** Heading-led sections (for page breaks): heading row to last row. */
  sections: Section[];
  cells: SummaryCell[];
  merges: CellRange[];
  rowHeights: Record<number, number>;
  chart: SummaryChart;
  tables: SummaryTable[];
  lastRow: number;
  columnWidths: number[];
}

/** "21 November 2026", on the user's own clock. */
export function longDate(d: Date): string {
  return `${d.getDate()} ${MONTH_NAMES[d.getMonth()]} ${d.getFullYear()}`;
}

function targetCell(g: SummaryGrid, row: number, col: number, target: Target | null): void {
  if (!target) g.text(row, col, 'Not set', 'td');
  else if (target.kind === 'value')
    g.number(row, col, target.value.value, valueFormat(styleOf(target.value)), 'td-num');
  else
    g.text(
      row,
      col,
      `${formatValue(target.low.value, styleOf(target.low))} to ${formatValue(target.high.value, styleOf(target.high))}`,
      'td',
    );
}

function nameCell(g: SummaryGrid, row: number, ind: ScoredIndicator): void {
  g.text(row, 0, oneLine(ind.source.name), 'td');
}

function heading(g: SummaryGrid, row: number, text: string): void {
  g.text(row, 0, text, 'heading', ALL, 1.1);
  g.minHeight(row, 20);
}

/** A table's header row, one cell per column from A; returns the column names for the table. */
function headerRow(g: SummaryGrid, row: number, labels: { text: string; num?: boolean }[]): string[] {
  labels.forEach((l, col) => g.text(row, col, l.text, l.num ? 'th-num' : 'th'));
  return labels.map((l) => l.text);
}

const DIRECTION_COLUMNS = ['Indicator', 'Latest value', 'Previous figure', 'Status', 'Trend'];

/**
 * Rows rated without targets (by direction of travel): the latest and previous figures, the status
 * and the trend, with no Target or Variance columns that would be empty in every row.
 */
function directionRows(
  g: SummaryGrid,
  start: number,
  list: ScoredIndicator[],
  rules: Rules,
  withSheet: boolean,
): number {
  let row = start;
  DIRECTION_COLUMNS.forEach((text, col) => g.text(row, col, text, col === 1 || col === 2 ? 'th-num' : 'th'));
  if (withSheet) g.text(row, DIRECTION_COLUMNS.length, 'Sheet', 'th');
  row++;
  for (const ind of list) {
    nameCell(g, row, ind);
    if (ind.actual) g.number(row, 1, ind.actual.value, valueFormat(styleOf(ind.actual)), 'td-num');
    else g.text(row, 1, DASH, 'td-num');
    if (ind.previous) g.number(row, 2, ind.previous.value, valueFormat(styleOf(ind.previous)), 'td-num');
    else g.text(row, 2, DASH, 'td-num');
    g.text(row, 3, statusWordOf(rules, ind), statusStyleKey(ind.status));
    g.text(row, 4, trendText(rules, ind.trend), trendStyleKey(ind.trend));
    if (withSheet) g.text(row, DIRECTION_COLUMNS.length, oneLine(ind.source.sheet), 'td');
    row++;
  }
  return row;
}

/** Performing well / areas for focus: indicator, latest value, target, status, variance, trend. */
function statusTable(
  g: SummaryGrid,
  start: number,
  title: string,
  list: ScoredIndicator[],
  rules: Rules,
  source: string,
  withSheet = false,
  changes?: Changes,
): number {
  let row = start;
  heading(g, row++, `${title} (${list.length})`);
  const previous = previousWords(changes, rules);
  const header = row;
  if (!list.some((i) => i.target !== null)) {
    row = directionRows(g, row, list, rules, withSheet);
    g.table(excelTableName(title, source), header, row - 1, [...DIRECTION_COLUMNS, ...(withSheet ? ['Sheet'] : [])]);
    return row;
  }
  // A trend column of "No earlier figure" in every row says nothing: leave it out.
  const withTrend = list.some((i) => i.trend !== null);
  const columns = headerRow(g, row++, [
    { text: 'Indicator' },
    { text: 'Latest value', num: true },
    { text: 'Target', num: true },
    { text: 'Status' },
    { text: 'Variance against target' },
    ...(withTrend ? [{ text: 'Trend' }] : []),
    ...(previous ? [{ text: 'Previous' }] : []),
    ...(withSheet ? [{ text: 'Sheet' }] : []),
  ]);
  for (const ind of list) {
    nameCell(g, row, ind);
    if (ind.actual) g.number(row, 1, ind.actual.value, valueFormat(styleOf(ind.actual)), 'td-num');
    else g.text(row, 1, DASH, 'td-num');
    targetCell(g, row, 2, ind.target);
    g.text(row, 3, statusWordOf(rules, ind), statusStyleKey(ind.status));
    g.text(row, 4, boardVariance(ind) || DASH, 'td');
    let col = 5;
    if (withTrend) g.text(row, col++, trendText(rules, ind.trend), trendStyleKey(ind.trend));
    if (previous) {
      const was = previous.get(indicatorKey(ind));
      if (was) g.text(row, col++, was.text, statusStyleKey(was.status));
      else g.text(row, col++, DASH, 'td');
    }
    if (withSheet) g.text(row, col, oneLine(ind.source.sheet), 'td');
    row++;
  }
  g.table(excelTableName(title, source), header, row - 1, columns);
  return row;
}

function figureCell(g: SummaryGrid, row: number, col: number, fig: QuarterFigure | null, r: QuarterRow): void {
  if (fig) g.number(row, col, fig.value, valueFormat(r.style), 'td-num');
  else g.text(row, col, DASH, 'td-num');
}

function comparisonCells(g: SummaryGrid, row: number, col: number, c: Comparison | null, r: QuarterRow): void {
  if (!c) {
    g.text(row, col, DASH, 'td-num');
    g.text(row, col + 1, DASH, 'td');
    return;
  }
  g.number(row, col, c.change, changeFormat(r.style), 'td-num');
  g.text(row, col + 1, DIRECTION_TEXT[c.direction], directionStyleKey(c.direction));
}

const FOLD_WORDS = {
  last: "the last month's figure",
  sum: 'the total of its months',
  mean: 'the average of its months',
} as const;

function foldNote(rows: QuarterRow[]): string {
  const folds = new Set(rows.map((r) => r.fold));
  const parts = [...folds].map((f) => {
    const names = rows.filter((r) => r.fold === f).map((r) => oneLine(r.indicator.source.name));
    return folds.size === 1 ? FOLD_WORDS[f] : `${FOLD_WORDS[f]} for ${names.join(', ')}`;
  });
  const notes = ['Better or worse follows each indicator’s polarity'];
  const said = new Set(rows.flatMap((r) => [r.onPrevious?.direction, r.onLastYear?.direction]));
  if (said.has('no-polarity')) notes.push('“Not judged” means the sheet does not say which way is good');
  if (said.has('part-quarter')) notes.push('“Part quarter” means a total still missing months');
  return `Each quarter's figure is ${parts.join('; ')}. Quarters are UK financial quarters (Q1 April to June ... Q4 January to March). ${notes.join('; ')}.`;
}

function quarterTable(g: SummaryGrid, start: number, q: QuarterTable, source: string): number {
  let row = start;
  const label = (k: QuarterKey): string => shortQuarterLabel(k, q.nominal);
  heading(g, row++, `Quarter on quarter: ${label(q.current)} (${q.rows.length})`);
  // Header names are unique and on one line: Excel table columns need distinct names. The last
  // year's columns are left out when no indicator reaches back a year.
  const withLastYear = q.rows.some((r) => r.lastYear !== null);
  const header = row;
  const columns = headerRow(g, row, [
    { text: 'Indicator' },
    { text: `This quarter ${label(q.current)}`, num: true },
    { text: `Previous quarter ${label(q.previous)}`, num: true },
    { text: 'Change on previous quarter', num: true },
    { text: 'Better or worse than previous quarter' },
    ...(withLastYear
      ? [
          { text: q.nominal ? 'Same quarter last year' : `Same quarter last year ${label(q.lastYear)}`, num: true },
          { text: 'Change on last year', num: true },
          { text: 'Better or worse than last year' },
        ]
      : []),
  ]);
  row++;
  for (const r of q.rows) {
    nameCell(g, row, r.indicator);
    figureCell(g, row, 1, r.current, r);
    figureCell(g, row, 2, r.previous, r);
    comparisonCells(g, row, 3, r.onPrevious, r);
    if (withLastYear) {
      figureCell(g, row, 5, r.lastYear, r);
      comparisonCells(g, row, 6, r.onLastYear, r);
    }
    row++;
  }
  g.table(excelTableName('Quarter on quarter', source), header, row - 1, columns);
  g.text(row++, 0, foldNote(q.rows), 'note', ALL, 0.85);
  return row;
}

function notRatedTable(
  g: SummaryGrid,
  start: number,
  list: ScoredIndicator[],
  rules: Rules,
  source: string,
  withSheet = false,
): number {
  let row = start;
  heading(g, row++, `Not rated this period (${list.length})`);
  const header = row;
  // A target column that reads "Not set" in every row is left out: the reason says it.
  const withTarget = list.some((i) => i.target !== null);
  const columns = headerRow(g, row++, [
    { text: 'Indicator' },
    { text: 'Last figure', num: true },
    { text: 'Period of last figure' },
    { text: 'Status' },
    { text: 'Reason' },
    ...(withTarget ? [{ text: 'Target', num: true }] : []),
    ...(withSheet ? [{ text: 'Sheet' }] : []),
  ]);
  for (const ind of list) {
    nameCell(g, row, ind);
    const known = ind.actual ? { reading: ind.actual, period: ind.actualPeriod } : ind.lastKnown;
    if (known) g.number(row, 1, known.reading.value, valueFormat(styleOf(known.reading)), 'td-num');
    else g.text(row, 1, DASH, 'td-num');
    g.text(row, 2, known?.period?.label ? oneLine(known.period.label) : DASH, 'td');
    g.text(row, 3, statusWordOf(rules, ind), statusStyleKey(ind.status));
    g.text(row, 4, boardReason(ind), 'td');
    if (withTarget) targetCell(g, row, 5, ind.target);
    if (withSheet) g.text(row, withTarget ? 6 : 5, oneLine(ind.source.sheet), 'td');
    row++;
  }
  g.table(excelTableName('Not rated', source), header, row - 1, columns);
  return row;
}

/** The chart's alt text and caption: every bar as its word, count and share, then the total. */
export function chartAltText(title: string, categories: ChartCategory[]): string {
  const total = categories.reduce((n, c) => n + c.count, 0);
  const bars = categories.map((c) => `${c.label} ${c.count}${total > 0 ? ` (${shareText(c.count, total)})` : ''}`);
  return `Chart: ${title}, one bar per status. ${bars.join('; ')}. Total ${total} indicator${total === 1 ? '' : 's'}.`;
}

function countsTable(
  g: SummaryGrid,
  start: number,
  counts: StatusCount[],
  rules: Rules,
  source: string,
  indicators: ScoredIndicator[],
): { row: number; chart: SummaryChart } {
  let row = start;
  heading(g, row++, 'Indicators by status');
  const headerAt = row;
  const columns = headerRow(g, row++, [{ text: 'Status' }, { text: 'Indicators', num: true }]);
  const first = row;
  const categories: ChartCategory[] = [];
  for (const c of counts) {
    const label = commonStatusText(rules, c.status, indicators);
    g.text(row, 0, label, statusStyleKey(c.status));
    g.number(row, 1, c.count, '0', 'td-num');
    g.minHeight(row, CHART_ROW_POINTS);
    // Bars in the status's text colour: it keeps 3:1 on the white page, where the pale fills do not.
    const look = rules.status[c.status];
    categories.push({ status: c.status, label, count: c.count, fill: look.fontColor || look.fill || '#595959' });
    row++;
  }
  const rowCount = row - first;
  g.table(excelTableName('Indicators by status', source), headerAt, row - 1, columns);
  // The total sits under the table, not in it: sorting or filtering the table keeps it true.
  g.text(row, 0, 'Total', 'td-bold');
  g.number(
    row,
    1,
    counts.reduce((n, c) => n + c.count, 0),
    '0',
    'td-num-bold',
  );
  row++;
  const title = 'Indicators by status';
  const altText = chartAltText(title, categories);
  const caption = { row, col: 0 };
  g.text(row++, 0, altText, 'note', ALL, 0.85);
  const chart: SummaryChart = {
    title,
    altText,
    caption,
    categories,
    labels: { row: first, col: 0, rowCount, colCount: 1 },
    values: { row: first, col: 1, rowCount, colCount: 1 },
    area: { row: headerAt, col: 2, rowCount: row - 1 - headerAt, colCount: LAST_COL - 1 },
  };
  return { row, chart };
}

/** Each indicator's previous status as the summary shows it, or null when there is no earlier report. */
function previousWords(
  changes: Changes | undefined,
  rules: Rules,
): Map<string, { text: string; status: Movement['indicator']['status'] }> | null {
  if (!changes?.previousPeriod) return null;
  const out = new Map<string, { text: string; status: Movement['indicator']['status'] }>();
  for (const m of changes.movements)
    if (m.previous) {
      const symbol = rules.status[m.previous.status].symbol;
      out.set(indicatorKey(m.indicator), {
        text: symbol ? `${symbol} ${m.previous.word}` : m.previous.word,
        status: m.previous.status,
      });
    }
  return out;
}

const MOVEMENT_TEXT = { up: '▲ Moved up', down: '▼ Moved down', new: '◆ Newly rated', same: '■ No change' };
const MOVEMENT_STYLE = { up: 'dir-better', down: 'dir-worse', new: 'dir-same', same: 'dir-same' };

/** Changes since the last report: moved up, moved down, newly rated, no longer reported. */
function changesTable(g: SummaryGrid, start: number, changes: Changes, rules: Rules, source: string): number {
  const moved = (['down', 'up', 'new'] as const).flatMap((k) => changes.movements.filter((m) => m.kind === k));
  const count = moved.length + changes.noLongerReported.length;
  if (!changes.previousPeriod || count === 0) return start;
  let row = start;
  heading(g, row++, `Changes since the last report (${count})`);
  const header = row;
  const columns = headerRow(g, row++, [
    { text: 'Indicator' },
    { text: 'Change' },
    { text: 'Previous status' },
    { text: 'Status now' },
    { text: 'Previous report' },
  ]);
  for (const m of moved) {
    nameCell(g, row, m.indicator);
    g.text(row, 1, MOVEMENT_TEXT[m.kind], MOVEMENT_STYLE[m.kind]);
    if (m.previous) {
      const symbol = rules.status[m.previous.status].symbol;
      g.text(row, 2, symbol ? `${symbol} ${m.previous.word}` : m.previous.word, statusStyleKey(m.previous.status));
    } else g.text(row, 2, DASH, 'td');
    g.text(row, 3, statusWordOf(rules, m.indicator), statusStyleKey(m.indicator.status));
    g.text(row, 4, m.previous ? m.previous.period : DASH, 'td');
    row++;
  }
  for (const h of changes.noLongerReported) {
    const last = h.ratings[h.ratings.length - 1];
    g.text(row, 0, h.name, 'td');
    g.text(row, 1, 'No longer reported', 'dir-same');
    const symbol = rules.status[last.status].symbol;
    g.text(row, 2, symbol ? `${symbol} ${last.word}` : last.word, statusStyleKey(last.status));
    g.text(row, 3, DASH, 'td');
    g.text(row, 4, last.period, 'td');
    row++;
  }
  g.table(excelTableName('Changes since the last report', source), header, row - 1, columns);
  return row + 1;
}

/** Statuses that are not a rating, counted together per sheet. */
const UNRATED = new Set(['NO_DATA', 'NO_TARGET', 'NOT_SCORED']);

/** Each sheet's counts in one table: a row per sheet, a column per rating, then not rated and total. */
function bySheetTable(
  g: SummaryGrid,
  start: number,
  sheets: string[],
  indicators: ScoredIndicator[],
  counts: StatusCount[],
  rules: Rules,
  source: string,
): number {
  let row = start;
  heading(g, row++, `By sheet (${sheets.length})`);
  const rated = counts.filter((c) => !UNRATED.has(c.status)).map((c) => c.status);
  const withUnrated = indicators.some((i) => UNRATED.has(i.status));
  const header = row;
  const columns = headerRow(g, row++, [
    { text: 'Sheet' },
    ...rated.map((s) => ({ text: commonStatusText(rules, s, indicators), num: true })),
    ...(withUnrated ? [{ text: 'Not rated', num: true }] : []),
    { text: 'Total', num: true },
  ]);
  for (const sheet of sheets) {
    const mine = indicators.filter((i) => i.source.sheet === sheet);
    g.text(row, 0, oneLine(sheet), 'td');
    let col = 1;
    for (const s of rated) g.number(row, col++, mine.filter((i) => i.status === s).length, '0', 'td-num');
    if (withUnrated) g.number(row, col++, mine.filter((i) => UNRATED.has(i.status)).length, '0', 'td-num');
    g.number(row, col, mine.length, '0', 'td-num');
    row++;
  }
  g.table(excelTableName('By sheet', source), header, row - 1, columns);
  return row;
}

function keyText(rules: Rules, indicators: ScoredIndicator[]): string {
  const w = (s: 'GREEN' | 'AMBER' | 'RED' | 'BLUE'): string => commonWord(rules, s, indicators);
  // A table rated by direction of travel (no targets, the sheet's own key) is explained as such.
  if (
    indicators.length > 0 &&
    indicators.every((i) => i.byDirection || !['GREEN', 'AMBER', 'RED'].includes(i.status)) &&
    indicators.some((i) => i.byDirection)
  ) {
    return `Key: ${w('GREEN')}: better than the previous period; ${w('AMBER')}: no material change; ${w('RED')}: worse than the previous period. Ratings follow each indicator’s direction of travel, as the sheet’s own key sets out.`;
  }
  const parts =
    rules.scheme === 'tolerance-on-track'
      ? [
          `${w('GREEN')}: better than target by more than the tolerance`,
          `${w('AMBER')}: within the tolerance either side of target`,
          `${w('RED')}: worse than target by more than the tolerance`,
        ]
      : [
          `${w('GREEN')}: on or better than target`,
          `${w('AMBER')}: worse than target by no more than the tolerance`,
          rules.scheme === 'amber-if-improving'
            ? `${w('RED')}: worse than target by more than the tolerance and not improved on a year ago`
            : `${w('RED')}: worse than target by more than the tolerance`,
        ];
  if (rules.scheme === 'brag') parts.unshift(`${w('BLUE')}: better than target by at least the exceeding margin`);
  const trend = indicators.some((i) => i.trend !== null)
    ? ` Trend compares the latest figure with the ${rules.trend.compareWith === 'previous' ? 'previous period' : 'same period last year'}.`
    : '';
  return `Key: ${parts.join('; ')}.${trend}`;
}

/** Sections run from each heading to the last filled row before the next heading (or the end). */
function sectionsOf(g: SummaryGrid, lastRow: number): Section[] {
  const headings = [...new Set(g.cells.filter((c) => c.style === 'heading').map((c) => c.row))].sort((a, b) => a - b);
  const filled = new Set(g.cells.map((c) => c.row));
  return headings.map((start, i) => {
    let end = i + 1 < headings.length ? headings[i + 1] - 1 : lastRow;
    while (end > start && !filled.has(end)) end--;
    return { start, end };
  });
}

export function layoutSummary(input: LayoutInput): Layout {
  const { rules } = input;
  const columnWidths = columnWidthsFor(rules, input.indicators);
  const g = new SummaryGrid(columnWidths);
  let row = 0;
  g.text(row, 0, `Performance indicators: ${oneLine(input.workbook?.title ?? input.source)}`, 'title', ALL, 1.5);
  g.minHeight(row++, 24);
  g.text(
    row,
    0,
    input.period.upTo ? `${input.period.label}. ${input.period.upTo}.` : input.period.label,
    'period',
    ALL,
    1.2,
  );
  g.minHeight(row++, 18);
  g.text(row++, 0, `Scored on ${longDate(input.scoredAt)} by Scorelight.`, 'meta', ALL);
  row++;
  heading(g, row++, 'Summary');
  for (const p of input.narrative) {
    // Paragraphs get a little air below them, the same for one line as for three.
    g.text(row, 0, p, 'narrative', ALL);
    g.paragraph(row++, p, ALL);
  }
  row++;
  const counts = countsTable(g, row, input.counts, rules, input.source, input.indicators);
  row = counts.row + 1;
  const wb = input.workbook;
  const withSheet = wb !== undefined && wb.sheets.length > 1;
  if (wb && withSheet) row = bySheetTable(g, row, wb.sheets, input.indicators, input.counts, rules, input.source) + 1;
  row = howWeCompareSection(g, row, input.indicators, rules, input.source);
  // Sections with no rows are left out; the narrative says "there are no areas for focus".
  const good = performingWell(input.indicators);
  if (good.length > 0)
    row = statusTable(g, row, 'Performing well', good, rules, input.source, withSheet, input.changes) + 1;
  const focus = areasForFocus(input.indicators);
  if (focus.length > 0)
    row = statusTable(g, row, 'Areas for focus', focus, rules, input.source, withSheet, input.changes) + 1;
  if (input.changes) row = changesTable(g, row, input.changes, rules, input.source);
  // No section without rows: a quarter with nothing to compare is left out.
  if (input.quarters && input.quarters.rows.length > 0) row = quarterTable(g, row, input.quarters, input.source) + 1;
  const unrated = notRated(input.indicators);
  if (unrated.length > 0) row = notRatedTable(g, row, unrated, rules, input.source, withSheet) + 1;
  g.text(row, 0, keyText(rules, input.indicators), 'note', ALL, 0.85);
  return {
    sections: sectionsOf(g, row),
    cells: g.cells,
    merges: g.merges,
    rowHeights: g.rowHeights,
    chart: counts.chart,
    tables: g.tables,
    lastRow: row,
    columnWidths,
  };
}
