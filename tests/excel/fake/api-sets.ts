/**
 * Which ExcelApi requirement set each Office.js member needs, from the table generated out of
 * @types/office-js (scripts/excel-api-sets.js), and the minimum the manifest declares. The fake
 * uses both: a member above the host's version fails like ApiNotFound; a member above the declared
 * minimum that the code calls without first asking isSetSupported is a defect, reported loudly.
 */
import fs from 'fs';
import path from 'path';
import type * as ApiSetsScript from '../../../scripts/excel-api-sets';

/** Members of every client object (the proxy machinery), not in any numbered set's tables. */
const FRAMEWORK = new Set(['load', 'isNullObject', 'items', 'toJSON', 'track', 'untrack']);

function projectRoot(): string {
  // Walk up from here: the bench runs a compiled copy of this file from .bench-build/.
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'manifest.xml'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('fake Excel: manifest.xml not found above tests/excel/fake');
    dir = up;
  }
  return dir;
}

let script: typeof ApiSetsScript | null = null;
let table: Record<string, string> | null = null;

/** The generator itself, loaded by path: the bench runs this file compiled elsewhere, the script stays put. */
function generator(): typeof ApiSetsScript {
  script ??= require(path.join(projectRoot(), 'scripts', 'excel-api-sets.js')) as typeof ApiSetsScript;
  return script;
}

function compareVersions(a: string, b: string): number {
  return generator().compareVersions(a, b);
}

/** The generated table, member ("Range.values") -> set ("1.1"); parsed once per process. */
export function apiSetTable(): Record<string, string> {
  table ??= generator().excelApiSets(path.join(projectRoot(), 'node_modules', '@types', 'office-js', 'index.d.ts'));
  return table;
}

/** The ExcelApi MinVersion in manifest.xml (what AppSource and admins are told). */
export function declaredMinimum(manifestPath = path.join(projectRoot(), 'manifest.xml')): string {
  const xml = fs.readFileSync(manifestPath, 'utf8');
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+\.\d+)"/.exec(xml);
  if (!m) throw new Error(`fake Excel: no ExcelApi MinVersion in ${manifestPath}`);
  return m[1];
}

/** The newest ExcelApi set any member belongs to. */
export function newestApiSet(): string {
  return Object.values(apiSetTable()).sort(compareVersions).pop() ?? '1.1';
}

export function versionAtLeast(have: string, want: string): boolean {
  return compareVersions(have, want) >= 0;
}

/** The set a member needs; an unknown member is an error so the fake never guesses. */
export function requiredSet(member: string): string | null {
  const [, name] = member.split('.');
  if (FRAMEWORK.has(name)) return null;
  const set = apiSetTable()[member];
  if (!set) throw new Error(`fake Excel: "${member}" is not in the generated requirement-set table`);
  return set;
}
