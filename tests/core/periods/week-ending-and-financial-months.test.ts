/**
 * Periods as weekly and finance reports label them: weeks by the date they end or start on
 * ("w/e 03/09/2023", "Week ending 3 Sep 2023", "W/C 04/09/23") and months of the financial year
 * ("M6", "Month 6", "2023/24 M6": M1 is April). Read as headers, and down the rows of a metrics-across
 * table whose targets are typed for the whole year ahead.
 */
import { parsePeriodText } from '../../../src/core/periods';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, pct, type CellInput } from '../../helpers/snapshot-builder';

describe('parsePeriodText: dated weeks', () => {
  it.each([
    ['w/e 03/09/2023', 2023, 9, 3],
    ['W/E 3/9/23', 2023, 9, 3],
    ['Week ending 3 Sep 2023', 2023, 9, 3],
    ['w/c 04/09/2023', 2023, 9, 4],
    ['Month ending 31/03/2024', 2024, 3, 31],
  ])('%p is the date %i-%i-%i', (text, year, month, day) => {
    expect(parsePeriodText(text)).toMatchObject({ kind: 'date', year, month, day });
  });
});

describe('parsePeriodText: months of the financial year', () => {
  it.each([
    ['M1', 4],
    ['M06', 9],
    ['Month 9', 12],
    ['M10', 1],
    ['M12', 3],
  ])('%p is calendar month %i', (text, month) => {
    expect(parsePeriodText(text)).toMatchObject({ kind: 'month', month });
  });

  it('takes the year from the financial year beside it', () => {
    expect(parsePeriodText('2023/24 M6')).toMatchObject({ kind: 'month', year: 2023, month: 9, fyStart: 2023 });
    expect(parsePeriodText('M10 23/24')).toMatchObject({ kind: 'month', year: 2024, month: 1, fyStart: 2023 });
  });

  it('is not a code, a thirteenth month or a role word', () => {
    for (const text of ['M13', 'M0', 'Measure 6', 'M6 target', 'KPI M6']) expect(parsePeriodText(text)).toBeNull();
  });
});

function score(rows: CellInput[][]): Record<string, ScoredIndicator> {
  const byName: Record<string, ScoredIndicator> = {};
  for (const ind of scoreSheet(buildSnapshot(rows), defaultRules()).indicators) byName[ind.source.name] = ind;
  return byName;
}

describe('metrics across, weeks down', () => {
  const rows: CellInput[][] = [['Week ending', 'Calls answered %', 'Target', 'Avg wait (secs)', 'Target']];
  const weeks = ['03/09/2023', '10/09/2023', '17/09/2023', '24/09/2023', '01/10/2023', '08/10/2023'];
  const answered = [0.86, 0.88, 0.85, 0.87, 0.9, 0.86];
  const wait = [74, 80, 66, 71, 95, 88];
  weeks.forEach((w, i) => rows.push([`w/e ${w}`, pct(answered[i]), pct(0.9), wait[i], 90]));

  it('reads each metric with its target, rated on the latest week', () => {
    const byName = score(rows);
    expect(byName['Calls answered %']).toMatchObject({ status: 'AMBER', trend: 'NOT_BETTER' });
    expect(byName['Calls answered %'].actual?.value).toBe(86);
    expect(byName['Avg wait (secs)'].actual?.value).toBe(88);
    expect(byName['Avg wait (secs)'].previous?.value).toBe(95);
  });
});

describe('metrics across, financial months down, targets typed for the whole year', () => {
  const rows: CellInput[][] = [
    ['Finance KPIs 2023/24'],
    ['Period', 'Income £k', 'Income target £k', 'Debtor days', 'Debtor days target'],
  ];
  for (let m = 1; m <= 12; m++) rows.push([`M${m}`, m <= 6 ? 1000 + m * 50 : null, 1100, m <= 6 ? 43 - m : null, 38]);

  it('pairs "Income target £k" with "Income £k" and rates M6, the last month with figures', () => {
    const byName = score(rows);
    expect(Object.keys(byName).sort()).toEqual(['Debtor days', 'Income £k']);
    expect(byName['Income £k']).toMatchObject({ status: 'GREEN', trend: 'BIT_BETTER' });
    expect(byName['Income £k'].actual?.value).toBe(1300);
    expect(byName['Income £k'].actualPeriod?.label).toBe('M6');
    expect(byName['Debtor days'].actual?.value).toBe(37);
    expect(byName['Debtor days'].status).toBe('GREEN');
  });
});
