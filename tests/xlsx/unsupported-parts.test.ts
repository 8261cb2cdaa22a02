import { promises as fs } from 'fs';
import * as path from 'path';
import { unsupportedParts, zipEntryNames } from '../../src/xlsx/unsupported-parts';

const ROOT = path.join(__dirname, '..', '..');

describe('unsupportedParts', () => {
  it('lists the zip entries of a workbook', async () => {
    const names = await zipEntryNames(await fs.readFile(path.join(ROOT, 'examples', 'register.xlsx')));
    expect(names).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml']));
  });

  it('finds nothing to lose in our examples, charts and pivots in with-chart.xlsx', async () => {
    for (const f of ['register.xlsx', 'cards.xlsx', 'mixed.xlsx']) {
      expect(await unsupportedParts(await fs.readFile(path.join(ROOT, 'examples', f)))).toEqual([]);
    }
    expect(
      await unsupportedParts(await fs.readFile(path.join(ROOT, 'tests', 'fixtures', 'xlsx', 'with-chart.xlsx'))),
    ).toEqual(['charts', 'pivot tables']);
  });

  it('returns nothing for bytes that are not a zip', async () => {
    expect(await zipEntryNames(new Uint8Array([1, 2, 3]))).toEqual([]);
    expect(await zipEntryNames(new TextEncoder().encode('x'.repeat(100)))).toEqual([]);
  });
});
