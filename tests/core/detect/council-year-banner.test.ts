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

  it("reads names merged down over the banner row, and quarters in their banner's year", () => {
    // "Ref | Measure | Aim" merged over two rows; "2023/24" over "Q3 | Outturn", "2024/25" over
    // "Q1 | Q2 | Q3 | Target". The lower row's corner is blank (under the merges): it is not a
    // metric block's header. Q3 under 2023/24 is last year's, so Q3 2024/25 is current, Q2 before it.
    const result = scoreSheet(
      buildSnapshot(
        [
          ['Quarterly Performance Report: Q3 2024/25'],
          [],
          ['Ref', 'Measure', 'Aim', '2023/24', '', '2024/25', '', '', '', 'RAG', 'DoT'],
          ['', '', '', 'Q3', 'Outturn', 'Q1', 'Q2', 'Q3', 'Target', '', ''],
          ['Adult Social Care'],
          [
            'ASC1',
            'Delayed transfers of care from hospital per 100,000',
            'Minimise',
            8.2,
            7.9,
            9.4,
            9.1,
            10.3,
            8,
            '',
            '',
          ],
          [
            'ASC2',
            'Proportion of service users receiving direct payments',
            'Maximise',
            26.8,
            27,
            27.2,
            27.5,
            28.1,
            28,
            '',
            '',
          ],
          ['Housing'],
          ['HOU2', 'Average days to re-let council homes', 'Minimise', 34, 33, 31, 29, 28, 30, '', ''],
        ],
        {
          merges: [
            { row: 2, col: 0, rowCount: 2, colCount: 1 },
            { row: 2, col: 1, rowCount: 2, colCount: 1 },
            { row: 2, col: 2, rowCount: 2, colCount: 1 },
            { row: 2, col: 3, rowCount: 1, colCount: 2 },
            { row: 2, col: 5, rowCount: 1, colCount: 4 },
            { row: 2, col: 9, rowCount: 2, colCount: 1 },
            { row: 2, col: 10, rowCount: 2, colCount: 1 },
          ],
        },
      ),
      defaultRules(),
    );
    expect(result.indicators.map((i) => i.source.code)).toEqual(['ASC1', 'ASC2', 'HOU2']);
    const dtoc = result.indicators.find((i) => i.source.code === 'ASC1')!;
    expect(dtoc.source.name).toBe('Delayed transfers of care from hospital per 100,000');
    expect(dtoc.polarity).toBe('lower');
    expect(dtoc.actual?.value).toBe(10.3);
    expect(dtoc.previous?.value).toBe(9.1);
    // Q3 of 2024/25 (before: chained from the outturn, read as Q3 2025/26, and last year's Q3 as 2024/25).
    expect(dtoc.actualPeriod).toMatchObject({ kind: 'quarter', quarter: 3, fyStart: 2024 });
    expect(dtoc.status).toBe('RED');
    const relet = result.indicators.find((i) => i.source.code === 'HOU2')!;
    expect(relet.status).toBe('GREEN');
    // The RAG column merged over both header rows takes the status.
    expect(relet.source.statusCell).toMatchObject({ row: 8, col: 9 });
  });
});
