/**
 * The CLI writes by editing the original package (src/xlsx/package), so it no longer pays for
 * ExcelJS's writer at all: cli.ratio_to_exceljs_floor is expected well below 1.
 * cli.wall_ms_50000: one run on 50,000 indicators, to show how the cost grows (about tenfold).
 * cli.ratio_to_exceljs_floor: `scorelight` on a 5,000-indicator workbook over ExcelJS read + write.
 * cli.ratio_to_same_writer: the same over ExcelJS reading and then writing the way the CLI writes
 * (Node's zlib, not ExcelJS's own deflate): what scoring itself adds, with the faster writer taken out.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { median, timeMs } from './timing';
import { writeSyntheticWorkbook } from './synthetic-workbook';

export async function benchCli(root: string, indicators = 5000, periods = 12): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorelight-bench-'));
  const input = path.join(dir, 'kpis.xlsx');
  await writeSyntheticWorkbook(input, indicators, periods, true);
  const bin = path.join(root, 'bin', 'scorelight.js');
  const floorScript = path.join(root, 'scripts', 'bench', 'exceljs-floor.js');
  const run = (args: string[]): number => timeMs(() => execFileSync(process.execPath, args, { stdio: 'pipe' }));
  const ours: number[] = [];
  const floor: number[] = [];
  const sameWriter: number[] = [];
  // Interleaved, seven of each: the machine's other load hits every side alike, and the median
  // of seven holds still where five moved by a tenth between runs on a 2-core VM.
  for (let i = 0; i < 7; i++) {
    floor.push(run([floorScript, input, path.join(dir, `floor-${i}.xlsx`)]));
    sameWriter.push(run([floorScript, input, path.join(dir, `same-${i}.xlsx`), '--same-writer']));
    ours.push(run([bin, input, '--out', path.join(dir, `scored-${i}.xlsx`)]));
  }
  const large = path.join(dir, 'kpis-50000.xlsx');
  await writeSyntheticWorkbook(large, indicators * 10, periods, true);
  const wall50000 = run([bin, large, '--out', path.join(dir, 'scored-50000.xlsx')]);
  fs.rmSync(dir, { recursive: true, force: true });
  const o = median(ours);
  const f = median(floor);
  const w = median(sameWriter);
  return {
    'cli.wall_ms_5000': Math.round(o),
    'cli.exceljs_floor_ms_5000': Math.round(f),
    'cli.ratio_to_exceljs_floor': Math.round((o / f) * 100) / 100,
    'cli.same_writer_floor_ms_5000': Math.round(w),
    'cli.ratio_to_same_writer': Math.round((o / w) * 100) / 100,
    [`cli.wall_ms_${indicators * 10}`]: Math.round(wall50000),
  };
}
