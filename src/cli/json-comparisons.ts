/** The --json report's comparison fields per indicator (issue 15): plain numbers and A1 cells. */
import { toA1 } from '../core/a1';
import type { ScoredIndicator } from '../core/model';

export interface JsonComparison {
  label: string;
  kind: string;
  /** In the indicator's representation: percentages as points, a "per 100,000" figure rescaled to its "per 10K". */
  value: number;
  cell: string;
  /** "better" | "in-line" | "worse" | "not-judged". */
  verdict: string;
  difference: number;
  text: string;
}

export interface JsonAreas {
  ratings: { label: string; cell: string; value: number; status: string }[];
  outliers: string[];
  text: string;
}

export function comparisonsJson(ind: ScoredIndicator): {
  comparisons: JsonComparison[];
  quartile: { band: string; text: string } | null;
  areas: JsonAreas | null;
} {
  return {
    comparisons: (ind.comparisons ?? []).map((c) => ({
      label: c.label,
      kind: c.kind,
      value: c.value.value,
      cell: toA1(c.cell),
      verdict: c.verdict,
      difference: c.difference,
      text: c.text,
    })),
    quartile: ind.quartile ? { band: ind.quartile.band, text: ind.quartile.text } : null,
    areas: ind.areas
      ? {
          ratings: ind.areas.ratings.map((r) => ({
            label: r.label,
            cell: toA1(r.cell),
            value: r.value.value,
            status: r.status,
          })),
          outliers: ind.areas.outliers,
          text: ind.areas.text,
        }
      : null,
  };
}
