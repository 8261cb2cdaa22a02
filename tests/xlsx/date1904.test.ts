/**
 * A workbook in the 1904 date system (old Mac workbooks) stores dates as serials counted from 1904:
 * month headers there are read as the months they show, not as months four years earlier.
 */
import { Workbook } from 'exceljs';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { bookFrom } from '../helpers/book';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

async function timeSeries(date1904: boolean) {
  const wb = new Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('Monthly');
  const months = [new Date(Date.UTC(2012, 3, 1)), new Date(Date.UTC(2012, 4, 1)), new Date(Date.UTC(2012, 5, 1))];
  ws.addRow(['Indicator', 'Polarity', 'Target', ...months]);
  for (let c = 4; c <= 6; c++) ws.getCell(1, c).numFmt = 'mmm-yy';
  ws.addRow(['Calls answered %', 'Bigger is better', 90, 85, 88, 92]);
  ws.addRow(['Complaints', 'Smaller is better', 20, 25, 22, 18]);
  return bookFrom(wb);
}

test.each([false, true])('month headers read as the months shown (1904 system: %s)', async (date1904) => {
  const book = await timeSeries(date1904);
  expect(book.date1904).toBe(date1904);
  const run = scoreWorkbook(book, { scoredAt: new Date('2012-07-15T00:00:00Z') });
  const inds = run.results[0].indicators;
  expect(inds).toHaveLength(2);
  for (const i of inds) expect(i.actualPeriod).toMatchObject({ year: 2012, month: 6 });
  expect(inds.map((i) => i.status)).toEqual(['GREEN', 'GREEN']);
});
