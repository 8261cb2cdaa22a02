/**
 * A year banner merged over a register's quarter columns: "2022/23" over "Year End" and "2023/24"
 * merged over "Q1 | Q2 | Q3 | Q4 | Target | RAG", with the names' header (Code, Measure) on the
 * lower row. The banner's first cell is all the sheet stores of it (the rest of the merge is
 * blank), so the row under it must be read as far as it runs: its Target and RAG headers make the
 * banner a banner, not a metric block's period row with the register's rows as its data.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('a year banner merged over quarter columns', () => {
  it('reads the register under it: Q3 current, Q2 the trend reference, each row its own indicator', () => {
    const result = scoreSheet(
      buildSnapshot(
        [
          ['Strategic Performance Report'],
          ['', '', '2022/23', '2023/24', '', '', '', '', ''],
          ['Code', 'Measure', 'Year End', 'Q1', 'Q2', 'Q3', 'Q4', 'Target', 'RAG'],
          ['Priority: Resilient Communities'],
          ['RC1', 'Number of anti-social behaviour incidents reported', 1540, 410, 385, 402, '', 1500, ''],
          ['RC2', '% of residents who feel safe outside after dark', '78%', '79%', '80%', '76%', '', '80%', ''],
          ['Priority: Our Environment'],
          ['EN1', 'Tonnes of CO2 emissions from council operations', 5120, 1200, 1150, 1300, '', 4800, ''],
          ['EN2', '% of streets meeting cleanliness standard (litter)', '94%', '95%', '93%', '91%', '', '95%', ''],
        ],
        {
          merges: [
            { row: 1, col: 3, rowCount: 1, colCount: 6 },
            { row: 3, col: 0, rowCount: 1, colCount: 9 },
            { row: 6, col: 0, rowCount: 1, colCount: 9 },
          ],
        },
      ),
      defaultRules(),
    );
    expect(result.tables.map((t) => t.layout)).toEqual(['time-series']);
    expect(result.indicators.map((i) => i.source.code)).toEqual(['RC1', 'RC2', 'EN1', 'EN2']);
    const safe = result.indicators.find((i) => i.source.code === 'RC2')!;
    expect(safe.actual?.value).toBe(76);
    expect(safe.previous?.value).toBe(80);
    expect(safe.target).toMatchObject({ kind: 'value', value: { value: 80 } });
    expect(safe.status).toBe('AMBER');
    expect(safe.trend).toBe('NOT_BETTER');
    // The RAG column under the banner is the status column.
    expect(safe.source.statusCell).toMatchObject({ row: 5, col: 8 });
  });
});
