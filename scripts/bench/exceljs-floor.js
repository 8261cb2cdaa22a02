// The floor for cli.ratio_to_exceljs_floor: ExcelJS merely reading and writing the same file, which
// is what the CLI did before it read packages itself and saved by editing them in place.
const ExcelJS = require('exceljs');

async function run(input, output) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
}

const [input, output] = process.argv.slice(2);
run(input, output).catch((err) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
