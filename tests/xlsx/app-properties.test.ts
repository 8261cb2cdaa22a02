/**
 * The sheet list in docProps/app.xml: titles added and removed in the worksheet group, counts kept in
 * step, everything else byte for byte, and any part we cannot read returned as it was.
 */
import fc from 'fast-check';
import { addSheetTitles, removeSheetTitles } from '../../src/xlsx/package/app-properties';
import { localName, scanXml } from '../../src/xlsx/package/xml-scan';
import { stripInvalidXmlChars } from '../../src/xlsx/package/xml-text';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const PROPS_OPEN =
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">';

/** As Excel 2016+ writes it: two sheets, a print area and a workbook-level name. */
const EXCEL =
  DECL +
  PROPS_OPEN +
  '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
  '<HeadingPairs><vt:vector size="4" baseType="variant">' +
  '<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>' +
  '<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>' +
  '</vt:vector></HeadingPairs>' +
  '<TitlesOfParts><vt:vector size="4" baseType="lpstr">' +
  '<vt:lpstr>Board</vt:lpstr><vt:lpstr>Lookup</vt:lpstr><vt:lpstr>Board!Print_Area</vt:lpstr><vt:lpstr>Rates</vt:lpstr>' +
  '</vt:vector></TitlesOfParts>' +
  '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>' +
  '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>';

/** German Excel: the groups are named in the user interface's language. */
const GERMAN =
  DECL +
  PROPS_OPEN +
  '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
  '<HeadingPairs><vt:vector size="4" baseType="variant">' +
  '<vt:variant><vt:lpstr>Arbeitsblätter</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>' +
  '<vt:variant><vt:lpstr>Benannte Bereiche</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>' +
  '</vt:vector></HeadingPairs>' +
  '<TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>Tabelle1</vt:lpstr>' +
  '<vt:lpstr>Tabelle1!Druckbereich</vt:lpstr></vt:vector></TitlesOfParts>' +
  '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>' +
  '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>';

/** LibreOffice Calc writes no HeadingPairs or TitlesOfParts at all. */
const LIBREOFFICE =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  PROPS_OPEN +
  '<Template></Template><TotalTime>1</TotalTime>' +
  '<Application>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</Application>' +
  '<AppVersion>15.0000</AppVersion></Properties>';

/** ExcelJS (which Google Sheets-like generators resemble): one group, no named ranges. */
const EXCELJS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  PROPS_OPEN +
  '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
  '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
  '<vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
  '<TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>Sheet1</vt:lpstr></vt:vector></TitlesOfParts>' +
  '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>' +
  '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>';

interface Read {
  groups: { name: string; count: number }[];
  pairsSize: number;
  titlesSize: number;
  titles: string[];
}

/** The groups and titles as a reader of app.xml sees them. */
function read(xml: string): Read {
  const r: Read = { groups: [], pairsSize: -1, titlesSize: -1, titles: [] };
  const path: string[] = [];
  let text = '';
  scanXml(xml, {
    open(tag) {
      path.push(localName(tag.name));
      text = '';
      if (localName(tag.name) === 'vector') {
        const size = Number(tag.attrs.size);
        if (path[1] === 'HeadingPairs') r.pairsSize = size;
        else r.titlesSize = size;
      }
    },
    text(t) {
      text += t;
    },
    close() {
      const local = path.pop();
      if (path[1] === 'HeadingPairs' && path.length === 4) {
        if (local === 'lpstr') r.groups.push({ name: text, count: -1 });
        else r.groups[r.groups.length - 1].count = Number(text);
      } else if (path[1] === 'TitlesOfParts' && path.length === 3 && local === 'lpstr') r.titles.push(text);
    },
  });
  return r;
}

/** The counts a reader relies on agree with the titles listed. */
function expectConsistent(xml: string): void {
  const r = read(xml);
  expect(r.titlesSize).toBe(r.titles.length);
  expect(r.pairsSize).toBe(r.groups.length * 2);
  expect(r.groups.reduce((n, g) => n + g.count, 0)).toBe(r.titles.length);
}

describe('addSheetTitles', () => {
  it('puts a summary right after its board and counts it as a worksheet (Excel 2016+)', () => {
    const out = addSheetTitles(EXCEL, [{ name: 'Board summary', afterTitle: 'Board' }]);
    const r = read(out);
    expect(r.titles).toEqual(['Board', 'Board summary', 'Lookup', 'Board!Print_Area', 'Rates']);
    expect(r.groups).toEqual([
      { name: 'Worksheets', count: 3 },
      { name: 'Named Ranges', count: 2 },
    ]);
    expectConsistent(out);
    // Only the three edits: the title, the group count and the vector size.
    expect(out).toBe(
      EXCEL.replace(
        '<vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Named',
        '<vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>Named',
      )
        .replace('<vt:vector size="4" baseType="lpstr">', '<vt:vector size="5" baseType="lpstr">')
        .replace('<vt:lpstr>Board</vt:lpstr>', '<vt:lpstr>Board</vt:lpstr><vt:lpstr>Board summary</vt:lpstr>'),
    );
  });

  it('puts a name without a known afterTitle at the end of the worksheets, before the named ranges', () => {
    const out = addSheetTitles(EXCEL, [
      { name: 'Scorelight_state' },
      { name: 'X summary', afterTitle: 'Rates' }, // a named range, not a sheet
    ]);
    expect(read(out).titles).toEqual(['Board', 'Lookup', 'Scorelight_state', 'X summary', 'Board!Print_Area', 'Rates']);
    expect(read(out).groups[0].count).toBe(4);
    expectConsistent(out);
  });

  it('places a name after one added earlier in the same call, and keeps the order of names at one place', () => {
    const out = addSheetTitles(EXCEL, [
      { name: 'A', afterTitle: 'Board' },
      { name: 'B', afterTitle: 'Board' },
      { name: 'A2', afterTitle: 'A' },
      { name: 'L', afterTitle: 'lookup' },
    ]);
    expect(read(out).titles.slice(0, 6)).toEqual(['Board', 'B', 'A', 'A2', 'Lookup', 'L']);
    expectConsistent(out);
  });

  it('escapes &, <, > and keeps quotes and apostrophes as text', () => {
    const name = `R&D <"Q1"> 'x'`;
    const out = addSheetTitles(EXCELJS, [{ name }]);
    expect(out).toContain('<vt:lpstr>R&amp;D &lt;"Q1"&gt; \'x\'</vt:lpstr>');
    expect(read(out).titles).toEqual(['Sheet1', name]);
    expect(addSheetTitles(out, [{ name }])).toBe(out);
  });

  it('is idempotent and skips names already listed, ignoring case as Excel does', () => {
    const once = addSheetTitles(EXCEL, [{ name: 'Board summary', afterTitle: 'Board' }]);
    expect(addSheetTitles(once, [{ name: 'Board summary', afterTitle: 'Board' }])).toBe(once);
    expect(addSheetTitles(EXCEL, [{ name: 'LOOKUP' }])).toBe(EXCEL);
    expect(addSheetTitles(EXCEL, [])).toBe(EXCEL);
    const twice = addSheetTitles(EXCEL, [{ name: 'New' }, { name: 'new' }]);
    expect(read(twice).titles.filter((t) => t.toLowerCase() === 'new')).toEqual(['New']);
  });

  it('does not count a named range spelled like the sheet as the sheet', () => {
    const out = addSheetTitles(EXCEL, [{ name: 'Rates' }]);
    expect(read(out).titles).toEqual(['Board', 'Lookup', 'Rates', 'Board!Print_Area', 'Rates']);
    expectConsistent(out);
  });

  it('recognises the German worksheet group', () => {
    const out = addSheetTitles(GERMAN, [{ name: 'Tabelle1 summary', afterTitle: 'Tabelle1' }]);
    const r = read(out);
    expect(r.titles).toEqual(['Tabelle1', 'Tabelle1 summary', 'Tabelle1!Druckbereich']);
    expect(r.groups).toEqual([
      { name: 'Arbeitsblätter', count: 2 },
      { name: 'Benannte Bereiche', count: 1 },
    ]);
    expectConsistent(out);
  });

  it('takes the first group as worksheets in a language it does not know', () => {
    const xml = EXCEL.replace('Worksheets', 'Листы книги X').replace('Named Ranges', 'Именованные диапазоны');
    const out = addSheetTitles(xml, [{ name: 'Сводка' }]);
    expect(read(out).titles).toEqual(['Board', 'Lookup', 'Сводка', 'Board!Print_Area', 'Rates']);
    expect(read(out).groups[0].count).toBe(3);
  });

  it('finds the worksheet group when it is not the first one', () => {
    const xml = EXCELJS.replace(
      '<vt:vector size="2" baseType="variant">',
      '<vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Charts</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>',
    ).replace(
      '<vt:vector size="1" baseType="lpstr">',
      '<vt:vector size="2" baseType="lpstr"><vt:lpstr>Chart1</vt:lpstr>',
    );
    const out = addSheetTitles(xml, [{ name: 'S' }]);
    expect(read(out).titles).toEqual(['Chart1', 'Sheet1', 'S']);
    expectConsistent(out);
  });

  it('reads the namespace prefix the part uses', () => {
    const xml = EXCELJS.replace('xmlns:vt=', 'xmlns:v=').split('vt:').join('v:');
    const out = addSheetTitles(xml, [{ name: 'S' }]);
    expect(out).toContain('<v:lpstr>Sheet1</v:lpstr><v:lpstr>S</v:lpstr>');
    expect(out).toContain('<v:i4>2</v:i4>');
    expectConsistent(out.split('v:').join('vt:'));
  });

  it('follows the indentation of a pretty-printed part', () => {
    const xml =
      '<?xml version="1.0"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"' +
      ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\n' +
      '  <HeadingPairs>\n    <vt:vector size="2" baseType="variant">\n' +
      '      <vt:variant>\n        <vt:lpstr>Worksheets</vt:lpstr>\n      </vt:variant>\n' +
      '      <vt:variant>\n        <vt:i4> 2 </vt:i4>\n      </vt:variant>\n    </vt:vector>\n  </HeadingPairs>\n' +
      '  <TitlesOfParts>\n    <vt:vector size="2" baseType="lpstr">\n' +
      '      <vt:lpstr>One</vt:lpstr>\n      <vt:lpstr>Two</vt:lpstr>\n    </vt:vector>\n  </TitlesOfParts>\n</Properties>\n';
    const out = addSheetTitles(xml, [{ name: 'Mid', afterTitle: 'One' }]);
    expect(out).toContain('<vt:lpstr>One</vt:lpstr>\n      <vt:lpstr>Mid</vt:lpstr>\n      <vt:lpstr>Two</vt:lpstr>');
    expect(out).toContain('<vt:i4>3</vt:i4>');
    expectConsistent(out);
    expect(removeSheetTitles(out, ['Mid'])).toBe(xml.replace('<vt:i4> 2 </vt:i4>', '<vt:i4>2</vt:i4>'));
  });

  it('opens an empty titles vector', () => {
    const xml =
      PROPS_OPEN +
      '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
      '<vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
      '<TitlesOfParts><vt:vector size="0" baseType="lpstr"/></TitlesOfParts></Properties>';
    const out = addSheetTitles(xml, [{ name: 'S' }]);
    expect(out).toContain('<TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>S</vt:lpstr></vt:vector>');
    expectConsistent(out);
  });

  it('leaves a part without HeadingPairs or TitlesOfParts as it was (LibreOffice)', () => {
    expect(addSheetTitles(LIBREOFFICE, [{ name: 'S' }])).toBe(LIBREOFFICE);
    expect(removeSheetTitles(LIBREOFFICE, ['S'])).toBe(LIBREOFFICE);
    const noTitles =
      EXCELJS.slice(0, EXCELJS.indexOf('<TitlesOfParts>')) +
      EXCELJS.slice(EXCELJS.indexOf('</TitlesOfParts>') + '</TitlesOfParts>'.length);
    expect(noTitles).not.toContain('TitlesOfParts');
    expect(addSheetTitles(noTitles, [{ name: 'S' }])).toBe(noTitles);
  });

  it('returns malformed or inconsistent parts unchanged, without throwing', () => {
    const cases = [
      '',
      'not xml',
      EXCEL.slice(0, EXCEL.length - 5),
      EXCEL.replace('</vt:vector></TitlesOfParts>', '</TitlesOfParts>'),
      EXCEL.replace('<vt:i4>2</vt:i4>', '<vt:i4>two</vt:i4>'),
      EXCEL.replace('<vt:i4>2</vt:i4>', '<vt:i4>3</vt:i4>'), // counts that do not add up to the titles
      EXCEL.replace('<vt:i4>2</vt:i4>', '<vt:i4/>'),
      EXCEL.replace('<vt:lpstr>Lookup</vt:lpstr>', '<vt:lpstr>Look<b/>up</vt:lpstr>'),
      EXCEL.replace('<vt:lpstr>Lookup</vt:lpstr>', '<vt:i4>7</vt:i4>'),
      EXCEL + '<Properties/>',
      EXCEL.replace('</TitlesOfParts>', '</TitlesOfParts><TitlesOfParts/>').replace(
        '<TitlesOfParts/>',
        '<TitlesOfParts><vt:vector size="0" baseType="lpstr"/></TitlesOfParts>',
      ),
      EXCEL.replace('Worksheets', 'Charts').replace('Named Ranges', 'Named Ranges'),
    ];
    for (const xml of cases) {
      expect(addSheetTitles(xml, [{ name: 'S' }])).toBe(xml);
      expect(removeSheetTitles(xml, ['Board'])).toBe(xml);
    }
  });
});

describe('removeSheetTitles', () => {
  it('removes worksheet titles only and decrements the counts', () => {
    const out = removeSheetTitles(EXCEL, ['lookup', 'Rates', 'Missing']);
    expect(read(out).titles).toEqual(['Board', 'Board!Print_Area', 'Rates']);
    expect(read(out).groups[0]).toEqual({ name: 'Worksheets', count: 1 });
    expectConsistent(out);
    expect(removeSheetTitles(out, ['Lookup'])).toBe(out);
    expect(removeSheetTitles(EXCEL, [])).toBe(EXCEL);
  });

  it('undoes an add byte for byte', () => {
    for (const xml of [EXCEL, GERMAN, EXCELJS]) {
      const added = addSheetTitles(xml, [{ name: 'X summary', afterTitle: 'Board' }, { name: 'Scorelight_state' }]);
      expect(added).not.toBe(xml);
      expect(removeSheetTitles(added, ['X summary', 'Scorelight_state'])).toBe(xml);
    }
  });

  it('replaces a sheet: remove then add keeps one entry', () => {
    const once = addSheetTitles(EXCEL, [{ name: 'Board summary', afterTitle: 'Board' }]);
    const again = addSheetTitles(removeSheetTitles(once, ['Board summary']), [
      { name: 'Board summary', afterTitle: 'Board' },
    ]);
    expect(again).toBe(once);
  });
});

describe('property: the result always parses and its counts match its titles', () => {
  const name = fc.string({ unit: 'binary', minLength: 1, maxLength: 31 });
  const adds = fc.array(fc.record({ name, afterTitle: fc.option(name, { nil: undefined }) }), { maxLength: 4 });
  const op = fc.oneof(fc.record({ add: adds }), fc.record({ remove: fc.array(name, { maxLength: 3 }) }));
  const PREFIXED = EXCELJS.replace('xmlns:vt=', 'xmlns:v=').split('vt:').join('v:');
  const samples = fc.constantFrom(EXCEL, GERMAN, EXCELJS, PREFIXED);
  const worksheetTitles = (xml: string): string[] => {
    const r = read(xml.split('v:').join('vt:'));
    return r.titles.slice(0, r.groups[0].count);
  };

  it('holds for any sequence of adds and removes on the sample parts', () => {
    fc.assert(
      fc.property(samples, fc.array(op, { maxLength: 5 }), (start, ops) => {
        let xml = start;
        for (const o of ops) {
          if ('add' in o) {
            xml = addSheetTitles(xml, o.add);
            // Each added name is listed once (by Excel's case-insensitive rule) among the worksheets.
            const ws = worksheetTitles(xml);
            for (const a of o.add) {
              const want = stripInvalidXmlChars(a.name).toUpperCase();
              if (want !== '') expect(ws.filter((t) => t.toUpperCase() === want)).toHaveLength(1);
            }
          } else xml = removeSheetTitles(xml, o.remove);
          expect(() => scanXml(xml, {})).not.toThrow();
          expectConsistent(xml.split('v:').join('vt:'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('removing the names an add listed gives back the original bytes', () => {
    fc.assert(
      fc.property(samples, adds, (start, added) => {
        const before = new Set(worksheetTitles(start).map((t) => t.toUpperCase()));
        const fresh = added.filter((a) => !before.has(stripInvalidXmlChars(a.name).toUpperCase()));
        const out = addSheetTitles(start, fresh);
        expect(
          removeSheetTitles(
            out,
            fresh.map((a) => a.name),
          ),
        ).toBe(start);
      }),
      { numRuns: 300 },
    );
  });
});
