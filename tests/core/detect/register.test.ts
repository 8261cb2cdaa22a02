/**
 * Registers (seed 000): one indicator per row; name, target, frequency, narrative and status columns.
 * Narrative columns are never values; status goes in the table's own status column.
 */
import { detectSheet } from '../../../src/core/detect';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

const OBJ42 =
  '4.2: Care for vulnerable and disadvantaged groups in society such as people with disabilities, children and elderly people and low income earners';
const OBJ41 = '4.1: Develop a safe environment';

/** Seed 000, its columns aligned as in the workbook (figures and wording copied from the seed). */
function seed000(): CellInput[][] {
  return [
    ['Performance Reporting - Qtr 2 (July - Sept 2020)'],
    [],
    [
      'Directorate',
      'Strategic Objective',
      'Performance Measure (Indicator)',
      'Target 2020/21',
      'Reporting Frequency',
      '2nd Quarter Achievements',
      'Rag Status',
    ],
    [
      null,
      OBJ42,
      "Reduce percentage of referrals for children's social care resulting in no further action (NFA)",
      '25%',
      'Quarterly',
      'The number of no further action in relation to the referrals is less than 25 %, which suggests that the improvement noted in quarter one has continued.',
      null,
    ],
    [
      null,
      OBJ42,
      'Reduce the percentage increase of referrals for adult social care resulting in no further action (NFA)',
      '5%',
      'Quarterly',
      'The service continues to manage via a duty system and of the 47 referrals to adult social care in quarter 2 there have been none NO FURTHER ACTION.',
      null,
    ],
    [
      null,
      OBJ42,
      "Percentage per demographic of cases open to Children's social care",
      '12%',
      'Quarterly',
      "There are currently 86 open cases to children's social care equates to 13% per population.",
      null,
    ],
    [],
    [
      null,
      OBJ41,
      'Increase of foster carers',
      3,
      'Annually',
      'Further fostering campaign to be undertaken at the end of 2020 to increase capacity.',
      null,
    ],
    [
      null,
      OBJ41,
      'Percentage of Children subject to child protection maintained at the current level.',
      '1%',
      'Quarterly',
      'Child protection numbers have increased in line with referrals.',
      null,
    ],
    [],
    [
      null,
      '6.1 Ensure effective governance through efficient and effective systems and processes',
      'Effective Safeguarding board training offer across the partnership',
      'Two multi agency training courses per quarter to meet the needs of all services',
      'Quarterly',
      'Target Achieved',
      null,
    ],
  ];
}

describe('register (seed 000)', () => {
  const d = detectSheet(buildSnapshot(seed000(), { name: 'Q2' }));

  test('one register table with its title, across single blank rows', () => {
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]).toMatchObject({
      index: 0,
      layout: 'register',
      title: 'Performance Reporting - Qtr 2 (July - Sept 2020)',
    });
    expect(d.tables[0].range).toEqual({ row: 2, col: 0, rowCount: 9, colCount: 7 });
    expect(d.tables[0].currentPeriod).toBeUndefined();
    // Its own "Rag Status" column takes the status; Trend and Variance are added with headers (issue 11).
    expect(d.tables[0].added).toEqual({ headerRow: 2, trend: 7, variance: 8 });
    expect(d.indicators).toHaveLength(6);
  });

  test('name, target and frequency with provenance; narrative is never a value', () => {
    const first = d.indicators[0];
    expect(first.id).toBe('Q2!C4');
    expect(first.name).toBe(
      "Reduce percentage of referrals for children's social care resulting in no further action (NFA)",
    );
    expect(first.nameCell).toEqual({ row: 3, col: 2 });
    expect(first.layout).toBe('register');
    expect(first.target).toEqual({ cell: { row: 3, col: 3 }, value: '25%', numberFormat: 'General', text: '25%' });
    expect(first.frequency).toBe('Quarterly');
    // No actual column: no values at all (the achievements text is narrative).
    expect(first.values).toEqual([]);
    const foster = d.indicators[3];
    expect(foster.name).toBe('Increase of foster carers');
    expect(foster.target?.value).toBe(3);
    expect(foster.frequency).toBe('Annually');
  });

  test('status in the Rag Status column; trend and variance right of the table', () => {
    expect(d.indicators[0].statusCell).toEqual({ row: 3, col: 6 });
    expect(d.indicators[0].trendCell).toEqual({ row: 3, col: 7 });
    expect(d.indicators[0].varianceCell).toEqual({ row: 3, col: 8 });
    expect(d.indicators[5].statusCell).toEqual({ row: 10, col: 6 });
  });

  test('a target in words is warned about once, naming the cell', () => {
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatchObject({ sheet: 'Q2', cell: 'D11' });
    expect(d.warnings[0].message).toContain('Target 2020/21');
    expect(d.warnings[0].message).toContain('D11');
  });
});

describe('register columns by their wording', () => {
  test('code, polarity, unit, actual and an existing Trend/Variance column', () => {
    const d = detectSheet(
      buildSnapshot([
        ['PI Ref', 'KPI', 'Polarity', 'Unit', 'Target', 'Q2 Actual', 'RAG', 'Trend', 'Variance', 'Comments'],
        [
          'CS145',
          '% of LAC with a dental check',
          'Bigger is better',
          '%',
          95,
          90.4,
          null,
          null,
          null,
          'Cleansing activities under way',
        ],
        ['NI062', 'Placement moves', 'Smaller is better', 'Number', 6.5, 1.92],
      ]),
    );
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0].layout).toBe('register');
    const [a, b] = d.indicators;
    expect(a).toMatchObject({
      code: 'CS145',
      name: '% of LAC with a dental check',
      polarityText: 'Bigger is better',
      unitText: '%',
    });
    expect(a.target?.cell).toEqual({ row: 1, col: 4 });
    expect(a.values).toHaveLength(1);
    expect(a.values[0].source.cell).toEqual({ row: 1, col: 5 });
    expect(a.values[0].period.label).toBe('Q2 Actual');
    expect(a.statusCell).toEqual({ row: 1, col: 6 });
    expect(a.trendCell).toEqual({ row: 1, col: 7 });
    expect(a.varianceCell).toEqual({ row: 1, col: 8 });
    expect(b.code).toBe('NI062');
    expect(b.varianceCell).toEqual({ row: 2, col: 8 });
  });

  test('a code in front of the name, with no code column', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Indicator', 'Target', 'Actual', 'RAG'],
        ['NI060 Percentage core assessments carried out < 35 working days', 85, 81.72],
        ['4.2: Care for vulnerable groups', 5, 4],
      ]),
    );
    expect(d.indicators[0]).toMatchObject({
      code: 'NI060',
      name: 'Percentage core assessments carried out < 35 working days',
    });
    expect(d.indicators[1].code).toBeUndefined();
    expect(d.indicators[1].name).toBe('4.2: Care for vulnerable groups');
  });

  test('no status column: our Status/Trend/Variance columns in the first empty columns right of the table', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Measure', 'Target', 'Actual'],
        ['Re-referrals', 25, 22, null, 'a note beside the table'],
        ['Visits', 95, 92],
      ]),
    );
    // Column D is empty down the table; E holds a note, so F and G follow.
    expect(d.tables[0].added).toEqual({ headerRow: 0, status: 3, trend: 5, variance: 6 });
    expect(d.indicators[1].statusCell).toEqual({ row: 2, col: 3 });
    expect(d.indicators[1].trendCell).toEqual({ row: 2, col: 5 });
    expect(d.indicators[1].varianceCell).toEqual({ row: 2, col: 6 });
    expect(d.indicators[0].values[0]).toMatchObject({
      period: { label: 'Actual' },
      source: { cell: { row: 1, col: 2 }, value: 22 },
    });
  });

  test('a formula cell or a merged note right of the table is not empty', () => {
    const d = detectSheet(
      buildSnapshot(
        [
          ['Measure', 'Target', 'Actual', null, null, null, null],
          ['Re-referrals', 25, 22, '', null, null, null],
          ['Visits', 95, 92, null, 'merged note', null, null],
        ],
        {
          formulaRanges: [{ row: 1, col: 3, rowCount: 1, colCount: 1 }],
          merges: [{ row: 2, col: 4, rowCount: 1, colCount: 2 }],
        },
      ),
    );
    expect(d.tables[0].added).toEqual({ headerRow: 0, status: 6, trend: 7, variance: 8 });
  });

  test('a row with figures but no name is warned about and skipped', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Indicator', 'Target', 'Actual', 'Status'],
        ['Re-referrals', 25, 22],
        [null, 95, 92],
        ['Visits', 95, 96],
      ]),
    );
    expect(d.indicators.map((i) => i.name)).toEqual(['Re-referrals', 'Visits']);
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0].cell).toBe('A3');
    expect(d.warnings[0].message).toMatch(/no indicator name/);
  });

  test('a header-looking row without a name column is warned about, not scored', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Area', 'Target', 'Actual', 'RAG'],
        ['North', 25, 22],
      ]),
    );
    expect(d.indicators).toEqual([]);
    expect(d.warnings.map((w) => w.cell)).toContain('A1');
    expect(d.warnings.find((w) => w.cell === 'A1')?.message).toMatch(
      /no column holds the indicator names.*--map "Sheet1!A1:D2 name=\? target=B actual=C status=D"/,
    );
  });

  test('an action plan with a "Measure" column but nothing to score (seed 004) is not a table', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Action', 'Outcomes Expected', 'Measure', 'By Whom', 'Review Date', 'Update October'],
        [
          'Engage partners to review and agree a shared vision',
          'Partners are fully engaged',
          'Partners attend',
          'DCS',
          'January 2023',
          'Work has commenced',
        ],
      ]),
    );
    expect(d.tables).toEqual([]);
    expect(
      d.warnings.some((w) => w.cell === 'C1' && /no target, actual, period or status column/.test(w.message)),
    ).toBe(true);
  });

  test('a footer with a figure in the name column is not an indicator; a paragraph ends the table', () => {
    const d = detectSheet(
      buildSnapshot([
        ['Directorate', 'Objective', 'Measure', 'Target', 'Actual', 'RAG'],
        [null, '4.1: Develop a safe environment', 'Re-referrals', 25, 22],
        [],
        [null, 'Measures reported this quarter', 1],
        [],
        [
          'Children and Adult Social Care: the service continues to manage referrals via a duty system, and the figures above are provisional until validated.',
        ],
        [null, null, 'Visits', 95, 96],
      ]),
    );
    expect(d.indicators.map((i) => i.name)).toEqual(['Re-referrals']);
    expect(d.tables[0].range.rowCount).toBe(4);
  });
});
