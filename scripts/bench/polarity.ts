/**
 * polarity.*: the wording step against public indicator names whose publishers state the good
 * direction (shared/corpus/polarity/polarity.csv, third-party data kept outside the repo). The same
 * computation as that folder's baseline.js: coverage = answered / total, precision = right /
 * answered; higher_* over the names whose published direction is higher. The held-out half is the
 * names whose base (code prefix and " - subgroup" suffix removed) hashes odd: the wording was
 * developed looking only at the other half's errors, so heldout_* estimates names nobody has seen.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { IndicatorSource } from '../../src/core/model';
import { polarityFromWording } from '../../src/core/scoring/evidence/polarity-from-wording';

export interface PolarityRow {
  source: string;
  name: string;
  truth: 'higher' | 'lower';
}

/** The shared folder: $SCORELIGHT_SHARED, else <repo>/../shared, else /work/shared; null when absent. */
export function polarityCorpusFile(root: string): string | null {
  const fromEnv = process.env.SCORELIGHT_SHARED;
  const candidates = fromEnv ? [fromEnv] : [path.join(root, '..', 'shared'), '/work/shared'];
  for (const dir of candidates) {
    const file = path.join(dir, 'corpus', 'polarity', 'polarity.csv');
    if (fs.existsSync(file)) return file;
  }
  return null;
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function readPolarityCsv(file: string): PolarityRow[] {
  return parseCsv(fs.readFileSync(file, 'utf8'))
    .slice(1)
    .filter((r) => r.length === 3 && (r[2] === 'higher' || r[2] === 'lower'))
    .map(([source, name, truth]) => ({ source, name, truth: truth as 'higher' | 'lower' }));
}

/** Near-duplicates ("X (%) - Female", "X (%) - Male") share a base, so they fall in the same half. */
function baseName(name: string): string {
  return name
    .replace(/^\s*[0-9]+(?:\.[0-9A-Z]+)*\.?\s+/, '')
    .replace(/\s+-\s+[^-]*$/, '')
    .toLowerCase()
    .trim();
}

/** FNV-1a: a fixed, portable hash, so the halves never change between machines or runs. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function isHeldOut(name: string): boolean {
  return fnv1a(baseName(name)) % 2 === 1;
}

export interface PolarityFigures {
  coverage: number;
  precision: number;
  higher_coverage: number;
  higher_precision: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : Math.round((10000 * a) / b) / 10000);

/** An indicator that is only its name, as a register row with nothing else would give. */
export function nameOnly(name: string): IndicatorSource {
  return {
    id: '',
    sheet: '',
    layout: 'register',
    table: 0,
    name,
    nameCell: { row: 0, col: 0 },
    values: [],
    comparators: [],
  };
}

export function polarityFigures(rows: PolarityRow[]): PolarityFigures {
  const scored = rows.map((r) => ({ truth: r.truth, got: polarityFromWording(nameOnly(r.name))?.polarity }));
  const figures = (list: typeof scored): [number, number] => {
    const answered = list.filter((r) => r.got);
    return [
      ratio(answered.length, list.length),
      ratio(answered.filter((r) => r.got === r.truth).length, answered.length),
    ];
  };
  const [coverage, precision] = figures(scored);
  const [higherCoverage, higherPrecision] = figures(scored.filter((r) => r.truth === 'higher'));
  return { coverage, precision, higher_coverage: higherCoverage, higher_precision: higherPrecision };
}

export function benchPolarity(root: string): Record<string, number> {
  const file = polarityCorpusFile(root);
  if (!file) {
    process.stderr.write('polarity: shared/corpus/polarity/polarity.csv not found; no figures\n');
    return {};
  }
  const rows = readPolarityCsv(file);
  const out: Record<string, number> = { 'polarity.names': rows.length };
  const groups: [string, PolarityRow[]][] = [
    ['polarity', rows],
    ['polarity.development', rows.filter((r) => !isHeldOut(r.name))],
    ['polarity.heldout', rows.filter((r) => isHeldOut(r.name))],
  ];
  for (const [prefix, list] of groups) {
    for (const [k, v] of Object.entries(polarityFigures(list))) out[`${prefix}.${k}`] = v;
  }
  return out;
}
