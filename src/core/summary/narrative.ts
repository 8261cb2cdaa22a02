/**
 * A few short paragraphs in the voice of a council performance report (seed 002): the period, the
 * headline counts, what improved on the last quarter, what is performing well, the areas for focus
 * and what could not be rated. Every sentence is built from the figures; nothing is invented.
 */
import type { ScoredIndicator, Status } from '../model';
import type { Rules } from '../rules/types';
import { boardVariance, proseWord } from './board-words';
import { areasForFocus, notRated, performingWell, statusCounts } from './groups';
import { formatValue, styleOf } from './numbers';
import type { QuarterRow, QuarterTable } from './quarter-on-quarter';
import { mediumQuarterLabel } from './quarters';
import type { ReportPeriod } from './report-period';

export interface NarrativeInput {
  source: string;
  indicators: ScoredIndicator[];
  rules: Rules;
  period: ReportPeriod;
  quarters: QuarterTable | null;
  /** Several sheets summarised together (the workbook's board summary), in workbook order. */
  sheets?: string[];
}

/** How many indicators a sentence names before pointing to the table. */
const MAX_NAMED = 5;
const IMPROVED_TRENDS = new Set(['MUCH_BETTER', 'BIT_BETTER', 'IMPROVING']);

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A, B and C"; with "; " between items when an item has its own commas. */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  const sep = items.some((i) => i.includes(',')) ? '; ' : ', ';
  const last = sep === '; ' ? '; and ' : ' and ';
  return `${items.slice(0, -1).join(sep)}${last}${items[items.length - 1]}`;
}

/** Names as one line: sheets often break long names over lines. */
export function oneLine(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

function word(input: NarrativeInput, status: Status): string {
  return proseWord(input.rules, status, input.indicators);
}

/** "Quarter 2 (July to September) 2020/21", or the sheet's own "Qtr 2 (July - Sept 2020)". */
function periodPhrase(period: ReportPeriod): string {
  return period.phrase;
}

function opening(input: NarrativeInput): string {
  const { indicators, rules, period } = input;
  const counts = statusCounts(indicators, rules).filter((c) => c.count > 0);
  const rated = counts.filter((c) => ['BLUE', 'GREEN', 'AMBER', 'RED'].includes(c.status));
  const upTo = period.upTo ? ` (${period.upTo.charAt(0).toLowerCase()}${period.upTo.slice(1)})` : '';
  const where =
    input.sheets && input.sheets.length > 1
      ? `across ${input.sheets.length} sheets (${joinList(input.sheets.map((n) => `“${oneLine(n)}”`))})`
      : `on the “${oneLine(input.source)}” sheet`;
  let text = `This summary provides ${periodPhrase(period)} performance information${upTo} for ${plural(indicators.length, 'indicator', 'indicators')} ${where}`;
  if (rated.length > 0) {
    const parts = rated.map((c, i) =>
      i === 0
        ? `${c.count} ${c.count === 1 ? 'is' : 'are'} ${word(input, c.status)}`
        : `${c.count} ${word(input, c.status)}`,
    );
    text += `: ${joinList(parts)}`;
  }
  return `${text}.`;
}

function improvementClause(input: NarrativeInput): string | null {
  const rows = input.quarters?.rows ?? [];
  const judged = rows.filter((r) => r.onPrevious && ['better', 'worse', 'same'].includes(r.onPrevious.direction));
  if (judged.length > 0 && input.quarters) {
    const better = judged.filter((r) => r.onPrevious?.direction === 'better').length;
    const same = judged.filter((r) => r.onPrevious?.direction === 'same').length;
    const against = mediumQuarterLabel(input.quarters.previous, input.quarters.nominal);
    const unchanged = same > 0 ? ` (${same} unchanged)` : '';
    return judged.length === input.indicators.length
      ? `Performance improved on ${better} of ${plural(judged.length, 'indicator', 'indicators')} compared with ${against}${unchanged}`
      : `Performance improved on ${better} of the ${plural(judged.length, 'indicator that can be compared', 'indicators that can be compared')} with ${against}${unchanged}`;
  }
  const withTrend = input.indicators.filter((i) => i.trend !== null);
  if (withTrend.length === 0) return null;
  const better = withTrend.filter((i) => i.trend !== null && IMPROVED_TRENDS.has(i.trend)).length;
  return `Performance improved on ${better} of ${plural(withTrend.length, 'indicator', 'indicators')} compared with the previous period`;
}

function namesWithMore(inds: ScoredIndicator[]): string {
  const named = inds.slice(0, MAX_NAMED).map((i) => oneLine(i.source.name));
  if (inds.length > MAX_NAMED) named.push(`${inds.length - MAX_NAMED} more`);
  return joinList(named);
}

function headline(input: NarrativeInput): string {
  const red = input.indicators.filter((i) => i.status === 'RED');
  const redWord = word(input, 'RED');
  const redClause =
    red.length === 0
      ? `no indicator is ${redWord}`
      : `${plural(red.length, 'indicator is', 'indicators are')} ${redWord}: ${namesWithMore(red)}`;
  const improved = improvementClause(input);
  if (!improved) return `${redClause.charAt(0).toUpperCase()}${redClause.slice(1)}.`;
  return `${improved}; ${redClause}.`;
}

/** "Missing episodes at 18, 12 below the target of 30 (smaller is better)". */
function describe(ind: ScoredIndicator): string {
  const name = oneLine(ind.source.name);
  if (!ind.actual) return name;
  const value = formatValue(ind.actual.value, styleOf(ind.actual));
  const variance = boardVariance(ind);
  return variance ? `${name} at ${value}, ${variance}` : `${name} at ${value}`;
}

function describeList(inds: ScoredIndicator[]): string {
  const items = inds.slice(0, MAX_NAMED).map(describe);
  if (inds.length > MAX_NAMED) items.push(`${inds.length - MAX_NAMED} more listed below`);
  return joinList(items);
}

function yearOnYear(input: NarrativeInput): string | null {
  const q = input.quarters;
  if (!q) return null;
  const judged = q.rows.filter((r) => r.onLastYear && ['better', 'worse', 'same'].includes(r.onLastYear.direction));
  if (judged.length === 0) return null;
  const better = judged.filter((r) => r.onLastYear?.direction === 'better');
  const worse = judged.filter((r) => r.onLastYear?.direction === 'worse').length;
  let text = `Compared with ${q.nominal ? 'the same quarter last year' : mediumQuarterLabel(q.lastYear)}, ${plural(better.length, 'indicator is', 'indicators are')} better and ${worse} worse`;
  // The largest relative improvements, quoted "from 31 to 18" as the seed reports do.
  const size = (r: QuarterRow): number =>
    Math.abs(r.onLastYear?.change ?? 0) / Math.max(Math.abs(r.lastYear?.value ?? 0), 1e-9);
  const top = [...better].sort((a, b) => size(b) - size(a)).slice(0, 2);
  if (top.length > 0) {
    const quoted = top.map(
      (r) =>
        `${oneLine(r.indicator.source.name)} (from ${formatValue(r.lastYear?.value ?? 0, r.style)} to ${formatValue(r.current.value, r.style)})`,
    );
    text += `; the largest ${top.length === 1 ? 'improvement was' : 'improvements were'} ${joinList(quoted)}`;
  }
  return `${text}.`;
}

function unrated(input: NarrativeInput): string | null {
  const list = notRated(input.indicators);
  if (list.length === 0) return null;
  const parts: string[] = [];
  const noData = list.filter((i) => i.status === 'NO_DATA').length;
  const noTarget = list.filter((i) => i.status === 'NO_TARGET').length;
  const unread = list.filter((i) => i.status === 'NOT_SCORED').length;
  if (noData) parts.push(`${noData} ${noData === 1 ? 'is' : 'are'} not yet reported`);
  if (noTarget) parts.push(`${noTarget} ${noTarget === 1 ? 'has' : 'have'} no target set as a figure`);
  if (unread) parts.push(`${unread} ${unread === 1 ? 'is' : 'are'} not reported as a single figure`);
  let text = `${plural(list.length, 'indicator', 'indicators')} could not be rated: ${joinList(parts)}.`;
  if (input.indicators.some((i) => /annual|yearly/i.test(i.source.frequency ?? ''))) {
    text += ' Where indicators are reported annually, quarterly updates are not available.';
  }
  return text;
}

export function buildNarrative(input: NarrativeInput): string[] {
  if (input.indicators.length === 0) {
    return [`No indicators were found on the “${oneLine(input.source)}” sheet, so there is nothing to summarise.`];
  }
  const paragraphs = [opening(input), headline(input)];
  const yoy = yearOnYear(input);
  if (yoy) paragraphs.push(yoy);
  const good = performingWell(input.indicators);
  if (good.length > 0) paragraphs.push(`Performing well: ${describeList(good)}.`);
  const focus = areasForFocus(input.indicators);
  const amberWord = word(input, 'AMBER');
  paragraphs.push(
    focus.length > 0
      ? `Areas for focus: ${describeList(focus)}.`
      : `There are no areas for focus: no indicator is ${amberWord} or ${word(input, 'RED')}.`,
  );
  const rest = unrated(input);
  if (rest) paragraphs.push(rest);
  return paragraphs;
}
