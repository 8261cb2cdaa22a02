/**
 * A long download's direction flag named as a field ("higher_is_better", "lower_is_better",
 * "HigherIsBetter") holding TRUE / FALSE: the direction column, read as its header phrase reads.
 * Before, only spaced phrases ("Higher is better") were found, and the flag was ignored.
 */
import { scoreRows } from '../../helpers/score-by-name';

function rows(header: string, flag: boolean | string) {
  const out: (string | number | boolean)[][] = [
    ['indicator_id', 'indicator_name', 'reporting_period', 'value', 'target', header],
  ];
  const periods = ['2023-24 Q1', '2023-24 Q2'];
  [412, 470].forEach((v, i) => out.push(['HS1', 'Households in scheme', periods[i], v, 450, flag]));
  [38, 29].forEach((v, i) => out.push(['HS2', 'Placements made', periods[i], v, 42, flag]));
  return out;
}

describe('direction flags named as fields', () => {
  it.each([
    ['higher_is_better', false, 'lower'],
    ['higher_is_better', 'TRUE', 'higher'],
    ['lower_is_better', 'TRUE', 'lower'],
    ['HigherIsBetter', 'FALSE', 'lower'],
  ])('%s = %p says %s', (header, flag, polarity) => {
    const { by } = scoreRows(rows(header, flag));
    const scheme = by('Households in scheme');
    expect(scheme.polarity).toBe(polarity);
    expect(scheme.polaritySource).toBe('field');
  });
});
