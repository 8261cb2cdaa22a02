/**
 * realworld.*: the project's own arranged workbooks in tests/real-world (seed arrangements), scored as published;
 * the public workbooks that were here are now in the corpus group (scripts/bench/corpus.ts).
 * labelled/correct count indicators (correct = every labelled field right); the fields_* figures
 * count each labelled field; ratings_replaced counts author's ratings overwritten by a non-rating.
 */
import * as path from 'path';
import { compareCorpus, workbooksIn } from '../../tests/real-world/compare-labels';

export async function benchRealworld(root: string): Promise<Record<string, number>> {
  // Paths from the project root: the compiled bench's own directory has no fixtures beside it.
  const r = await compareCorpus(
    path.join(root, 'tests', 'real-world'),
    workbooksIn(path.join(root, 'tests', 'fixtures', 'real-world')),
  );
  return {
    'realworld.files': r.files.length,
    'realworld.labelled': r.labelled,
    'realworld.correct': r.correct,
    'realworld.correct_pct': Math.round((1000 * r.correct) / Math.max(1, r.labelled)) / 10,
    'realworld.fields_labelled': r.fieldsLabelled,
    'realworld.fields_correct': r.fieldsCorrect,
    'realworld.ratings_replaced': r.ratingsReplaced,
  };
}
