/**
 * Long format broken down by area or group (long-breakdown.ts): public data downloads give each
 * measure once per area, sex or age group for every period. Each series is one indicator, named
 * with its breakdown, rated on the latest period with its trend against the one before; its
 * polarity comes from the measure's words, not the area's.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { ScoredIndicator } from '../../../src/core/model';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function score(rows: CellInput[][]): Map<string, ScoredIndicator> {
  const result = scoreSheet(buildSnapshot(rows, { name: 'data' }), defaultRules());
  return new Map(result.indicators.map((i) => [i.source.name, i]));
}

const AREAS = [
  ['E92000001', 'England'],
  ['E06000015', 'Derby'],
  ['E10000007', 'Derbyshire'],
];

describe('a measure given per area for every period', () => {
  it('reads one indicator per measure and area, with its trend', () => {
    const rows: CellInput[][] = [['Indicator Name', 'Area Code', 'Area Name', 'Time period', 'Value', 'Target']];
    const smoking = [
      [15.8, 14.2],
      [24.0, 23.7],
      [28.5, 22.9],
    ];
    const active = [
      [61.0, 63.5],
      [58.2, 57.0],
      [60.1, 62.4],
    ];
    AREAS.forEach(([code, area], i) => {
      rows.push(['Smoking prevalence in adults', code, area, '2021', smoking[i][0], 20]);
      rows.push(['Smoking prevalence in adults', code, area, '2022', smoking[i][1], 20]);
      rows.push(['Percentage of physically active adults', code, area, '2021', active[i][0], 60]);
      rows.push(['Percentage of physically active adults', code, area, '2022', active[i][1], 60]);
    });
    const byName = score(rows);
    expect(byName.size).toBe(6);
    const derbySmoking = byName.get('Smoking prevalence in adults — Derby')!;
    expect(derbySmoking).toBeDefined();
    expect(derbySmoking.actual).toMatchObject({ value: 23.7 });
    expect(derbySmoking.previous).toMatchObject({ value: 24 });
    // Smaller is better by the measure's words: 23.7 against 20 is over by more than 5%.
    expect(derbySmoking.polarity).toBe('lower');
    expect(derbySmoking.status).toBe('RED');
    expect(byName.get('Smoking prevalence in adults — England')!.status).toBe('GREEN');
    expect(byName.get('Percentage of physically active adults — Derby')!.status).toBe('AMBER');
    expect(byName.get('Percentage of physically active adults — Derbyshire')!.trend).not.toBeNull();
  });

  it('tells series apart by two breakdown columns where one does not', () => {
    const rows: CellInput[][] = [['Indicator', 'Sex', 'Age', 'Year', 'Value']];
    for (const sex of ['Male', 'Female'])
      for (const age of ['16-64', '65+'])
        for (const [year, v] of [
          [2022, 70],
          [2023, 72],
        ])
          rows.push(['Employment rate', sex, age, year, sex === 'Male' ? v : v - 3]);
    const byName = score(rows);
    expect([...byName.keys()].sort()).toEqual(
      [
        'Employment rate — Female, 16-64',
        'Employment rate — Female, 65+',
        'Employment rate — Male, 16-64',
        'Employment rate — Male, 65+',
      ].sort(),
    );
    expect(byName.get('Employment rate — Male, 65+')!.actual).toMatchObject({ value: 72 });
    expect(byName.get('Employment rate — Male, 65+')!.previous).toMatchObject({ value: 70 });
  });

  it('leaves a measure unrated where no breakdown column tells its repeated rows apart', () => {
    const result = scoreSheet(
      buildSnapshot(
        [
          ['Indicator', 'Year', 'Value'],
          ['Homes built', 2022, 250],
          ['Homes built', 2022, 260],
          ['Homes built', 2023, 270],
          ['Homes built', 2023, 280],
        ],
        { name: 'data' },
      ),
      defaultRules(),
    );
    // Not one series: never read as one indicator with a made-up current figure.
    expect(result.indicators.filter((i) => i.source.layout === 'time-series')).toHaveLength(0);
  });
});
