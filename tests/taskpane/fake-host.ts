// A PaneHost that records calls and answers from fixtures, so pane tests need no Office or ExcelJS.
import type { PaneHost, Progress, ScoreAllOutcome, ScoreOutcome } from '../../src/core/host';
import type { ScoredIndicator, Status, Warning } from '../../src/core/model';
import type { SheetResult } from '../../src/core/pipeline';
import type { Appearance, Rules } from '../../src/core/rules/types';
import type { TableMapping } from '../../src/core/state/types';

const look = (label: string, symbol: string, fill = '#FFFFFF', fontColor = '#000000'): Appearance => ({
  label,
  symbol,
  fill,
  fontColor,
});

export function testRules(): Rules {
  return {
    version: 1,
    preset: 'seed-001',
    scheme: 'rag',
    tolerance: { kind: 'percent-of-target', value: 5 },
    exceedMargin: { kind: 'percent-of-target', value: 10 },
    trend: { scheme: 'better3', muchBetterThreshold: 0.05, stableBand: 0.01, compareWith: 'previous' },
    showSymbols: true,
    status: {
      GREEN: look('Green', '●', '#C6EFCE', '#006100'),
      AMBER: look('Amber', '▲', '#FFEB9C', '#7A4500'),
      RED: look('Red', '■', '#FFC7CE', '#9C0006'),
      BLUE: look('Blue', '◆'),
      NO_DATA: look('No data', '○'),
      NO_TARGET: look('No target', '◇'),
      NOT_SCORED: look('Not scored', ''),
    },
    trends: {
      MUCH_BETTER: look('Much better', '▲'),
      BIT_BETTER: look('Bit better', '△'),
      NOT_BETTER: look('Not better', '▼'),
      IMPROVING: look('Improving', '↑'),
      STABLE: look('Stable', '→'),
      WORSENING: look('Worsening', '↓'),
    },
    overrides: [],
    quarterFold: 'last',
  };
}

export function indicator(name: string, status: Status, row: number, variance = ''): ScoredIndicator {
  return {
    source: {
      id: `KPIs!A${row + 1}`,
      sheet: 'KPIs',
      layout: 'register',
      table: 0,
      name,
      nameCell: { row, col: 0 },
      values: [],
      comparators: [],
      statusCell: { row, col: 4 },
    },
    status,
    trend: null,
    polarity: 'higher',
    polaritySource: 'field',
    actual: null,
    target: null,
    previous: null,
    sameLastYear: null,
    varianceText: variance,
    statusLabel: status,
    trendLabel: '',
    notes: [],
  };
}

export function sheetResult(indicators: ScoredIndicator[], warnings: Warning[] = [], sheet = 'KPIs'): SheetResult {
  return {
    sheet,
    tables: [],
    indicators,
    warnings,
    plan: { sheet, writes: [], styles: {}, clears: [], owned: [], columnWidths: {}, undo: [], blocked: false },
  };
}

/** The indicator as found on another sheet (its id and sheet name both say so). */
export function onSheet(ind: ScoredIndicator, sheet: string): ScoredIndicator {
  return { ...ind, source: { ...ind.source, sheet, id: ind.source.id.replace(/^[^!]*!/, `${sheet}!`) } };
}

export interface FakeHost extends PaneHost {
  calls: { selectCell: [string, string][]; saveRules: Rules[]; saveMapping: [string, TableMapping][] };
  /** Resolve the pending score call (tests that look at progress hold it open). */
  finishScore?: () => void;
}

export function fakeHost(
  options: {
    outcome?: ScoreOutcome;
    hold?: boolean;
    saveRulesError?: string;
    selected?: { sheet: string; address: string } | null;
    /** The range's cells as shown (readRangeText); absent = a host that cannot read them. */
    rangeText?: string[][];
    /** A preview-style host: the range is typed in the Map view (selectRange). */
    typedRange?: boolean;
    /** What "Score all sheets" answers; absent = a host without it (no button). */
    all?: ScoreAllOutcome;
  } = {},
): FakeHost {
  const outcome: ScoreOutcome = options.outcome ?? {
    result: sheetResult(
      [
        indicator('Re-referrals', 'RED', 4, '3.2 percentage points above the target of 20%'),
        indicator('Visits on time', 'GREEN', 5, '2 above the target of 90'),
        indicator('Assessments', 'AMBER', 6, '0.5 below the target of 80'),
      ],
      [{ sheet: 'KPIs', cell: 'C9', message: 'C9 holds "N/A", which is not a number, so it was not scored.' }],
    ),
    written: true,
    message: 'Scored 3 indicators on "KPIs".',
  };
  const host: FakeHost = {
    mode: 'preview',
    calls: { selectCell: [], saveRules: [], saveMapping: [] },
    scoreActiveSheet(onProgress?: (p: Progress) => void) {
      onProgress?.({ phase: 'reading' });
      if (!options.hold) {
        onProgress?.({ phase: 'writing', fraction: 0.5 });
        return Promise.resolve(outcome);
      }
      return new Promise((resolve) => {
        host.finishScore = () => resolve(outcome);
      });
    },
    scoreAllSheets: options.all
      ? (onProgress?: (p: Progress) => void) => {
          onProgress?.({ phase: 'scoring', fraction: 0.5 });
          return Promise.resolve(options.all!);
        }
      : undefined,
    undoLastScoring: () => Promise.resolve({ restored: 9, message: 'Restored 9 cells on "KPIs".' }),
    createSummary: () =>
      Promise.resolve({ sheetName: 'Board summary', message: 'Board summary written to "Board summary".' }),
    selectCell(sheet, address) {
      host.calls.selectCell.push([sheet, address]);
      return Promise.resolve();
    },
    loadRules: () => Promise.resolve(testRules()),
    saveRules(rules) {
      host.calls.saveRules.push(rules);
      return options.saveRulesError ? Promise.reject(new Error(options.saveRulesError)) : Promise.resolve();
    },
    saveMapping(sheet, mapping) {
      host.calls.saveMapping.push([sheet, mapping]);
      return Promise.resolve();
    },
    getSelectedRange: () =>
      Promise.resolve(options.selected === undefined ? { sheet: 'KPIs', address: 'B3:G12' } : options.selected),
    readRangeText: options.rangeText
      ? (_sheet, _address, maxRows, maxCols) =>
          Promise.resolve(options.rangeText!.slice(0, maxRows).map((r) => r.slice(0, maxCols)))
      : undefined,
    selectRange: options.typedRange
      ? (address) => {
          const ok = /^[A-Z]{1,3}[0-9]+(:[A-Z]{1,3}[0-9]+)?$/i.test(address);
          if (ok) options.selected = { sheet: 'KPIs', address: address.toUpperCase() };
          return ok;
        }
      : undefined,
  };
  return host;
}
