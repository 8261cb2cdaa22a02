/**
 * The one sentence "Score all sheets" ends with, the same in every host: how many indicators on
 * how many sheets, the sheets with no KPI table, and any sheet that could not be written in full.
 */
import type { ScoreAllOutcome, ScoreOutcome } from './host';
import type { SheetResult } from './pipeline';

/** Indicators were read but none has a cell for its status, trend or variance (no free place). */
export function nowhereToWrite(result: SheetResult): boolean {
  return (
    result.indicators.length > 0 &&
    result.indicators.every((i) => !i.source.statusCell && !i.source.trendCell && !i.source.varianceCell)
  );
}

/** Said for such a sheet by every host, in place of "Scored N indicators". */
export function nowhereToWriteMessage(result: SheetResult): string {
  const n = result.indicators.length;
  return `Scored ${n} indicator${n === 1 ? '' : 's'} on "${result.sheet}" but wrote nothing: there is no free place beside or under the table for status, trend or variance (the sheet's warnings say where).`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function quotedList(names: readonly string[]): string {
  const q = names.map((n) => `"${n}"`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

/**
 * `outcomes`: every sheet scored, in workbook order. Those with indicators are kept; those with none
 * are named as having no KPI table (their own message says nothing more a user needs here).
 * `trouble` picks the outcomes whose own message must be repeated (a sheet refused or written in
 * part): only the host knows which "not written" means trouble and which means "nothing changed".
 */
export function scoreAllOutcome(
  outcomes: readonly ScoreOutcome[],
  trouble: (o: ScoreOutcome) => boolean = (o) => o.partial === true || o.result.plan.blocked,
): ScoreAllOutcome {
  const found = outcomes.filter((o) => o.result.indicators.length > 0);
  const none = outcomes.filter((o) => o.result.indicators.length === 0);
  // A sheet refused before reading (protected, too large) says why; the rest simply hold no table.
  const refused = none.filter((o) => o.result.plan.blocked);
  const empty = none.filter((o) => !o.result.plan.blocked).map((o) => o.result.sheet);
  const indicators = found.reduce((n, o) => n + o.result.indicators.length, 0);
  const parts: string[] = [];
  parts.push(
    found.length === 0
      ? 'No KPI table was found on any sheet, so nothing was scored.'
      : `Scored ${plural(indicators, 'indicator', 'indicators')} on ${plural(found.length, 'sheet', 'sheets')}.`,
  );
  if (found.length > 0 && empty.length > 0) parts.push(`No KPI table was found on ${quotedList(empty)}.`);
  // A sheet not written, or written in part, says why in its own words.
  for (const o of found) if (trouble(o) || nowhereToWrite(o.result)) parts.push(o.message);
  for (const o of refused) parts.push(o.message);
  return { outcomes: found, message: parts.join(' ') };
}
