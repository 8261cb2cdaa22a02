/**
 * Issue 11 properties: what a person would not call a change to the table changes no status.
 * Adding a blank column, reordering the columns, or renaming a header to a synonym from SCORING.md's
 * vocabulary leaves every indicator's status (and polarity) as it was.
 */
import fc from 'fast-check';
import type { CellValue } from '../../../src/core/snapshot';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import { buildSnapshot } from '../../helpers/snapshot-builder';

type Role = 'code' | 'name' | 'previous' | 'current' | 'target' | 'unit' | 'status' | 'notes';

const SYNONYMS: Record<Role, string[]> = {
  code: ['KPI ref', 'Ref', 'PI Ref', 'Code'],
  name: ['Description of the KPI', 'Measure', 'KPI', 'Indicator', 'measure_name', 'Performance Measure (Indicator)'],
  previous: ['previous', 'Previous', 'Last quarter', 'PY', 'Prior year'],
  current: ['current', 'Actual', 'Act', 'Outturn', 'Result', 'Latest', 'Actual (%)'],
  target: ['target', 'Target', 'Plan', 'Goal', 'Standard', 'Target 2020/21'],
  unit: ['Unit', 'Units'],
  status: ['Status', 'RAG', 'Rag Status', 'Rating'],
  notes: ['Notes', 'Comments', 'Commentary'],
};

const ROLES: Role[] = ['code', 'name', 'previous', 'current', 'target', 'unit', 'status', 'notes'];

/** Rows of a register as a council publishes it (figures as Hart DC's KPI table gives them). */
const ROWS: Record<Role, CellValue>[] = [
  {
    code: 'CS02a',
    name: '% of telephone calls answered in 15 seconds',
    previous: 82,
    current: 78,
    target: 80,
    unit: '%',
    status: 'close to target',
    notes: 'Staff shortage',
  },
  {
    code: 'ETS01',
    name: 'Number of missed collections per 100,000',
    previous: 35,
    current: 30,
    target: 40,
    unit: 'number',
    status: 'above target',
    notes: '',
  },
  {
    code: 'HR11',
    name: 'Working days lost due to sickness absence',
    previous: 4.1,
    current: 5.2,
    target: 4,
    unit: 'days',
    status: 'below target',
    notes: 'Two long-term cases',
  },
  {
    code: 'IT05',
    name: '% uptime of key systems',
    previous: 99.1,
    current: 99.6,
    target: 99,
    unit: '%',
    status: 'above target',
    notes: '',
  },
  {
    code: 'SNH03',
    name: 'Domestic abuse incidents',
    previous: 120,
    current: 131,
    target: 'for info only',
    unit: 'number',
    status: 'for info only',
    notes: '',
  },
  {
    code: 'RB02',
    name: '% of new benefit claims decided within 14 days',
    previous: 91,
    current: '',
    target: 95,
    unit: '%',
    status: '',
    notes: 'Not yet reported',
  },
];

interface Table {
  order: Role[];
  headers: Record<Role, string>;
  /** Blank columns inserted before these positions of `order`. */
  blanks: number[];
}

function sheet(t: Table): CellValue[][] {
  const line = (cell: (role: Role) => CellValue): CellValue[] => {
    const out: CellValue[] = [];
    t.order.forEach((role, i) => {
      for (const b of t.blanks) if (b === i) out.push('');
      out.push(cell(role));
    });
    return out;
  };
  return [['Corporate KPIs, Q1'], [], line((role) => t.headers[role]), ...ROWS.map((row) => line((role) => row[role]))];
}

/** Status and polarity by indicator name: what a reader compares. */
function outcome(t: Table): Record<string, string> {
  const result = scoreSheet(buildSnapshot(sheet(t)), defaultRules());
  const out: Record<string, string> = {};
  for (const ind of result.indicators) out[ind.source.name] = `${ind.status}/${ind.polarity}/${ind.trend}`;
  return out;
}

const BASE: Table = {
  order: ROLES,
  headers: {
    code: 'KPI ref',
    name: 'Description of the KPI',
    previous: 'previous',
    current: 'current',
    target: 'target',
    unit: 'Unit',
    status: 'Status',
    notes: 'Notes',
  },
  blanks: [],
};

describe('column changes that change nothing', () => {
  const base = outcome(BASE);

  it('the base table scores every row (the properties compare against something real)', () => {
    expect(Object.keys(base)).toHaveLength(ROWS.length);
    expect(base['% of telephone calls answered in 15 seconds']).toBe('AMBER/higher/NOT_BETTER');
    expect(base['Working days lost due to sickness absence']).toBe('RED/lower/NOT_BETTER');
    expect(base['% of new benefit claims decided within 14 days']).toMatch(/^NO_DATA/);
  });

  it('adding blank columns', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: ROLES.length - 1 }), { minLength: 1, maxLength: 3 }),
        (blanks) => {
          expect(outcome({ ...BASE, blanks })).toEqual(base);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reordering the columns', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ROLES, { minLength: ROLES.length, maxLength: ROLES.length }), (order) => {
        expect(outcome({ ...BASE, order })).toEqual(base);
      }),
      { numRuns: 60 },
    );
  });

  it('renaming headers to synonyms', () => {
    const headers = fc.record(
      Object.fromEntries(ROLES.map((r) => [r, fc.constantFrom(...SYNONYMS[r])])) as Record<Role, fc.Arbitrary<string>>,
    );
    fc.assert(
      fc.property(headers, (h) => {
        expect(outcome({ ...BASE, headers: h })).toEqual(base);
      }),
      { numRuns: 80 },
    );
  });
});
