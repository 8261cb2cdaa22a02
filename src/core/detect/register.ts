/**
 * Tables with a header row and one indicator per row: registers (seed 000: name, target, frequency,
 * narrative, "Rag Status") and time series (seed 004: "Measure", September ... April, "RAG", with
 * section rows and the header repeated per section). One walker serves both; a table with period
 * columns is a time series.
 */
import { readTarget, saysNoTarget } from '../values/target';
import { readRelativeWording } from '../scoring/relative-target';
import { columnLetters, parseA1 } from '../a1';
import type { IndicatorSource } from '../model';
import { warn, type DetectContext, type TableDraft } from './draft';
import type { Grid } from './grid';
import { parseHeaderRow, type HeaderLayout, type HeaderParse } from './header-row';
import { findNameColumn, nameColumnByContent, scorableKeywordCount } from './name-column';
import { betterHeaderAbove } from './header-choice';
import { warnReading } from './reading-warning';
import { bestLabelColumn } from './column-evidence';
import { nearMissMessage } from './near-miss';
import { markPercentFractions } from './percent-fractions';
import { blankFlagReading, buildIndicator } from './register-indicator';
import { walkBody } from './register-body';
import { outputColumns } from './register-outputs';
import { addEarlierRatings, currentPeriodOutputs, earlierRatedGroups, earlierStatusColumns } from './period-outputs';
import { propose, proposeReading } from './readings/choose';
import { headerWordsFit } from './readings/evidence';
import { latestFilled } from './series';
import { zeroPlaceholderNote } from './zero-placeholders';
import { headerChoiceWords, headerLetterWords, statusColumnWords } from './sheet-words';
import { comparatorTarget } from '../scoring/comparator-target';

function titleAbove(grid: Grid, r: number): string | undefined {
  for (let up = r - 1; up >= Math.max(0, r - 3); up--) {
    if (grid.rowFilled[up] === 0) continue;
    if (grid.rowFilled[up] !== 1 || grid.rowClaimed(up)) return undefined;
    const c = grid.rowFirst[up];
    return grid.isString(up, c) ? grid.trimmed(up, c) : undefined;
  }
  return undefined;
}

/**
 * The table's own status column: the words it already uses become the words we write, and a cell
 * the author filled (not one we wrote) is the author's rating: polarity evidence, and kept where we
 * cannot rate the row.
 */
function addOwnRatings(
  grid: Grid,
  col: number,
  rows: number[],
  indicators: IndicatorSource[],
  earlier: readonly number[] = [],
  header = '',
): void {
  let words = statusColumnWords(grid, rows, col);
  // The author's words from the periods before (the current period's column may not be rated
  // yet, or not use every word): the newest spelling of each status first.
  for (const c of earlier) {
    const more = statusColumnWords(grid, rows, c);
    if (more) words = { ...more, ...words };
  }
  // An empty column headed "G/A/R" is rated in those letters, written bare as an author types them.
  const fromHeader = words ? undefined : headerLetterWords(header);
  // An empty column headed by its choices ("Met/Not Met"): rated in those words.
  words ??= fromHeader ?? headerChoiceWords(header);
  rows.forEach((r, i) => {
    if (words) indicators[i].statusWords = words;
    if (fromHeader) indicators[i].statusLettersHeader = true;
    if (!grid.isBlank(r, col) && !grid.isOwned(r, col)) indicators[i].rating = grid.source(r, col);
  });
}

/** One warning per table for targets that are words, not a number or a band. */
function warnTextTargets(ctx: DetectContext, h: HeaderLayout, rows: number[], indicators: IndicatorSource[]): void {
  if (h.target === undefined) return;
  const grid = ctx.grid;
  const bad: number[] = [];
  let reason = '';
  for (const [i, r] of rows.entries()) {
    if (grid.isBlank(r, h.target) || typeof grid.value(r, h.target) !== 'string') continue;
    // "Monitor only", "Contextual": no target on purpose, not text to fix.
    if (saysNoTarget(grid.value(r, h.target))) continue;
    // "Maintain", "Reduce by 5%": read from the row's earlier figure, not text to fix (relative-target.ts).
    if (readRelativeWording(String(grid.value(r, h.target)))) continue;
    // "Top quartile" beside the row's top quartile threshold: a target the row gives a figure for.
    if (comparatorTarget(grid.trimmed(r, h.target), indicators[i], {}) !== null) continue;
    const read = readTarget(grid.source(r, h.target));
    if (read.kind === 'not-number') {
      if (bad.length === 0) reason = read.reason;
      bad.push(r);
    }
  }
  if (bad.length === 0) return;
  const cells = bad.slice(0, 5).map((r) => grid.a1(r, h.target!));
  const more = bad.length > 5 ? ` and ${bad.length - 5} more` : '';
  warn(
    ctx,
    bad[0],
    h.target,
    `Target column "${grid.trimmed(h.row, h.target)}" holds text, not a number, in ${cells.join(', ')}${more} (${reason}): those indicators get no RAG against a number.`,
  );
}

/** True when rows r0..r1 hold content no table has taken (a block beside the table, its own header lower down). */
function sideContent(grid: Grid, r0: number, r1: number): boolean {
  for (let r = r0; r <= r1; r++) if (grid.filledIn(r, 0, grid.cols - 1) > 0) return true;
  return false;
}

/**
 * The header row chosen among candidates: a row above the one first read that reads better as a
 * header (role words, all text) where the first one looks like data (header-choice.ts).
 */
function headerAbove(ctx: DetectContext, parsed: Extract<HeaderParse, { kind: 'header' }>): HeaderParse {
  const grid = ctx.grid;
  const h = parsed.layout;
  const up = betterHeaderAbove(grid, h.row, h.first, h.last);
  if (up < 0) return parsed;
  let nameCol = findNameColumn(grid, up)?.col ?? nameColumnByContent(grid, up);
  if (nameCol < 0) nameCol = bestLabelColumn(grid, up, h.first, h.last);
  if (nameCol < 0) return parsed;
  const again = parseHeaderRow(grid, up, nameCol, { content: true });
  if (again.kind !== 'header') return parsed;
  again.layout.headerChoice = `row ${up + grid.top + 1} taken as the header, not row ${h.row + grid.top + 1}, whose cells are typed like the rows below it`;
  // What the scan said about the rows between (a near-miss header, a name column with nothing to score) no longer stands.
  ctx.warnings = ctx.warnings.filter((w) => {
    const ref = w.sheet === grid.name ? parseA1(w.cell) : null;
    return !ref || ref.row - grid.top < up || ref.row - grid.top >= h.row;
  });
  return again;
}

/** Tables read side by side on one header row, at most. */
const MAX_RESCANS = 4;

/** Find every header-row table not already claimed by another layout or a mapping. */
export function detectRegisters(ctx: DetectContext): void {
  const grid = ctx.grid;
  const warnedSignatures = new Set<string>();
  let rescans = 0;
  let rescanRow = -1;
  for (let r = 0; r < grid.rows; r++) {
    if (grid.rowFilled[r] < 2) continue;
    // The header's words, else the content (a column of distinct text labels under figure headers).
    const nameCol = findNameColumn(grid, r)?.col ?? -1;
    if (nameCol < 0) {
      if (scorableKeywordCount(grid, r) >= 2 && !grid.rowClaimed(r)) {
        warn(ctx, r, grid.rowFirst[r], nearMissMessage(grid, r));
      }
      continue;
    }
    let parsed = parseHeaderRow(grid, r, nameCol, { content: true });
    if (parsed.kind === 'not-header') continue;
    if (parsed.kind === 'header') parsed = headerAbove(ctx, parsed);
    if (parsed.kind === 'no-values') {
      if (!warnedSignatures.has(parsed.signature)) {
        warnedSignatures.add(parsed.signature);
        warn(
          ctx,
          r,
          nameCol,
          `Row ${r + grid.top + 1} has a "${grid.trimmed(r, nameCol)}" column but no target, actual, period or status column: not read as indicators. If it holds indicators, map the table in the pane, or on the command line with --map "${grid.name}!<range> name=${columnLetters(nameCol + grid.left)} actual=<figure column> target=<target column>".`,
        );
      }
      continue;
    }
    if (parsed.kind !== 'header') continue;
    const h = parsed.layout;
    let last = r;
    const build = (): void => {
      last = buildHeaderTable(ctx, h);
    };
    propose(ctx, [
      proposeReading(
        'register',
        { r0: h.headerTop ?? h.row, c0: h.first, r1: h.row, c1: h.last },
        [headerWordsFit(h)],
        { build },
      ),
    ]);
    // Another table beside this one on the same header row is read on its own: the row is read
    // again (its cells the table took are claimed), then the rows below in turn.
    rescans = rescanRow === r ? rescans + 1 : 1;
    rescanRow = r;
    if (grid.filledIn(r, 0, grid.cols - 1) > 0 && rescans <= MAX_RESCANS) r--;
    else if (grid.filledIn(r, 0, grid.cols - 1) === 0 && last > r && !sideContent(grid, r + 1, last)) r = last;
  }
}

/**
 * Build the table under a parsed header row (rows, outputs, indicators) and claim its cells.
 * Returns the last row the table takes, so the caller's scan resumes below it.
 */
export function buildHeaderTable(ctx: DetectContext, h: HeaderLayout): number {
  const grid = ctx.grid;
  const r = h.row;
  const nameCol = h.name;
  const body = walkBody(ctx, h);
  if (body.rows.length === 0) {
    // A group banner over the real header ("Performance | Targets | Assessment" over "Q1 Actual |
    // ... | RAG"): the header below is read in its turn; this row is no header missing its rows.
    if (!body.headerBelow)
      warn(
        ctx,
        r,
        nameCol,
        `Row ${r + grid.top + 1} looks like an indicator table header but no indicator rows follow it.`,
      );
    grid.claim(r, h.first, 1, h.last - h.first + 1);
    return r;
  }
  const filledIdx = h.periods.length > 0 ? latestFilled(grid, body.rows, h.periods) : -1;
  const currentPeriod = filledIdx >= 0 ? h.periods[filledIdx].period : undefined;
  const zeros = filledIdx >= 0 ? zeroPlaceholderNote(grid, body.rows, h.periods, filledIdx) : null;
  if (zeros) warn(ctx, r, h.periods[filledIdx].col, zeros);
  // Outputs of one period each (period groups): the current period's (period-outputs.ts).
  const hp = currentPeriodOutputs(grid, h, currentPeriod, body.rows);
  const out = outputColumns(grid, hp, body.last);
  for (const col of Object.values(out.added ?? {})) grid.reserveOutputColumn(col, h.row, body.last);
  const blankFlag = blankFlagReading(grid, h, body.rows);
  const indicators = body.rows.map((row) => buildIndicator(grid, h, row, out, currentPeriod, blankFlag));
  markPercentFractions(grid, h.row, indicators);
  if (out.status !== undefined && out.status === hp.status && !out.added?.status) {
    const earlier = earlierStatusColumns(hp, currentPeriod);
    if (hp.earlierStatus !== undefined) earlier.push(hp.earlierStatus);
    addOwnRatings(grid, hp.status, body.rows, indicators, earlier, grid.trimmed(h.row, hp.status));
  }
  addEarlierRatings(grid, earlierRatedGroups(hp, currentPeriod), body.rows, indicators);
  warnTextTargets(ctx, h, body.rows, indicators);
  warnReading(ctx, h, body.last);
  const table: TableDraft = {
    layout: h.periods.length >= 2 && !h.registerPeriods ? 'time-series' : 'register',
    r0: h.row,
    c0: h.first,
    r1: body.last,
    c1: h.last,
    indicators,
  };
  const title = titleAbove(grid, h.row);
  if (title) table.title = title;
  if (currentPeriod) table.currentPeriod = currentPeriod;
  if (out.added) {
    const sheetCol = (c: number | undefined): number | undefined => (c === undefined ? undefined : grid.ref(0, c).col);
    table.added = { headerRow: grid.ref(h.row, 0).row };
    for (const role of ['status', 'trend', 'variance'] as const) {
      const c = sheetCol(out.added[role]);
      if (c !== undefined) table.added[role] = c;
    }
  }
  ctx.tables.push(table);
  // A header over two rows claims its upper row too (the names and the period banner).
  const top = h.headerTop ?? h.row;
  grid.claim(top, h.first, body.last - top + 1, h.last - h.first + 1);
  return body.last;
}
