/**
 * The register reading of a region another reader found first: the header row read as a register's
 * (its name column, then its roles from words and content), to be weighed against that reader's.
 * In the contest each side brings the evidence that tells the two apart (how names repeat), so the
 * register's header-word evidence is left out. Nothing is built or claimed here; where the register reading wins, the register pass reads the
 * rows in its turn.
 */
import type { DetectContext } from './draft';
import { parseHeaderRow } from './header-row';
import { findNameColumn } from './name-column';
import { mapSpecFor } from './reading-warning';
import { proposeReading } from './readings/choose';
import type { ReadingEvidence, Region, TableReading } from './readings/types';

export function registerReadingOf(
  ctx: DetectContext,
  region: Region,
  evidence: ReadingEvidence[],
): TableReading | null {
  const grid = ctx.grid;
  const name = findNameColumn(grid, region.r0);
  if (!name) return null;
  const parsed = parseHeaderRow(grid, region.r0, name.col, { content: true });
  if (parsed.kind !== 'header') return null;
  return proposeReading('register', region, evidence, { mapSpec: mapSpecFor(ctx, parsed.layout, region.r1) });
}
