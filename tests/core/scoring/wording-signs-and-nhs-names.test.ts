/**
 * Which way is good from NHS and call-centre names (SCORING.md evidence 4): a limit written as a
 * sign ("waiting < 18 weeks" is a rate of being seen in time; "handovers > 60 mins" a count of
 * long waits), "Avg" for average, standardised mortality ratios by their acronyms (HSMR, SHMI),
 * "waiters" counted by how long they wait, and a time standard ("28 day faster diagnosis standard").
 */
import { polarityFromWording } from '../../../src/core/scoring/evidence/polarity-from-wording';
import { wordingWay as way } from '../../helpers/wording-way';
import { nameOnly } from '../../../scripts/bench/polarity';

describe('limits written as signs', () => {
  it.each([
    ['RTT incomplete pathways < 18 weeks (%)', 'higher'],
    ['Patients waiting < 4 hours in A&E', 'higher'],
    ['% seen <= 4 hrs', 'higher'],
    ['Ambulance handovers > 60 mins', 'lower'],
    ['Patients waiting >52 weeks', 'lower'],
    ['Diagnostic waits ≥ 6 weeks (%)', 'lower'],
  ])('%p is %s', (name, polarity) => {
    expect(way(name)).toBe(polarity);
  });
});

describe('a limit in brackets says who is counted, not the aim', () => {
  it('"% LAC (> 20 days) with a PEP" is not read as a count of long waits', () => {
    expect(way('% LAC (> 20 days) with a PEP')).toBeNull();
  });

  it('"Number of unallocated cases (open >7 days)" is smaller-is-better by what it counts', () => {
    expect(polarityFromWording(nameOnly('Number of unallocated cases (open >7 days)'))?.says).toBe(
      "'unallocated' in the name",
    );
  });
});

describe('NHS names', () => {
  it.each([
    ['HSMR', 'lower'],
    ['SHMI (rolling 12 months)', 'lower'],
    ['52 week waiters', 'lower'],
    ['Avg wait (secs)', 'lower'],
    ['Avg. handling time', 'lower'],
    // A time standard is a rate of being seen in time, whatever the patients wait for.
    ['Cancer 28 day faster diagnosis standard', 'higher'],
    ['A&E 4-hour standard', 'higher'],
    ['ED 4 hour performance', 'higher'],
  ])('%p is %s', (name, polarity) => {
    expect(way(name)).toBe(polarity);
  });
});

describe('"former" turns round people, not what is counted about them', () => {
  it.each([
    ['Former tenant arrears £', 'lower'],
    ['Former smokers', 'higher'],
    ['Ex-offenders in employment', 'higher'],
  ])('%p is %s', (name, polarity) => {
    expect(way(name)).toBe(polarity);
  });
});

/**
 * The NHS standards by programme and time limit, as board scorecards abbreviate them: the share seen
 * within the limit (bigger), not the disease or the pathway counted ("cancer", "incomplete"); a
 * count of those past the limit stays smaller.
 */
describe('NHS standards by programme and time limit', () => {
  it.each([
    ['Cancer: 62 day (all)', 'higher'],
    ['Cancer 28 day FDS', 'higher'],
    ['Cancer 2 week wait', 'higher'],
    ['RTT 18 weeks incomplete', 'higher'],
    ['18 week RTT', 'higher'],
    ['RTT incomplete pathways', 'lower'],
    ['RTT 52 week breaches', 'lower'],
    ['A&E 12 hour trolley waits', 'lower'],
    ['Cancer 62 day backlog', 'lower'],
  ])('%p is %s', (name, polarity) => {
    expect(way(name)).toBe(polarity);
  });
});
