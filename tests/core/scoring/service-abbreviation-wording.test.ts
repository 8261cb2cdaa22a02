/**
 * Service words councils and trusts use without spelling out: "Households in TA" (temporary
 * accommodation) and "Bed occupancy" are smaller-is-better; "Theatre utilisation" and "Appraisal
 * rate" bigger. Before, none was decided by its words and bigger was assumed for all four.
 */
import { wordingWay as way } from '../../helpers/wording-way';

describe('service shorthand', () => {
  it.each(['Households in TA', 'Number of families in TA with children', 'Bed occupancy', 'G&A bed occupancy (%)'])(
    '%p is smaller-is-better',
    (name) => {
      expect(way(name)).toBe('lower');
    },
  );

  it.each(['Theatre utilisation', 'Appraisal rate', 'Occupancy rate of council hostels'])(
    '%p is bigger-is-better',
    (name) => {
      expect(way(name)).toBe('higher');
    },
  );

  it('"in target" is not "in TA"', () => {
    expect(way('Planning applications in target')).not.toBe('lower');
  });
});
