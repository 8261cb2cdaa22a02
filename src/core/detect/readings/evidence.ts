/**
 * The evidence steps of a table reading, each small and named, each saying what it found. The
 * chooser (choose.ts) combines them: a reading's score is its precedence plus their mean fit.
 */
import type { IndicatorSource } from '../../model';
import { numericValue } from '../../values/read';
import type { ReadingEvidence } from './types';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Rows that share their name with a row of another period, out of all rows read: what makes a
 * long-format table one indicator per name with its series.
 */
export function namesRepeat(groupSizes: readonly number[]): ReadingEvidence {
  let rows = 0;
  let inSeries = 0;
  for (const n of groupSizes) {
    rows += n;
    if (n >= 2) inSeries += n;
  }
  return {
    step: 'names repeat',
    found: `${inSeries} of ${plural(rows, 'row')} share their name with a row of another period (${plural(groupSizes.length, 'name')})`,
    fit: rows === 0 ? 0 : inSeries / rows,
  };
}

/** Rows whose name no other row has, out of all rows read: what makes a register one indicator per row. */
export function namesOwnRow(groupSizes: readonly number[]): ReadingEvidence {
  let rows = 0;
  let alone = 0;
  for (const n of groupSizes) {
    rows += n;
    if (n === 1) alone++;
  }
  return {
    step: 'one row per name',
    found: `${alone} of ${plural(rows, 'row')} have a name no other row has`,
    fit: rows === 0 ? 0 : alone / rows,
  };
}

/** Indicators built with a figure for their current (latest) period, out of all built. */
export function figuresRead(indicators: readonly IndicatorSource[]): ReadingEvidence {
  let figures = 0;
  for (const ind of indicators) {
    const latest = ind.values[ind.values.length - 1];
    if (latest && numericValue(latest.source.value) !== null) figures++;
  }
  return {
    step: 'figures read',
    found: `${figures} of ${plural(indicators.length, 'indicator')} ${indicators.length === 1 ? 'has a figure for its' : 'have a figure for their'} latest period`,
    fit: indicators.length === 0 ? 0 : figures / indicators.length,
  };
}

/** The role-giving columns of a header row: what settled each role, and where content overrode the words. */
export interface HeaderRoles {
  columns: readonly { role: string; evidence?: 'words' | 'period header' | 'content' }[];
  findings?: readonly unknown[];
}

/**
 * Header words that fit their column's content: role columns whose role the content left as the
 * words gave it, out of all role columns of the header row (a header-row table's reading).
 */
export function headerWordsFit(h: HeaderRoles): ReadingEvidence {
  let roles = 0;
  const by = { words: 0, 'period header': 0, content: 0 };
  for (const c of h.columns) {
    if (c.role === 'other') continue;
    roles++;
    if (c.evidence) by[c.evidence]++;
  }
  const overridden = Math.min(h.findings?.length ?? 0, roles);
  const how = [
    by.words > 0 ? `${by.words} by their header words` : '',
    by['period header'] > 0 ? `${by['period header']} as periods` : '',
    by.content > 0 ? `${by.content} by their content` : '',
  ].filter((s) => s !== '');
  return {
    step: 'header words fit content',
    found:
      `${plural(roles, 'column')} given a role${how.length > 0 ? ` (${how.join(', ')})` : ''}` +
      (overridden > 0 ? `; the content overrode the header words of ${overridden}` : ''),
    fit: roles === 0 ? 0 : (roles - overridden) / roles,
  };
}

/** Cells read as periods (or the period row's baseline and comparators) out of those filled where periods stand. */
export function periodsRead(read: number, filled: number, where: string, as = 'periods'): ReadingEvidence {
  const of = Math.max(read, filled);
  return {
    step: 'periods read',
    found: `${read} of ${of} ${where} read as ${as}`,
    fit: of === 0 ? 0 : read / of,
  };
}

/** Row labels that are not periods, out of all: what makes a column of labels a register's names. */
export function labelsAsNames(periods: number, labels: number): ReadingEvidence {
  return {
    step: 'labels as names',
    found: `${labels - periods} of ${plural(labels, 'row label')} are not periods`,
    fit: labels === 0 ? 0 : (labels - periods) / labels,
  };
}

/** Rows the reading took as its kind of row, out of the filled rows under its header. */
export function rowsRead(read: number, filled: number, as: string): ReadingEvidence {
  const of = Math.max(read, filled);
  return {
    step: 'rows read',
    found: `${read} of ${plural(of, 'filled row')} under the header read as ${as}`,
    fit: of === 0 ? 0 : read / of,
  };
}
