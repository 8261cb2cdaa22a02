/**
 * An indicator's own tolerance, from a "Tolerance" column of its table (SCORING.md: the tolerance
 * defaults to 5% of the target, "an indicator or the rules sheet may give another: a percentage of
 * target, or an absolute amount in the indicator's unit, e.g. 2 percentage points").
 *
 * A figure in points ("2 pts", "2 percentage points") or a plain figure under a header without "%"
 * is an amount in the indicator's unit. A percentage ("5%", or a plain 5 under "Tolerance (%)") is a
 * percentage of the target, except on an indicator that is itself a percentage: there "5%" could be
 * 5 points or 5% of the target, so the sheet's tolerance is not used and the note says why.
 *
 * An "Intervention level" or "Red threshold" column gives a level, not an amount: the figure at
 * which the indicator turns red. Between the target and that level is amber, beyond it red, so the
 * tolerance is the distance from the target to the level, where the level lies on the bad side of
 * the target (a level on the good side says nothing the target does not: not used, said). An
 * "Amber threshold" beside a target is the same level seen from the other side, the worst figure
 * still amber (a council's "Target 45% | Amber threshold 43%": 43% to 45% amber, below 43% red).
 */
import type { IndicatorSource, KeyTolerance, PolarityKind, Status, Target } from '../model';
import type { Tolerance } from '../rules/types';
import { readValue } from '../values/read';

export interface SheetTolerance {
  tolerance?: Tolerance;
  note: string;
  /**
   * A percentage on a percentage indicator, not used alone: its two readings (points, and a
   * percentage of the target). Where both give the same status, that status is the sheet's.
   */
  readings?: [Tolerance, Tolerance];
}

function bothReadings(value: number): [Tolerance, Tolerance] {
  return [
    { kind: 'absolute', value },
    { kind: 'percent-of-target', value },
  ];
}

/** A sign or words for "either side of the target" before a tolerance's amount. */
const EITHER_SIDE = /^(?:\+\s*\/\s*-|\+\s*-|±|plus or minus|plus\/minus)\s*/i;
const POINTS = /\b(?:pp|pts?|points?|percentage points?|ppts?)\.?$/i;
const PERCENT_HEADER = /%|\bper ?cent\b|\bpercentage\b/i;

/** Headers whose cells are the level where red starts, not an amount. */
const LEVEL_HEADER = /\bintervention\b|\b(?:red|amber) (?:threshold|trigger|boundary|level|limit)\b/i;

/** The tolerance an intervention level gives: the distance from the target to the level, on the bad side. */
function fromLevel(
  source: IndicatorSource,
  header: string,
  percentUnit: boolean,
  target: Target | null,
  polarity: PolarityKind | null,
): SheetTolerance | null {
  const r = readValue(source.tolerance!.source, { percentUnit });
  if (r.kind === 'blank') return null;
  if (r.kind !== 'number') return { note: `The sheet's '${header}' cell is not used as a level: ${r.reason}.` };
  if (!target || target.kind !== 'value' || (polarity !== 'higher' && polarity !== 'lower')) {
    return { note: `The sheet's '${header}' is not used: it is a level measured from a single target.` };
  }
  const level = r.reading.value;
  const goal = target.value.value;
  const badSide = polarity === 'higher' ? level < goal : level > goal;
  if (!badSide) {
    return {
      note: `The sheet's '${header}' of ${level} is not used: it is not on the worse side of the target of ${goal}.`,
    };
  }
  const value = Number(Math.abs(goal - level).toPrecision(12));
  return {
    tolerance: { kind: 'absolute', value },
    note: `Amber between the target of ${goal} and the sheet's '${header}' of ${level}, red beyond it.`,
  };
}

/**
 * The sheet's RAG key ("Amber: within 10% of target"): for an indicator that is itself a percentage,
 * "10% below target" could be 10 points or 10% of the target, so only "of target" or points are used.
 */
function fromKey(key: KeyTolerance, percentUnit: boolean): SheetTolerance {
  const where = `the sheet's key in ${key.cell} ('${key.text}')`;
  if (key.kind === 'points') {
    return percentUnit
      ? { tolerance: { kind: 'absolute', value: key.value }, note: `Tolerance ${key.value} points, from ${where}.` }
      : {
          note: `The tolerance in ${where} is in percentage points, and this indicator is not a percentage: not used.`,
        };
  }
  if (percentUnit && !key.ofTarget) {
    return {
      note: `The tolerance in ${where} is not used: on a percentage, ${key.value}% could mean ${key.value} points or ${key.value}% of the target, so the rules' tolerance applies.`,
      readings: bothReadings(key.value),
    };
  }
  return {
    tolerance: { kind: 'percent-of-target', value: key.value },
    note: `Tolerance ${key.value}% of the target, from ${where}.`,
  };
}

/** The tolerance the indicator's own tolerance cell gives, with a note; null when it has none. */
export function sheetTolerance(
  source: IndicatorSource,
  percentUnit: boolean,
  target: Target | null = null,
  polarity: PolarityKind | null = null,
): SheetTolerance | null {
  const t = source.tolerance;
  if (!t) return source.keyTolerance ? fromKey(source.keyTolerance, percentUnit) : null;
  const header = t.header.slice(0, 40);
  if (LEVEL_HEADER.test(t.header)) return fromLevel(source, header, percentUnit, target, polarity);
  // "+/- 2%", "± 2 days", "±1pp", "plus or minus 5": the sign says either side of the target, as
  // a tolerance always does; the amount is what follows it.
  const raw = typeof t.source.value === 'string' ? t.source.value.trim().slice(0, 60) : '';
  const typed = raw.replace(EITHER_SIDE, '');
  const points = typed.match(/^[+-]?\s*(\d+(?:\.\d+)?)\s*(.*)$/);
  if (points && POINTS.test(points[2])) {
    const value = Number(points[1]);
    return {
      tolerance: { kind: 'absolute', value },
      note: `Tolerance ${value} point${value === 1 ? '' : 's'}, from the sheet's '${header}' column.`,
    };
  }
  const r = readValue(typed !== raw ? { ...t.source, value: typed } : t.source);
  if (r.kind === 'blank') return null;
  if (r.kind !== 'number') return { note: `The sheet's '${header}' cell is not used as a tolerance: ${r.reason}.` };
  const value = Math.abs(r.reading.value);
  const percent = r.reading.percent || PERCENT_HEADER.test(t.header);
  if (!percent) {
    return {
      tolerance: { kind: 'absolute', value },
      note: `Tolerance ${value} in the indicator's unit, from the sheet's '${header}' column.`,
    };
  }
  if (percentUnit) {
    return {
      note: `The sheet's '${header}' of ${value}% is not used: on a percentage it could mean ${value} points or ${value}% of the target, so the rules' tolerance applies (a rule override can set it).`,
      readings: bothReadings(value),
    };
  }
  return {
    tolerance: { kind: 'percent-of-target', value },
    note: `Tolerance ${value}% of the target, from the sheet's '${header}' column.`,
  };
}

/**
 * The sheet's ambiguous tolerance where its two readings (points, percentage of the target) give one
 * status: the smaller reading, which gives it, with a note saying so; null where they differ.
 */
export function agreedReading(
  readings: [Tolerance, Tolerance],
  statusWith: (t: Tolerance) => Status,
): { tolerance: Tolerance; note: string } | null {
  const [points, share] = readings;
  const status = statusWith(points);
  if (statusWith(share) !== status) return null;
  return {
    tolerance: points,
    note: `The sheet's tolerance of ${points.value}% could mean ${points.value} points or ${share.value}% of the target; either way the status is ${status}.`,
  };
}
