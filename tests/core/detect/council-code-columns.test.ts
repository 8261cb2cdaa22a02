/**
 * A column headed as the names ("PI", "KPI", "Indicator") that holds codes ("BV8", "HS01"), beside a
 * column of the names themselves ("Description"): the names are read from the labels, and the codes
 * are the indicators' codes (before, the code column was set aside as narrative and every
 * indicator lost its code). Codes repeated over rows of different names stay no code.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

describe('codes under a names header', () => {
  it('"PI" of codes beside "Description": the codes are the codes', () => {
    const result = scoreSheet(
      buildSnapshot([
        ['PI', 'Description', 'Q2 Target', 'Q2 Actual', 'Q2 RAG', 'Q3 Target', 'Q3 Actual', 'Q3 RAG'],
        ['BV8', '% invoices paid on time', '95%', '96%', 'G', '95%', '93%', ''],
        ['BV12', 'Sickness days per FTE', 4, 4.6, 'R', 6, 6.1, ''],
        ['BV78', 'Days to process HB claims', 20, 19, 'G', 20, 18, ''],
      ]),
      defaultRules(),
    );
    expect(result.indicators.map((i) => [i.source.code, i.source.name])).toEqual([
      ['BV8', '% invoices paid on time'],
      ['BV12', 'Sickness days per FTE'],
      ['BV78', 'Days to process HB claims'],
    ]);
    expect(result.indicators.map((i) => i.status)).toEqual(['AMBER', 'AMBER', 'GREEN']);
  });
});
