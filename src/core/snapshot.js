"use strict";
/**
 * A sheet as both hosts can supply it in one read. The shape follows Office.js range properties
 * (`values`, `numberFormat`, `text`) so the Excel host passes them through untouched; the .xlsx host
 * converts ExcelJS cells to the same shape.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.snapshotSize = snapshotSize;
/** Dimensions of a snapshot's grid. */
function snapshotSize(s) {
    const rows = s.values.length;
    let cols = 0;
    for (const r of s.values)
        if (r.length > cols)
            cols = r.length;
    return { rows, cols };
}
