/**
 * heldout.*: a held-out set of public workbooks nobody grew a reader on, scored as a new user would
 * (zero configuration, default rules) and compared with hand labels by the same comparator as the
 * corpus (tests/real-world/compare-labels). The set lives outside the repository: env
 * SCORELIGHT_HELDOUT if set, else `<repo>/../heldout`, else /work/heldout; labels in its `labels/`
 * folder, workbook paths relative to it. Prints each workbook's right/total and every mismatch as
 * `#` lines, then heldout.labelled / heldout.correct / heldout.invented (ratings on no-rating sheets).
 * Prints heldout.absent: 1 when the folder is not there.
 */
import { existsSync } from 'fs';
import * as path from 'path';
import { compareCorpus, workbooksIn } from '../../tests/real-world/compare-labels';

function heldoutDir(root: string): string | undefined {
  const env = process.env.SCORELIGHT_HELDOUT;
  const candidates = env !== undefined && env !== '' ? [env] : [path.join(root, '..', 'heldout'), '/work/heldout'];
  return candidates.find((c) => existsSync(path.join(c, 'labels')));
}

export async function benchHeldout(root: string): Promise<Record<string, number>> {
  const dir = heldoutDir(root);
  if (dir === undefined) return { 'heldout.absent': 1 };
  const report = await compareCorpus(dir, workbooksIn(dir));
  for (const f of report.files) {
    const checks = f.labelled;
    process.stdout.write(`# ${f.workbook}: ${f.correct}/${checks} right, invented ${f.invented}\n`);
    for (const m of f.mismatches)
      process.stdout.write(`#   ${m.cell} ${m.indicator}: ${m.field} expected ${m.expected}, got ${m.got}\n`);
  }
  return {
    'heldout.labelled': report.labelled,
    'heldout.correct': report.correct,
    'heldout.invented': report.invented,
  };
}
