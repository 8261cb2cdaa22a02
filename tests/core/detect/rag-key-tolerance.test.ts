/**
 * A RAG key under the table ("RAG key" / "Green | On or better than target" / "Amber | Within 10% of
 * target" / "Red | More than 10% worse than target"): the key's rows are not indicators (before:
 * three invented NO_DATA rows named Green, Amber and Red), and its amber band is the sheet's
 * tolerance (before: the default 5%, so all three probe rows were Red instead of Amber).
 */
import { scoreRows } from '../../helpers/score-by-name';

const table = (keyRows: (string | null)[][]) =>
  scoreRows([
    ['Performance Indicator', 'Target', 'Q2', 'Q3', 'RAG'],
    ['Percentage of FOI requests answered within 20 days', '90%', '88%', '84%'],
    ['Average wait for a GP appointment (days)', 10, 11, 10.8],
    ['Leisure centre visits', 150000, 140000, 139000],
    [],
    ...keyRows,
  ]);

describe("a sheet's RAG key", () => {
  it('is not read as indicators, and its amber band is the tolerance', () => {
    const { result, by } = table([
      ['RAG key'],
      ['Green', 'On or better than target'],
      ['Amber', 'Within 10% of target'],
      ['Red', 'More than 10% worse than target'],
    ]);
    expect(result.indicators).toHaveLength(3);
    for (const name of [
      'Percentage of FOI requests answered within 20 days',
      'Average wait for a GP appointment (days)',
      'Leisure centre visits',
    ]) {
      const ind = by(name);
      expect(ind.status).toBe('AMBER');
      expect(ind.notes.join(' ')).toMatch(/Tolerance 10% of the target, from the sheet's key in B8/);
    }
    expect(result.warnings.map((w) => w.message).join('\n')).not.toMatch(/holds text/);
  });

  it('reads the key written in one cell per line ("Amber = up to 10% below target")', () => {
    const { by } = table([
      ['Key: Green = target met; Amber = up to 10% below target; Red = more than 10% below target'],
    ]);
    expect(by('Leisure centre visits').status).toBe('AMBER');
  });

  it('reads a key beside the table, each line right of its label', () => {
    const { result, by } = scoreRows([
      ['Performance Indicator', 'Target', 'Q2', 'Q3', 'RAG', null, 'Key', null],
      ['Leisure centre visits', 150000, 140000, 139000, null, null, 'G', 'Target met or exceeded'],
      ['Library visits', 90000, 85000, 86000, null, null, 'A', 'Less than 10% below target'],
      ['Missed bins', 40, 41, 43, null, null, 'R', 'More than 10% below target'],
    ]);
    expect(result.indicators).toHaveLength(3);
    expect(by('Leisure centre visits').status).toBe('AMBER');
    expect(by('Library visits').status).toBe('AMBER');
  });

  it('a commentary line that happens to name a target is not a key', () => {
    const { by } = scoreRows([
      ['Performance Indicator', 'Target', 'Actual', 'Commentary'],
      ['Leisure centre visits', 150000, 139000, 'Visits are within 10% of target after the pool closure'],
    ]);
    expect(by('Leisure centre visits').status).toBe('RED');
  });

  it("beyond the key's band is Red", () => {
    const { by } = scoreRows([
      ['Performance Indicator', 'Target', 'Actual'],
      ['Leisure centre visits', 150000, 120000],
      [],
      ['Amber', 'Within 10% of target'],
    ]);
    expect(by('Leisure centre visits').status).toBe('RED');
  });

  it('on a percentage, "10% below target" could be points or a share: not used, and the note says so', () => {
    const { by } = scoreRows([
      ['Performance Indicator', 'Target', 'Actual'],
      // 9.5 points below: within 10 points, beyond 10% of the target (9): the readings differ.
      ['Percentage of calls answered', '90%', '80.5%'],
      [],
      ['Amber', 'Up to 10% below target'],
    ]);
    const calls = by('Percentage of calls answered');
    expect(calls.status).toBe('RED');
    expect(calls.notes.join(' ')).toMatch(/could mean 10 points or 10% of the target/);
  });

  it('a key that contradicts itself is not used', () => {
    const { by } = table([
      ['Amber', 'Within 10% of target'],
      ['Red', 'More than 15% below target'],
    ]);
    expect(by('Leisure centre visits').status).toBe('RED');
  });
});
