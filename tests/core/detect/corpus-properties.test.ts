/**
 * Property tests on real public tables (../shared/corpus): a table changed in ways that change
 * nothing for a reader (columns shuffled, blank columns inserted, header words replaced by
 * synonyms, period columns reordered, numbers stored as text) gives the same indicators with the
 * same statuses. The corpus stays outside the repository; without it these tests say so and skip.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { openBook } from '../../../src/xlsx/book/read-book';
import { readSnapshot } from '../../../src/xlsx/read-snapshot';

jest.setTimeout(240_000);

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const SHARED = [process.env.SCORELIGHT_SHARED, path.join(repoRoot, '..', 'shared'), '/work/shared'].find(
  (p): p is string => !!p && existsSync(path.join(p, 'corpus')),
);
const CORPUS = SHARED ? path.join(SHARED, 'corpus') : undefined;

/** Public tables read here: one sheet each, at most ROWS rows (the property runs many times). */
const TABLES: { file: string; sheet: string; periods?: boolean }[] = [
  { file: 'hartdc_kpi_tiles_2014.xlsx', sheet: 'KPIs' },
  { file: 'mcc_kpis.xlsx', sheet: 'kpis' },
  { file: 'mshs_bsc_overtime_metrics_final_df.xlsx', sheet: 'Sheet1' },
  { file: 'uod_league_table_metrics.xlsx', sheet: 'METRICS' },
  { file: 'from-project/workbooks/trafford-corporate-plan.xlsx', sheet: 'Indicators', periods: true },
];
const ROWS = 80;

interface Table {
  values: CellValue[][];
  formats: string[][];
}

async function load(file: string, sheet: string): Promise<Table | undefined> {
  const full = path.join(CORPUS!, file);
  if (!existsSync(full)) return undefined;
  const book = await openBook(readFileSync(full));
  const ws = book.sheets.find((s) => s.name === sheet);
  if (!ws) return undefined;
  const snap = readSnapshot(ws);
  const width = Math.max(...snap.values.map((r) => r.length));
  const pad = <T>(row: T[], fill: T): T[] => [...row, ...Array<T>(width - row.length).fill(fill)];
  return {
    values: snap.values.slice(0, ROWS).map((r) =>
      pad(
        r.map((v) => v ?? ''),
        '',
      ),
    ),
    formats: snap.values.slice(0, ROWS).map((_, i) => pad(snap.numberFormats[i] ?? [], 'General')),
  };
}

function snapshotOf(t: Table): SheetSnapshot {
  return { name: 'T', top: 0, left: 0, values: t.values, numberFormats: t.formats, merges: [], protected: false };
}

/** What a reader compares: every indicator's name with its status, in name order. */
function outcome(t: Table): string[] {
  const result = scoreSheet(snapshotOf(t), defaultRules());
  return result.indicators.map((i) => `${i.source.name} | ${i.status}`).sort();
}

/** The header row: the first row with two or more text cells. */
function headerRow(t: Table): number {
  return t.values.findIndex((r) => r.filter((v) => typeof v === 'string' && v.trim() !== '').length >= 2);
}

function permuteColumns(t: Table, order: number[]): Table {
  return { values: t.values.map((r) => order.map((c) => r[c])), formats: t.formats.map((r) => order.map((c) => r[c])) };
}

function insertBlank(t: Table, at: number): Table {
  const ins = <T>(r: T[], v: T): T[] => [...r.slice(0, at), v, ...r.slice(at)];
  return { values: t.values.map((r) => ins(r, '')), formats: t.formats.map((r) => ins(r, 'General')) };
}

/** Header words and the synonyms SCORING.md lists for the same role. */
const SYNONYMS: Record<string, string[]> = {
  target: ['Target', 'Goal', 'Plan', 'target value'],
  actual: ['Actual', 'Outturn', 'Result', 'actual value'],
  current: ['Current', 'Latest', 'Actual'],
  previous: ['Previous', 'Last quarter', 'Prior year'],
  kpi: ['KPI', 'Indicator', 'Measure', 'measure_name'],
  'description of the kpi': ['Indicator', 'KPI description', 'Measure'],
  indicator: ['Indicator', 'KPI', 'Measure', 'Performance measure'],
  status: ['Status', 'RAG', 'Rating', 'Rag Status'],
  baseline: ['Baseline', 'baseline value'],
  value_rounded: ['Value', 'Actual'],
  description: ['Description', 'Indicator name'],
};

function renameHeaders(t: Table, pick: (options: string[]) => string): Table {
  const h = headerRow(t);
  const values = t.values.map((r) => [...r]);
  values[h] = values[h].map((v) => {
    if (typeof v !== 'string') return v;
    const options = SYNONYMS[v.trim().toLowerCase()];
    return options ? pick(options) : v;
  });
  return { values, formats: t.formats };
}

/** Numbers typed as text, as a CSV export or a careless paste leaves them ("12.5", "1305"). */
function numbersAsText(t: Table): Table {
  const h = headerRow(t);
  return {
    values: t.values.map((r, i) =>
      i <= h ? r : r.map((v, c) => (typeof v === 'number' && t.formats[i][c] === 'General' ? String(v) : v)),
    ),
    formats: t.formats,
  };
}

/** Columns whose header is a period (year or financial year), by position. */
function periodColumns(t: Table): number[] {
  const h = headerRow(t);
  return t.values[h].flatMap((v, c) =>
    (typeof v === 'string' && /^(19|20)\d{2}(\/\d{2})?$/.test(v.trim())) ||
    (typeof v === 'number' && v > 1950 && v < 2100)
      ? [c]
      : [],
  );
}

const describeCorpus = CORPUS ? describe : describe.skip;
if (!CORPUS) {
  console.log(
    'corpus-properties: ../shared/corpus not found (set SCORELIGHT_SHARED): the corpus property tests are skipped.',
  );
}

describeCorpus.each(TABLES)('public table $file', ({ file, sheet, periods }) => {
  let table: Table | undefined;
  let base: string[] = [];

  beforeAll(async () => {
    table = await load(file, sheet);
    if (table) base = outcome(table);
  });

  it('is read (the properties compare against something real)', () => {
    expect(table).toBeDefined();
    expect(base.length).toBeGreaterThan(5);
  });

  it('columns shuffled: same indicators, same statuses', () => {
    const width = table!.values[0].length;
    fc.assert(
      fc.property(fc.shuffledSubarray([...Array(width).keys()], { minLength: width, maxLength: width }), (order) => {
        expect(outcome(permuteColumns(table!, order))).toEqual(base);
      }),
      { numRuns: 4 },
    );
  });

  it('blank columns inserted: same indicators, same statuses', () => {
    const width = table!.values[0].length;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: width }), (at) => {
        expect(outcome(insertBlank(table!, at))).toEqual(base);
      }),
      { numRuns: 4 },
    );
  });

  it('header words replaced by synonyms: same indicators, same statuses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        let n = seed;
        const pick = (options: string[]): string => options[n++ % options.length];
        expect(outcome(renameHeaders(table!, pick))).toEqual(base);
      }),
      { numRuns: 4 },
    );
  });

  it('numbers stored as text: same indicators, same statuses', () => {
    expect(outcome(numbersAsText(table!))).toEqual(base);
  });

  if (periods) {
    it('period columns reordered: same indicators, same statuses', () => {
      const cols = periodColumns(table!);
      expect(cols.length).toBeGreaterThan(2);
      fc.assert(
        fc.property(fc.shuffledSubarray(cols, { minLength: cols.length, maxLength: cols.length }), (shuffled) => {
          const width = table!.values[0].length;
          const order = [...Array(width).keys()].map((c) => {
            const i = cols.indexOf(c);
            return i < 0 ? c : shuffled[i];
          });
          expect(outcome(permuteColumns(table!, order))).toEqual(base);
        }),
        { numRuns: 4 },
      );
    });
  }
});
