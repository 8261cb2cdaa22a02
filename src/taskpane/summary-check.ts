/**
 * The board summary's accessibility, as the pane reports it after "Create board summary": the
 * checker in src/core runs on the same plan the writers applied (built from the same result and
 * rules). Loaded on first use, so the pane's first paint does not carry the summary code.
 */
import type { SheetResult } from '../core/pipeline';
import type { Rules } from '../core/rules/types';
import { accessibilitySummary, checkSummaryAccessibility } from '../core/summary/accessibility-check';
import type { AccessibilityIssue } from '../core/summary/accessibility-check';
import { buildSummary, buildWorkbookSummary } from '../core/summary/build';

export interface SummaryAccessibility {
  /** "Accessibility: 0 issues". */
  text: string;
  issues: AccessibilityIssue[];
}

/** `results`: one sheet's, or every sheet's after "Score all sheets" (the workbook's summary). */
export function summaryAccessibility(
  results: SheetResult | readonly SheetResult[],
  rules: Rules,
  sheetName: string,
): SummaryAccessibility {
  const plan = Array.isArray(results)
    ? buildWorkbookSummary(results, rules, new Date())
    : buildSummary(results as SheetResult, rules, new Date());
  const issues = checkSummaryAccessibility(plan, sheetName);
  return { text: accessibilitySummary(issues), issues };
}
