/**
 * "Previous RAG | RAG": the author's rating of last quarter's figure beside this quarter's empty
 * column. The status goes into "RAG", never over "Previous RAG" (before: the first status column
 * was taken, so last quarter's ratings were overwritten and read as the author's rating of this
 * quarter's figure). The earlier column's letters are the sheet's words, written bare (no symbol),
 * so COUNTIF(...,"R") counts them; an "R" joins a column of bare "G" and "A" bare too.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

const written = (rows: (string | number | null)[][]) => {
  const result = scoreSheet(buildSnapshot(rows), defaultRules());
  const text = (row: number, col: number) =>
    result.plan.writes.find((w) => w.cell.row === row && w.cell.col === col)?.text;
  return { result, text };
};

describe('a "Previous RAG" column beside this period\'s "RAG"', () => {
  const rows = [
    ['Ref', 'Indicator', 'Q2 Actual', 'Q3 Actual', 'Q3 Target', 'Previous RAG', 'RAG'],
    ['ED1', '% of 16-17 year olds in education, employment or training', 93.4, 94.1, 94, 'A', ''],
    ['ED2', 'Young people not in education, employment or training (NEET)', 198, 224, 200, 'G', ''],
    ['ED3', 'Children missing education', 52, 61, 40, 'A', ''],
  ];

  it('rates into "RAG", leaves "Previous RAG" as the author wrote it', () => {
    const { result, text } = written(rows);
    const neet = result.indicators.find((i) => i.source.code === 'ED2')!;
    expect(neet.source.statusCell).toMatchObject({ row: 2, col: 6 });
    expect(neet.status).toBe('RED');
    // No disagreement with last quarter's 'G' read as a rating of this quarter's figure.
    expect(neet.polarityConflict).toBeUndefined();
    expect(text(2, 5)).toBeUndefined();
  });

  it('writes the letters bare, as the author writes them', () => {
    const { text } = written(rows);
    expect(text(1, 6)).toBe('G');
    expect(text(2, 6)).toBe('R');
  });

  it('writes an "R" bare in a column of bare "G" and "A"', () => {
    const { text } = written([
      ['Measure', 'Target', 'Q1', 'Q2', 'RAG'],
      ['Invoices paid within 30 days (%)', 95, 93.1, 96.4, 'G'],
      ['Business rates collected (%)', 57.5, 29, 55.1, 'A'],
      ['Debtor days', 40, 44, 47, 'A'],
    ]);
    expect(text(3, 4)).toBe('R');
  });

  it('reads a group banner over the header ("Performance | Targets | Assessment") without a warning', () => {
    const { result } = written([['', '', 'Performance', '', 'Targets', 'Assessment', ''], ...rows]);
    expect(result.indicators).toHaveLength(3);
    expect(result.warnings.some((w) => w.message.includes('no indicator rows follow'))).toBe(false);
  });
});
