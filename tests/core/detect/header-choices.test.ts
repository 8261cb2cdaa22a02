/**
 * Headers that carry their own key of choices, as city scorecards, annual reports and outcome
 * delivery plans write them: "Desired trend (Up/Down)", "Met/Not Met", "Achieved? (Achieved/Not
 * achieved)", "Status (On track / Some risk / Off track)", "Target met? (Y/N)", "Goal Met?". Before, none of them
 * had a role: the direction column was ignored (a "Down" measure scored bigger-is-better, assumed),
 * and the empty status column was passed over for a new one beside the table.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { ratingOf } from '../../../src/core/scoring/rating-words';
import { scoreRows } from '../../helpers/score-by-name';
import { buildSnapshot, pct } from '../../helpers/snapshot-builder';

describe('a direction column headed "Desired trend"', () => {
  it.each(['Desired trend', 'Desired trend (Up/Down)'])('"%s" gives each row its polarity', (head) => {
    const { by } = scoreRows([
      ['Measure', 'FY2022 Actual', 'FY2023 Target', 'FY2023 Actual', head],
      ['Code violations open', 3100, 2500, 3400, 'Down'],
      ['Street lights repaired', 5100, 5000, 4700, 'Up'],
    ]);
    const open = by('Code violations open');
    expect(open.polarity).toBe('lower');
    expect(open.polaritySource).toBe('field');
    expect(open.status).toBe('RED');
    expect(by('Street lights repaired').polaritySource).toBe('field');
  });
});

describe('a direction column headed "Good performance"', () => {
  it('gives each row its polarity (before: read as a figure header, then as nothing)', () => {
    const { by } = scoreRows([
      ['Indicator', 'Good performance', 'Q1', 'Q2', 'Q3', 'Target', 'Status'],
      ['Processing of major planning applications', 'High', '82%', '88%', '90%', '60%', null],
      ['Households in temporary accommodation', 'Low', 210, 230, 250, 200, null],
    ]);
    expect(by('Processing of major planning applications').polaritySource).toBe('field');
    expect(by('Households in temporary accommodation').polarity).toBe('lower');
    expect(by('Households in temporary accommodation').polaritySource).toBe('field');
  });
});

describe('a status column headed by its choices', () => {
  function statusWrites(header: string) {
    const res = scoreSheet(
      buildSnapshot([
        ['Performance Measure', 'Target', 'Actual', header],
        ['Graffiti removed within 2 days', pct(0.95), pct(0.97), null],
        ['Residents satisfied with city services', pct(0.7), pct(0.5), null],
      ]),
      defaultRules(),
    );
    const writes = res.plan.writes.filter((w) => w.role === 'status');
    return { res, cols: writes.map((w) => w.cell.col), texts: writes.map((w) => w.text) };
  }

  it('"Met/Not Met" is the status column, written in its words', () => {
    const { cols, texts } = statusWrites('Met/Not Met');
    expect(cols).toEqual([3, 3]);
    expect(texts.map((t) => t?.replace(/^\W+/, ''))).toEqual(['Met', 'Not Met']);
  });

  it('"Achieved? (Achieved/Not achieved)" is the status column, written in its words', () => {
    const { cols, texts } = statusWrites('Achieved? (Achieved/Not achieved)');
    expect(cols).toEqual([3, 3]);
    expect(texts.map((t) => t?.replace(/^\W+/, ''))).toEqual(['Achieved', 'Not achieved']);
  });

  it('"Status (On track / Some risk / Off track)" is the status column, and "Some risk" is amber', () => {
    const { cols, texts } = statusWrites('Status (On track / Some risk / Off track)');
    expect(cols).toEqual([3, 3]);
    expect(texts.map((t) => t?.replace(/^\W+/, ''))).toEqual(['On track', 'Off track']);
    // The author's "Some risk" is a rating: amber.
    expect(ratingOf('Some risk')).toBe('AMBER');
  });

  it.each(['Target met? (Y/N)', 'Goal Met?', 'Goal achieved?'])('"%s" is the status column', (header) => {
    expect(statusWrites(header).cols).toEqual([3, 3]);
  });
});
