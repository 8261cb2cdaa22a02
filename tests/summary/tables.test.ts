// Excel table names for the summary's data regions: valid, meaningful and unique in the workbook.
import { excelTableName, uniqueTableName } from '../../src/core/summary/tables';

const VALID = /^[A-Za-z_][A-Za-z0-9_.]*$/;

test('a table name is its section and its source sheet, in characters Excel accepts', () => {
  expect(excelTableName('Areas for focus', 'Q2 KPIs')).toBe('Areas_for_focus_Q2_KPIs');
  expect(excelTableName('Not rated', "Children's services (2020/21)")).toBe('Not_rated_Children_s_services_2020_21');
  expect(excelTableName('Quarter on quarter', '  ')).toBe('Quarter_on_quarter');
});

test('odd sheet names still give valid names that do not look like a cell reference', () => {
  for (const source of ['2020', 'A1', 'R1C1', '=SUM(A1)', 'Ünïcode ✓ sheet', 'x'.repeat(200)]) {
    const name = excelTableName('Indicators by status', source);
    expect({ source, valid: VALID.test(name) }).toEqual({ source, valid: true });
    expect(name.length).toBeLessThanOrEqual(255);
    expect(name).not.toMatch(/^([A-Za-z]{1,3}\d+|R\d*C\d*)$/i);
  }
  expect(excelTableName('1st', 'sheet')).toBe('_1st_sheet');
});

test('a taken name gets _2, _3..., compared without regard to case as Excel does', () => {
  expect(uniqueTableName('Not_rated_Q2', [])).toBe('Not_rated_Q2');
  expect(uniqueTableName('Not_rated_Q2', ['not_rated_q2'])).toBe('Not_rated_Q2_2');
  expect(uniqueTableName('Not_rated_Q2', ['Not_rated_Q2', 'NOT_RATED_Q2_2'])).toBe('Not_rated_Q2_3');
});
