/**
 * Long format and metrics-across read from public workbooks in ../shared/corpus (never copied into
 * the repository), opened and scored through the .xlsx host as the command line does. Expected
 * statuses are reasoned by hand from the cells under SCORING.md; the reasoning is beside each.
 * When the shared corpus is absent the tests say so and skip.
 */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import type { ScoredIndicator } from '../../../src/core/model';
import type { SheetResult } from '../../../src/core/pipeline';
import { scoreWorkbook } from '../../../src/xlsx/score-workbook';
import { reopen } from '../../helpers/book';
import { openWorkbook } from '../../../src/xlsx/workbook-io';

jest.setTimeout(180_000);

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** SCORELIGHT_SHARED, else <repoRoot>/../shared (what CI sees), else /work/shared. */
function sharedCorpus(): string | null {
  const candidates = [process.env.SCORELIGHT_SHARED, path.join(repoRoot, '..', 'shared'), '/work/shared'];
  for (const dir of candidates) if (dir && existsSync(path.join(dir, 'corpus'))) return path.join(dir, 'corpus');
  return null;
}

const CORPUS = sharedCorpus();

async function score(file: string): Promise<SheetResult[] | null> {
  if (!CORPUS || !existsSync(path.join(CORPUS, file))) {
    process.stdout.write(`shared corpus workbook ${file} is absent: skipped\n`);
    return null;
  }
  const bytes = await fs.readFile(path.join(CORPUS, file));
  const book = await openWorkbook(bytes);
  return scoreWorkbook(book, { scoredAt: new Date(Date.UTC(2026, 0, 1)) }).results;
}

function sheetOf(results: SheetResult[], name: string): SheetResult {
  const s = results.find((r) => r.sheet === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function byName(s: SheetResult): Record<string, ScoredIndicator> {
  return Object.fromEntries(s.indicators.map((i) => [i.source.name, i]));
}

const RATED = new Set(['GREEN', 'AMBER', 'RED', 'BLUE']);

describe('metrics across, periods down: sapporoalex_recruitment_KPI.xlsx', () => {
  let results: SheetResult[] | null = null;
  beforeAll(async () => {
    results = await score('sapporoalex_recruitment_KPI.xlsx');
  });

  it('reads each weekly sheet as one indicator per metric', () => {
    if (!results) return;
    // The seven "<name>1" sheets hold the weekly tables; the others are charts and a small
    // quarterly block without targets (not this shape, and nothing there is rated).
    for (const name of ['Mr Black1', 'Mr White1', 'Mr Brown1', 'Mr Blue1', 'Beatrix1', 'Miss G1', 'Mr Pink1'])
      expect(sheetOf(results, name).indicators.length).toBeGreaterThanOrEqual(8);
    for (const s of results)
      if (!s.sheet.endsWith('1')) expect(s.indicators.filter((i) => RATED.has(i.status))).toEqual([]);
  });

  it('rates Mr Black1 on its last week (2024-03-30, row 14) against each metric target', () => {
    if (!results) return;
    const s = sheetOf(results, 'Mr Black1');
    const ind = byName(s);
    expect(s.indicators).toHaveLength(13);
    const got = (n: string) => [ind[n].status, ind[n].trend, ind[n].actual?.value, ind[n].previous?.value];
    // ICI B14=1 against C14=1: on target, GREEN; the week before B13=1: no change, NOT_BETTER.
    expect(got('ICI')).toEqual(['GREEN', 'NOT_BETTER', 1, 1]);
    // CV D14=0 against E14=3: RED; D13=6 before: NOT_BETTER.
    expect(got('CV')).toEqual(['RED', 'NOT_BETTER', 0, 6]);
    // CCM1 F14=4 against G14=1.5: GREEN; up from F13=2: MUCH_BETTER.
    expect(got('CCM1')).toEqual(['GREEN', 'MUCH_BETTER', 4, 2]);
    // Placed has no target column: NO_TARGET (H14=0, H13=0).
    expect(got('Placed')).toEqual(['NO_TARGET', 'NOT_BETTER', 0, 0]);
    // CL I14=1 against J14=3: 2 short, more than 5% of 3: RED.
    expect(ind.CL.status).toBe('RED');
    // F2F K14=1 against L14=1: GREEN.
    expect(ind.F2F.status).toBe('GREEN');
    // Cumulative Year ICI M14=6 against N14=13: RED; up from M13=5 (20%): MUCH_BETTER.
    expect(got('Year ICI')).toEqual(['RED', 'MUCH_BETTER', 6, 5]);
    // Year CV O14=34 against P14=39: 5 short > 1.95: RED; O13=34: NOT_BETTER.
    expect(got('Year CV')).toEqual(['RED', 'NOT_BETTER', 34, 34]);
    // Year CCM1 Q14=12 against R14=19.5: RED. Year CL T14=17 against U14=39: RED.
    // Year F2F V14=4 against W14=13: RED. Year PCH X14=1 against Y14=0: GREEN.
    expect(['Year CCM1', 'Year CL', 'Year F2F', 'Year PCH'].map((n) => ind[n].status)).toEqual([
      'RED',
      'RED',
      'RED',
      'GREEN',
    ]);
    // Year Placed S14=2: no target column: NO_TARGET.
    expect(ind['Year Placed'].status).toBe('NO_TARGET');
  });

  it('writes status, trend and variance in rows 16-18 under each metric, never in a cell of the table', () => {
    if (!results) return;
    const s = sheetOf(results, 'Mr Black1');
    const ici = s.indicators.find((i) => i.source.name === 'ICI');
    // Rows 1-14 are the table; row 15 stays blank; 0-based rows 15, 16, 17 are sheet rows 16, 17, 18.
    expect(ici?.source.statusCell).toEqual({ row: 15, col: 1 });
    expect(ici?.source.trendCell).toEqual({ row: 16, col: 1 });
    expect(ici?.source.varianceCell).toEqual({ row: 17, col: 1 });
    for (const w of s.plan.writes) expect(w.cell.row).toBeGreaterThanOrEqual(15);
  });

  it('handles unlabelled weeks and duplicate headers (Mr Pink1, Beatrix1)', () => {
    if (!results) return;
    const pink = byName(sheetOf(results, 'Mr Pink1'));
    // Mr Pink1 rows 7 and 9 are blank and row 10 holds only D10/F10 (a week without a date): the
    // last week is still row 14. ICI B14=1 against C14=3: RED; B13=4 before: NOT_BETTER.
    expect([pink.ICI.status, pink.ICI.trend, pink.ICI.actual?.value]).toEqual(['RED', 'NOT_BETTER', 1]);
    // Beatrix1 heads two columns "Year ICI" (L and M); the one beside "Year ICI Target" (M) is the metric.
    const beatrix = sheetOf(results, 'Beatrix1');
    const yearIci = beatrix.indicators.filter((i) => i.source.name === 'Year ICI');
    expect(yearIci).toHaveLength(1);
    expect(yearIci[0].source.nameCell.col).toBe(12);
  });
});

describe('Act/Plan rows, periods across: parthpatil_BalancedScorecard_FINAL.xlsx', () => {
  let results: SheetResult[] | null = null;
  beforeAll(async () => {
    results = await score('parthpatil_BalancedScorecard_FINAL.xlsx');
  });

  it('reads the monthly sheets as one indicator per metric and state, rated on Dec 2022', () => {
    if (!results) return;
    // Resources: five metrics (No of Staff, Casual Staff, Absenteeism Days, Overtime hours, Excess
    // Leave Days) x (AZ, NY, TX, CA, Total), each with PY / Act / Plan rows: 25 indicators.
    const resources = sheetOf(results, 'Resources');
    expect(resources.indicators).toHaveLength(25);
    const staff = byName(resources)['No of Staff (AZ)'];
    // Act row 9: N9 (Dec 2022) = 25; Plan row 16: N16 = 27; the month before M9 = 25.
    expect([staff.actual?.value, staff.target?.kind === 'value' ? staff.target.value.value : null]).toEqual([25, 27]);
    expect(staff.actualPeriod?.label).toBe('Dec 2022');
    expect(staff.previous?.value).toBe(25);
    // Outputs on the Act row (sheet row 9, 0-based 8), in columns added right of "Total" (O).
    expect(staff.source.statusCell?.row).toBe(8);
    expect(staff.source.statusCell?.col).toBeGreaterThan(14);
    // Finance: "sales Act" AZ N23 = 678,500 against "sales Plan" N30 = 617,435: above plan, and
    // sales are bigger-is-better either way it is read: GREEN.
    const finance = byName(sheetOf(results, 'Finance'));
    expect(finance['sales (AZ)'].status).toBe('GREEN');
    // "No of sales" rows carry no role word and have no Plan rows: their own figure, NO_TARGET.
    expect(finance['No of sales (AZ)'].status).toBe('NO_TARGET');
  });
});

describe('long format: ncdpi_DIM_TablesForTableau.xlsx', () => {
  let results: SheetResult[] | null = null;
  beforeAll(async () => {
    results = await score('ncdpi_DIM_TablesForTableau.xlsx');
  });

  it('reads LandingPage_MeasureResults as one indicator per MeasureID', () => {
    if (!results) return;
    const s = sheetOf(results, 'LandingPage_MeasureResults');
    expect(s.indicators.map((i) => i.source.code)).toEqual([
      'P1.M1',
      'P1.M2',
      'P1.M3',
      'P1.M4',
      'P1.M6',
      'P1.M7',
      'P1.M8',
      'P1.M9',
      'P1.M11',
      'P1.M12',
      'P1.M13',
      'P1.M14',
      'P1.M15',
      'P8.M2',
    ]);
  });

  it('rates each measure at the table current period (2025) and never against a later year target', () => {
    if (!results) return;
    const ind = byName(sheetOf(results, 'LandingPage_MeasureResults'));
    // The latest year with an ActualValue anywhere is 2025 (CGRS 87.7, Enrollment 83.4).
    // CGRS: 87.7 in 2025; targets are given for 2026-2030 only. A 2026 target (88) is the
    // trajectory's next step, not the bar for 2025: NO_TARGET. Trend 87 -> 87.7 (+0.8%): BIT_BETTER.
    expect([ind.CGRS.status, ind.CGRS.trend, ind.CGRS.actual?.value]).toEqual(['NO_TARGET', 'BIT_BETTER', 87.7]);
    // Enrollment: 83.4 in 2025 (83.9 in 2024): NO_TARGET for the same reason; down: NOT_BETTER.
    expect([ind.Enrollment.status, ind.Enrollment.trend]).toEqual(['NO_TARGET', 'NOT_BETTER']);
    // ACT Score, AP Part, AP Pass, Dual Part, Dual Credit, CTE Part, CTE Cred: a 2025 row with a
    // blank ActualValue: not yet reported, NO_DATA (the 2024 figure is quoted, not scored).
    for (const n of ['ACT Score', 'AP Part', 'AP Pass', 'Dual Part', 'Dual Credit', 'CTE Part', 'CTE Cred'])
      expect(ind[n].status).toBe('NO_DATA');
    // The NAEP measures are biennial (rows 2024, 2026, 2028, 2030): no 2025 row, so no value for
    // the table's current period: NO_DATA (SCORING.md), the 2024 figure quoted as the last known.
    for (const n of ['NAEP Read G4', 'NAEP Read G8', 'NAEP Math G4', 'NAEP Math G8']) {
      expect(ind[n].status).toBe('NO_DATA');
      expect(ind[n].lastKnown?.period.label).toBe('2024');
      expect(ind[n].trend).toBeNull();
    }
    // Character has a single 2025 row without an actual: NO_DATA.
    expect(ind.Character.status).toBe('NO_DATA');
  });

  it('invents no rating anywhere in the workbook and says once why the targets do not apply', () => {
    if (!results) return;
    for (const s of results) expect(s.indicators.filter((i) => RATED.has(i.status))).toEqual([]);
    const s = sheetOf(results, 'LandingPage_MeasureResults');
    expect(s.warnings.filter((w) => /only for periods after the latest actual/.test(w.message))).toHaveLength(1);
  });

  it('puts the outputs in columns added right of the table, on each measure row of the rated year', () => {
    if (!results) return;
    const s = sheetOf(results, 'LandingPage_MeasureResults');
    expect(s.tables[0].added?.headerRow).toBe(0);
    const cgrs = s.indicators.find((i) => i.source.name === 'CGRS');
    // CGRS rows 2-8 (2024-2030); the 2025 row is sheet row 3 (0-based 2).
    expect(cgrs?.source.statusCell?.row).toBe(2);
    // Column L holds the author's notes on some rows: our columns start after it.
    expect(cgrs?.source.statusCell?.col).toBeGreaterThan(11);
  });
});

describe('scoring again', () => {
  // Scored, saved, opened and scored again: the same cells are written, none beside them.
  it.each([
    ['sapporoalex_recruitment_KPI.xlsx', 'Mr Black1'],
    ['ncdpi_DIM_TablesForTableau.xlsx', 'LandingPage_MeasureResults'],
    ['parthpatil_BalancedScorecard_FINAL.xlsx', 'Resources'],
  ])('%s: %s writes the same cells the second time', async (file, sheet) => {
    if (!CORPUS || !existsSync(path.join(CORPUS, file))) {
      process.stdout.write(`shared corpus workbook ${file} is absent: skipped\n`);
      return;
    }
    const book = await openWorkbook(await fs.readFile(path.join(CORPUS, file)));
    const first = scoreWorkbook(book, { sheets: [sheet], scoredAt: new Date(Date.UTC(2026, 0, 1)) });
    const again = scoreWorkbook(await reopen(book), { sheets: [sheet], scoredAt: new Date(Date.UTC(2026, 0, 2)) });
    const cells = (r: SheetResult[]) => r[0].plan.writes.map((w) => `${w.cell.row}:${w.cell.col}`).sort();
    expect(first.results[0].indicators.length).toBeGreaterThan(0);
    expect(cells(again.results)).toEqual(cells(first.results));
    expect(again.results[0].indicators.map((i) => i.status)).toEqual(first.results[0].indicators.map((i) => i.status));
  });
});

describe('not these shapes', () => {
  it('spcreporter_example_data.xlsx: measures without targets are never rated', async () => {
    const results = await score('spcreporter_example_data.xlsx');
    if (!results) return;
    // Weekly and monthly series with no target anywhere, and an events list: no GREEN/AMBER/RED.
    for (const s of results) expect(s.indicators.filter((i) => RATED.has(i.status))).toEqual([]);
  });

  it('unhcr_iati_result_2019.xlsx is not long format: one period for every row', async () => {
    const results = await score('unhcr_iati_result_2019.xlsx');
    if (!results) return;
    // Every row runs 2019-01-01 to 2019-12-31, and an indicator title repeats across countries and
    // population groups within that one period: separate series, each one row. The long-format
    // reading (the one that gives each grouped row's target its period) must not take it.
    for (const s of results) for (const i of s.indicators) expect(i.source.targetsByPeriod).toBeUndefined();
  });
});
