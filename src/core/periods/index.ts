/**
 * Periods: header cells to periods (real dates, "May-15", "September", "Q2 2020/21", baselines),
 * header classification (period / baseline / area / comparator), UK financial quarters and folding.
 * Pure TypeScript: no Office, DOM or ExcelJS.
 */
export type { Period, PeriodKind } from '../model';
export type {
  FiscalQuarter,
  HeaderCell,
  HeaderClass,
  PeriodFields,
  PeriodRow,
  QuarterNumber,
  QuarterValue,
} from './types';
export { actualHeaderPeriod, parsePeriodHeader, parsePeriodText, type ParseOptions } from './parse';
export { isActualHeader, isBaselineHeader } from './header-words';
export { classifyHeader, classifyHeaderRow, comparatorKind, looksLikeArea } from './classify';
export { analysePeriodRow, parsePeriodRow } from './row';
export {
  compareQuarters,
  fyLabel,
  fyOfMonth,
  nextQuarter,
  previousQuarter,
  quarterLabel,
  quarterMonths,
  quarterOf,
  quarterOfMonth,
  sameQuarterLastYear,
} from './quarters';
export { foldToQuarters } from './fold';
export { BASELINE_ORDER, comparePeriods, latestPeriod, NOMINAL_FY_START, timeKey } from './order';
export {
  dateFormatParts,
  dateToSerial,
  formatDate,
  isDateFormat,
  serialToDate,
  type DateFormatParts,
  type DateParts,
} from './excel-dates';
export { monthFromName } from './months';
export { headerText, normalizeHeader } from './text';
export { parsePeriodPhrase } from './phrase';
