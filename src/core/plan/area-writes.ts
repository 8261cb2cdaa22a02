/**
 * Area ratings written into the sheet's own place for them (issue 15): each rated area's status
 * word, symbol and fill in its cell of the block's Performance rating row. Only under the rules'
 * default "sheet-place"; an unrated area (no target) writes nothing. The plan's ownership rules
 * still apply: a cell holding the user's content is left alone.
 */
import type { ScoredIndicator, Status } from '../model';
import type { Rules } from '../rules/types';
import { comparisonRules } from '../scoring/compare-text';
import type { CellRef } from '../snapshot';
import type { CellStyle } from './types';

const RATED = new Set<Status>(['GREEN', 'AMBER', 'RED', 'BLUE']);

export interface AreaWrite {
  cell: CellRef;
  text: string;
  style: string;
  styleDef: CellStyle;
}

export function areaStatusWrites(ind: ScoredIndicator, rules: Rules): AreaWrite[] {
  if (comparisonRules(rules).areaRatings !== 'sheet-place') return [];
  const out: AreaWrite[] = [];
  for (const r of ind.areas?.ratings ?? []) {
    if (!r.statusCell || !RATED.has(r.status)) continue;
    const a = rules.status[r.status];
    const label = a.label || r.status;
    out.push({
      cell: r.statusCell,
      text: rules.showSymbols && a.symbol ? `${a.symbol} ${label}` : label,
      style: `status:${r.status}`,
      styleDef: { fill: a.fill || undefined, fontColor: a.fontColor || undefined, bold: true },
    });
  }
  return out;
}
