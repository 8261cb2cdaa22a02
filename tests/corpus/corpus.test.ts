/**
 * The shared public corpus (../shared/corpus, PROVENANCE.md there), scored with zero configuration
 * and the default rules, against hand labels made under SCORING.md (tests/corpus/labels, reasoning in
 * tests/corpus/reasoning). Nothing may be invented where there are no targets, and at least
 * CORPUS_CORRECT_FLOOR labelled indicators must be right. Mismatches are printed for the reader work.
 * Skips, saying so, when the shared corpus is absent.
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { formatMismatch, formatReport, type LabelFile } from '../real-world/compare-labels';
import { CORPUS_LABELS_DIR, measureCorpus, type CorpusFigures } from './compare-corpus';
import { CORPUS_CORRECT_FLOOR } from './floor';
import { sayCorpusAbsent, sharedCorpusDir } from './shared-dir';
import { WITH_TARGETS } from './with-targets';

jest.setTimeout(600_000);

const corpusDir = sharedCorpusDir();
if (corpusDir === undefined) sayCorpusAbsent('tests/corpus');
const describeCorpus = corpusDir === undefined ? describe.skip : describe;

const labelFiles = readdirSync(path.join(CORPUS_LABELS_DIR, 'labels'))
  .filter((n) => n.endsWith('.json'))
  .map((n) => JSON.parse(readFileSync(path.join(CORPUS_LABELS_DIR, 'labels', n), 'utf8')) as LabelFile);

describe('label files', () => {
  // These need no workbook: they check the labels themselves, so they run everywhere.
  it.each(labelFiles.map((f) => [f.workbook, f] as const))('%s is well formed', (_name, f) => {
    expect(f.workbook).toMatch(/\.xls[xm]$/i);
    expect(f.indicators.length + (f.noRatingSheets?.length ?? 0)).toBeGreaterThan(0);
    for (const l of f.indicators) {
      expect(l.name).toMatch(/^[A-Z]+[0-9]+$/);
      expect(['GREEN', 'AMBER', 'RED', 'BLUE', 'NO_DATA', 'NO_TARGET', 'NOT_SCORED']).toContain(l.status);
    }
  });

  it('every labelled workbook is in the hand-kept list of which hold targets', () => {
    expect(labelFiles.map((f) => f.workbook).filter((w) => WITH_TARGETS[w] === undefined)).toEqual([]);
  });
});

describeCorpus('the shared public corpus, zero configuration', () => {
  let figures: CorpusFigures;
  beforeAll(async () => {
    figures = await measureCorpus(corpusDir as string);
    const lines = [
      formatReport(figures.labels),
      `workbooks ${figures.workbooks}, with targets ${figures.withTargets}, found ${figures.withTargetsFound}` +
        (figures.notFound.length > 0 ? ` (not found: ${figures.notFound.join(', ')})` : ''),
      ...figures.surveys
        .filter((s) => s.targets === false && s.rated > 0)
        .map((s) => `invented on ${s.workbook}: ${s.rated} rated, e.g. ${s.ratedExamples.join('; ')}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  });

  it('scores every label file against its workbook', () => {
    expect(figures.labels.skipped).toEqual([]);
    expect(figures.labels.files.length).toBe(labelFiles.length);
    expect(figures.labels.labelled).toBe(
      labelFiles.reduce((n, f) => n + f.indicators.length + (f.noRatingSheets?.length ?? 0), 0),
    );
  });

  it('knows for every workbook whether it holds targets', () => {
    expect(figures.unclassified).toEqual([]);
  });

  it('invents nothing: no rating on sheets labelled without targets, nor on workbooks without targets', () => {
    const invented = figures.labels.files.flatMap((f) => f.mismatches.filter((m) => m.field === 'noRating'));
    expect(invented.map(formatMismatch)).toEqual([]);
    const rated = figures.surveys.filter((s) => s.targets === false && s.rated > 0);
    expect(rated.map((s) => `${s.workbook}: ${s.ratedExamples.join('; ')}`)).toEqual([]);
    expect(figures.invented).toBe(0);
  });

  it(`gets at least the floor (${CORPUS_CORRECT_FLOOR}) of the labelled indicators right`, () => {
    expect(figures.labels.correct).toBeGreaterThanOrEqual(CORPUS_CORRECT_FLOOR);
  });
});
