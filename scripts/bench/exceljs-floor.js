// The floor for cli.ratio_to_exceljs_floor: ExcelJS merely reading and writing the same file.
const ExcelJS = require('exceljs');

async function run(input, output) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
}

run(process.argv[2], process.argv[3]).catch((err) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
