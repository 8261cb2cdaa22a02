/**
 * Seed 003 (a performance-system export, June 2012): indicator cards stacked on one sheet. Each has
 * a merged title with its code, Owner/Polarity/Unit lines, a row of real month-end dates (dd/mm/yy),
 * Actual/Target/Symbol rows and the Head of Service commentary.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { bold, box, dated, landscape, put, putRow, wrap } from './sheet-helpers';

export interface Card {
  /** Group heading printed above the card ("RED DIAMOND"), as the export does. */
  group?: string;
  title: string;
  owner: string;
  polarity: string;
  unit: string;
  /** Owner, Polarity and Unit on one line (true) or one per line, as the export varies. */
  oneLine: boolean;
  actual: number;
  /** Targets at 30/06, 30/09, 31/12, 31/03. */
  targets: [number, number, number, number];
  /** Symbols already in the Symbol row: month index (0 = 30/04/12) to symbol. */
  symbols: Record<number, string>;
  author: string;
  comment: string;
}

/** Month-ends April 2012 to March 2013. */
export const CARD_DATES: [number, number, number][] = [
  [2012, 4, 30],
  [2012, 5, 31],
  [2012, 6, 30],
  [2012, 7, 31],
  [2012, 8, 31],
  [2012, 9, 30],
  [2012, 10, 31],
  [2012, 11, 30],
  [2012, 12, 31],
  [2013, 1, 31],
  [2013, 2, 28],
  [2013, 3, 31],
];

const HOS = ' - Comment Subject: Head of Service Commentary';

export const CARDS: Card[] = [
  {
    group: 'RED DIAMOND',
    title: '2042SC: LAC per 10,000 population aged under 18',
    owner: 'Roz Cordy',
    polarity: 'Smaller is Better',
    unit: 'Number per 10,000',
    oneLine: true,
    actual: 37.47,
    targets: [36, 36, 36, 36],
    symbols: { 2: '•' },
    author: 'Roz Cordy',
    comment:
      'Currently there are 520 children looked after by the local authority and this is 1.47 over the target of 36.00. There has been a gradual increase in the number of children who have become looked after but it is stablising.',
  },
  {
    title: 'CS143: Ratio of active TAC cases to open social care referrals',
    owner: 'Cornelia Andrecut',
    polarity: 'Bigger is Better',
    unit: 'Number',
    oneLine: false,
    actual: 0.31,
    targets: [1.8, 1.8, 1.8, 1.8],
    symbols: { 2: '•' },
    author: 'Cornelia Andrecut',
    comment: 'Performance is currently at 0.31 which means that performance is 1.49 below target.',
  },
  {
    title: 'CS145: the percentage of LAC with an up-to-date dental check',
    owner: 'Tara Jones',
    polarity: 'Bigger is Better',
    unit: '',
    oneLine: false,
    actual: 90.4,
    targets: [95, 95, 95, 95],
    symbols: { 11: '_' },
    author: 'Tara Jones',
    comment:
      'Performance is currently 4.6% below target, however there has been a sustained improvement compared with last year.',
  },
  {
    title: 'CS146: The percentage of LAC with up-to-date routine immunisations',
    owner: 'Tara Jones',
    polarity: 'Bigger is Better',
    unit: '',
    oneLine: true,
    actual: 91.8,
    targets: [95, 95, 95, 95],
    symbols: { 2: '•', 8: '_' },
    author: 'Tara Jones',
    comment:
      'Performance is currently 3.2% below target, however current performance has increased by almost 5% since last month and I am confident that this will achieve year end target of 95%.',
  },
  {
    title: "NI060 Percentage core assessments for children's social care carried out < 35 working days",
    owner: 'Sal Thirlway',
    polarity: 'Bigger is Better',
    unit: '%',
    oneLine: false,
    actual: 81.72,
    targets: [85, 85, 85, 85],
    symbols: { 2: '•', 8: '_' },
    author: 'Sal Thirlway',
    comment: 'This indicator is underperforming against target at Q1 by 2.78% of the target value.',
  },
  {
    title: 'NI065 Children becoming the subject of a Child Protection Plan for a second or subsequent time',
    owner: 'Roz Cordy',
    polarity: 'Smaller is Better',
    unit: '%',
    oneLine: false,
    actual: 22.97,
    targets: [16, 16, 16, 16],
    symbols: { 2: '•', 8: '_' },
    author: 'Roz Cordy',
    comment:
      'As this is the beginning of the year the figure is high. The performance is worse than both the national figure of 13% and that of our statistical neighbours.',
  },
  {
    title: 'PAF C23 (BV163): Adoptions of LAC',
    owner: 'Tara Jones',
    polarity: 'Bigger is Better',
    unit: '%',
    oneLine: false,
    actual: 1.72,
    targets: [3, 5, 8, 10],
    symbols: { 5: '_', 11: '_' },
    author: 'Tara Jones',
    comment:
      'Performance is below target but I am confident with the number of children currently placed and linked, that the end of year target will be achieved.',
  },
  {
    group: 'GREEN PLUS',
    title: '2023SC: No. subject to a CPP per 10,000 population <18',
    owner: 'Roz Cordy',
    polarity: 'Smaller is Better',
    unit: 'Number per 10,000',
    oneLine: false,
    actual: 17.01,
    targets: [19, 19, 19, 19],
    symbols: { 2: '-' },
    author: 'Roz Cordy',
    comment: 'Performance this quarter has continued to improve and is now over performing.',
  },
  {
    title: 'CS012: % of privately fostered children visited within required timescales',
    owner: 'John Harris',
    polarity: 'Bigger is Better',
    unit: '%',
    oneLine: true,
    actual: 96.77,
    targets: [87, 87, 87, 87],
    symbols: { 2: '-' },
    author: 'John Harris',
    comment: 'The regulation 8 visits are outperforming the target.',
  },
  {
    title: 'NI062 Stability of placements of looked after children: number of moves',
    owner: 'John Harris',
    polarity: 'Smaller is Better',
    unit: '%',
    oneLine: false,
    actual: 1.92,
    targets: [6.5, 6.5, 6.5, 6.5],
    symbols: { 2: '+' },
    author: 'John Harris',
    comment:
      'This figure confirms that we provide stable placements for most young people looked after as a result of good wrap around services.',
  },
  {
    group: 'BLUE CIRCLE',
    title: 'CS108: % LAC (> 20 days) with a PEP',
    owner: 'Karen Bailey',
    polarity: 'Bigger is Better',
    unit: '%',
    oneLine: false,
    actual: 90.21,
    targets: [94, 94, 94, 94],
    symbols: { 5: '_', 8: '_', 11: '_' },
    author: 'Karen Bailey',
    comment:
      'The actual % of Looked After Children (LAC) with a valid Personal Education Plan (PEP) on 30/6/12 is 90.2%. This is 3.8% below the target of 94%.',
  },
  {
    title: '2016SC: % of referrals that are repeats, within 12 mths (QP7.1)',
    owner: 'Sal Thirlway',
    polarity: 'Smaller is Better',
    unit: '%',
    oneLine: true,
    actual: 17.42,
    targets: [18, 18, 18, 18],
    symbols: { 11: '_' },
    author: 'Roz Cordy',
    comment: 'Performance this quarter has improved with the number of repeat referrals continuing to reduce.',
  },
];

/** Where a card landed (1-based rows), so tests can check the Symbol cell. */
export interface CardRows {
  title: number;
  dates: number;
  actual: number;
  target: number;
  symbol: number;
}

/** Writes one card from `row`; returns its rows and the next free row. */
export function putCard(ws: Worksheet, row: number, card: Card): { rows: CardRows; next: number } {
  if (card.group) {
    bold(put(ws, row, 1, card.group), 12);
    row += 2;
  }
  const title = row;
  bold(put(ws, row, 1, card.title), 12);
  ws.mergeCells(row, 1, row, 13);
  row += 2;
  if (card.oneLine) {
    put(ws, row++, 1, `Owner: ${card.owner} Polarity: ${card.polarity} Unit: ${card.unit}`.trimEnd());
  } else {
    put(ws, row++, 1, `Owner: ${card.owner}`);
    put(ws, row++, 1, `Polarity: ${card.polarity}`);
    put(ws, row++, 1, `Unit: ${card.unit}`.trimEnd());
  }
  row++;
  const dates = row;
  putRow(
    ws,
    row,
    CARD_DATES.map(([y, m, d]) => dated(y, m, d, 'dd/mm/yy')),
    2,
  ).forEach((c) => {
    bold(c);
    box(c);
  });
  const actual = row + 1;
  const target = row + 2;
  const symbol = row + 3;
  putRow(ws, actual, ['Actual', null, null, card.actual]);
  putRow(ws, target, [
    'Target',
    null,
    null,
    card.targets[0],
    null,
    null,
    card.targets[1],
    null,
    null,
    card.targets[2],
    null,
    null,
    card.targets[3],
  ]);
  put(ws, symbol, 1, 'Symbol');
  for (const [i, s] of Object.entries(card.symbols)) put(ws, symbol, 2 + Number(i), s);
  for (const r of [actual, target, symbol]) for (let c = 1; c <= 13; c++) box(ws.getCell(r, c));
  row = symbol + 2;
  bold(put(ws, row, 1, 'Latest Comments:'));
  row += 2;
  put(ws, row, 1, `Comment Author: ${card.author}${HOS}`);
  row += 2;
  wrap(put(ws, row, 1, card.comment));
  ws.mergeCells(row, 1, row, 13);
  ws.getRow(row).height = 45;
  return { rows: { title, dates, actual, target, symbol }, next: row + 3 };
}

export function addCardsSheet(wb: Workbook, name = 'Exception report', cards = CARDS): CardRows[] {
  const ws = wb.addWorksheet(name);
  put(ws, 1, 1, 'Janice Spencer');
  let row = 3;
  const out: CardRows[] = [];
  for (const card of cards) {
    const placed = putCard(ws, row, card);
    out.push(placed.rows);
    row = placed.next;
  }
  ws.getColumn(1).width = 12;
  for (let c = 2; c <= 13; c++) ws.getColumn(c).width = 10;
  landscape(ws);
  return out;
}
