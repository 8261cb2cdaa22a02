/**
 * The CLI reads the package itself (src/xlsx/book) and writes by editing it in place
 * (src/xlsx/package), so it pays for neither ExcelJS's model nor its writer:
 * cli.ratio_to_exceljs_floor (`scorelight` on a 5,000-indicator workbook over ExcelJS merely
 * reading and writing it) is expected well below 1.
 * cli.wall_ms_50000: one run on 50,000 indicators, to show how the cost grows (peak memory: hostile.ts).
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
  // Interleaved, seven of each: the machine's other load hits both sides alike, and the median
  // of seven holds still where five moved by a tenth between runs on a 2-core VM.
  for (let i = 0; i < 7; i++) {
    floor.push(run([floorScript, input, path.join(dir, `floor-${i}.xlsx`)]));
    ours.push(run([bin, input, '--out', path.join(dir, `scored-${i}.xlsx`)]));
  }
  const large = path.join(dir, 'kpis-50000.xlsx');
  await writeSyntheticWorkbook(large, indicators * 10, periods, true);
  const wall50000 = run([bin, large, '--out', path.join(dir, 'scored-50000.xlsx')]);
  fs.rmSync(dir, { recursive: true, force: true });
  const o = median(ours);
  const f = median(floor);
  return {
    'cli.wall_ms_5000': Math.round(o),
    'cli.exceljs_floor_ms_5000': Math.round(f),
    'cli.ratio_to_exceljs_floor': Math.round((o / f) * 100) / 100,
    [`cli.wall_ms_${indicators * 10}`]: Math.round(wall50000),
  };
}
