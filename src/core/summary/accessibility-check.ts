/**
 * Our own accessibility checker for the board summary, run on the plan both writers apply (so it
 * judges what Excel and the .xlsx file get). Each rule follows a rule of Excel's Accessibility
 * Checker or a WCAG 2.2 success criterion; docs/accessibility.md lists them. Pure: no host calls.
 */
import { toA1 } from '../a1';
import { contrastRatio, MIN_CONTRAST } from '../rules/colour';
import type { CellRange } from '../snapshot';
import type { SummaryCell, SummaryPlan } from './types';
import { LETTERS } from '../letters';

/** A letter (EdgeHTML 18 has no \p{L}). */
const A_LETTER = new RegExp(`[${LETTERS}]`, 'u');

export type SummaryRule =
  | 'sheet-name'
  | 'title-in-a1'
  | 'data-as-tables'
  | 'table-header'
  | 'table-blank'
  | 'merged-in-table'
  | 'reading-order'
  | 'chart-alt-text'
  | 'text-contrast'
  | 'colour-alone'
  | 'document-properties'
  | 'link-text';

export interface AccessibilityIssue {
  rule: SummaryRule;
  /** A1 address where the issue is, when it is in one place. */
  cell?: string;
  message: string;
}

/** The rules, in the order docs/accessibility.md lists them. */
export const SUMMARY_RULES: readonly SummaryRule[] = [
  'sheet-name',
  'title-in-a1',
  'data-as-tables',
  'table-header',
  'table-blank',
  'merged-in-table',
  'reading-order',
  'chart-alt-text',
  'text-contrast',
  'colour-alone',
  'document-properties',
  'link-text',
];

const inside = (r: CellRange, row: number, col: number): boolean =>
  row >= r.row && row < r.row + r.rowCount && col >= r.col && col < r.col + r.colCount;

const overlaps = (a: CellRange, b: CellRange): boolean =>
  a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;

const filled = (c: SummaryCell): boolean => String(c.value).trim() !== '';

/** Excel's default names ("Sheet1", "Sheet 2") say nothing about the content. */
const DEFAULT_SHEET = /^sheet\s*\d*$/i;
/** A bare address as link text ("https://...", "www...") says nothing about where it goes. */
const BARE_URL = /^(https?:\/\/|www\.)\S+$/i;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function sheetRules(plan: SummaryPlan, sheetName: string, at: Map<string, SummaryCell>): AccessibilityIssue[] {
  const out: AccessibilityIssue[] = [];
  if (!sheetName.trim() || DEFAULT_SHEET.test(sheetName.trim()) || sheetName.length > 31)
    out.push({ rule: 'sheet-name', message: `The sheet name "${sheetName}" does not say what the sheet holds.` });
  const a1 = at.get('0,0');
  if (!a1 || a1.kind !== 'text' || !filled(a1))
    out.push({ rule: 'title-in-a1', cell: 'A1', message: 'A1 does not hold the sheet’s title.' });
  const { title, language } = plan.document;
  if (!title.trim()) out.push({ rule: 'document-properties', message: 'The document title property is empty.' });
  if (!LANGUAGE_TAG.test(language))
    out.push({ rule: 'document-properties', message: `"${language}" is not a language tag (such as en-GB).` });
  return out;
}

function tableRules(plan: SummaryPlan, at: Map<string, SummaryCell>): AccessibilityIssue[] {
  const out: AccessibilityIssue[] = [];
  const names = new Set<string>();
  for (const t of plan.tables) {
    const where = toA1({ row: t.range.row, col: t.range.col });
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(t.name) || names.has(t.name.toLowerCase()))
      out.push({
        rule: 'table-header',
        cell: where,
        message: `The table name "${t.name}" is not a valid, unique name.`,
      });
    names.add(t.name.toLowerCase());
    if (t.range.rowCount < 2)
      out.push({ rule: 'table-blank', cell: where, message: `The table ${t.name} has a header row but no data.` });
    const seen = new Set<string>();
    t.columns.forEach((name, k) => {
      const cell = at.get(`${t.range.row},${t.range.col + k}`);
      const address = toA1({ row: t.range.row, col: t.range.col + k });
      if (!cell || !filled(cell) || String(cell.value) !== name || !name.trim() || seen.has(name.toLowerCase()))
        out.push({
          rule: 'table-header',
          cell: address,
          message: `Column ${k + 1} of ${t.name} has no unique header.`,
        });
      seen.add(name.toLowerCase());
    });
    if (t.columns.length !== t.range.colCount)
      out.push({ rule: 'table-header', cell: where, message: `${t.name} names ${t.columns.length} of its columns.` });
    for (let r = t.range.row + 1; r < t.range.row + t.range.rowCount; r++) {
      const any = Array.from({ length: t.range.colCount }, (_, k) => at.get(`${r},${t.range.col + k}`)).some(
        (c) => c && filled(c),
      );
      if (!any)
        out.push({
          rule: 'table-blank',
          cell: toA1({ row: r, col: t.range.col }),
          message: 'A blank row inside a table.',
        });
    }
    for (let k = 0; k < t.range.colCount; k++) {
      const col = t.range.col + k;
      const any = Array.from({ length: t.range.rowCount - 1 }, (_, i) => at.get(`${t.range.row + 1 + i},${col}`)).some(
        (c) => c && filled(c),
      );
      if (!any && t.range.rowCount > 1)
        out.push({
          rule: 'table-blank',
          cell: toA1({ row: t.range.row, col }),
          message: 'A blank column inside a table.',
        });
    }
    for (const m of plan.merges.filter((m) => overlaps(m, t.range)))
      out.push({ rule: 'merged-in-table', cell: toA1(m), message: `Merged cells inside the table ${t.name}.` });
  }
  // Every header cell we write belongs to a real table: no data region is a formatted range only.
  for (const c of plan.cells.filter((c) => c.style.startsWith('th') && filled(c)))
    if (!plan.tables.some((t) => t.range.row === c.row && inside(t.range, c.row, c.col)))
      out.push({ rule: 'data-as-tables', cell: toA1(c), message: 'A header cell outside any table.' });
  return out;
}

/**
 * Top to bottom: tables do not share rows, each starts in column A, and nothing but the chart sits
 * beside a table's rows (a reader moving along a row never leaves the table for something else).
 */
function readingOrder(plan: SummaryPlan): AccessibilityIssue[] {
  const out: AccessibilityIssue[] = [];
  const sorted = [...plan.tables].sort((a, b) => a.range.row - b.range.row);
  sorted.forEach((t, i) => {
    if (t.range.col !== 0)
      out.push({ rule: 'reading-order', cell: toA1(t.range), message: `${t.name} does not start in column A.` });
    const next = sorted[i + 1];
    if (next && overlaps({ ...t.range, col: 0, colCount: 1e4 }, { ...next.range, col: 0, colCount: 1e4 }))
      out.push({ rule: 'reading-order', cell: toA1(next.range), message: `${next.name} sits beside ${t.name}.` });
    for (const c of plan.cells)
      if (
        filled(c) &&
        c.row >= t.range.row &&
        c.row < t.range.row + t.range.rowCount &&
        c.col >= t.range.col + t.range.colCount
      )
        out.push({ rule: 'reading-order', cell: toA1(c), message: `Text beside the table ${t.name}, outside it.` });
  });
  return out;
}

function chartRules(plan: SummaryPlan, at: Map<string, SummaryCell>): AccessibilityIssue[] {
  const { chart } = plan;
  const out: AccessibilityIssue[] = [];
  if (chart.categories.length === 0) return out;
  const missing = chart.categories.filter((c) => !chart.altText.includes(`${c.label} ${c.count}`));
  if (!chart.altText.trim() || missing.length > 0)
    out.push({
      rule: 'chart-alt-text',
      message: `The chart's alt text does not give ${missing.map((c) => c.label).join(', ') || 'its numbers'}.`,
    });
  const caption = at.get(`${chart.caption.row},${chart.caption.col}`);
  if (!caption || caption.value !== chart.altText)
    out.push({
      rule: 'chart-alt-text',
      cell: toA1(chart.caption),
      message: 'No caption by the chart carries its numbers.',
    });
  return out;
}

function cellRules(plan: SummaryPlan): AccessibilityIssue[] {
  const out: AccessibilityIssue[] = [];
  const judged = new Set<string>();
  for (const c of plan.cells) {
    const style = plan.styles[c.style];
    if (!filled(c) || !style) continue;
    if (!judged.has(c.style)) {
      judged.add(c.style);
      const ratio = contrastRatio(style.fontColor ?? '', style.fill ?? '');
      if (ratio < MIN_CONTRAST)
        out.push({
          rule: 'text-contrast',
          cell: toA1(c),
          message: `Text in style ${c.style} has contrast ${ratio.toFixed(2)}:1, below ${MIN_CONTRAST}:1.`,
        });
    }
    // A status cell says its status in words: at least one letter, never a symbol or fill alone.
    if (c.style.startsWith('status-') && !A_LETTER.test(String(c.value)))
      out.push({ rule: 'colour-alone', cell: toA1(c), message: `"${c.value}" gives a status without a word.` });
    if (c.kind === 'text' && BARE_URL.test(String(c.value).trim()))
      out.push({ rule: 'link-text', cell: toA1(c), message: 'A web address as link text: say where it goes.' });
  }
  return out;
}

/** Every issue the summary would raise; [] when it can be published as it is. */
export function checkSummaryAccessibility(plan: SummaryPlan, sheetName = plan.sheetName): AccessibilityIssue[] {
  const at = new Map(plan.cells.map((c) => [`${c.row},${c.col}`, c]));
  return [
    ...sheetRules(plan, sheetName, at),
    ...tableRules(plan, at),
    ...readingOrder(plan),
    ...chartRules(plan, at),
    ...cellRules(plan),
  ];
}

/** "Accessibility: 0 issues", as the pane shows it. */
export function accessibilitySummary(issues: AccessibilityIssue[]): string {
  return `Accessibility: ${issues.length} issue${issues.length === 1 ? '' : 's'}`;
}
