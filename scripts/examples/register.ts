/**
 * Seed 000 (St Helena, Qtr 2 2020/21): a register, one indicator per row, with the "Q2 Actual"
 * column the seed lacks so it scores. Actuals are the figures the seed's Achievements text states;
 * where it states none the cell is left blank (NO_DATA) or holds the seed's words (NOT_SCORED).
 */
import type { Workbook } from 'exceljs';
import { bold, box, fill, FILL, landscape, pct, put, putRow, wrap, type Entry } from './sheet-helpers';

const OBJ_42 =
  '4.2: Care for vulnerable and disadvantaged groups in society such as people with disabilities, children and elderly people and low income earners';
const OBJ_41 = '4.1: Develop a safe environment';
const OBJ_51 = '5.1 Improve the health of the community';
const OBJ_61 = '6.1 Ensure effective governance through efficient and effective systems and processes';

/** Strategic objective, measure, target, actual, frequency, achievements. */
export const REGISTER_ROWS: [string, string, Entry, Entry, string, string][] = [
  [
    OBJ_42,
    "Reduce percentage of referrals for children's social care resulting in no further action (NFA)",
    pct(0.25),
    'less than 25%',
    'Quarterly',
    'The number of no further action in relation to the referrals is less than 25 %, which suggests that the improvement noted in quarter one has continued through to quarter 2.',
  ],
  [
    OBJ_42,
    'Reduce the percentage increase of referrals for adult social care resulting in no further action (NFA)',
    pct(0.05),
    pct(0),
    'Quarterly',
    'The service continues to manage via a duty system and of the 47 referrals to adult social care in quarter 2 there have been none NO further action outcomes from referrals',
  ],
  [
    OBJ_42,
    "Percentage per demographic of cases open to Children's social care",
    pct(0.12),
    pct(0.13),
    'Quarterly',
    "There are currently 86 open cases to children's social care equates to 13% per population. There is amongst this number a growth in children looked after and a growth in children subject to child protection intervention",
  ],
  [
    OBJ_42,
    'Contain percentage of cases open to Adult social Care',
    pct(0.05),
    '5%',
    'Quarterly',
    'The number of cases per population open to adults social is now at 5%',
  ],
  [
    OBJ_42,
    'Increase in residential accommodation capacity',
    90,
    50,
    'Quarterly',
    'The number of adults in residential care has reduced by two service users who have moved onto supported accommodation, which reduces the number to 50. The target factors in the rising rate of need for the service.Two children are in residential accommodation.',
  ],
  [
    OBJ_42,
    'Increase in capacity for supported accommodation',
    pct(0.5),
    null,
    'Quarterly',
    'Supported accommodation is not currently at capacity and enables some capacity for additional accommodation both permanent and respite. Capacity has increased by two people following moves from Ebony View and increased respite care.',
  ],
  [
    OBJ_41,
    'Increase of foster carers',
    3,
    2,
    'Annually',
    'Further fostering campaign to be undertaken at the end of 2020 to increase capacity. Currently 2 foster families and no progress made in the second quarter due to staffing capacity.',
  ],
  [
    OBJ_41,
    'Percentage of Children subject to child protection maintained at the current level.',
    pct(0.01),
    'under one percent',
    'Quarterly',
    'Child protection numbers have increased in line with referrals resulting in strategy discussions and section 57 investigations. Although still under one percent, the numbers have moved from 1 to 4',
  ],
  [
    OBJ_42,
    'Percentage of children subject to child in need maintained at the current level',
    pct(0.07),
    pct(0.14),
    'Quarterly',
    'Child in need intervention remains the highest proportion of open cases with an increase from 12% to 14%. This lower level of intervention is in line with increased referral rates.',
  ],
  [
    OBJ_42,
    'Percentage of children with care packages in the community',
    pct(0.3),
    pct(0.12),
    'Quarterly',
    'The number of children who now have a community care package has remained static at 12%',
  ],
  [
    OBJ_42,
    'Percentage of adults receiving carers allowances in the community',
    pct(0.5),
    pct(0.59),
    'Quarterly',
    'There is an increase in the number of people receiving carers allowance within the community for both children and adults increasing from 95 to 113 equating to 3% per poulation and 59 % against open cases',
  ],
  [
    OBJ_42,
    'Referrals in timescale(24 Hours) Assessments in timescale (35 working days) Reviews and Plans(adults and children/LAC CIN CP)',
    '1. 80/85%(Adults/Children) 2. 88/70% 3. 70/75%',
    '95%,96%, 97%',
    'Quarterly',
    "A majority of all referrals to children and adults social care are actioned within 24 hours. Assessments in timescales are compliant within adults services (95%,96%, 97%) and in children's social care (95%,96%,70%) will improve further once staffing is at capacity. Reviews are also improving in line with statutory requirements.",
  ],
  [
    OBJ_51,
    'Percentage of those accessing respite care to increase in order to reduce the impact/need for long term residential care.',
    pct(0.25),
    null,
    'Quarterly',
    'Respite remains limited due to the physical building and accessible bathrooms. There is however a plan moving forward to ensure that increased access is enabled via the addition of wet rooms within two of buildings.',
  ],
  [
    OBJ_42,
    'Completion of Person centred plans. Annual review of care plans',
    pct(0.78),
    'Target Achieved',
    'Quarterly',
    'Target Achieved and reviews are ongoing',
  ],
  [
    OBJ_61,
    'Effective Safeguarding board training offer across the partnership',
    'Two multi agency training courses per quarter to meet the needs of all services',
    2,
    'Quarterly',
    'Target Achieved',
  ],
];

export const REGISTER_HEADERS = [
  'Directorate',
  'Strategic Objective',
  'Performance Measure (Indicator)',
  'Target 2020/21',
  'Q2 Actual',
  'Reporting Frequency',
  '2nd Quarter Achievements',
  'Rag Status',
];

/** Adds the register sheet; the header row is row 3 and indicators start on row 4. */
export function addRegisterSheet(wb: Workbook, name = 'Qtr 2 2020-21', rows = REGISTER_ROWS): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
  bold(put(ws, 1, 1, 'Performance Reporting - Qtr 2 (July - Sept 2020)'), 14);
  ws.mergeCells(1, 1, 1, 8);
  putRow(ws, 3, REGISTER_HEADERS).forEach((c) => {
    bold(c);
    fill(c, FILL.header);
    box(c);
    wrap(c);
  });
  rows.forEach((r, i) => {
    const row = 4 + i;
    putRow(ws, row, [undefined, ...r, undefined]).forEach((c, j) => {
      box(c);
      if (j === 1 || j === 2 || j === 3 || j === 6) wrap(c);
    });
    // Tall enough for the wrapped objective and achievements text.
    ws.getRow(row).height = 90;
  });
  // The directorate spans the table as one merged cell, as councils lay it out.
  put(ws, 4, 1, 'Child and Adult Social Care');
  ws.mergeCells(4, 1, 3 + rows.length, 1);
  wrap(ws.getCell(4, 1));
  const last = 3 + rows.length;
  // A user's own formula below the table: must survive scoring untouched.
  put(ws, last + 2, 2, 'Measures reported this quarter');
  put(ws, last + 2, 3, { formula: `COUNTA(C4:C${last})`, result: rows.length });
  [14, 40, 48, 16, 12, 12, 60, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  landscape(ws);
}
