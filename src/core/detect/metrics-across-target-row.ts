/**
 * A target row in a metrics-across table: the metrics across the header, a "Target" row (or
 * "Standard", "Annual target", "Target 2023/24") above or among the periods down, holding each
 * metric's target in its column ("Month | Calls answered % | Avg wait (secs)" over "Target | 90% |
 * 60" over "April 2023 | 88% | 72"). Before, the label ended the body before any period, and such a
 * table was "No indicator table found".
 *
 * The row gives a metric its target only where its header pairs it with no target column of its
 * own; the row is not a period of the series.
 */
const TARGET_ROW_LABEL =
  /^(?:(?:annual|monthly|quarterly|weekly|operational|national|local)\s+)?(?:targets?|standard|goal|plan)(?:\s+(?:\d{4}\s?[/-]\s?\d{2,4}|\d{4}|fy\s?\d{2,4}))?$/;

/** True when a row label (lower case) names the metrics' target row. */
export function isTargetRowLabel(lower: string): boolean {
  return lower.length <= 40 && TARGET_ROW_LABEL.test(lower.replace(/[\s:]+$/, '').replace(/\s+/g, ' '));
}
