/**
 * The selected range as a small grid, every column of it (the grid scrolls sideways, never cut), so
 * the user sees which letter holds what while choosing the columns.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { columnLetters, parseRangeA1 } from '../../core/a1';

const useStyles = makeStyles({
  wrap: {
    overflowX: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'start', padding: '4px 6px', fontWeight: tokens.fontWeightSemibold },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    padding: '2px 4px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    maxWidth: '140px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
});

/** Rows of the range shown: enough for the header rows and a few indicators. */
export const GRID_ROWS = 6;

export function RangeGrid({ range, cells }: { range: string; cells: readonly (readonly string[])[] }) {
  const styles = useStyles();
  const r = parseRangeA1(range);
  if (!r || cells.length === 0) return null;
  const rows = cells.slice(0, GRID_ROWS);
  const width = Math.max(...rows.map((line) => line.length));
  return (
    // A scrolling region is focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
    <div className={styles.wrap} tabIndex={0} role="region" aria-label={`Range ${range}`} data-testid="range-grid">
      <table className={styles.table}>
        <caption className={styles.caption}>
          {range}
          {r.rowCount > rows.length ? `: first ${rows.length} of ${r.rowCount} rows` : ''}
          {r.colCount > width ? `, first ${width} of ${r.colCount} columns` : ''}
        </caption>
        <thead>
          <tr>
            <td className={styles.head} />
            {Array.from({ length: width }, (_, c) => (
              <th key={c} scope="col" className={styles.head}>
                {columnLetters(r.col + c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((line, i) => (
            <tr key={i}>
              <th scope="row" className={styles.head}>
                {r.row + i + 1}
              </th>
              {Array.from({ length: width }, (_, c) => (
                <td key={c} className={styles.cell} title={line[c] ?? ''}>
                  {line[c] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
