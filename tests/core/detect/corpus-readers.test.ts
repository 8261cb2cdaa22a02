/**
 * Readers of shapes met in the shared public corpus (issue 20), each proven on an invented table of
 * the same shape: none of these strings comes from a corpus workbook.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function score(rows: CellInput[][]): { byName: Record<string, ScoredIndicator>; warnings: string[] } {
  const result = scoreSheet(buildSnapshot(rows, { name: 'Results' }), defaultRules());
  const byName: Record<string, ScoredIndicator> = {};
  for (const ind of result.indicators) byName[ind.source.name] = ind;
  return { byName, warnings: result.warnings.map((w) => w.message) };
}

describe('a project id repeated over the indicators it reports', () => {
  // A results export: one row per indicator of each project, the project's id on every row.
  const rows: CellInput[][] = [
    ['project_id', 'indicator_title', 'indicator_baseline', 'indicator_target', 'indicator_actual'],
    ['PRJ-2031-NORTH', 'Homes connected to the water main', '40', '60', '55'],
    ['PRJ-2031-NORTH', 'Boreholes rehabilitated', '2', '8', '8'],
    ['PRJ-2031-NORTH', 'Days to restore a broken pump', '20', '10', '9'],
    ['PRJ-2031-NORTH', 'Water committees trained', '0', '12', '7'],
    ['PRJ-2031-SOUTH', 'Homes connected to the water main', '10', '30', '31'],
    ['PRJ-2031-SOUTH', 'Days to restore a broken pump', '15', '7', '12'],
    ['PRJ-2031-SOUTH', 'Water committees trained', '1', '5', '5'],
  ];

  it('is not the indicators\u2019 code: each indicator keeps its own direction', () => {
    const result = scoreSheet(buildSnapshot(rows, { name: 'Results' }), defaultRules());
    const pump = result.indicators.filter((i) => i.source.name === 'Days to restore a broken pump');
    expect(pump).toHaveLength(2);
    for (const ind of pump) {
      expect(ind.source.code).toBeUndefined();
      expect(ind.polarity).toBe('lower');
    }
    const homes = result.indicators.find((i) => i.source.name === 'Homes connected to the water main');
    expect(homes?.polarity).toBe('higher');
    // 9 days against a 10-day target is met; 12 against 7 is not.
    expect(pump.map((i) => i.status)).toEqual(['GREEN', 'RED']);
  });

  it('says why the id column was not read as the code', () => {
    const { warnings } = score(rows);
    expect(warnings.some((w) => /project_id.*repeats one code over indicators of different names/.test(w))).toBe(true);
  });

  it('still reads a code column that names one indicator per code, repeated across areas', () => {
    const byArea: CellInput[][] = [
      ['Code', 'Indicator', 'Area', 'Target', 'Actual'],
      ['HW01', 'Homes connected to the water main', 'North', 60, 55],
      ['HW01', 'Homes connected to the water main', 'South', 30, 31],
      ['HW02', 'Days to restore a broken pump', 'North', 10, 9],
      ['HW02', 'Days to restore a broken pump', 'South', 7, 12],
    ];
    const result = scoreSheet(buildSnapshot(byArea, { name: 'Results' }), defaultRules());
    expect(result.indicators.map((i) => i.source.code)).toEqual(['HW01', 'HW01', 'HW02', 'HW02']);
  });
});

describe('a baseline column named in snake_case or camelCase', () => {
  it.each([['indicator_baseline_value'], ['BaselineValue'], ['Baseline (2021)']])(
    'gives the baseline-to-target direction under "%s"',
    (header) => {
      const { byName } = score([
        ['Indicator', header, 'Target', 'Actual'],
        ['Share of invoices disputed', 12, 8, 9],
        ['Volunteers recruited', 30, 45, 50],
      ]);
      expect(byName['Share of invoices disputed'].polarity).toBe('lower');
      expect(byName['Share of invoices disputed'].polaritySource).toBe('baseline');
      expect(byName['Volunteers recruited'].polaritySource).toBe('baseline');
      expect(byName['Volunteers recruited'].status).toBe('GREEN');
    },
  );
});
