/**
 * Issue 11, SCORING.md "Tables without targets": rated by direction of travel where the sheet has a
 * direction key (seed 004's RAG Guide) or the rules choose it; otherwise No target, never an
 * invented RAG.
 */
import { scoreSheet } from '../../../src/core/pipeline';
import { rulesFromJson } from '../../../src/core/rules/json';
import { defaultRules } from '../../../src/core/rules/presets';
import type { Rules } from '../../../src/core/rules/types';
import { validateRules } from '../../../src/core/rules/validate';
import { buildSnapshot, pct, type CellInput } from '../../helpers/snapshot-builder';

const TABLE: CellInput[][] = [
  ['Measure', 'September', 'October', 'RAG'],
  ['% Of Dental checks', pct(0.64), pct(0.67), ''],
  ['Number of complaints (Year to date)', 25, 31, ''],
  ['% Of immunisations', pct(0.95), pct(0.95), ''],
  ['No. of audits', 22, '', ''],
];
const KEY: CellInput[][] = [
  ['RAG Guide'],
  ['', 'Favourable'],
  ['', 'On Track/Neutral'],
  ['', 'Unfavourable'],
  ['', 'Not started'],
  [],
];

function outcome(rows: CellInput[][], rules: Rules = defaultRules()) {
  return scoreSheet(buildSnapshot(rows), rules).indicators.map((i) => [i.source.name, i.status, i.statusLabel]);
}

describe('direction of travel without targets', () => {
  it('with the sheet’s RAG Guide: Favourable / On Track / Unfavourable / Not started, in its words', () => {
    expect(outcome([...KEY, ...TABLE])).toEqual([
      ['% Of Dental checks', 'GREEN', 'Favourable'],
      ['Number of complaints (Year to date)', 'RED', 'Unfavourable'],
      ['% Of immunisations', 'AMBER', 'On Track'],
      ['No. of audits', 'NO_DATA', 'Not started'],
    ]);
  });

  it('without a key or rule: No target, never an invented RAG', () => {
    expect(outcome(TABLE).map(([, status]) => status)).toEqual(['NO_TARGET', 'NO_TARGET', 'NO_TARGET', 'NO_DATA']);
  });

  it('the rules can choose it, with their own band and words', () => {
    const parsed = rulesFromJson(
      JSON.stringify({
        direction: {
          enabled: true,
          band: 0.05,
          labels: { favourable: 'Better', onTrack: 'Steady', unfavourable: 'Worse', notStarted: 'Awaited' },
        },
      }),
    );
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    // 64% -> 67% is +4.7%: within a 5% band, so Steady.
    expect(outcome(TABLE, parsed.rules)).toEqual([
      ['% Of Dental checks', 'AMBER', 'Steady'],
      ['Number of complaints (Year to date)', 'RED', 'Worse'],
      ['% Of immunisations', 'AMBER', 'Steady'],
      ['No. of audits', 'NO_DATA', 'Awaited'],
    ]);
  });

  it('direction rules are validated field by field', () => {
    const bad = { ...defaultRules(), direction: { enabled: 'yes', band: 2, labels: { favourable: '' } } };
    expect(validateRules(bad).errors).toEqual(
      expect.arrayContaining([
        'direction.enabled must be true or false',
        'direction.band must be a number from 0 to 1 (0.01 = 1%) (got 2)',
        'direction.labels.favourable must be a word or short phrase (1 to 100 characters)',
      ]),
    );
  });
});
