/**
 * A blank cell in a direction column is not evidence either way (SCORING.md "Which way is good":
 * an explicit field states a direction; an empty one states none): the row falls through to the
 * next kind of evidence, and its note says the cell was blank. A value that is neither yes, no nor
 * a direction ("N/A") is treated the same, and the header's own words ("lower is better") are
 * never read as the cell's answer.
 */
import { readPolarityField } from '../../../src/core/scoring/evidence/polarity-from-field';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

describe('a flag column cell that says nothing', () => {
  it.each([
    'lowerIsBetter:',
    'lowerIsBetter: ',
    'Higher is better:',
    'favourable: N/A',
    'lowerIsBetter: n/a',
    'Direction:',
  ])('%j is not evidence', (field) => {
    expect(readPolarityField(field)).toBeNull();
  });

  it('the flag itself still reads', () => {
    expect(readPolarityField('lowerIsBetter: TRUE')).toBe('lower');
    expect(readPolarityField('lowerIsBetter: 0')).toBe('higher');
    expect(readPolarityField('Direction: Down')).toBe('lower');
  });
});

describe('a register with a lowerIsBetter column blank on some rows', () => {
  const rows: CellInput[][] = [
    ['Indicator', 'Actual', 'Target', 'lowerIsBetter'],
    ['Staff-student ratio', 14.2, 15, true],
    ['Graduate prospects', 81, 80, false],
    ['Entry tariff', 140, 150, null],
    ['Reduce delayed discharges', 40, 50, null],
    ['Research intensity', 0.6, 0.7, 'N/A'],
  ];
  const res = scoreSheet(buildSnapshot(rows, { name: 'Metrics' }), defaultRules());
  const byName = Object.fromEntries(res.indicators.map((i) => [i.source.name, i]));

  it('the filled flags decide their rows', () => {
    expect(byName['Staff-student ratio']).toMatchObject({ polarity: 'lower', polaritySource: 'field' });
    expect(byName['Graduate prospects']).toMatchObject({ polarity: 'higher', polaritySource: 'field' });
  });

  it('a blank flag falls through to the next evidence, and the note says the cell was blank', () => {
    const reduce = byName['Reduce delayed discharges'];
    expect(reduce).toMatchObject({ polarity: 'lower', polaritySource: 'wording', status: 'GREEN' });
    expect(reduce.notes.join(' ')).toMatch(/from 'Reduce' in the name \(the lowerIsBetter cell is blank\)/);
  });

  it('a blank flag with nothing else is assumed, and says the cell was blank rather than "nothing on the sheet"', () => {
    const tariff = byName['Entry tariff'];
    expect(tariff).toMatchObject({ polarity: 'higher', polaritySource: 'assumed' });
    const note = tariff.notes.find((n) => n.startsWith('Polarity'))!;
    expect(note).toMatch(
      /^Polarity assumed: bigger is better \(the lowerIsBetter cell is blank, and nothing else on the sheet says which way is good\)/,
    );
  });

  it('a value that is neither yes nor no is not read from the header, and is named in the note', () => {
    const ri = byName['Research intensity'];
    expect(ri).toMatchObject({ polarity: 'higher', polaritySource: 'assumed' });
    expect(ri.notes.join(' ')).toMatch(/the polarity field 'N\/A' says neither way/);
  });
});

describe('a flag column that marks only the rows it applies to', () => {
  // Every filled cell says "yes" (as a tool writes a sparse boolean): its blanks mean "no".
  const rows: CellInput[][] = [
    ['Measure', 'Score', 'Target', 'lowerIsBetter'],
    ['Pupil-teacher ratio', 17, 16, true],
    ['Course satisfaction', 82, 80, null],
    ['Graduate outcomes', 70, 65, null],
    ['Cost per enrolment', 900, 1000, 'TRUE'],
  ];
  const res = scoreSheet(buildSnapshot(rows, { name: 'League' }), defaultRules());
  const byName = Object.fromEntries(res.indicators.map((i) => [i.source.name, i]));

  it('reads a blank as "no", from the field, and says the cell was blank', () => {
    const sat = byName['Course satisfaction'];
    expect(sat).toMatchObject({ polarity: 'higher', polaritySource: 'field', status: 'GREEN' });
    expect(sat.notes.join(' ')).toMatch(/lowerIsBetter: FALSE \(blank, where other rows are marked TRUE\)/);
    expect(byName['Pupil-teacher ratio']).toMatchObject({ polarity: 'lower', polaritySource: 'field' });
    expect(byName['Cost per enrolment']).toMatchObject({ polarity: 'lower', polaritySource: 'field', status: 'GREEN' });
  });

  it('reads "FALSE (note)" as FALSE: the bracketed note is not the value', () => {
    expect(readPolarityField('lowerIsBetter: FALSE (blank, where other rows are marked TRUE)')).toBe('higher');
    expect(readPolarityField('Direction: Up (good)')).toBe('higher');
  });
});
