/**
 * The "How we compare" section on the summary page: a table of counts per comparator with a small
 * bar chart drawn in text (█ better, ▒ in line, ░ worse, so it reads in greyscale and in every
 * host), the indicators furthest from their comparator both ways, and the areas pulling figures
 * down. Placed after the counts by status; nothing is written when no indicator has a comparator.
 */
import type { ScoredIndicator } from '../model';
import type { Rules } from '../rules/types';
import { comparisonRules } from '../scoring/compare-text';
import type { SummaryGrid } from './grid';
import { countPhrase, howWeCompare, type CompareCount, type FurthestItem } from './how-we-compare';
import { oneLine } from './narrative';
import { styleOf, valueFormat } from './numbers';

const ALL = 8;
/** Characters the widest bar takes (columns 5 to 7 hold about 42). */
const BAR_WIDTH = 24;

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
  return `${'█'.repeat(scale(c.better))}${'▒'.repeat(scale(c.inLine))}${'░'.repeat(scale(c.worse))}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function heading(g: SummaryGrid, row: number, text: string): void {
  g.text(row, 0, text, 'heading', ALL, 1.1);
  g.minHeight(row, 20);
}

function furthestRows(g: SummaryGrid, start: number, title: string, items: FurthestItem[]): number {
  let row = start;
  if (items.length === 0) return row;
  g.text(row, 0, title, 'th');
  g.text(row, 1, 'Latest value', 'th-num');
  g.text(row, 2, 'Comparator', 'th');
  g.text(row, 3, 'Their figure', 'th-num');
  g.text(row, 4, 'Better or worse', 'th');
  g.text(row, 5, 'Difference', 'th', 3);
  row++;
  for (const { indicator, comparison } of items) {
    g.text(row, 0, oneLine(indicator.source.name), 'td');
    if (indicator.actual) g.number(row, 1, indicator.actual.value, valueFormat(styleOf(indicator.actual)), 'td-num');
    g.text(row, 2, capital(comparison.name.replace(/^the /, '')), 'td');
    g.number(row, 3, comparison.value.value, valueFormat(styleOf(comparison.value)), 'td-num');
    g.text(row, 4, VERDICT_WORD[comparison.verdict], VERDICT_STYLE[comparison.verdict]);
    g.text(row, 5, comparison.text, 'td', 3);
    row++;
  }
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
): number {
  const data = howWeCompare(indicators);
  if (!data) return start;
  let row = start;
  heading(g, row++, 'How we compare');
  if (data.counts.length > 0) {
    g.text(row, 0, 'Comparator', 'th');
    g.text(row, 1, 'Indicators with one', 'th-num');
    g.text(row, 2, 'Better', 'th-num');
    g.text(row, 3, 'In line', 'th-num');
    g.text(row, 4, 'Worse', 'th-num');
    g.text(row, 5, 'Chart: █ better ▒ in line ░ worse', 'th', 3);
    row++;
    const max = Math.max(...data.counts.map((c) => c.withOne));
    for (const c of data.counts) {
      g.text(row, 0, capital(countPhrase(c)), 'td');
      g.number(row, 1, c.withOne, '0', 'td-num');
      g.number(row, 2, c.better, '0', 'td-num');
      g.number(row, 3, c.inLine, '0', 'td-num');
      g.number(row, 4, c.worse, '0', 'td-num');
      g.text(row, 5, compareBar(c, max), 'td', 3);
      row++;
    }
    row++;
  }
  row = furthestRows(g, row, 'Furthest behind their comparator', data.furthestBehind);
  if (data.furthestBehind.length > 0) row++;
  row = furthestRows(g, row, 'Furthest ahead of their comparator', data.furthestAhead);
  if (data.furthestAhead.length > 0) row++;
  if (data.areaOutliers.length > 0) {
    g.text(row, 0, 'Areas pulling the figure down', 'th');
    g.text(row, 1, 'Areas', 'th', ALL - 1);
    row++;
    for (const a of data.areaOutliers) {
      g.text(row, 0, oneLine(a.indicator.source.name), 'td');
      g.text(row, 1, a.text, 'td', ALL - 1);
      row++;
    }
    row++;
  }
  g.text(row++, 0, noteText(rules), 'note', ALL, 0.85);
  return row + 1;
}
