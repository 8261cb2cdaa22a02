/**
 * corpus.*: the shared public corpus (../shared/corpus), scored as a new user would, zero configuration.
 * workbooks: every .xlsx/.xlsm in it (from-project/workbooks included); with_targets: those holding
 * indicators against targets (hand-kept in tests/corpus/with-targets.ts, with reasons);
 * with_targets_found: of those, how many have at least one table found; labelled/correct: hand labels
 * in tests/corpus/labels (correct = every labelled field right); invented: GREEN/AMBER/RED/BLUE given
 * where the workbook (or a labelled sheet) has no targets; read_ms: reading and scoring all of it.
 * Prints corpus.absent: 1 and nothing else when the shared corpus is not there.
 */
import * as path from 'path';
import { measureCorpus } from '../../tests/corpus/compare-corpus';
import { sharedCorpusDir } from '../../tests/corpus/shared-dir';

export async function benchCorpus(root: string): Promise<Record<string, number>> {
  const dir = sharedCorpusDir(root);
  if (dir === undefined) return { 'corpus.absent': 1 };
  const f = await measureCorpus(dir, path.join(root, 'tests', 'corpus'));
  if (f.notFound.length > 0) process.stdout.write(`# corpus: no table found in ${f.notFound.join(', ')}\n`);
  if (f.unclassified.length > 0)
    process.stdout.write(`# corpus: not in tests/corpus/with-targets.ts: ${f.unclassified.join(', ')}\n`);
  return {
    'corpus.workbooks': f.workbooks,
    'corpus.with_targets': f.withTargets,
    'corpus.with_targets_found': f.withTargetsFound,
    'corpus.labelled': f.labels.labelled,
    'corpus.correct': f.labels.correct,
    'corpus.correct_pct': Math.round((1000 * f.labels.correct) / Math.max(1, f.labels.labelled)) / 10,
    'corpus.invented': f.invented,
    'corpus.read_ms': f.readMs,
  };
}
