/** The synthetic register (synthetic.ts) saved as an .xlsx file, for the benches that run the CLI. */
import ExcelJS from 'exceljs';
import { syntheticTable } from './synthetic';

/** `titled` puts a title and a blank row above the header, as a council's report has. */
export async function writeSyntheticWorkbook(
  file: string,
  indicators: number,
  periods: number,
  titled: boolean,
): Promise<void> {
  const t = syntheticTable(indicators, periods);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPIs');
  if (titled) {
    ws.addRow(['Performance report (synthetic)']);
    ws.addRow([]);
  }
  ws.addRow(t.header);
  t.rows.forEach((row, i) => {
    const r = ws.addRow(row);
    t.formats[i].forEach((f, c) => {
      if (f !== 'General') r.getCell(c + 1).numFmt = f;
    });
  });
  await wb.xlsx.writeFile(file);
}
