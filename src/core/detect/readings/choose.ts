/**
 * Chooses among readings of a sheet's regions, builds the ones kept, and says so where it was close.
 * One short rule: the user's mapping first, then the higher score (precedence plus the mean fit of
 * the evidence), never two readings over one cell; ties keep the order proposed.
 */
import { figuresRead } from './evidence';
import { prior, READING_SAYS } from './precedence';
import type { ChosenReading, ReadingContext, ReadingEvidence, ReadingName, Region, TableReading } from './types';

/** Scores closer than this are a close call: the table's warning names the reading passed over. */
export const CLOSE_CALL = 0.3;

/** A reading's score: its precedence plus the mean fit of its evidence. */
export function scoreReading(name: ReadingName, evidence: readonly ReadingEvidence[]): number {
  if (evidence.length === 0) return prior(name);
  let fit = 0;
  for (const e of evidence) fit += e.fit;
  return prior(name) + fit / evidence.length;
}

/** A candidate reading, scored from its evidence. */
export function proposeReading(
  reading: ReadingName,
  region: Region,
  evidence: ReadingEvidence[],
  more: Pick<TableReading, 'build' | 'mapSpec'> = {},
): TableReading {
  return { reading, says: READING_SAYS[reading], region, evidence, score: scoreReading(reading, evidence), ...more };
}

export function overlaps(a: Region, b: Region): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/**
 * The readings kept: best score first, each kept unless it overlaps one kept before it (the user's
 * mapping scores above everything). Returned in the order proposed, so tables are built as read.
 */
export function chooseReadings(candidates: readonly TableReading[]): TableReading[] {
  const byScore = candidates.map((r, i) => ({ r, i })).sort((a, b) => b.r.score - a.r.score || a.i - b.i);
  const kept: { r: TableReading; i: number }[] = [];
  for (const c of byScore) if (!kept.some((k) => overlaps(k.r.region, c.r.region))) kept.push(c);
  return kept.sort((a, b) => a.i - b.i).map((k) => k.r);
}

function evidenceWords(r: Pick<TableReading, 'evidence'>): string {
  return r.evidence.map((e) => e.found).join('; ');
}

/**
 * Choose among readings a reader proposed for one place (nulls: readings that found nothing),
 * build the ones kept and record them with their evidence; one warning per table where the
 * reading passed over scored close to the one kept.
 */
export function propose(ctx: ReadingContext, candidates: readonly (TableReading | null)[]): ChosenReading[] {
  const all = candidates.filter((c): c is TableReading => c !== null);
  const made: ChosenReading[] = [];
  for (const r of chooseReadings(all)) {
    // A reading left to its own reader's pass (a register in a long table's place) is recorded there.
    if (!r.build) continue;
    const before = ctx.tables.length;
    r.build();
    const drafts = ctx.tables.slice(before);
    // A reading that built nothing (a header with no rows under it) is no table.
    if (drafts.length === 0) continue;
    const passedOver = all.filter((o) => o !== r && overlaps(o.region, r.region)).map(({ build: _build, ...o }) => o);
    const chosen: ChosenReading = {
      reading: r.reading,
      says: r.says,
      region: spanOf(drafts),
      evidence: [...r.evidence, figuresRead(drafts.flatMap((d) => d.indicators))],
      score: r.score,
      built: drafts.length,
      passedOver,
    };
    (ctx.readings ??= []).push(chosen);
    made.push(chosen);
    const rival = passedOver.find((o) => r.score - o.score < CLOSE_CALL);
    if (rival) warnCloseCall(ctx, r, rival);
  }
  return made;
}

function spanOf(regions: readonly Region[]): Region {
  const s = { ...regions[0] };
  for (const g of regions) {
    s.r0 = Math.min(s.r0, g.r0);
    s.c0 = Math.min(s.c0, g.c0);
    s.r1 = Math.max(s.r1, g.r1);
    s.c1 = Math.max(s.c1, g.c1);
  }
  return { r0: s.r0, c0: s.c0, r1: s.r1, c1: s.c1 };
}

function warnCloseCall(ctx: ReadingContext, kept: TableReading, rival: Omit<TableReading, 'build'>): void {
  const at = ctx.grid.a1(kept.region.r0, kept.region.c0);
  const how = rival.mapSpec ? `map it in the pane or with --map "${rival.mapSpec}"` : 'map it in the pane';
  ctx.warnings.push({
    sheet: ctx.grid.name,
    cell: at,
    message: `Table at ${at} read as ${kept.says}: ${evidenceWords(kept)}. ${capital(rival.says)} was close: ${evidenceWords(rival)}. To read it that way, ${how}.`,
  });
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
