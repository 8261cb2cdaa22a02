/**
 * Targets as people write them, on the scoring side: "reduce by 5%" from the previous value, a
 * target in another unit than the figure (NO_TARGET with the reason), a target of 0 (no tolerance
 * unless the rules give an absolute one).
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { Rules } from '../../../src/core/rules/types';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

function first(rows: CellInput[][], rules: Rules = defaultRules()) {
  const res = scoreSheet(buildSnapshot(rows), rules);
  return { ind: res.indicators[0], warnings: res.warnings.map((w) => w.message) };
}

describe('a target relative to the previous value', () => {
  it('"reduce by 5%" is 5% below the previous quarter, and says smaller is better', () => {
    const { ind } = first([
      ['Measure', 'Q1 2020/21', 'Q2 2020/21', 'Target'],
      ['Number of bin collections missed', 120, 113, 'reduce by 5%'],
    ]);
    expect(ind.target).toMatchObject({ kind: 'value', value: { value: 114 } });
    expect(ind).toMatchObject({ status: 'GREEN', polarity: 'lower', polaritySource: 'target' });
    expect(ind.notes.join(' ')).toMatch(/reduce by 5%.*Q1 2020\/21 \(120\)/);
  });

  it('"increase by 10" is an amount on the previous value', () => {
    const { ind } = first([
      ['Measure', 'Q1 2020/21', 'Q2 2020/21', 'Target'],
      ['Number of volunteers', 50, 57, 'Increase by 10'],
    ]);
    expect(ind.target).toMatchObject({ kind: 'value', value: { value: 60 } });
    expect(ind).toMatchObject({ status: 'AMBER', polarity: 'higher' });
  });

  it('without an earlier figure it is no target, and says why', () => {
    const { ind, warnings } = first([
      ['Measure', 'Target', 'Actual'],
      ['Number of bin collections missed', 'reduce by 5%', 113],
    ]);
    expect(ind.status).toBe('NO_TARGET');
    expect(warnings.join('\n')).toMatch(/relative to an earlier figure/);
  });
});

describe('a target in another unit than the figure', () => {
  it('£297.5m against a percentage is NO_TARGET with the reason', () => {
    const { ind, warnings } = first([
      ['Measure', 'Target', 'Actual'],
      ['% of the capital programme delivered', '£297.5m', { v: 0.85, f: '0%' }],
    ]);
    expect(ind.status).toBe('NO_TARGET');
    expect(ind.notes[0]).toMatch(/another unit than the figure.*'£297.5m' is an amount and the figure is a percentage/);
    expect(warnings.join('\n')).toMatch(/no comparable target/);
  });

  it('a money target against a money figure is compared as usual', () => {
    const { ind } = first([
      ['Measure', 'Target', 'Actual'],
      ['Income from fees', '£125k', { v: 130000, f: '£#,##0' }],
    ]);
    expect(ind.status).toBe('GREEN');
  });
});

describe('a target of 0', () => {
  const rows: CellInput[][] = [
    ['Measure', 'Target', 'Actual', 'Polarity'],
    ['Number of data breaches', 0, 1, 'Smaller is better'],
  ];

  it('has no tolerance by default: one over is Red, and the note says why', () => {
    const { ind } = first(rows);
    expect(ind.status).toBe('RED');
    expect(ind.notes.join(' ')).toMatch(/target of 0 has no tolerance/);
  });

  it('an absolute tolerance in the rules allows one', () => {
    const rules = defaultRules();
    rules.tolerance = { kind: 'absolute', value: 2 };
    expect(first(rows, rules).ind.status).toBe('AMBER');
  });

  it('is a placeholder where the author marks the row "for info only": no target, the author’s word kept', () => {
    const { ind, warnings } = first([
      ['Measure', 'Target', 'Actual', 'Status'],
      ['Number of domestic abuse incidents', 0, 41, 'for info only'],
      ['Number of missed bins', 20, 25, 'below target'],
    ]);
    expect(ind).toMatchObject({ status: 'NO_TARGET', statusLabel: 'for info only' });
    expect(ind.notes[0]).toMatch(/author's status 'for info only' says the row has none/);
    expect(warnings.join('\n')).toMatch(/author's rating 'for info only'/);
  });
});
