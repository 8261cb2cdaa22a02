// What the .xlsx host scores in Node for a workbook: the browser preview must show and write the same.
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import type { Status } from '../../../src/core/model';
import type { SheetResult } from '../../../src/core/pipeline';
import type { Rules } from '../../../src/core/rules/types';
import { openBook } from '../../../src/xlsx/book/read-book';
import { scoreWorkbook } from '../../../src/xlsx/score-workbook';

export interface Expected {
  sheet: string;
  result: SheetResult;
  rules: Rules;
  counts: Partial<Record<Status, number>>;
}

export async function scoreInNode(file: string, sheet?: string): Promise<Expected> {
  // Read as the preview reads the file: a Book from the package.
  const wb = await openBook(readFileSync(file));
  const run = scoreWorkbook(wb, sheet ? { sheets: [sheet] } : {});
  const result = run.results[0];
  const counts: Partial<Record<Status, number>> = {};
  for (const i of result.indicators) counts[i.status] = (counts[i.status] ?? 0) + 1;
  return { sheet: result.sheet, result, rules: run.rules, counts };
}

/** The file as another program (ExcelJS) reads it. */
export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}
