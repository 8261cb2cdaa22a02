/**
 * A small read-only window of the sheet around the selected cell, with the cells' own fills, so
 * "select the cell" in the preview shows where it is and what Scorelight wrote there.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { columnLetters, parseRangeA1 } from '../core/a1';
import type { PreviewHost, PreviewSelection } from '../core/preview-host';

const useStyles = makeStyles({
  wrap: {
    overflowX: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    marginBottom: '12px',
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%' },
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
    color: tokens.colorNeutralForeground1,
  },
  selected: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

/** Rows and columns shown around a single cell; a range shows all of itself (up to these caps), scrolling. */
const AROUND = { rows: 9, cols: 5 };
const MAX = { rows: 40, cols: 60 };

export function SheetView({ host, selection }: { host: PreviewHost; selection: PreviewSelection }) {
  const styles = useStyles();
  const wrap = useRef<HTMLDivElement>(null);
  const range = parseRangeA1(selection.address);
  const rows = Math.min(MAX.rows, Math.max(AROUND.rows, range?.rowCount ?? 0));
  const cols = Math.min(MAX.cols, Math.max(AROUND.cols, range?.colCount ?? 0));
  const win = host.cellWindow(selection.sheet, selection.address, rows, cols);
  // Choosing an indicator in the pane brings its cell into view, as Excel scrolls to a selected cell.
  useEffect(() => {
    wrap.current
      ?.querySelector('[data-selected="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'auto' });
  }, [selection.sheet, selection.address]);
  if (!win) return null;
  const sel = win.selected;
  const inSel = (r: number, c: number) =>
    r >= sel.row && r < sel.row + sel.rowCount && c >= sel.col && c < sel.col + sel.colCount;
  return (
    <div ref={wrap} className={styles.wrap} data-testid="sheet-view">
      <table className={styles.table}>
        <caption className={styles.caption}>
          Selected: {selection.sheet}!{selection.address}
        </caption>
        <thead>
          <tr>
            <td className={styles.head} />
            {win.cells[0]?.map((_, c) => (
              <th key={c} scope="col" className={styles.head}>
                {columnLetters(win.left + c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {win.cells.map((row, r) => (
            <tr key={r}>
              <th scope="row" className={styles.head}>
                {win.top + r + 1}
              </th>
              {row.map((cell, c) => {
                const selected = inSel(win.top + r, win.left + c);
                return (
                  <td
                    key={c}
                    title={cell.text}
                    aria-current={selected ? 'true' : undefined}
                    data-selected={selected ? 'true' : undefined}
                    className={selected ? `${styles.cell} ${styles.selected}` : styles.cell}
                    style={{
                      backgroundColor: cell.fill,
                      color: cell.fontColor ?? (cell.fill ? '#000000' : undefined),
                      fontWeight: cell.bold ? 600 : undefined,
                    }}
                  >
                    {cell.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
