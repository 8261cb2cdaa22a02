/**
 * A tolerance of "2%" on an indicator that is itself a percentage could mean 2 points or 2% of the
 * target. Where both readings give the same status, that status is the sheet's: 77.5% against 80%
 * with a 2% tolerance is 2.5 points short, beyond 2 points and beyond 1.6 (2% of 80): RED either
 * way. Before: the tolerance was dropped and the default 5% of the target (4 points) rated it AMBER.
 * Where the readings differ, the rules' tolerance still applies, as the note says.
 */
import { scoreRows } from '../../helpers/score-by-name';

describe('a percentage tolerance on a percentage indicator', () => {
  const { by } = scoreRows([
    ['Performance measure', 'Target', 'Tolerance', 'Actual', 'Status'],
    ['Calls answered within 60 seconds', { v: 0.8, f: '0%' }, '2%', { v: 0.775, f: '0.0%' }, null],
    ['Invoices paid within 30 days', '95%', '5%', '90.5%', null],
    ['Repairs completed on time', '90%', '5%', '85.2%', null],
  ]);

  it('rates by the status both readings give', () => {
    const calls = by('Calls answered within 60 seconds');
    expect(calls.status).toBe('RED');
    expect(calls.notes.join(' ')).toMatch(/could mean 2 points or 2% of the target; either way the status is RED/);
    // 4.5 points short: within 5 points and within 4.75 (5% of 95): AMBER either way.
    expect(by('Invoices paid within 30 days').status).toBe('AMBER');
  });

  it("where the readings differ, the rules' tolerance applies, as before", () => {
    // 4.8 points short: within 5 points, beyond 4.5 (5% of 90); the default 5% of target says RED.
    const repairs = by('Repairs completed on time');
    expect(repairs.status).toBe('RED');
    expect(repairs.notes.join(' ')).toMatch(/could mean 5 points or 5% of the target, so the rules' tolerance applies/);
  });
});
