/**
 * A figure header naming its quarter with a short financial year ("Performance Q3 23/24", "Result
 * Qtr 2 22/23") beside the quarter's target ("Target Q3 23/24") and the year's ("Target Year End"):
 * the figure column is that quarter's actual, rated against the quarter's target. Before, the
 * short year hid the figure word ("performance 23/24" read as no role), the table had no actual and
 * every row was NO_DATA.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('a quarter with a short financial year beside a figure word', () => {
  it.each([
    ['Target Q3 23/24', 'Performance Q3 23/24'],
    ['Target Qtr 2 22/23', 'Result Qtr 2 22/23'],
  ])('%s | %s: the quarter figure rated against the quarter target', (targetHeader, figureHeader) => {
    const result = scoreSheet(
      buildSnapshot([
        ['Ref', 'Indicator', targetHeader, figureHeader, 'Target Year End', 'Forecast Year End', 'RAG'],
        ['F1', '% of Council Tax collected', '83.0%', '82.6%', '97.5%', '97.3%', ''],
        ['F2', '% of Business Rates collected', '84.0%', '85.1%', '98.0%', '98.2%', ''],
        ['F3', 'Average days to pay invoices', 20, 23, 20, 22, ''],
      ]),
      defaultRules(),
    );
    expect(result.indicators.map((i) => i.actual?.value)).toEqual([82.6, 85.1, 23]);
    expect(result.indicators.map((i) => i.status)).toEqual(['AMBER', 'GREEN', 'RED']);
  });
});

describe('year columns with a short financial year beside their role word', () => {
  it('"Outturn 21/22 | Outturn 22/23 | Outturn 23/24": the latest year is current, the one before its trend', () => {
    const result = scoreSheet(
      buildSnapshot([
        ['Indicator', 'Polarity', 'Target 23/24', 'Outturn 21/22', 'Outturn 22/23', 'Outturn 23/24', 'RAG'],
        ['Average days to re-let', 'Lower', 28, 30, 27, 29, ''],
        ['% of invoices paid in 30 days', 'Higher', 95, 92, 96, 94, ''],
      ]),
      defaultRules(),
    );
    const relet = result.indicators[0];
    expect(relet.actual?.value).toBe(29);
    expect(relet.previous?.value).toBe(27);
    expect(relet.status).toBe('AMBER');
    expect(relet.trend).toBe('NOT_BETTER');
    expect(result.indicators[1].actual?.value).toBe(94);
  });
});
