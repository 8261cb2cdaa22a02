/**
 * The readings in precedence order, and the prior each gets from it. Before evidence, a reading
 * that needs a more particular shape (an Actual row under dates, a metric block's special rows, a
 * long table's repeated names) is preferred to a more general one, and a register is the most
 * general of all. Priors are a tenth apart, so evidence can outweigh precedence only where it is
 * clearly stronger; the user's mapping always wins.
 */
import type { ReadingName } from './types';

export const READING_ORDER: readonly ReadingName[] = [
  'mapping',
  'card',
  'metric-block',
  'metrics-across',
  'role-rows',
  'long-format',
  'indicators-across',
  'register',
  'tile',
  'label-card',
];

const STEP = 0.1;

export function prior(name: ReadingName): number {
  if (name === 'mapping') return Infinity;
  return (READING_ORDER.length - 1 - READING_ORDER.indexOf(name)) * STEP;
}

/** What each reading makes of a table, in words for warnings. */
export const READING_SAYS: Readonly<Record<ReadingName, string>> = {
  mapping: "the user's mapping",
  card: 'an indicator card (an Actual row under a row of periods)',
  'metric-block': 'a metric block (rows of figures under a row of periods, a blank corner)',
  'metrics-across': 'metrics across (periods down the rows, a column per metric)',
  'role-rows': 'Act/Plan rows under a row of periods',
  'long-format': 'long format (one indicator per name, a row per period)',
  'indicators-across': 'indicators across (a column per indicator)',
  register: 'a register (one indicator per row)',
  tile: 'KPI tiles (a figure under each title)',
  'label-card': 'a label card (Target and Actual rows under a title, each with its figure)',
};
