/** Page breaks keep a section's heading and table together on paper. */
import { buildSummary } from '../../src/core/summary/build';
import { DEFAULT_ROW_POINTS, PAGE_POINTS, pageBreaks } from '../../src/core/summary/pagination';
import { boardResult, boardRules } from './board-fixture';
import { SCORED_AT } from './fixtures';

const TITLES = { row: 0, col: 0, rowCount: 2, colCount: 1 };
/** Rows per page at the default height, after two title rows. */
const PER_PAGE = Math.floor((PAGE_POINTS - 2 * DEFAULT_ROW_POINTS) / DEFAULT_ROW_POINTS);

describe('page breaks', () => {
  test('nothing to break when everything fits on one page', () => {
    expect(
      pageBreaks(
        [
          { start: 3, end: 10 },
          { start: 12, end: 20 },
        ],
        {},
        TITLES,
      ),
    ).toEqual([]);
  });

  test('a section that would cross the page end starts the next page', () => {
    const second = PER_PAGE - 5;
    expect(
      pageBreaks(
        [
          { start: 3, end: 10 },
          { start: second, end: second + 10 },
        ],
        {},
        TITLES,
      ),
    ).toEqual([second]);
  });

  test('tall rows count by their height', () => {
    const tall: Record<number, number> = {};
    for (let r = 3; r <= 10; r++) tall[r] = 50;
    expect(
      pageBreaks(
        [
          { start: 3, end: 10 },
          { start: 12, end: 20 },
        ],
        tall,
        TITLES,
      ),
    ).toEqual([12]);
  });

  test('a section longer than a page flows on unless little of the page is left; later sections follow it', () => {
    const long = { start: 5, end: 5 + PER_PAGE + 10 };
    expect(pageBreaks([{ start: 3, end: 4 }, long], {}, TITLES)).toEqual([]);
    const late = { start: PER_PAGE - 3, end: PER_PAGE * 2 };
    expect(pageBreaks([{ start: 3, end: 4 }, late], {}, TITLES)).toEqual([late.start]);
    const after = { start: 5 + PER_PAGE + 12, end: 5 + PER_PAGE + 14 };
    expect(pageBreaks([{ start: 3, end: 4 }, long, after], {}, TITLES)).toEqual([]);
  });

  test('the board summary breaks before a table rather than inside it', () => {
    const plan = buildSummary(boardResult(), boardRules(), SCORED_AT);
    const headings = plan.cells.filter((c) => c.style === 'heading' && c.col === 0).map((c) => c.row);
    expect(plan.print.breaks.length).toBeGreaterThan(0);
    for (const b of plan.print.breaks) expect(headings).toContain(b);
  });

  test('a section that flows on keeps its heading with its first rows', () => {
    // Half a page used, then a section of a page and a half: it starts here (enough room) ...
    const half = Math.floor(PER_PAGE / 2);
    const long = { start: half, end: half + PER_PAGE + 5 };
    expect(pageBreaks([{ start: 3, end: half - 1 }, long], {}, TITLES)).toEqual([]);
    // ... but with only three rows left its heading, header and first rows would part: it moves.
    const tight = { start: PER_PAGE - 1, end: PER_PAGE * 3 };
    expect(pageBreaks([{ start: 3, end: 4 }, tight], {}, TITLES)).toEqual([tight.start]);
  });

  test('no last row alone on a page: two rows go over together', () => {
    // A section flowing on with exactly one row past the page end.
    const start = Math.floor(PER_PAGE / 2);
    const end = PER_PAGE + 2;
    const breaks = pageBreaks(
      [
        { start: 3, end: start - 1 },
        { start, end },
      ],
      {},
      TITLES,
    );
    expect(breaks).toEqual([end - 1]);
  });
});
