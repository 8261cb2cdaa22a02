/**
 * Generates the example workbooks (examples/) and the test fixtures (tests/fixtures/xlsx/) from the
 * seed documents' real figures. ts-node is not installed; compile and run with:
 *
 *   npx tsc scripts/make-examples.ts --ignoreConfig \
 *     --outDir node_modules/.cache/make-examples --module commonjs --target es2022 \
 *     --esModuleInterop --skipLibCheck --types node --strict && \
 *   node node_modules/.cache/make-examples/make-examples.js
 *
 * (The output sits under node_modules so `require('exceljs')` resolves.)
 *
 * Run from the project folder (paths are relative to the working directory).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { addCardsSheet } from './examples/cards';
import { addEmptySheet, addErrorsSheet, addProtectedSheet, corruptBytes } from './examples/fixtures';
import { addBlocksSheet, APRIL_2016, MAY_2015, putKey } from './examples/metric-blocks';
import { addMixedSheets } from './examples/mixed';
import { addRegisterSheet } from './examples/register';
import { addQuarterRegisterSheet } from './examples/register-quarters';
import { addTimeSeriesSheet } from './examples/time-series';

/** Fixed properties so regenerating gives the same workbook content. */
function newBook(title: string): Workbook {
  const wb = new Workbook();
  wb.creator = 'Scorelight examples';
  wb.title = title;
  wb.created = new Date(Date.UTC(2020, 9, 1));
  wb.modified = wb.created;
  return wb;
}

async function save(wb: Workbook, file: string): Promise<void> {
  await wb.xlsx.writeFile(file);
  process.stdout.write(`wrote ${file}\n`);
}

export async function makeExamples(root: string): Promise<void> {
  const examples = path.join(root, 'examples');
  const fixtures = path.join(root, 'tests', 'fixtures', 'xlsx');
  await fs.mkdir(examples, { recursive: true });
  await fs.mkdir(fixtures, { recursive: true });

  let wb = newBook('Performance Reporting - Qtr 2 2020/21');
  addRegisterSheet(wb);
  await save(wb, path.join(examples, 'register.xlsx'));

  wb = newBook('Corporate performance indicators 2020/21');
  addQuarterRegisterSheet(wb);
  await save(wb, path.join(examples, 'register-quarters.xlsx'));

  wb = newBook("Children's Social Care performance data");
  addTimeSeriesSheet(wb);
  await save(wb, path.join(examples, 'time-series.xlsx'));

  wb = newBook('Exception report June 2012');
  addCardsSheet(wb);
  await save(wb, path.join(examples, 'cards.xlsx'));

  wb = newBook('Children services performance');
  const april = addBlocksSheet(wb, 'April 2016', 'PERFORMANCE - April 2016', APRIL_2016);
  const lastBlock = april[april.length - 1];
  const aprilSheet = wb.getWorksheet('April 2016');
  if (aprilSheet) putKey(aprilSheet, Math.max(...Object.values(lastBlock.labels)) + 6);
  addBlocksSheet(wb, 'May 2015', 'PERFORMANCE - May 2015', MAY_2015);
  await save(wb, path.join(examples, 'metric-blocks.xlsx'));

  wb = newBook('Quarterly KPI pack');
  await addMixedSheets(wb);
  await save(wb, path.join(examples, 'mixed.xlsx'));

  await fs.writeFile(path.join(fixtures, 'corrupt.xlsx'), corruptBytes());
  await fs.writeFile(path.join(fixtures, 'not-xlsx.txt'), 'Measure,Target,Actual\nNo. of audits,20,22\n');
  wb = newBook('Empty');
  addEmptySheet(wb);
  await save(wb, path.join(fixtures, 'empty-sheet.xlsx'));
  wb = newBook('Errors');
  addErrorsSheet(wb);
  await save(wb, path.join(fixtures, 'errors.xlsx'));
  wb = newBook('Protected');
  await addProtectedSheet(wb);
  await save(wb, path.join(fixtures, 'protected.xlsx'));
}

if (require.main === module) {
  makeExamples(process.cwd()).catch((err: unknown) => {
    process.stderr.write(`make-examples: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
