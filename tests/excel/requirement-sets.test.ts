/**
 * Requirement sets: the table is generated from @types/office-js, the manifest and the run-time
 * check declare the same floor, and the fake refuses a call above that floor made without an
 * isSetSupported check (defect 1: getMergedAreasOrNullObject is ExcelApi 1.13, the floor was 1.9).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { readActiveSheet } from '../../src/excel/read-sheet';
import { MIN_EXCEL_API, OLD_EXCEL_MESSAGE } from '../../src/excel/requirements';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { forEachApiLevel } from './api-levels';
import { createFakeExcel, FakeBook, sheetFromRows } from './fake-excel';
import { apiSetTable, declaredMinimum, newestApiSet, versionAtLeast } from './fake/api-sets';
import { registerBook, registerRows } from './helpers';

const { parseExcelApiSets } =
  require('../../scripts/excel-api-sets.js') as typeof import('../../scripts/excel-api-sets');

const root = path.join(__dirname, '..', '..');

test('the table is generated from the type definitions, one entry per tagged member', () => {
  const dts = [
    'declare namespace Excel {',
    '    class Range extends OfficeExtension.ClientObject {',
    '        /**',
    '         * [Api set: ExcelApi 1.13]',
    '         */',
    '        getMergedAreasOrNullObject(): Excel.RangeAreas;',
    '        /**',
    '         * [Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]',
    '         */',
    '        visibility: string;',
    '    }',
    '}',
  ].join('\n');
  expect(parseExcelApiSets(dts)).toEqual({ 'Range.getMergedAreasOrNullObject': '1.13', 'Range.visibility': '1.2' });
  const table = apiSetTable();
  expect(Object.keys(table).length).toBeGreaterThan(1000);
  expect(table['Range.getMergedAreasOrNullObject']).toBe('1.13');
  expect(table['RunOptions.mergeUndoGroup']).toBe('1.20');
  expect(table['Range.setCellProperties']).toBe('1.9');
});

test('the manifest, the run-time check and the validator declare one floor', () => {
  expect(declaredMinimum()).toBe(MIN_EXCEL_API);
  const validator = fs.readFileSync(path.join(root, 'scripts', 'validate-manifest.js'), 'utf8');
  expect(validator).toContain(`const MIN_EXCEL_API = [${MIN_EXCEL_API.split('.').join(', ')}];`);
});

test('a deliberately unguarded 1.13 call under a manifest declaring 1.9 fails', async () => {
  // The manifest as it was before the floor was raised: the old read path calls a 1.13 member.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorelight-floor-'));
  const manifestPath = path.join(dir, 'manifest.xml');
  fs.writeFileSync(
    manifestPath,
    fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8').replace(/MinVersion="[\d.]+"/g, 'MinVersion="1.9"'),
  );
  const book = new FakeBook();
  sheetFromRows(book, 'KPIs', registerRows(3));
  const fx = createFakeExcel(book, { apiVersion: '1.12', manifestPath });
  await expect(fx.env.run((ctx) => readActiveSheet(ctx))).rejects.toThrow(
    /Unguarded Office.js call: Range.getMergedAreasOrNullObject needs ExcelApi 1.13, above the manifest's 1.9/,
  );
  // Found even though the caller caught the error: the shared afterEach fails the test for it.
  expect(fx.violations.splice(0)).toHaveLength(1);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('mergeUndoGroup without an isSetSupported check is reported', async () => {
  const fx = registerBook(2, { apiVersion: newestApiSet() });
  await expect(fx.env.run(async () => 1, { mergeUndoGroup: true })).rejects.toThrow(/RunOptions.mergeUndoGroup/);
  expect(fx.violations.splice(0)).toHaveLength(1);
});

forEachApiLevel((level) => {
  test('scoring works at this level, with one undo step only where 1.20 allows', async () => {
    const fx = registerBook(6);
    const out = await scoreActiveSheet({ env: fx.env, now: () => new Date('2026-11-21T12:00:00Z') });
    expect(out.written).toBe(true);
    expect(fx.counts.mergeUndoRuns).toBe(versionAtLeast(level, '1.20') ? 1 : 0);
  });
});

test('Excel at 1.9 to 1.12 (which cannot read merged areas) is told so before anything runs', async () => {
  const fx = registerBook(4, { apiVersion: '1.12' });
  const out = await scoreActiveSheet({ env: fx.env });
  expect(out.message).toBe(OLD_EXCEL_MESSAGE);
  expect(OLD_EXCEL_MESSAGE).toMatch(/ExcelApi 1\.13/);
  expect(fx.counts.runs).toBe(0);
});
