/**
 * A children's services register scored by the real pipeline, for the "How we compare" tests: 12
 * indicators with a national average (7 better, 1 in line, 4 worse), some with statistical
 * neighbours, and a seed 001 block below whose SOUTH area pulls the figure down.
 */
import { scoreSheet, type SheetResult } from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import { buildSnapshot, mmmYY, type CellInput } from '../helpers/snapshot-builder';

export const HEADER = ['Measure', 'Polarity', 'Target', 'Actual', 'National average', 'Statistical neighbours', 'RAG'];
/** name, polarity, target, actual, national, neighbours */
export const ROWS: [string, string, number, number, number, number | null][] = [
  ['Children in care per 10K', 'Smaller is better', 65, 71, 60, 62],
  ['Child protection plans per 10K', 'Smaller is better', 45, 48, 42, 44],
  ['Re-referrals within 12 months %', 'Smaller is better', 25, 20, 24, 22],
  ['Assessments within 45 days %', 'Bigger is better', 85, 88, 82, 84],
  ['Care leavers in education %', 'Bigger is better', 60, 65, 55, null],
  ['Adoptions within 14 months %', 'Bigger is better', 60, 70, 50, null],
  ['Placement stability %', 'Bigger is better', 70, 72, 68, null],
  ['Repeat CP plans %', 'Smaller is better', 20, 15, 18, null],
  ['Missing episodes', 'Smaller is better', 30, 20, 25, null],
  ['Dental checks %', 'Bigger is better', 85, 80, 86, null],
  ['Health assessments %', 'Bigger is better', 90, 80, 88, null],
  ['Social worker vacancies %', 'Smaller is better', 15, 16, 16, null],
];

export function comparedRegister(): SheetResult {
  const rows: CellInput[][] = [HEADER, ...ROWS.map((r) => [...r])];
  rows.push([]);
  // A seed 001 block under the register: SOUTH 69 against a target of 45, smaller is better.
  rows.push(['Number of children with a Child Protection Plan']);
  rows.push([]);
  rows.push([null, mmmYY(2015, 3), mmmYY(2015, 5), 'EAST', 'NWC', 'SOUTH']);
  rows.push(['No of CPP', 1301, 1305, 385, 394, 453]);
  rows.push(['Rate per 10K', 47, 48, 37, 37, 69]);
  rows.push(['Target', null, 45]);
  rows.push(['Polarity: Smaller is Better']);
  return scoreSheet(buildSnapshot(rows, { name: 'Children KPIs' }), defaultRules());
}
