/**
 * A figure cell holding only its reporting cycle ("Annual", "Annually", "Bi-annual", "Six monthly")
 * says the figure comes on another cycle: the period has no figure (NO_DATA, the last known value
 * quoted), as "Annual measure" already did. Before: NOT_SCORED, "'Annual' is text, not a number",
 * asking the author to fix a cell that is not wrong.
 */
import { readValue } from '../../../src/core/values/read';
import { scoreRows } from '../../helpers/score-by-name';

const cell = (v: string) => ({ cell: { row: 0, col: 0 }, value: v, numberFormat: 'General', text: v });

describe('a reporting cycle alone in a figure cell', () => {
  it.each([
    'Annual',
    'Annually',
    'annual.',
    'Yearly',
    'Bi-annual',
    'Biannual',
    'Six monthly',
    'Half-yearly',
    'Quarterly',
  ])('%s: no figure this period', (text) => {
    expect(readValue(cell(text)).kind).toBe('blank');
  });

  it.each(['Monthly target', 'Anual', 'Annual leave'])('%s: still not a figure', (text) => {
    expect(readValue(cell(text)).kind).toBe('not-number');
  });

  it('an annual survey indicator in a quarterly table is NO_DATA, its last value quoted', () => {
    const { by, result } = scoreRows([
      ['Indicator', 'Target', 'Q1', 'Q2', 'Q3', 'RAG'],
      ['% satisfied with waste service', 80, 76, 'Annual', 'Annual', null],
      ['Number of empty homes', 400, 430, 420, 410, null],
    ]);
    const survey = by('% satisfied with waste service');
    expect(survey.status).toBe('NO_DATA');
    expect(result.warnings.map((w) => w.message).join(' ')).not.toMatch(/Annual/);
    expect(by('Number of empty homes').status).toBe('AMBER');
  });
});
