/**
 * A return's "Item | Unit | Value" table: the items are the indicators (before: no names' column,
 * "No indicator table found"). With no target, each is NO_TARGET, nothing invented.
 */
import { keywordRole } from '../../../src/core/detect/column-words';
import { scoreRows } from '../../helpers/score-by-name';

describe('an Item | Unit | Value table', () => {
  it('reads each item as an indicator with no target', () => {
    const { result, by } = scoreRows([
      ['Customer service measures'],
      ['Item', 'Unit', 'Value'],
      ['Total household complaints', 'number', 258],
      ['Written complaints resolved at first stage', '%', 92.4],
      ['Annual customer satisfaction score', 'score', 4.3],
    ]);
    expect(result.indicators).toHaveLength(3);
    expect(by('Total household complaints').status).toBe('NO_TARGET');
    expect(result.indicators.every((i) => i.status === 'NO_TARGET')).toBe(true);
  });

  it('an "Item" header above dated rows is the header (the names are under it)', () => {
    const { result, by } = scoreRows([
      ['Date', 'Type', 'Item', 'Target', 'Actual'],
      [{ v: 45412, f: 'dd/mm/yyyy' }, 'KPI', 'Rent collected', '95%', '96%'],
      [{ v: 45412, f: 'dd/mm/yyyy' }, 'PI', 'Repairs on time', '90%', '84%'],
    ]);
    expect(result.indicators.map((i) => i.source.name)).toEqual(['Rent collected', 'Repairs on time']);
    expect(by('Repairs on time').status).toBe('RED');
  });

  it.each(['Item', 'Line item', 'Item description'])('%p names the rows', (header) => {
    expect(keywordRole(header)).toBe('name');
  });
});
