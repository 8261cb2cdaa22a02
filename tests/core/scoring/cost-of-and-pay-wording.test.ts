/**
 * Council benchmarking names: "Net cost of waste collection per premises" is a cost (smaller is
 * better) whatever it is the cost of (before: "cost" and "collection" tied, so the direction was
 * assumed bigger and a rising cost read as "Much better"), while a cost further in is one word among
 * others ("satisfaction with ... cost of support" stays satisfaction); "Number of people sleeping rough" is
 * rough sleeping; "Median gross weekly pay" is residents' pay (bigger), a pay gap still a gap.
 */
import { wordingWay as way } from '../../helpers/wording-way';

describe('the cost of a service, rough sleeping, pay', () => {
  it.each([
    'Net cost of waste collection per premises (£)',
    'Cost of waste collection',
    'Gross cost of council tax collection per dwelling',
    'Costs to the council of temporary accommodation',
    'ENV1a Net cost of waste collection per premises',
    'Number of people sleeping rough',
    'Gender pay gap (median, %)',
  ])('%p is smaller-is-better', (name) => {
    expect(way(name)).toBe('lower');
  });

  it.each([
    'Level of client satisfaction with mix, quality and cost of support received',
    'Median gross weekly pay (£)',
    'Average hourly pay of residents',
    'Council tax collection rate',
  ])('%p is bigger-is-better', (name) => {
    expect(way(name)).toBe('higher');
  });
});
