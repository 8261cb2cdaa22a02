/**
 * A target cell that says the indicator has no target on purpose ("Monitor only", "Contextual",
 * "Data only", "No target", "Not set", "N/A") is a sheet that is right: the indicator is NO_TARGET,
 * its note quotes the sheet, and no warning asks the author to fix the cell. Other text in a target
 * cell still gets its warning.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

describe('no target on purpose', () => {
  it('says what the sheet says and warns only of the text that is not such a word', () => {
    const rows: CellInput[][] = [['Indicator', 'Target', 'Q1', 'Q2']];
    const words = ['Monitor only', 'Contextual', 'Data only', 'No target', 'Not set', 'N/A', 'Trend only'];
    words.forEach((w, i) => rows.push([`Number of things ${i + 1}`, w, 10, 12]));
    rows.push(['Number of other things', 'Top quartile', 10, 12]);
    const result = scoreSheet(buildSnapshot(rows, { name: 'KPIs' }), defaultRules());
    expect(result.indicators.every((i) => i.status === 'NO_TARGET')).toBe(true);
    const first = result.indicators.find((i) => i.source.name === 'Number of things 1')!;
    expect(first.notes.join(' ')).toMatch(/the sheet says 'Monitor only'/);
    const warned = result.warnings.filter((w) => /target/i.test(w.message)).map((w) => w.cell);
    // Only the 'Top quartile' cell is warned about (once for the column, once for the row).
    expect(new Set(warned)).toEqual(new Set(['B9']));
  });
});
