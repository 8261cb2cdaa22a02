/**
 * One measure, one polarity: rows of a table that are the same measure share the strongest evidence
 * any of them has, and a disagreement is one warning for the measure. Proven on a public register
 * of one overtime measure across 44 units (mshs), and on registers typed as people type them.
 */
import fs from 'fs';
import path from 'path';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { openWorkbook } from '../../../src/xlsx/workbook-io';
import { readSnapshot } from '../../../src/xlsx/read-snapshot';
import { buildSnapshot } from '../../helpers/snapshot-builder';
import { sharedCorpus } from './shared-corpus';

jest.setTimeout(120_000);
const corpus = sharedCorpus();
const disagreeing = (messages: string[]): string[] => messages.filter((m) => /disagree/.test(m));

describe('a public register of one measure across 44 units (mshs overtime)', () => {
  const file = corpus && path.join(corpus, 'mshs_bsc_overtime_metrics_final_df.xlsx');
  const run = file && fs.existsSync(file) ? it : it.skip;
  if (!file || !fs.existsSync(file)) console.log('shared corpus not found: the mshs register test is skipped');

  run("takes smaller-is-better for every row from the author's ratings", async () => {
    const book = await openWorkbook(fs.readFileSync(file!));
    const res = scoreSheet(readSnapshot(book.sheets[0]), defaultRules());
    // The rows name their services; the measure repeats in its own column.
    const rows = res.indicators.filter((i) => /overtime/i.test(i.source.measure ?? ''));
    expect(rows.length).toBe(44);
    expect(new Set(rows.map((i) => i.polarity))).toEqual(new Set(['lower']));
    expect(rows.filter((i) => i.polaritySource === 'assumed')).toEqual([]);
    // Every row the author rated Green or Red, we rate the same way.
    const rated = rows.filter((i) => /^(green|red)$/i.test(String(i.source.rating?.value ?? '')));
    expect(rated.length).toBeGreaterThan(20);
    for (const i of rated) expect(i.status).toBe(String(i.source.rating!.value).toUpperCase());
    expect(disagreeing(res.warnings.map((w) => w.message)).length).toBeLessThanOrEqual(1);
  });
});

/** A register of the same measure across areas: Area | Measure | Actual | Target | Status. */
function register(rows: [string, string, number, number, string][], polarity?: string[]) {
  const head = ['Area', 'Measure', 'Actual', 'Target', 'Status'];
  if (polarity) head.push('Polarity');
  return buildSnapshot([head, ...rows.map((r, i) => (polarity ? [...r, polarity[i] ?? null] : [...r]))]);
}

describe('rows of one measure typed in a register', () => {
  it("applies one row's rating to the rows that have none", () => {
    const res = scoreSheet(
      register([
        ['North', 'Caseload per worker', 12, 10, 'Red'],
        ['South', 'Caseload per worker', 9, 10, ''],
        ['East', 'Caseload per worker', 11, 10, ''],
      ]),
      defaultRules(),
    );
    expect(res.indicators.map((i) => [i.polarity, i.polaritySource])).toEqual([
      ['lower', 'ratings'],
      ['lower', 'ratings'],
      ['lower', 'ratings'],
    ]);
    expect(res.indicators.map((i) => i.status)).toEqual(['RED', 'GREEN', 'RED']);
    expect(res.indicators[1].notes.join(' ')).toMatch(/other rows of this measure/);
  });

  it('gives one warning for the measure when its rows disagree, and the majority decides', () => {
    const res = scoreSheet(
      register(
        [
          ['North', 'Overtime hours', 12, 10, ''],
          ['South', 'Overtime hours', 9, 10, ''],
          ['East', 'Overtime hours', 11, 10, ''],
          ['West', 'Overtime hours', 11, 10, ''],
        ],
        ['Low is good', 'Low is good', 'High is good', ''],
      ),
      defaultRules(),
    );
    expect(res.indicators.map((i) => i.polarity)).toEqual(['lower', 'lower', 'lower', 'lower']);
    const w = disagreeing(res.warnings.map((x) => x.message));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/Overtime hours/);
    expect(w[0]).toMatch(/2 of 4 rows/);
  });

  it('a tie keeps each row its own evidence and says so once', () => {
    const res = scoreSheet(
      register(
        [
          ['North', 'Hours logged', 12, 10, ''],
          ['South', 'Hours logged', 9, 10, ''],
        ],
        ['Down', 'Up'],
      ),
      defaultRules(),
    );
    expect(res.indicators.map((i) => i.polarity)).toEqual(['lower', 'higher']);
    expect(disagreeing(res.warnings.map((x) => x.message))).toHaveLength(1);
  });

  it('different measures in one table keep their own polarity', () => {
    const res = scoreSheet(
      register([
        ['North', 'Caseload per worker', 12, 10, 'Red'],
        ['North', 'Calls handled', 9, 10, ''],
      ]),
      defaultRules(),
    );
    expect(res.indicators.map((i) => i.polaritySource)).toEqual(['ratings', 'assumed']);
  });
});
