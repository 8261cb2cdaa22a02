/**
 * A children's services sheet in the style of seed 002: monthly figures April 2019 to September
 * 2020, so the summary reports Quarter 2 2020/21 and compares with Q1 2020/21 and Q2 2019/20.
 */
import type { SheetResult } from '../../src/core/pipeline';
import type { Rules } from '../../src/core/rules/types';
import { indicator, monthly, month, reading, rules, sheetResult, target } from './fixtures';

/** 18 months, April 2019 to September 2020. */
const fromApril2019 = (values: (number | string)[]) => monthly(2019, 4, values);

export function boardRules(): Rules {
  // Missing episodes are events: a quarter is their total, as in "from 31 episodes to 18".
  return rules({ overrides: [{ match: { code: 'CS145' }, quarterFold: 'sum' }] });
}

export function boardResult(): SheetResult {
  return sheetResult('Children KPIs', [
    indicator({
      name: 'Missing episodes of children in care',
      code: 'CS145',
      status: 'GREEN',
      trend: 'MUCH_BETTER',
      polarity: 'lower',
      actual: reading(6),
      target: target(10),
      // Q2 2019/20: 10+11+10 = 31; Q1 2020/21: 8+7+9 = 24; Q2 2020/21: 6+6+6 = 18.
      series: fromApril2019([9, 9, 9, 10, 11, 10, 9, 9, 9, 9, 9, 9, 8, 7, 9, 6, 6, 6]),
      variance: '4 below the target of 10 (smaller is better)',
    }),
    indicator({
      name: '% Re-referrals within 12 months',
      status: 'RED',
      trend: 'NOT_BETTER',
      polarity: 'lower',
      actual: reading(22.4, true, 1),
      target: target(18, true, 1),
      // Percent-formatted cells: 0.224 shows as 22.4%.
      series: fromApril2019([
        0.18, 0.18, 0.18, 0.19, 0.19, 0.19, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.21, 0.21, 0.201, 0.22, 0.22, 0.224,
      ]),
      format: '0.0%',
      variance: '4.4 percentage points above the target of 18.0% (smaller is better)',
    }),
    indicator({
      name: 'Initial Child Protection Conferences within 15 working days',
      status: 'GREEN',
      trend: 'BIT_BETTER',
      polarity: 'higher',
      actual: reading(91.6, true, 1),
      target: target(85, true, 1),
      series: fromApril2019([
        '80%',
        '80%',
        '80%',
        '84%',
        '84%',
        '84.0%',
        '85%',
        '85%',
        '85%',
        '86%',
        '86%',
        '86%',
        '90%',
        '90%',
        '90.0%',
        '91%',
        '91%',
        '91.6%',
      ]),
      variance: '6.6 percentage points above the target of 85.0%',
    }),
    indicator({
      name: '=Children in care per 10,000',
      status: 'AMBER',
      trend: 'NOT_BETTER',
      polarity: 'lower',
      actual: reading(65, false, 0),
      target: target(63),
      series: fromApril2019([60, 60, 60, 61, 61, 61, 62, 62, 62, 62, 62, 62, 63, 63, 63, 64, 64, 65]),
      variance: '2 above the target of 63 (smaller is better)',
    }),
    indicator({
      name: '+Dental checks for children in care',
      status: 'NO_DATA',
      polarity: 'higher',
      target: target(90, true, 1),
      series: fromApril2019(['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '']),
      lastKnown: { reading: reading(14.9, true, 1), period: month(2020, 6) },
      notes: ['No figure for Sep-20; the last figure was for Jun-20.'],
    }),
    indicator({
      name: '@Young people in education, employment or training',
      status: 'NO_TARGET',
      polarity: 'higher',
      actual: reading(62, true, 0),
      frequency: 'Annually',
      notes: ['The target "Increase" is not a number.'],
    }),
  ]);
}
