/**
 * A wrapped header ("Q3\n2023/24", "Performance\nIndicator") is one line where we quote it: the
 * period a status was rated for, in the notes, the report and the pane, reads "Q3 2023/24".
 */
import { scoreRows } from '../../helpers/score-by-name';

it('labels the period of a wrapped header on one line', () => {
  const { by } = scoreRows([
    ['Ref', 'Performance\nIndicator', 'Good\nperformance', '2023/24\nTarget', 'Q2\n2023/24', 'Q3\n2023/24', 'Q3\nRAG'],
    ['H1', 'Rent arrears as % of rent roll', 'Lower', '2.5%', '2.6%', '2.4%', null],
  ]);
  const arrears = by('Rent arrears as % of rent roll');
  expect(arrears.actualPeriod?.label).toBe('Q3 2023/24');
  expect(arrears.previousPeriod?.label).toBe('Q2 2023/24');
  expect(arrears.status).toBe('GREEN');
});
