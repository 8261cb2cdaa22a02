/** engine.indicators_per_s and engine.ratio_to_scan. */
import { scoreSheet } from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { median, timeMs } from './timing';
import { syntheticSnapshot } from './synthetic';

/** The floor: touch every cell once and do a trivial thing with it. */
function bareScan(s: SheetSnapshot): number {
  let n = 0;
  for (let r = 0; r < s.values.length; r++) {
    const row = s.values[r];
    const fmts = s.numberFormats[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'number' && fmts[c].length > 0) n += v;
      else if (typeof v === 'string') n += v.length;
    }
  }
  return n;
}

export function benchEngine(indicators = 10000, periods = 24): Record<string, number> {
  const snapshot = syntheticSnapshot(indicators, periods);
  const rules = defaultRules();
  let scored = 0;
  const engine = median(
    [0, 1, 2, 3, 4].map(() =>
      timeMs(() => {
        scored = scoreSheet(snapshot, rules).indicators.length;
      }),
    ),
  );
  if (scored !== indicators)
    throw new Error(`engine bench: expected ${indicators} indicators, detector found ${scored}`);
  let sink = 0;
  const scan = median(
    [0, 1, 2, 3, 4].map(() =>
      timeMs(() => {
        sink += bareScan(snapshot);
      }),
    ),
  );
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return {
    'engine.indicators_per_s': Math.round(indicators / (engine / 1000)),
    'engine.ratio_to_scan': Math.round((engine / scan) * 10) / 10,
  };
}
