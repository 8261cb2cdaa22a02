/**
 * A regulator's return form: a label merged over the figure columns ("Performance level - actual"
 * over "Previous reporting year | Current reporting year"), the names', code and "PCL met?"
 * headers merged down over both header rows, a row of column numbers above, section rows,
 * placeholder rows "[For use by ... only]", and a block of validation checks beside every row past
 * a blank column. Before: "No indicator table found" (the lower header row had one role word, the
 * side block ended the table at its first row). Now each line is an indicator, rated against the
 * previous reporting year; "PCL met?" is the author's rating, kept.
 */
import { keywordRole } from '../../../src/core/detect/column-words';
import { classify } from '../../../src/core/scoring/evidence/wording/combine';
import { scoreRows } from '../../helpers/score-by-name';

describe("a regulator's return form", () => {
  const merges = [
    { row: 2, col: 0, rowCount: 2, colCount: 1 },
    { row: 2, col: 1, rowCount: 2, colCount: 1 },
    { row: 2, col: 2, rowCount: 2, colCount: 1 },
    { row: 2, col: 3, rowCount: 1, colCount: 2 },
    { row: 2, col: 5, rowCount: 2, colCount: 1 },
  ];
  const { result, by } = scoreRows(
    [
      ['Outcome performance - water performance commitments'],
      [1, 2, 3, 4, 5, 6, null, null],
      ['Line description', 'Unique reference', 'Unit', 'Performance level - actual', null, 'PCL met?', null, 'Check'],
      [null, null, null, 'Previous reporting year', 'Current reporting year', null, null, 'Complete?'],
      [null, null, null, null, null, null, null, 'OK'],
      ['Common commitments - water'],
      ['Water supply interruptions (minutes)', 'PR19-B03', 'mins', 8.9, 13.8, 'No', null, 'OK'],
      ['Leakage', 'PR19-B01', '%', -7, -2.2, 'No', null, 'OK'],
      ['[For use by some companies only]', null, null, null, null, null, null, 'OK'],
      ['Customers lifted out of water poverty', 'PR19-C01', 'number', 9000, 12500, 'Yes', null, 'OK'],
    ],
    { merges },
  );

  it('reads every line as an indicator, not the placeholder', () => {
    expect(result.indicators.map((i) => i.source.code)).toEqual(['PR19-B03', 'PR19-B01', 'PR19-C01']);
  });

  it('trends each against the previous reporting year, by its wording', () => {
    const cuts = by('Water supply interruptions (minutes)');
    expect(cuts.actual?.value).toBe(13.8);
    expect(cuts.previous?.value).toBe(8.9);
    expect(cuts.polarity).toBe('lower');
    expect(cuts.trend).toBe('NOT_BETTER');
    expect(cuts.status).toBe('NO_TARGET');
    expect(by('Customers lifted out of water poverty').trend).toBe('MUCH_BETTER');
  });

  it('keeps the author\'s "PCL met?" answers', () => {
    expect(by('Leakage').source.rating?.value).toBe('No');
  });

  it.each([
    ['Previous reporting year', 'earlier'],
    ['Current reporting year', 'actual'],
    ['This reporting period', 'actual'],
    ['PCL met?', 'status'],
    ['SLA met?', 'status'],
  ])('%p is %p', (header, role) => {
    expect(keywordRole(header)).toBe(role);
  });
});

describe('utility service wording', () => {
  it.each([
    'Unplanned outage',
    'Sewer collapses',
    'Sewer blockages',
    'Mains bursts per 1,000 km',
    'Risk of severe restrictions in a drought',
    'Leakage (Ml/d)',
    'Per capita consumption',
    'Water supply interruptions',
  ])('%p is smaller-is-better', (name) => {
    expect(classify(name)?.polarity).toBe('lower');
  });

  it('"lifted out of" turns round what follows', () => {
    expect(classify('Number of customers lifted out of water poverty')?.polarity).toBe('higher');
  });
});

describe('meeting a standard, or not', () => {
  it.each([
    ['Percentage of homes meeting the Scottish Housing Quality Standard', 'higher'],
    ['Homes not meeting the Decent Homes Standard', 'lower'],
    ['Pupils failing to meet the expected standard', 'lower'],
  ])('%p is %p', (name, way) => {
    expect(classify(name)?.polarity).toBe(way);
  });
});
