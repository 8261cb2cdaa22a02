/**
 * Which way is good (SCORING.md evidence 4) from names outside UK councils: a performance
 * framework's calculation written in square brackets after the measure ("Cost of aquatic facilities
 * [Direct cost less income / Number of visits]") is an aside, not what is measured; fire and rescue
 * counts ("Accidental dwelling fires", "False alarms") are to be fewer; a standard or target "met"
 * is to be more.
 */
import { wordingWay as way } from '../../helpers/wording-way';
import { scoreRows } from '../../helpers/score-by-name';

describe('names from other public bodies', () => {
  it.each([
    ['AF7 Cost of aquatic facilities [Direct cost less income / Number of visits]', 'lower'],
    ['Cost of libraries [Direct cost of the library service / Population]', 'lower'],
    ['Satisfaction with sealed local roads [Community satisfaction rating out of 100]', 'higher'],
    ['Accidental dwelling fires', 'lower'],
    ['Deliberate secondary fires', 'lower'],
    ['False alarms from automatic fire alarms', 'lower'],
    ['Fires attended within 10 minutes (%)', 'higher'],
    ['Response standard met (%)', 'higher'],
    ['Deadlines met', 'higher'],
    ['Waste diverted from landfill', 'higher'],
    ['Landfill diversion rate', 'higher'],
    ['Tonnes of waste sent to landfill', 'lower'],
  ])('%p is %s', (name, polarity) => {
    expect(way(name)).toBe(polarity);
  });

  it('rates a cost measure with its formula on the cost, and trends it so', () => {
    const { by } = scoreRows([
      ['Service / Indicator / Measure', 'Results 2022', 'Results 2023', 'Target'],
      ['Cost of aquatic facilities [Direct cost less income / Number of visits]', '$1.95', '$2.36', '$2.00'],
    ]);
    const cost = by('Cost of aquatic facilities [Direct cost less income / Number of visits]');
    expect(cost.polarity).toBe('lower');
    expect(cost.status).toBe('RED');
    expect(cost.trend).toBe('NOT_BETTER');
  });
});
