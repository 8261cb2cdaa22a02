/** The --map options: each read into a mapping for a sheet the workbook has, or one clear error. */
import type { Book } from '../xlsx/book/book';
import { parseMapSpec, type SheetMapping } from '../core/detect/map-spec';
import { CliError, EXIT } from './cli-error';

export function readMapOptions(specs: readonly string[], wb: Book): SheetMapping[] {
  const out: SheetMapping[] = [];
  for (const spec of specs) {
    const read = parseMapSpec(spec);
    if (!read.ok) throw new CliError(`--map: ${read.error}.`, EXIT.USAGE);
    const sheet = wb.sheets.find((ws) => ws.name.toLowerCase() === read.value.sheet.toLowerCase());
    if (!sheet) {
      const names = wb.sheets.map((ws) => `"${ws.name}"`).join(', ');
      throw new CliError(`--map: the workbook has no sheet "${read.value.sheet}" (sheets: ${names}).`, EXIT.USAGE);
    }
    out.push({ sheet: sheet.name, mapping: read.value.mapping });
  }
  return out;
}
