/**
 * A workbook for the "How we compare" picture in docs/summary/: a children's services register with
 * National average and Statistical neighbours columns, and a seed 001 block with EAST / NWC / SOUTH
 * area columns. Compile and run as scripts/make-examples.ts says, with this file, then score it:
 *
 *   node node_modules/.cache/how-we-compare/how-we-compare-demo.js /tmp/hwc/compare.xlsx
 *   npx scorelight /tmp/hwc/compare.xlsx --summary
 */
import { Workbook } from 'exceljs';

const ROWS: [string, string, number, number, number, number | null][] = [
  ['Children in care per 10K', 'Smaller is better', 65, 71, 60, 62],
  ['Child protection plans per 10K', 'Smaller is better', 45, 48, 42, 44],
  ['Re-referrals within 12 months %', 'Smaller is better', 25, 20, 24, 22],
  ['Assessments within 45 days %', 'Bigger is better', 85, 88, 82, 84],
  ['Care leavers in education %', 'Bigger is better', 60, 65, 55, null],
  ['Adoptions within 14 months %', 'Bigger is better', 60, 70, 50, null],
  ['Placement stability %', 'Bigger is better', 70, 72, 68, null],
  ['Repeat CP plans %', 'Smaller is better', 20, 15, 18, null],
  ['Missing episodes', 'Smaller is better', 30, 20, 25, null],
  ['Dental checks %', 'Bigger is better', 85, 80, 86, null],
  ['Health assessments %', 'Bigger is better', 90, 80, 88, null],
  ['Social worker vacancies %', 'Smaller is better', 15, 16, 16, null],
];

async function main(out: string): Promise<void> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Children KPIs');
  ws.addRow(['Measure', 'Polarity', 'Target', 'Actual', 'National average', 'Statistical neighbours', 'RAG']);
  for (const r of ROWS) ws.addRow(r);
  ws.addRow([]);
  ws.addRow(['Number of children with a Child Protection Plan']);
  ws.addRow([]);
  const header = ws.addRow([
    null,
    new Date(Date.UTC(2015, 2, 1)),
    new Date(Date.UTC(2015, 4, 1)),
    'EAST',
    'NWC',
    'SOUTH',
  ]);
  header.getCell(2).numFmt = 'mmm-yy';
  header.getCell(3).numFmt = 'mmm-yy';
  ws.addRow(['Rate per 10K', 47, 48, 37, 37, 69]);
  ws.addRow(['Target', null, 45]);
  ws.addRow(['Polarity: Smaller is Better']);
  ws.getColumn(1).width = 40;
  for (let c = 2; c <= 7; c++) ws.getColumn(c).width = 14;
  await wb.xlsx.writeFile(out);
}

main(process.argv[2] ?? 'compare.xlsx').catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exitCode = 1;
});
