/**
 * The board summary's "How we compare" section and narrative sentence, from a register scored by
 * the real pipeline: 12 indicators with a national average (7 better, 1 in line, 4 worse), some with
 * statistical neighbours, and a seed 001 block whose SOUTH area pulls the figure down.
 */
import { scoreSheet } from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import { buildSummary } from '../../src/core/summary/build';
import { compareNarrative, countPhrase, howWeCompare } from '../../src/core/summary/how-we-compare';
import { BAR_WIDTH, compareBar } from '../../src/core/summary/how-we-compare-layout';
import type { SummaryPlan } from '../../src/core/summary/types';
import { buildSnapshot, type CellInput } from '../helpers/snapshot-builder';
import { comparedRegister, HEADER, ROWS } from './compared-register';
import { SCORED_AT } from './fixtures';

const register = comparedRegister;

function texts(plan: SummaryPlan): string[][] {
  const last = Math.max(...plan.cells.map((c) => c.row));
  const out: string[][] = Array.from({ length: last + 1 }, () => []);
  for (const c of plan.cells) out[c.row][c.col] = String(c.value);
  return out;
}

describe('How we compare', () => {
  test('counts per comparator: better than the national average on 7 of 12 indicators that have one', () => {
    const data = howWeCompare(register().indicators)!;
    const national = data.counts.find((c) => c.kind === 'national')!;
    expect(national).toMatchObject({ withOne: 12, better: 7, inLine: 1, worse: 4, notJudged: 0 });
    expect(countPhrase(national)).toBe(
      'better than the national average on 7 of 12 indicators that have one, in line on 1 and worse on 4',
    );
    const sn = data.counts.find((c) => c.kind === 'neighbours')!;
    // 88 against 84 is within 5% of 84: in line.
    expect(sn).toMatchObject({ withOne: 4, better: 1, inLine: 1, worse: 2 });
  });

  test('furthest from the comparator both ways, by relative margin', () => {
    const data = howWeCompare(register().indicators)!;
    expect(data.furthestAhead.map((f) => f.indicator.source.name)).toEqual([
      'Adoptions within 14 months %',
      'Missing episodes',
      'Care leavers in education %',
    ]);
    expect(data.furthestBehind.map((f) => f.indicator.source.name)).toEqual([
      'Children in care per 10K',
      'Child protection plans per 10K',
      'Health assessments %',
    ]);
  });

  test('the narrative sentence, in seed 001 style, with the area pulling the figure down', () => {
    const [text] = compareNarrative(register().indicators);
    expect(text).toBe(
      'We are better than the national average on 7 of 12 indicators that have one, in line on 1 and worse on 4. We are better than the statistical neighbours average on 1 of 4 indicators that have one, in line on 1 and worse on 2. ' +
        'Children in care per 10K is higher than the national average and statistical neighbours (71 against 60 and 62). ' +
        'Furthest ahead: Adoptions within 14 months %, 20 percentage points above the national average of 50%. ' +
        'SOUTH is pulling the figure down on 1 indicator: Number of children with a Child Protection Plan (SOUTH 69 per 10K, Red; EAST and NWC Green).',
    );
  });

  test('the summary page has the section, its chart and the sentence', () => {
    const result = register();
    const plan = buildSummary(result, defaultRules(), SCORED_AT);
    const rows = texts(plan);
    const at = rows.findIndex((r) => r[0] === 'How we compare');
    expect(at).toBeGreaterThan(0);
    // After the counts by status, before Performing well.
    expect(rows.findIndex((r) => r[0] === 'Indicators by status')).toBeLessThan(at);
    expect(rows.findIndex((r) => (r[0] ?? '').startsWith('Performing well ('))).toBeGreaterThan(at);
    const nationalRow = rows.find((r) => (r[0] ?? '').startsWith('Better than the national average'))!;
    // Better, in line, worse, the bar in the wide column, then how many have one.
    expect(nationalRow.slice(1, 4)).toEqual(['7', '1', '4']);
    expect(nationalRow[5]).toBe('12');
    expect(nationalRow[4]).toBe(
      compareBar({ kind: 'national', name: '', withOne: 12, better: 7, inLine: 1, worse: 4, notJudged: 0 }, 12),
    );
    // The widest bar is BAR_WIDTH glyphs, so it prints on one line in its cell.
    expect(nationalRow[4]).toBe(`${'█'.repeat(10)}${'▒'.repeat(1)}${'░'.repeat(6)}`);
    expect(nationalRow[4].length).toBeLessThanOrEqual(BAR_WIDTH);
    const behind = rows.findIndex((r) => r[0] === 'Furthest behind their comparator');
    expect(rows[behind + 1].slice(0, 4)).toEqual(['Children in care per 10K', '71', '60', 'Worse']);
    expect(rows[behind + 1][5]).toBe('National average');
    expect(rows.some((r) => r[0] === 'Areas pulling the figure down')).toBe(true);
    expect(plan.narrative.some((p) => p.startsWith('We are better than the national average on 7 of 12'))).toBe(true);
    // The section is its own printed section (its heading starts one).
    expect(plan.cells.find((c) => c.row === at && c.col === 0)?.style).toBe('heading');
  });

  test('a sheet without comparators gets no section and no sentence', () => {
    const rows: CellInput[][] = [
      ['Measure', 'Target', 'Actual'],
      ['Dental checks %', 85, 80],
    ];
    const result = scoreSheet(buildSnapshot(rows, { name: 'Plain' }), defaultRules());
    expect(compareNarrative(result.indicators)).toEqual([]);
    const plan = buildSummary(result, defaultRules(), SCORED_AT);
    expect(texts(plan).some((r) => r[0] === 'How we compare')).toBe(false);
  });
});

test('the note says how the status was set: against target by default, against national when the rules say so', () => {
  const result = register();
  const note = (plan: SummaryPlan): string =>
    texts(plan).find((r) => (r[0] ?? '').startsWith('Better or worse follows'))![0];
  expect(note(buildSummary(result, defaultRules(), SCORED_AT))).toMatch(/do not change it\.$/);
  const rules = defaultRules();
  rules.comparison = {
    scheme: 'compare-with-national',
    inLine: { kind: 'percent-of-target', value: 5 },
    areaRatings: 'sheet-place',
  };
  const national = scoreSheet(buildSnapshot([HEADER, ...ROWS.map((r) => [...r])], { name: 'Children KPIs' }), rules);
  // 7 better, 1 in line, 4 worse against national: the statuses follow.
  const counts = national.indicators.map((i) => i.status);
  expect(counts.filter((s) => s === 'GREEN')).toHaveLength(7);
  expect(counts.filter((s) => s === 'AMBER')).toHaveLength(1);
  expect(counts.filter((s) => s === 'RED')).toHaveLength(4);
  expect(note(buildSummary(national, rules, SCORED_AT))).toMatch(
    /rated against it \(Green better, Amber in line, Red worse\); the others against their target\.$/,
  );
});
