/**
 * Period groups under a quarter banner ("Quarter 1" over "Actual | Target | RAG", then Quarter 2 ...)
 * with section headings ("Housing") in the Ref column, left of the names. Before, the first heading
 * ended the table before its first row: "No indicator table found".
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

const sheet = (housing: string, environment: string) =>
  buildSnapshot(
    [
      ['Corporate Performance Report 2024/25 - Quarter 2'],
      [],
      ['', '', 'Q1', '', '', 'Q2', '', '', 'Q3', '', ''],
      ['Ref', 'Performance indicator', 'Actual', 'Target', 'RAG', 'Actual', 'Target', 'RAG', 'Actual', 'Target', 'RAG'],
      [housing],
      ['H01', 'Number of households in temporary accommodation', 212, 200, 'A', 231, 200, 'R', '', 200, ''],
      ['H02', 'Percentage of rent collected', 96.1, 97, 'A', 97.4, 97, 'G', '', 97, ''],
      [environment],
      ['E01', 'Percentage of household waste recycled', 44.2, 45, 'A', 46.1, 45, 'G', '', 45, ''],
      ['E02', 'Fly-tipping incidents reported', 388, 350, 'R', 341, 350, 'G', '', 350, ''],
    ],
    { name: 'Q2 report' },
  );

describe('section headings left of the names', () => {
  it('reads every row under its heading, on the latest quarter with figures', () => {
    const result = scoreSheet(sheet('Housing', 'Environment'), defaultRules());
    const byName = new Map(result.indicators.map((i) => [i.source.name, i]));
    expect([...byName.keys()]).toHaveLength(4);
    const ta = byName.get('Number of households in temporary accommodation')!;
    expect(ta.actual).toMatchObject({ value: 231 });
    expect(ta.previous).toMatchObject({ value: 212 });
    expect(ta.status).toBe('RED');
    expect(byName.get('Fly-tipping incidents reported')!.status).toBe('GREEN');
  });

  it('a note left of the names still ends the table', () => {
    const result = scoreSheet(sheet('Housing', 'Note: figures are provisional'), defaultRules());
    expect(result.indicators.map((i) => i.source.name)).toEqual([
      'Number of households in temporary accommodation',
      'Percentage of rent collected',
    ]);
  });
});
