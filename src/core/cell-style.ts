/**
 * A cell's look as Scorelight writes it (and as the undo record keeps it). Its own module so the
 * write plan and the workbook state both use it while types flow one way: plan -> state -> here.
 */
export interface CellStyle {
  /** #RRGGBB, or undefined for no fill. */
  fill?: string;
  /** #RRGGBB. */
  fontColor?: string;
  bold?: boolean;
  /** Wrap the text within the column (variance sentences); absent leaves the cell's wrap as it is. */
  wrap?: boolean;
}
