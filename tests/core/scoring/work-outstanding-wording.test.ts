/**
 * Work left undone named after the thing, the word "outstanding" last: "Number of planning
 * enforcement cases outstanding", "Housing repairs outstanding" are backlogs (smaller is better),
 * as "outstanding repairs" already was. "Outstanding" as a rating stays what it was.
 */
import { wordingWay as way } from '../../helpers/wording-way';

describe('work outstanding', () => {
  it.each([
    'Number of planning enforcement cases outstanding',
    'Housing repairs outstanding',
    'Freedom of information requests outstanding',
    'Occupational therapy assessments outstanding',
    'Number of outstanding repairs',
  ])('%p is smaller-is-better', (name) => {
    expect(way(name)).toBe('lower');
  });

  it.each(['% of schools rated good or outstanding', 'Ofsted: providers judged outstanding or good'])(
    '%p stays bigger-is-better',
    (name) => {
      expect(way(name)).toBe('higher');
    },
  );
});
