// The floor for cli.ratio_to_exceljs_floor: ExcelJS merely reading and writing the same file.
// With --same-writer it writes the way the CLI does (entries stored, then deflated by Node's zlib in
// dist-cli/cli/zip-deflate.js), so the CLI's time over it is what scoring itself adds.
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

async function run(input, output, sameWriter) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  if (!sameWriter) {
    await wb.xlsx.writeFile(output);
    return;
  }
  // The CLI's own save path (workbook-file.ts), not a copy of it.
  const dist = path.join(__dirname, '..', '..', 'dist-cli');
  const { saveWorkbook } = require(path.join(dist, 'xlsx', 'workbook-io.js'));
  const { deflateZip } = require(path.join(dist, 'cli', 'zip-deflate.js'));
  fs.writeFileSync(output, await deflateZip(await saveWorkbook(wb, { compress: false })));
}

const args = process.argv.slice(2);
const sameWriter = args.includes('--same-writer');
const [input, output] = args.filter((a) => a !== '--same-writer');
run(input, output, sameWriter).catch((err) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
