/**
 * A workbook package written by hand, part by part, as other tools write them: sheets (or chart
 * sheets) with their XML as given, and optional shared strings, styles and workbook properties.
 */
import JSZip from 'jszip';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface HandSheet {
  name: string;
  xml: string;
  state?: string;
  kind?: 'worksheet' | 'chartsheet';
}

export async function pack(
  sheets: HandSheet[],
  extra: { strings?: string; styles?: string; workbookPr?: string } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const rels: string[] = [];
  const list: string[] = [];
  sheets.forEach((s, i) => {
    const kind = s.kind ?? 'worksheet';
    const folder = kind === 'worksheet' ? 'worksheets' : 'chartsheets';
    zip.file(`xl/${folder}/sheet${i + 1}.xml`, s.xml);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/${kind}" Target="${folder}/sheet${i + 1}.xml"/>`);
    list.push(`<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`);
  });
  if (extra.strings !== undefined) {
    zip.file('xl/sharedStrings.xml', extra.strings);
    rels.push(`<Relationship Id="rId90" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (extra.styles !== undefined) {
    zip.file('xl/styles.xml', extra.styles);
    rels.push(`<Relationship Id="rId91" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${extra.workbookPr ?? ''}<sheets>${list.join('')}</sheets></workbook>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
