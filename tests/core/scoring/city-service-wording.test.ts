/**
 * Which way is good from US and Canadian city measure names (SCORING.md evidence 4): a service's
 * number inside an average wait ("Average 311 call wait"), a waitlist written as one word, and a
 * bad thing made good by filling it ("Potholes filled", as "repaired" and "fixed" already were),
 * and safety devices fitted ("Smoke alarms installed": before, "smoke" read as smoking, so fitting
 * more alarms than the target was RED).
 * Before, the first two were assumed bigger-is-better and "Potholes filled" read smaller-is-better,
 * so a quarter's 3,900 against 14,000 was GREEN.
 */
import { wordingWay as way } from '../../helpers/wording-way';

describe('city service measure names', () => {
  it.each([
    ['Average 311 call wait (seconds)', 'lower'],
    ['Households on social housing waitlist', 'lower'],
    ['Applicants on the wait list', 'lower'],
    ['Potholes filled', 'higher'],
    ['Vacancies filled within 60 days', 'higher'],
    ['Number of potholes reported', 'lower'],
    ['Smoke alarms installed', 'higher'],
    ['Homes with working smoke alarms', 'higher'],
    ['Carbon monoxide alarms fitted', 'higher'],
    ['Smoking prevalence', 'lower'],
  ])('%p is %s', (name, polarity) => {
    expect(way(name)).toBe(polarity);
  });
});
