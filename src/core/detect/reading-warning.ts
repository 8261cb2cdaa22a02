/**
 * One warning per table where the reader was unsure between readings: which reading it chose, why
 * (what the content said against the header's words, or which row it took as the header), and the
 * `--map` that reads the table another way (the pane's mapping does the same).
 */
import { columnLetters } from '../a1';
import type { DetectContext } from './draft';
import { warn } from './draft';
import type { HeaderLayout } from './header-row';

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_.]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The `--map` that states the reading chosen for a header table. */
export function mapSpecFor(ctx: DetectContext, h: HeaderLayout, lastRow: number): string {
  const grid = ctx.grid;
  const letter = (c: number): string => columnLetters(c + grid.left);
  const parts = [
    `${quoteSheet(grid.name)}!${grid.a1(h.row, h.first)}:${grid.a1(lastRow, h.last)}`,
    `name=${letter(h.name)}`,
  ];
  if (h.periods.length > 0) parts.push(`periods=${h.periods.map((p) => letter(p.col)).join(',')}`);
  else if (h.single) parts.push(`actual=${letter(h.single.col)}`);
  const target = h.target ?? h.periodTargets?.[h.periodTargets.length - 1]?.col;
  if (target !== undefined) parts.push(`target=${letter(target)}`);
  if (h.polarity !== undefined) parts.push(`polarity=${letter(h.polarity)}`);
  if (h.status !== undefined) parts.push(`status=${letter(h.status)}`);
  return parts.join(' ');
}

/** Warn once for the table when its reading rests on the content or on the choice of header row. */
export function warnReading(ctx: DetectContext, h: HeaderLayout, lastRow: number): void {
  const reasons: string[] = [];
  if (h.headerChoice) reasons.push(h.headerChoice);
  for (const f of h.findings ?? [])
    reasons.push(
      `column ${columnLetters(f.col + ctx.grid.left)} read as ${f.to === 'other' ? 'no role' : f.to}, not ${f.from}: ${f.why}`,
    );
  if (reasons.length === 0) return;
  const shown = reasons.slice(0, 4).join('; ') + (reasons.length > 4 ? `; and ${reasons.length - 4} more` : '');
  warn(
    ctx,
    h.row,
    h.name,
    `Table at ${ctx.grid.a1(h.row, h.first)} read from its content as well as its headers (${shown}). If that is wrong, map it in the pane or with --map "${mapSpecFor(ctx, h, lastRow)}" changed to suit.`,
  );
}
