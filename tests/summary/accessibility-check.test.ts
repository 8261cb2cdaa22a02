/**
 * Our summary checker: it passes the summaries of every example workbook and every preset (the
 * summary can be published as it is), and each of its rules catches the fault it is for.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import {
  accessibilitySummary,
  checkSummaryAccessibility,
  SUMMARY_RULES,
  type SummaryRule,
} from '../../src/core/summary/accessibility-check';
import { buildSummary } from '../../src/core/summary/build';
import type { SummaryPlan } from '../../src/core/summary/types';
import { PRESET_NAMES, presetRules } from '../../src/core/rules/presets';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { openWorkbook } from '../../src/xlsx/workbook-io';
import { boardResult, boardRules } from './board-fixture';
import { SCORED_AT } from './fixtures';

const EXAMPLES = join(__dirname, '../../examples');
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx') && !f.includes('.scored.'));

test('there are example workbooks to check', () => {
  expect(examples.length).toBeGreaterThanOrEqual(5);
});

describe.each(examples)('the summaries of examples/%s', (file) => {
  test('have 0 accessibility issues, with every data region a table', async () => {
    const wb = await openWorkbook(readFileSync(join(EXAMPLES, file)));
    const scored = scoreWorkbook(wb, { scoredAt: SCORED_AT });
    const rated = scored.results.filter((r) => r.indicators.length > 0);
    expect(rated.length).toBeGreaterThan(0);
    for (const r of rated) {
      const plan = buildSummary(r, scored.rules, SCORED_AT);
      expect({ sheet: r.sheet, issues: checkSummaryAccessibility(plan) }).toEqual({ sheet: r.sheet, issues: [] });
      expect(plan.tables.length).toBeGreaterThanOrEqual(2);
      expect(accessibilitySummary(checkSummaryAccessibility(plan))).toBe('Accessibility: 0 issues');
    }
  });
});

test.each(PRESET_NAMES)('the %s preset gives a summary with 0 issues', (name) => {
  expect(checkSummaryAccessibility(buildSummary(boardResult(), presetRules(name), SCORED_AT))).toEqual([]);
});

/** A deep copy to break on purpose. */
function plan(): SummaryPlan {
  return structuredClone(buildSummary(boardResult(), boardRules(), SCORED_AT));
}

const rulesOf = (p: SummaryPlan, name?: string): SummaryRule[] => [
  ...new Set(checkSummaryAccessibility(p, name).map((i) => i.rule)),
];

describe('each rule catches its fault', () => {
  const focus = () => {
    const p = plan();
    return { p, t: p.tables.find((t) => t.name.startsWith('Areas_for_focus'))! };
  };

  test('sheet-name: a default or empty name', () => {
    expect(rulesOf(plan(), 'Sheet3')).toEqual(['sheet-name']);
    expect(rulesOf(plan(), ' ')).toEqual(['sheet-name']);
  });

  test('title-in-a1: A1 empty', () => {
    const p = plan();
    p.cells.find((c) => c.row === 0 && c.col === 0)!.value = '';
    expect(rulesOf(p)).toEqual(['title-in-a1']);
  });

  test('data-as-tables: a header row that is only formatted, not a table', () => {
    const p = plan();
    p.tables = p.tables.filter((t) => !t.name.startsWith('Not_rated'));
    expect(rulesOf(p)).toEqual(['data-as-tables']);
  });

  test('table-header: a header cell that does not match, or repeats', () => {
    const { p, t } = focus();
    p.cells.find((c) => c.row === t.range.row && c.col === 4)!.value = 'Status';
    expect(rulesOf(p)).toEqual(['table-header']);
  });

  test('table-blank: a blank spacing row inside a table', () => {
    const { p, t } = focus();
    for (const c of p.cells.filter((c) => c.row === t.range.row + 1)) c.value = '';
    expect(rulesOf(p)).toEqual(['table-blank']);
  });

  test('merged-in-table: a merged variance cell', () => {
    const { p, t } = focus();
    p.merges.push({ row: t.range.row + 1, col: 5, rowCount: 1, colCount: 3 });
    expect(rulesOf(p)).toEqual(['merged-in-table']);
  });

  test('reading-order: text beside a table, and a table not starting in column A', () => {
    const { p, t } = focus();
    p.cells.push({ row: t.range.row + 1, col: 7, value: 'see note', kind: 'text', style: 'td', numberFormat: '@' });
    expect(rulesOf(p)).toEqual(['reading-order']);
    const q = plan();
    q.tables[1].range.col = 1;
    expect(rulesOf(q)).toContain('reading-order');
  });

  test('chart-alt-text: numbers missing from the alt text, or no caption', () => {
    const p = plan();
    p.chart.altText = 'A chart.';
    expect(rulesOf(p)).toEqual(['chart-alt-text']);
    const q = plan();
    q.cells.find((c) => c.row === q.chart.caption.row && c.col === 0)!.value = 'Bars.';
    expect(rulesOf(q)).toEqual(['chart-alt-text']);
  });

  test('text-contrast: a style whose text fails 4.5:1', () => {
    const p = plan();
    p.styles['status-AMBER'] = { ...p.styles['status-AMBER'], fontColor: '#FFC000' };
    expect(rulesOf(p)).toEqual(['text-contrast']);
  });

  test('colour-alone: a status cell with a symbol and no word', () => {
    const p = plan();
    p.cells.find((c) => c.style === 'status-RED')!.value = '■';
    expect(rulesOf(p)).toEqual(['colour-alone']);
  });

  test('document-properties: no title or no language', () => {
    const p = plan();
    p.document = { title: '', language: 'English' };
    expect(checkSummaryAccessibility(p).map((i) => i.rule)).toEqual(['document-properties', 'document-properties']);
  });

  test('link-text: a bare web address as text', () => {
    const p = plan();
    p.cells.find((c) => c.style === 'meta')!.value = 'https://example.org/kpis';
    expect(rulesOf(p)).toEqual(['link-text']);
  });

  test('every rule is tested above and listed in docs/accessibility.md', () => {
    const doc = readFileSync(join(__dirname, '../../docs/accessibility.md'), 'utf8');
    for (const rule of SUMMARY_RULES)
      expect({ rule, listed: doc.includes(`\`${rule}\``) }).toEqual({ rule, listed: true });
  });
});

test('the pane line counts issues', () => {
  expect(accessibilitySummary([])).toBe('Accessibility: 0 issues');
  expect(accessibilitySummary([{ rule: 'sheet-name', message: 'x' }])).toBe('Accessibility: 1 issue');
});
