/** Score invented rows with the default rules, and find an indicator by its name (failing with the names found). */
import { scoreSheet } from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import { buildSnapshot, type CellInput, type SnapshotOptions } from './snapshot-builder';

export function scoreRows(rows: CellInput[][], options?: SnapshotOptions) {
  const result = scoreSheet(buildSnapshot(rows, options), defaultRules());
  const by = (name: string) => {
    const ind = result.indicators.find((i) => i.source.name === name);
    if (!ind) throw new Error(`${name} not found in ${result.indicators.map((i) => i.source.name).join(', ')}`);
    return ind;
  };
  return { result, by };
}
