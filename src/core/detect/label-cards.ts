/**
 * Label cards, a dashboard's other kind of card: a title, then rows of a label and its one figure
 * down two columns ("Revenue" / "Target [$] | 400,000" / "Actual [$] | 150,000" / "Achieved [%] |
 * 37.5"). One card is one indicator: the title is its name, the Target row its target, the Actual
 * row its figure, a Previous / Last year row the figure before, a Status / RAG row its status cell.
 *
 * Evidence, each step named in readCard:
 * - labels: two or more labels in one column on consecutive rows, each a role word on its own
 *   (a unit in brackets or a colon after it allowed), a Target and an Actual among them;
 * - figures: right of each Target, Actual and earlier label exactly one figure, and nothing further
 *   right on the row (a card is two columns wide; a wider row is a table's);
 * - title: a short text directly above the first label, itself no role word.
 * Read last, so only cells no other reading took are cards. A card without a Status row has no
 * cell for a status (every cell around it is the dashboard's design): nothing is written, and one
 * warning says its result is in the report and the summary only.
 */
import type { IndicatorSource } from '../model';
import { numericValue } from '../values/read';
import { indicatorId, warn, type DetectContext } from './draft';
import type { Grid } from './grid';
import { propose, proposeReading } from './readings/choose';

type LabelRole = 'target' | 'actual' | 'earlier' | 'status';

/** Labels that name a card's row, after its unit is dropped ("Target [$]", "Actual (£m)", "Target:"). */
const LABELS: Record<string, LabelRole> = {
  target: 'target',
  goal: 'target',
  plan: 'target',
  budget: 'target',
  // NHS cards name the target by the standard it is ("Standard", "National standard").
  standard: 'target',
  'national standard': 'target',
  'operational standard': 'target',
  actual: 'actual',
  actuals: 'actual',
  current: 'actual',
  latest: 'actual',
  result: 'actual',
  outturn: 'actual',
  ytd: 'actual',
  'actual ytd': 'actual',
  'ytd actual': 'actual',
  'year to date': 'actual',
  'latest month': 'actual',
  'latest quarter': 'actual',
  'this month': 'actual',
  'this quarter': 'actual',
  'current month': 'actual',
  'current quarter': 'actual',
  'latest figure': 'actual',
  'latest value': 'actual',
  previous: 'earlier',
  'last year': 'earlier',
  'prior year': 'earlier',
  'last month': 'earlier',
  'last quarter': 'earlier',
  'previous month': 'earlier',
  'previous quarter': 'earlier',
  'previous year': 'earlier',
  'same month last year': 'earlier',
  py: 'earlier',
  status: 'status',
  rag: 'status',
  'rag status': 'status',
  rating: 'status',
};

/** Longest title read as a card's name: longer text is a heading or a note. */
const MAX_TITLE = 60;
/** Rows one card may span under its title. */
const MAX_ROWS = 8;

function labelRole(grid: Grid, r: number, c: number): LabelRole | null {
  if (!grid.isString(r, c)) return null;
  const lower = grid.lower(r, c);
  if (lower.length > 30) return null;
  const bare = lower
    .replace(/\s*[([][^()[\]]*[)\]]\s*/g, ' ')
    .replace(/[:\s]+$/, '')
    .trim();
  return LABELS[bare] ?? null;
}

function isFigure(grid: Grid, r: number, c: number): boolean {
  return !grid.isBlank(r, c) && numericValue(grid.value(r, c)) !== null;
}

interface Card {
  title: number;
  col: number;
  first: number;
  last: number;
  rows: Partial<Record<LabelRole, number>>;
}

/** The card whose first label is at (r, c), or null: each evidence step must hold. */
function readCard(grid: Grid, r: number, c: number): Card | null {
  // Title: a short text right above, no role word, and nothing left of the card on its row.
  if (r === 0 || !grid.isString(r - 1, c) || labelRole(grid, r - 1, c) !== null) return null;
  if (grid.lower(r - 1, c).length > MAX_TITLE || grid.isClaimed(r - 1, c)) return null;
  const rows: Partial<Record<LabelRole, number>> = {};
  let last = r - 1;
  for (let rr = r; rr < Math.min(grid.rows, r + MAX_ROWS); rr++) {
    if (grid.isBlank(rr, c) || !grid.isString(rr, c) || grid.isClaimed(rr, c)) break;
    // Two columns wide: anything further right on the row belongs to something else.
    if (!grid.isBlank(rr, c + 2)) return null;
    const role = labelRole(grid, rr, c);
    if (role && role !== 'status') {
      if (!isFigure(grid, rr, c + 1) || rows[role] !== undefined) return null;
      rows[role] = rr;
    } else if (role === 'status') rows.status ??= rr;
    last = rr;
  }
  if (rows.target === undefined || rows.actual === undefined) return null;
  return { title: r - 1, col: c, first: r, last, rows };
}

function cardIndicator(grid: Grid, card: Card): IndicatorSource {
  const { title, col, rows } = card;
  const ind: IndicatorSource = {
    id: indicatorId(grid, title, col),
    sheet: grid.name,
    layout: 'card',
    table: -1,
    name: grid.trimmed(title, col),
    nameCell: grid.ref(title, col),
    values: [
      {
        period: { kind: 'date', label: grid.trimmed(rows.actual!, col), order: 0 },
        source: grid.source(rows.actual!, col + 1),
      },
    ],
    comparators: [],
    target: grid.source(rows.target!, col + 1),
  };
  if (rows.earlier !== undefined)
    ind.baseline = {
      period: { kind: 'baseline', label: grid.trimmed(rows.earlier, col), order: -1 },
      source: grid.source(rows.earlier, col + 1),
    };
  if (rows.status !== undefined) {
    ind.statusCell = grid.ref(rows.status, col + 1);
    if (!grid.isBlank(rows.status, col + 1) && !grid.isOwned(rows.status, col + 1))
      ind.rating = grid.source(rows.status, col + 1);
  }
  return ind;
}

/** Find every label card not already claimed. */
export function detectLabelCards(ctx: DetectContext): void {
  const grid = ctx.grid;
  for (let r = 1; r < grid.rows; r++) {
    if (grid.rowFilled[r] === 0) continue;
    for (let c = grid.rowFirst[r]; c >= 0 && c <= grid.rowLast[r]; c++) {
      const role = labelRole(grid, r, c);
      if (role === null || role === 'status' || grid.isClaimed(r, c)) continue;
      // Only a card's first label starts one: the row above is its title.
      if (labelRole(grid, r - 1, c) !== null) continue;
      const card = readCard(grid, r, c);
      if (!card) continue;
      const ind = cardIndicator(grid, card);
      const region = { r0: card.title, c0: c, r1: card.last, c1: c + 1 };
      const build = (): void => {
        ctx.tables.push({ layout: 'card', r0: card.title, c0: c, r1: card.last, c1: c + 1, indicators: [ind] });
        grid.claim(card.title, c, card.last - card.title + 1, 2);
        if (ind.statusCell === undefined)
          warn(
            ctx,
            card.title,
            c,
            `The card "${ind.name.slice(0, 60)}" at ${grid.a1(card.title, c)} has no Status row: its result is in the report and the summary, and nothing is written on the dashboard.`,
          );
      };
      const evidence = [
        { step: 'labels', found: `Target and Actual labels down column ${grid.a1(r, c).replace(/\d+$/, '')}`, fit: 1 },
        { step: 'figures', found: 'one figure right of each label', fit: 1 },
        { step: 'title', found: `the title '${ind.name.slice(0, 40)}' above them`, fit: 1 },
      ];
      propose(ctx, [proposeReading('label-card', region, evidence, { build })]);
    }
  }
}
