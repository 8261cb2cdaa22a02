/**
 * The requirement-set table of the Excel JavaScript API, generated from @types/office-js: every
 * member of a class or interface in `namespace Excel` whose doc comment carries
 * `[Api set: ExcelApi 1.x]` maps to "1.x" (keys are "Range.getMergedAreasOrNullObject",
 * "RunOptions.mergeUndoGroup"). Nothing is hand-written: the fake Excel in tests/excel reads this
 * table at test time, so a new Office.js member used by the host is checked as soon as it is called.
 * Run directly to print the table as JSON: `node scripts/excel-api-sets.js`.
 */
const fs = require('fs');
const path = require('path');

const DEFAULT_DTS = path.join(__dirname, '..', 'node_modules', '@types', 'office-js', 'index.d.ts');

/** "1.9" < "1.13". */
function compareVersions(a, b) {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** Parse the declaration text; returns an object member -> version ("1.13"). */
function parseExcelApiSets(text) {
  const lines = text.split('\n');
  const table = {};
  let inExcel = false;
  let owner = null;
  let pendingSet = null;
  let inComment = false;
  for (const line of lines) {
    if (/^declare namespace /.test(line)) {
      inExcel = line.startsWith('declare namespace Excel ');
      owner = null;
      continue;
    }
    if (!inExcel) continue;
    // Top-level declarations sit at four spaces; nested namespaces (Excel.Interfaces) are skipped.
    const decl =
      /^ {4}(?:export )?(?:abstract )?(class|interface|namespace|enum|type|function|const|let|var) (\w+)/.exec(line);
    if (decl) {
      owner = decl[1] === 'class' || decl[1] === 'interface' ? decl[2] : null;
      pendingSet = null;
      continue;
    }
    if (/^ {8}\/\*\*/.test(line)) {
      inComment = true;
      pendingSet = null;
    }
    if (inComment) {
      // "[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]": the higher one.
      const set = /\[Api set: ExcelApi ([^\]]*)\]/.exec(line);
      if (set) pendingSet = (set[1].match(/\d+\.\d+/g) || []).sort(compareVersions).pop() || null;
      if (line.includes('*/')) inComment = false;
      continue;
    }
    const member = /^ {8}(?:readonly )?(\w+)\??\s*[(:<]/.exec(line);
    if (member && owner) {
      if (pendingSet && !(`${owner}.${member[1]}` in table)) table[`${owner}.${member[1]}`] = pendingSet;
      pendingSet = null;
    }
  }
  return table;
}

/** The table from the installed @types/office-js (or another declaration file). */
function excelApiSets(dtsPath = DEFAULT_DTS) {
  return parseExcelApiSets(fs.readFileSync(dtsPath, 'utf8'));
}

module.exports = { excelApiSets, parseExcelApiSets, compareVersions };

if (require.main === module) {
  process.stdout.write(`${JSON.stringify(excelApiSets(process.argv[2]), null, 1)}\n`);
}
