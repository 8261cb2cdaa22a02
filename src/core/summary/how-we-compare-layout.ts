/**
 * The "How we compare" section on the summary page: a table of counts per comparator with a small
 * bar chart drawn in text (█ better, ▒ in line, ░ worse, so it reads in greyscale and in every
 * host), the indicators furthest from their comparator both ways, and the areas pulling figures
 * down. Placed after the counts by status; nothing is written when no indicator has a comparator.
 */
import { boardLine } from './board-words';
import type { ScoredIndicator } from '../model';
import type { Rules } from '../rules/types';
import { comparisonRules } from '../scoring/compare-text';
import type { SummaryGrid } from './grid';
import { countPhrase, howWeCompare, type CompareCount, type FurthestItem } from './how-we-compare';
import { oneLine } from './narrative';
import { styleOf, valueFormat } from './numbers';
import { excelTableName } from './tables';

const ALL = 8;
/** The bar's column (the wide fifth one) and how wide a block glyph prints, in "0" widths. */
const BAR_COLUMN_WIDTH = 27;
const BLOCK_UNITS = 1.3;
/** Glyphs the widest bar takes: it fits its cell on one line (padding and a little slack kept). */
export const BAR_WIDTH = Math.floor(((BAR_COLUMN_WIDTH - 2) * 0.9) / BLOCK_UNITS);

const VERDICT_STYLE = {
  better: 'dir-better',
  worse: 'dir-worse',
  'in-line': 'dir-same',
  'not-judged': 'dir-no-polarity',
};
const VERDICT_WORD = { better: 'Better', worse: 'Worse', 'in-line': 'In line', 'not-judged': 'Not judged' };

/** A bar of `n` of `total` indicators, split into better / in line / worse. */
export function compareBar(c: CompareCount, max: number): string {
  const scale = (n: number): number => (n <= 0 || max <= 0 ? 0 : Math.max(1, Math.round((n / max) * BAR_WIDTH)));
  const parts = [scale(c.better), scale(c.inLine), scale(c.worse)];
  // Rounding up small parts to one glyph may overshoot: trim the longest part so the bar fits its cell.
  while (parts.reduce((a, b) => a + b, 0) > BAR_WIDTH) parts[parts.indexOf(Math.max(...parts))]--;
  return `${'█'.repeat(parts[0])}${'▒'.repeat(parts[1])}${'░'.repeat(parts[2])}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function heading(g: SummaryGrid, row: number, text: string): void {
  g.text(row, 0, text, 'heading', ALL, 1.1);
  g.minHeight(row, 20);
}

/** Table columns, one header cell each (no merges inside a table: Excel's accessibility rule). */
function headerRow(g: SummaryGrid, row: number, labels: { text: string; num?: boolean }[]): string[] {
  labels.forEach((l, col) => g.text(row, col, l.text, l.num ? 'th-num' : 'th'));
  return labels.map((l) => l.text);
}

function furthestRows(g: SummaryGrid, start: number, title: string, items: FurthestItem[], source: string): number {
  let row = start;
  if (items.length === 0) return row;
  const header = row;
  const columns = headerRow(g, row++, [
    { text: title },
    { text: 'Latest value', num: true },
    { text: 'Their figure', num: true },
    { text: 'Better or worse' },
    { text: 'Difference' },
    { text: 'Compared with' },
  ]);
  for (const { indicator, comparison } of items) {
    g.text(row, 0, oneLine(indicator.source.name), 'td');
    if (indicator.actual) g.number(row, 1, indicator.actual.value, valueFormat(styleOf(indicator.actual)), 'td-num');
    else g.text(row, 1, '-', 'td-num');
    g.number(row, 2, comparison.value.value, valueFormat(styleOf(comparison.value)), 'td-num');
    g.text(row, 3, VERDICT_WORD[comparison.verdict], VERDICT_STYLE[comparison.verdict]);
    g.text(row, 4, boardLine(comparison.text), 'td');
    g.text(row, 5, capital(comparison.name.replace(/^the /, '')), 'td');
    row++;
  }
  g.table(excelTableName(title, source), header, row - 1, columns);
  return row;
}

function noteText(rules: Rules): string {
  const base = 'Better or worse follows each indicator’s polarity; “in line” is within the rules’ in-line tolerance.';
  if (comparisonRules(rules).scheme !== 'compare-with-national')
    return `${base} Comparisons are shown beside the status against target and do not change it.`;
  const w = (s: 'GREEN' | 'AMBER' | 'RED'): string => rules.status[s].label;
  return `${base} The rules compare with national: an indicator with a national average is rated against it (${w('GREEN')} better, ${w('AMBER')} in line, ${w('RED')} worse); the others against their target.`;
}

/** Writes the section from `start`; returns the next free row (start itself when there is nothing to say). */
export function howWeCompareSection(
  g: SummaryGrid,
  start: number,
  indicators: ScoredIndicator[],
  rules: Rules,
  source: string,
): number {
  const data = howWeCompare(indicators);
  if (!data) return start;
  let row = start;
  heading(g, row++, 'How we compare');
  if (data.counts.length > 0) {
    const header = row;
    const columns = headerRow(g, row++, [
      { text: 'Comparator' },
      { text: 'Better', num: true },
      { text: 'In line', num: true },
      { text: 'Worse', num: true },
      { text: 'Chart: █ better ▒ in line ░ worse' },
      { text: 'Indicators with one', num: true },
    ]);
    const max = Math.max(...data.counts.map((c) => c.withOne));
    for (const c of data.counts) {
      g.text(row, 0, capital(countPhrase(c)), 'td');
      g.number(row, 1, c.better, '0', 'td-num');
      g.number(row, 2, c.inLine, '0', 'td-num');
      g.number(row, 3, c.worse, '0', 'td-num');
      g.text(row, 4, compareBar(c, max) || 'none judged', 'td');
      g.number(row, 5, c.withOne, '0', 'td-num');
      row++;
    }
    g.table(excelTableName('How we compare', source), header, row - 1, columns);
    row++;
  }
  row = furthestRows(g, row, 'Furthest behind their comparator', data.furthestBehind, source);
  if (data.furthestBehind.length > 0) row++;
  row = furthestRows(g, row, 'Furthest ahead of their comparator', data.furthestAhead, source);
  if (data.furthestAhead.length > 0) row++;
  if (data.areaOutliers.length > 0) {
    const header = row;
    const columns = headerRow(g, row++, [
      { text: 'Areas pulling the figure down' },
      { text: 'Latest value', num: true },
      { text: 'Areas rated', num: true },
      { text: 'Outlying areas', num: true },
      { text: 'Areas' },
      { text: 'Worst area' },
    ]);
    for (const a of data.areaOutliers) {
      const ind = a.indicator;
      g.text(row, 0, oneLine(ind.source.name), 'td');
      if (ind.actual) g.number(row, 1, ind.actual.value, valueFormat(styleOf(ind.actual)), 'td-num');
      else g.text(row, 1, '-', 'td-num');
      g.number(row, 2, ind.areas?.ratings.length ?? 0, '0', 'td-num');
      g.number(row, 3, a.outliers.length, '0', 'td-num');
      g.text(row, 4, a.text, 'td');
      g.text(row, 5, a.outliers[0] ?? '-', 'td');
      row++;
    }
    g.table(excelTableName('Areas pulling the figure down', source), header, row - 1, columns);
    row++;
  }
  g.text(row++, 0, noteText(rules), 'note', ALL, 0.85);
  return row + 1;
}
