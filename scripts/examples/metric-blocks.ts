/**
 * Seed 001 (city council children's services, May 2015 and April 2016): metric blocks. Each has a
 * title, a header row of periods and areas, numerator/denominator/rate rows, Target, Performance
 * rating and Trend rows, and sometimes a National average row; commentary follows.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { bold, box, dated, fill, FILL, grouped, landscape, pct, put, putRow, wrap, type Entry } from './sheet-helpers';

export interface Block {
  title: string;
  /** Header cells right of the label column: periods (dates as mmm-yy), baselines, areas. */
  headers: Entry[];
  /** Label then values. "Performance rating"/"Trend" rows included where the seed has them. */
  rows: [string, ...Entry[]][];
  comment: string;
}

const APR16 = dated(2016, 4, 1, 'mmm-yy');
const MAR16 = dated(2016, 3, 1, 'mmm-yy');
const MAY15 = dated(2015, 5, 1, 'mmm-yy');
const MAR15 = dated(2015, 3, 1, 'mmm-yy');

export const APRIL_2016: Block[] = [
  {
    title: '% Re-referrals (Monthly)',
    headers: ['Prev. 6 months cumulative', APR16],
    rows: [
      ['No. re-referrals', grouped(1507), 239],
      ['Total Referrals', grouped(6376), grouped(1168)],
      ['Re-referrals %', pct(0.23), pct(0.2)],
      ['Target', pct(0.25)],
      ['Performance rating'],
      ['Trend'],
      ['National average', null, pct(0.24)],
      ['Polarity: Smaller is Better'],
    ],
    comment:
      'Since the MASH ASTI changes early this year we have seen a slight downward trend in re-referrals. It is probably too early to say this is a change rather than a variation.',
  },
  {
    title: '% Children seen at Assessment (S17 and S47)',
    headers: ['Prev. 6 months average', APR16],
    rows: [
      ['Assessments completed', 827, 1068],
      ['Children seen', 549, 679],
      ['% Seen at Assessment', pct(0.64), pct(0.64)],
      ['Target', pct(0.68)],
      ['Performance rating'],
      ['Trend'],
    ],
    comment:
      'CareFirst is not an easy system to extract good data such as this from. Children seen is a good proxy measure for quality of assessment. We want to see this % increase.',
  },
  {
    title: 'Number of children with a Child Protection Plan - Snapshot as of month end',
    headers: [MAR16, APR16, 'EAST', 'NWC', 'SOUTH'],
    rows: [
      ['No of CPP', 851, 825, 163, 314, 328],
      ['Rate per 10K', 31, 30, 16, 30, 50],
      ['Target', 850],
      ['National average per 10K', null, 42],
    ],
    comment:
      'Our rate per 10,000 of children who are the subject of a child protection plan has gradually decreased since we refined our more child focused strengths based approach to case conferences.',
  },
  {
    title: '% of child protection visits in the month',
    headers: ['Prev. 6 months average', APR16],
    rows: [
      ['At least one visit in a month'],
      ['Number of CPP visited', 805, 742],
      ['Number of CPP to be visited', 862, 778],
      ['% visited in month', pct(0.94), pct(0.95)],
      ['Target', pct(0.95)],
      ['Performance rating'],
      ['Trend'],
    ],
    comment:
      'The standard is to see all children who are the subject of a child protection plan at least twice a month as this is a core social work activity.',
  },
  {
    title: 'Number of Children in Care - Snapshot as of month end',
    headers: [MAR16, APR16, 'EAST', 'NWC', 'SOUTH'],
    rows: [
      ['Total CiC', grouped(1807), grouped(1807), 559, 508, 575],
      ['Rate per 10K', 66, 66, 54, 48, 87],
      ['Target - March 17', grouped(1750)],
      ['National average per 10K', null, 60],
    ],
    comment:
      'The number of children and young people in care is gradually reducing as intended in our improvement plan. * Since April 2015 18+ are excluded from the total CiC',
  },
  {
    title: 'Average caseload of qualified social workers',
    headers: [APR16],
    rows: [
      ['Assessment Teams', 17],
      ['Safeguarding Teams', 16],
      ['Children in Care Teams', 14],
      ['Average Caseload - City', 15],
      ['Target', 16],
      ['Performance rating'],
      ['Trend'],
      ['Polarity: Smaller is Better'],
      ['National average', 16],
    ],
    comment: 'There is a trend of reducing average cases as we become more focused on purposeful interventions.',
  },
  {
    title: 'Number of unallocated cases (open >7 days)',
    headers: ['Prev. 6 months average', APR16, 'EAST', 'NWC', 'SOUTH'],
    rows: [
      ['Unallocated (open >7 days)', 'N/A', 17, 7, 10, 0],
      ['Total number of open cases', 'N/A', grouped(5357), grouped(1341), grouped(2479), grouped(1537)],
      ['% of unallocated cases', 'N/A', pct(0.003, 1), pct(0.005, 1), pct(0.004, 1), pct(0, 1)],
      ['Target', 20],
      ['Performance rating', null, 'Note: Citywide Teams are not included in area breakdown'],
      ['Trend'],
    ],
    comment:
      'We have set a target of keeping this number under 20 at any given time. This is a tiny percentage of all open cases.',
  },
  {
    title: 'Family assessments completed in timescale (45 working days incl. S47)',
    headers: ['Prev. 6 months average', APR16, 'EAST', 'NWC', 'SOUTH'],
    rows: [
      ['No. inside', 736, 986, 320, 335, 276],
      ['No. outside', 142, 135, 43, 59, 12],
      ['Total', 878, grouped(1121), 363, 394, 288],
      ['% Inside', pct(0.84), pct(0.88), pct(0.88), pct(0.85), pct(0.96)],
      ['Target', pct(0.82)],
      ['Performance rating'],
      ['Trend'],
    ],
    comment:
      'National Average 82%. The timeliness of assessments is important to prevent drift and we are doing well in relation to 45 days.',
  },
];

/** May 2015: the council's own hand-written ratings are in the cells; "1,301"/"1,305" typed as text. */
export const MAY_2015: Block[] = [
  {
    title: '% Re-referrals (Monthly)',
    headers: ['6 month cumulative', MAY15],
    rows: [
      ['No. re-referrals', 351, 370],
      ['Total Referrals', grouped(1459), grouped(1328)],
      ['Re-referrals %', pct(0.24), pct(0.28)],
      ['Performance rating', 'AMBER'],
      ['Trend', 'AMBER'],
    ],
    comment: 'Annual performance is OK but increase in May. This is an area for audit this year.',
  },
  {
    title: 'Number of children with a Child Protection Plan - Snapshot as of month end',
    headers: [MAR15, MAY15, 'EAST', 'NWC', 'SOUTH', 'MASH'],
    rows: [
      ['No of CPP', '1,301', '1,305', 385, 394, 453, 9],
      ['Rate per 10K', 47, 48, 37, 37, 69],
      ['National average per 10K', null, 42, 'Note: DCSC not included in area breakdown'],
    ],
    comment:
      'Our rate per 10,000 of children who are the subject of a child protection plan has increased significantly since January 2014.',
  },
  {
    title: 'Average caseload of qualified social workers',
    headers: [MAY15],
    rows: [
      ['Assessment Teams', 25],
      ['Safeguarding Teams', 20],
      ['Children in Care Teams', 18],
      ['MASH Teams', 13],
      ['Average Caseload - City', 19],
      ['Performance rating', 'AMBER'],
      ['Trend', 'AMBER'],
    ],
    comment: 'There is a trend of reducing average cases as cases that are not active are closed.',
  },
];

/** Where a block landed (1-based rows), so tests can find its cells. */
export interface BlockRows {
  title: number;
  header: number;
  /** Row of each label, by label. */
  labels: Record<string, number>;
}

export function putBlock(ws: Worksheet, row: number, block: Block): { rows: BlockRows; next: number } {
  bold(put(ws, row, 1, block.title), 11);
  const title = row;
  row += 2;
  const header = row;
  putRow(ws, row, block.headers, 2).forEach((c) => {
    bold(c);
    fill(c, FILL.header);
    box(c);
  });
  row++;
  const labels: Record<string, number> = {};
  for (const [label, ...values] of block.rows) {
    labels[label] = row;
    putRow(ws, row, [label, ...values]);
    for (let c = 1; c <= 1 + block.headers.length; c++) box(ws.getCell(row, c));
    row++;
  }
  row++;
  wrap(put(ws, row, 1, block.comment));
  ws.mergeCells(row, 1, row, 7);
  ws.getRow(row).height = 30;
  return { rows: { title, header, labels }, next: row + 3 };
}

export function addBlocksSheet(wb: Workbook, name: string, heading: string, blocks: Block[]): BlockRows[] {
  const ws = wb.addWorksheet(name);
  bold(put(ws, 1, 1, heading), 14);
  let row = 3;
  const out: BlockRows[] = [];
  for (const b of blocks) {
    const placed = putBlock(ws, row, b);
    out.push(placed.rows);
    row = placed.next;
  }
  ws.getColumn(1).width = 34;
  for (let c = 2; c <= 7; c++) ws.getColumn(c).width = 14;
  landscape(ws);
  return out;
}

/** The seed's key, kept at the foot of the April sheet: coloured cells the user made. */
export function putKey(ws: Worksheet, row: number): void {
  putRow(ws, row, [null, 'Off target', 'target', 'Above target']);
  const r = putRow(ws, row + 1, ['Rating', 'RED', 'AMBER', 'GREEN']);
  fill(r[1], FILL.red);
  fill(r[2], FILL.amber);
  fill(r[3], FILL.green);
  putRow(ws, row + 3, [null, 'Not better', 'Bit better', 'Much better']);
  const t = putRow(ws, row + 4, ['Trend', 'RED', 'AMBER', 'GREEN']);
  fill(t[1], FILL.red);
  fill(t[2], FILL.amber);
  fill(t[3], FILL.green);
}
