/**
 * The board summary's accessibility, as the pane reports it after "Create board summary": the
 * checker in src/core runs on the same plan the writers applied (built from the same result and
 * rules). Loaded on first use, so the pane's first paint does not carry the summary code.
 */
import type { SheetResult } from '../core/pipeline';
import type { Rules } from '../core/rules/types';
import { accessibilitySummary, checkSummaryAccessibility } from '../core/summary/accessibility-check';
import type { AccessibilityIssue } from '../core/summary/accessibility-check';
import { buildSummary } from '../core/summary/build';

export interface SummaryAccessibility {
  /** "Accessibility: 0 issues". */
  text: string;
  issues: AccessibilityIssue[];
}

export function summaryAccessibility(result: SheetResult, rules: Rules, sheetName: string): SummaryAccessibility {
  const issues = checkSummaryAccessibility(buildSummary(result, rules, new Date()), sheetName);
  return { text: accessibilitySummary(issues), issues };
}
