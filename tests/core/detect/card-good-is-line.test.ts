/**
 * Indicator cards from a performance system that say which way is good on a "Good is: Low" line
 * (or "Good performance is: High", "Desired direction: Down") instead of "Polarity: ...". The line
 * is the card's polarity field. Before: it was not read, so a card whose name says nothing of its
 * direction was scored bigger-is-better, assumed (3,700 visits against a ceiling of 3,800 rated AMBER).
 */
import { parseMeta } from '../../../src/core/detect/text-fields';
import { scoreRows } from '../../helpers/score-by-name';

describe('a "Good is:" line on an indicator card', () => {
  const { by } = scoreRows([
    ['KPI 1: Number of visits to the contact centre'],
    ['Good is:', 'Low'],
    ['Unit:', 'number'],
    ['', 'Q1 23/24', 'Q2 23/24', 'Q3 23/24'],
    ['Actual', 4100, 3900, 3700],
    ['Target', 3800, 3800, 3800],
    ['RAG', null, null, null],
    [],
    ['KPI 2: Number of web transactions'],
    ['Good performance is: High'],
    ['', 'Q1 23/24', 'Q2 23/24', 'Q3 23/24'],
    ['Actual', 100, 120, 105],
    ['Target', 110, 110, 110],
    ['RAG', null, null, null],
  ]);

  it('is the polarity field of its card', () => {
    const visits = by('Number of visits to the contact centre');
    expect(visits.polarity).toBe('lower');
    expect(visits.polaritySource).toBe('field');
    expect(visits.status).toBe('GREEN');
    expect(by('Number of web transactions').polarity).toBe('higher');
    expect(by('Number of web transactions').polaritySource).toBe('field');
  });

  it.each([
    ['Good is: Low', 'Low'],
    ['Desired direction: Down  Unit: days', 'Down'],
    ['Owner: J Smith Better is: Higher', 'Higher'],
  ])('%p gives the polarity %p', (line, polarity) => {
    expect(parseMeta(line).polarity).toBe(polarity);
  });
});
