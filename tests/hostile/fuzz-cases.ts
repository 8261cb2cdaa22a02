/**
 * Hostile variants of examples/register.xlsx, generated at run time (nothing stored): namespaces
 * and prefixes, package structure, far and sparse cells, many sheets, numbers in odd forms, sheet
 * name collisions, tampered state, and random cell text. Each is a whole .xlsx; fuzz.test.ts and
 * the bench (scripts/bench/fuzz.ts) run the CLI on each and check the same invariants (checkRun).
 */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { toA1 } from '../../src/core/a1';
import { fingerprint } from '../../src/core/state/fingerprint';
import { openBook } from '../../src/xlsx/book/read-book';

/** The repository: two folders up from here, or three from the bench's compiled copy (.bench-build/tests/hostile). */
const ROOT = [path.join(__dirname, '..', '..'), path.join(__dirname, '..', '..', '..')].find((d) =>
  existsSync(path.join(d, 'examples', 'register.xlsx')),
) as string;
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET = 'xl/worksheets/sheet1.xml';
const WB = 'xl/workbook.xml';
const CT = '[Content_Types].xml';
const WB_RELS = 'xl/_rels/workbook.xml.rels';

export interface FuzzCase {
  name: string;
  family: string;
  make(): Promise<Uint8Array>;
  /** The case must be refused (one plain sentence, nothing written), never scored. */
  refuse?: boolean;
}

type Edits = Record<string, (text: string) => string>;

let base: Promise<Record<string, string>> | undefined;
function register(): Promise<Record<string, string>> {
  base ??= (async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(ROOT, 'examples', 'register.xlsx')));
    const parts: Record<string, string> = {};
    for (const e of Object.values(zip.files)) if (!e.dir) parts[e.name] = await e.async('string');
    return parts;
  })();
  return base;
}

interface BuildOptions {
  store?: boolean;
  rename?: Record<string, string>;
  /** Folder entries ("xl/") before the parts in them, as Excel's own zips do not have but others do. */
  folders?: boolean;
  /** Data descriptors after each entry's data (sizes not in the local header), as streaming writers do. */
  streamFiles?: boolean;
  comment?: string;
  /** Bytes before the archive (a self-extractor's stub). */
  prefix?: Uint8Array;
}

/** The register with parts edited, added (text) or dropped (edit returning ""). */
async function build(edits: Edits, add: Record<string, string> = {}, options: BuildOptions = {}): Promise<Uint8Array> {
  const parts = { ...(await register()) };
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) {
    const edited = edits[name] ? edits[name](text) : text;
    zip.file(options.rename?.[name] ?? name, edited, { createFolders: options.folders ?? false });
  }
  for (const [name, text] of Object.entries(add)) zip.file(name, text, { createFolders: options.folders ?? false });
  const bytes = await zip.generateAsync({
    type: 'uint8array',
    compression: options.store ? 'STORE' : 'DEFLATE',
    streamFiles: options.streamFiles ?? false,
    comment: options.comment,
  });
  if (!options.prefix) return bytes;
  const out = new Uint8Array(options.prefix.length + bytes.length);
  out.set(options.prefix);
  out.set(bytes, options.prefix.length);
  return out;
}

/** A small deterministic generator (mulberry32), so a failing case is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const xmlEscape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Replace a cell's element by an inline string or a raw <v>. */
function setCell(sheet: string, a1: string, cell: string): string {
  return sheet.replace(new RegExp(`<c r="${a1}"[^>]*?(/>|>[\\s\\S]*?</c>)`), cell);
}

function prefixCases(): FuzzCase[] {
  const out: FuzzCase[] = [];
  const prefixes = ['', 'x:', 'y:'];
  for (const sd of prefixes)
    for (const row of prefixes)
      for (const c of prefixes)
        out.push({
          name: `sheetData=${sd || '-'} row=${row || '-'} c=${c || '-'}`,
          family: 'namespaces',
          make: () =>
            build({
              [SHEET]: (s) =>
                s
                  .replace(/<(\/?)sheetData(?=[\s>/])/g, `<$1${sd}sheetData`)
                  .replace(/<(\/?)row(?=[\s>/])/g, `<$1${row}row`)
                  .replace(/<(\/?)(c|v|is|t|f)(?=[\s>/])/g, `<$1${c}$2`)
                  .replace(`<${sd}sheetData`, `<${sd}sheetData xmlns:x="${MAIN}" xmlns:y="${MAIN}"`),
            }),
        });
  const relOn = ['root', 'sheet', 'sheets'] as const;
  const names = ['none', 'empty', 'one'] as const;
  for (const on of relOn)
    for (const n of names)
      out.push({
        name: `xmlns:r on ${on}, definedNames ${n}`,
        family: 'namespaces',
        make: () =>
          build({
            [WB]: (s) => {
              let t = s;
              if (on !== 'root') t = t.replace(` xmlns:r="${R}"`, '');
              if (on === 'sheet') t = t.replace('<sheet ', `<sheet xmlns:r="${R}" `);
              if (on === 'sheets') t = t.replace('<sheets>', `<sheets xmlns:r="${R}">`);
              if (n === 'empty') t = t.replace('</sheets>', '</sheets><definedNames/>');
              if (n === 'one')
                t = t.replace(
                  '</sheets>',
                  `</sheets><definedNames><definedName name="Mine">'Qtr 2 2020-21'!$A$1</definedName></definedNames>`,
                );
              return t;
            },
          }),
      });
  const prefixRoot = (root: string, ns: string, p: string) => (s: string) =>
    s
      .replace(`<${root} xmlns="${ns}">`, `<${p}:${root} xmlns:${p}="${ns}">`)
      .replace(new RegExp(`<(/?)(Default|Override|Relationship|${root})(?=[\\s/>])`, 'g'), `<$1${p}:$2`)
      .replace(`<${p}:${p}:`, `<${p}:`);
  for (const [ct, rels] of [
    [true, false],
    [false, true],
    [true, true],
  ])
    out.push({
      name: `prefixed roots: content types ${ct}, relationships ${rels}`,
      family: 'namespaces',
      make: () =>
        build({
          ...(ct
            ? { [CT]: prefixRoot('Types', 'http://schemas.openxmlformats.org/package/2006/content-types', 'ct') }
            : {}),
          ...(rels
            ? {
                [WB_RELS]: prefixRoot(
                  'Relationships',
                  'http://schemas.openxmlformats.org/package/2006/relationships',
                  'pr',
                ),
              }
            : {}),
        }),
    });
  return out;
}

function structureCases(): FuzzCase[] {
  const upper = (to: string): FuzzCase => ({
    name: `sheet part renamed ${to}`,
    family: 'zip',
    make: () =>
      build(
        {
          [WB_RELS]: (s) => s.replace('worksheets/sheet1.xml', to.slice(3)),
          [CT]: (s) => s.replace('/xl/worksheets/sheet1.xml', `/${to}`),
        },
        {},
        { rename: { [SHEET]: to } },
      ),
  });
  return [
    upper('xl/worksheets/Sheet2.xml'),
    upper('xl/worksheets/SHEET1.XML'),
    upper('xl/Worksheets/sheet3.xml'),
    { name: 'stored entries', family: 'zip', make: () => build({}, {}, { store: true }) },
    { name: 'an extra part nobody names', family: 'zip', make: () => build({}, { 'customXml/item1.xml': '<a/>' }) },
    { name: 'a binary part', family: 'zip', make: () => build({}, { 'xl/media/image1.bin': '\u0000\u0001PK' }) },
    {
      name: 'sheetId at the schema maximum',
      family: 'zip',
      make: () => build({ [WB]: (s) => s.replace('sheetId="1"', 'sheetId="4294967295"') }),
    },
    {
      name: 'structure locked',
      family: 'zip',
      make: () => build({ [WB]: (s) => s.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>') }),
    },
  ];
}

/** Zip records (issue 23 item 11): what must be copied byte for byte, and names that must be refused. */
function zipRecordCases(): FuzzCase[] {
  const note = { 'customXml/item1.xml': '<a xmlns="urn:example">kept</a>' };
  const evil = ['../../evil.txt', '/etc/evil.txt', '..\\..\\evil.txt', 'C:\\evil.txt', 'xl/../../evil.txt'];
  return [
    { name: 'folder entries', family: 'zip', make: () => build({}, note, { folders: true }) },
    { name: 'data descriptors', family: 'zip', make: () => build({}, note, { streamFiles: true }) },
    {
      name: 'stored, with folders and descriptors',
      family: 'zip',
      make: () => build({}, note, { store: true, folders: true, streamFiles: true }),
    },
    { name: 'an archive comment', family: 'zip', make: () => build({}, note, { comment: 'made by a tool' }) },
    {
      name: 'bytes before the archive',
      family: 'zip',
      make: () => build({}, note, { prefix: new TextEncoder().encode('MZ self-extractor stub '.repeat(8)) }),
    },
    { name: 'a backslash name inside the package', family: 'zip', make: () => build({}, { 'xl\\media\\a.txt': 'a' }) },
    ...evil.map((name) => ({
      name: `an entry named ${name}`,
      family: 'zip',
      refuse: true,
      make: () => build({}, { [name]: 'never unpacked' }),
    })),
  ];
}

function sparseCases(): FuzzCase[] {
  const far = (what: string, extra: string, merge?: string): FuzzCase => ({
    name: what,
    family: 'sparse',
    make: () =>
      build({
        [SHEET]: (s) => {
          let t = s.replace('</sheetData>', `${extra}</sheetData>`);
          if (merge) t = t.replace('<mergeCell ref="A1:H1"/>', `<mergeCell ref="A1:H1"/><mergeCell ref="${merge}"/>`);
          return t;
        },
      }),
  });
  return [
    far('a formatted cell at XFD1048576', '<row r="1048576"><c r="XFD1048576" s="1"/></row>'),
    far('a value at XFD1048576', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
    far('a value at XFD30', '<row r="30"><c r="XFD30"><v>1</v></c></row>'),
    far('a value at A1048576', '<row r="1048576"><c r="A1048576"><v>1</v></c></row>'),
    far('a merge out to XFD1048576', '', 'J30:XFD1048576'),
    far('a merge down to row 1048576', '', 'J30:K1048576'),
    far('a formatted row at the last row', '<row r="1048576" s="1" customFormat="1"/>'),
    far(
      '2,000 cells in column XFD',
      Array.from({ length: 2000 }, (_, i) => `<row r="${i + 30}"><c r="XFD${i + 30}" s="1"/></row>`).join(''),
    ),
  ];
}

/** The register with `n` small sheets more (each one value in A1). */
export async function withManySheets(n: number): Promise<Uint8Array> {
  const add: Record<string, string> = {};
  const sheets: string[] = [];
  const rels: string[] = [];
  const types: string[] = [];
  for (let i = 0; i < n; i++) {
    add[`xl/worksheets/extra${i}.xml`] =
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>${i}</v></c></row></sheetData></worksheet>`;
    sheets.push(`<sheet name="Extra ${i}" sheetId="${i + 2}" r:id="rX${i}"/>`);
    rels.push(`<Relationship Id="rX${i}" Type="${R}/worksheet" Target="worksheets/extra${i}.xml"/>`);
    types.push(
      `<Override PartName="/xl/worksheets/extra${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
  }
  return build(
    {
      [WB]: (s) => s.replace('</sheets>', `${sheets.join('')}</sheets>`),
      [WB_RELS]: (s) => s.replace('</Relationships>', `${rels.join('')}</Relationships>`),
      [CT]: (s) => s.replace('</Types>', `${types.join('')}</Types>`),
    },
    add,
  );
}

function manySheetCases(): FuzzCase[] {
  return [20, 200, 1000].map((n) => ({
    name: `${n} extra sheets`,
    family: 'many-sheets',
    make: () => withManySheets(n),
  }));
}

const ODD_NUMBERS = [
  '0x50',
  '  ',
  '1e309',
  '-0',
  '1.7976931348623157e309',
  '+5',
  '.5',
  '5.',
  '1E2',
  ' 7 ',
  'NaN',
  'Infinity',
  '0b11',
  '1_000',
  '',
  '-1e-400',
];

function numberCases(): FuzzCase[] {
  // E4 is the first indicator's actual.
  return ODD_NUMBERS.map((v) => ({
    name: `<v>${v}</v> as an actual`,
    family: 'numbers',
    make: () => build({ [SHEET]: (s) => setCell(s, 'E4', `<c r="E4"><v>${xmlEscape(v)}</v></c>`) }),
  }));
}

function nameCases(): FuzzCase[] {
  const userSheet = (name: string, hidden: string): FuzzCase => ({
    name: `a user sheet called ${name}${hidden ? ` (${hidden})` : ''}`,
    family: 'names',
    make: () =>
      build(
        {
          [WB]: (s) =>
            s.replace(
              '</sheets>',
              `<sheet name="${name}" sheetId="9"${hidden ? ` state="${hidden}"` : ''} r:id="rU1"/></sheets>`,
            ),
          [WB_RELS]: (s) =>
            s.replace(
              '</Relationships>',
              `<Relationship Id="rU1" Type="${R}/worksheet" Target="worksheets/user.xml"/></Relationships>`,
            ),
          [CT]: (s) =>
            s.replace(
              '</Types>',
              '<Override PartName="/xl/worksheets/user.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
            ),
        },
        {
          'xl/worksheets/user.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>My own notes</t></is></c></row></sheetData></worksheet>`,
        },
      ),
  });
  return [
    ...['Scorelight_state', 'scorelight_STATE', 'SCORELIGHT_STATE'].flatMap((n) => [
      userSheet(n, ''),
      userSheet(n, 'veryHidden'),
    ]),
    userSheet('qtr 2 2020-21', ''),
    userSheet('Qtr 2 2020-21 summary', ''),
  ];
}

function randomCases(count: number): FuzzCase[] {
  const alphabet = [
    '=1+1',
    '+A1',
    '-2',
    '@SUM(A1)',
    '\u0007',
    '\uFFFE',
    '😀',
    '<b>',
    '&amp;',
    ']]>',
    '"',
    "'",
    'Red',
    'Green',
    '■',
    '%',
    '1,000',
    '12/31/2020',
    '\u202E',
    ' ',
  ];
  return Array.from({ length: count }, (_, k) => ({
    name: `random cell text, seed ${k + 1}`,
    family: 'random',
    make: () => {
      const rnd = random(k + 1);
      return build({
        [SHEET]: (s) => {
          let t = s;
          for (let i = 0; i < 4; i++) {
            const a1 = `${'BCDEFGH'[Math.floor(rnd() * 7)]}${4 + Math.floor(rnd() * 15)}`;
            let text = '';
            for (let j = 0; j < 1 + Math.floor(rnd() * 4); j++) text += alphabet[Math.floor(rnd() * alphabet.length)];
            // Characters XML forbids cannot be in a file at all: they are left out, as any writer would.
            text = [...text]
              .filter((ch) => {
                const n = ch.codePointAt(0) ?? 0;
                return n === 9 || n === 10 || n === 13 || (n >= 0x20 && n !== 0xfffe && n !== 0xffff);
              })
              .join('');
            t = setCell(
              t,
              a1,
              `<c r="${a1}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(text)}</t></is></c>`,
            );
          }
          return t;
        },
      });
    },
  }));
}

function rowCases(): FuzzCase[] {
  return [
    {
      name: 'rows without r',
      family: 'rows',
      make: () => build({ [SHEET]: (s) => s.replace(/<row r="\d+"/g, '<row') }),
    },
    {
      name: 'cells without r',
      family: 'rows',
      make: () => build({ [SHEET]: (s) => s.replace(/<c r="[A-Z]+\d+"/g, '<c') }),
    },
    {
      name: 'rows and cells without r',
      family: 'rows',
      make: () => build({ [SHEET]: (s) => s.replace(/<row r="\d+"/g, '<row').replace(/<c r="[A-Z]+\d+"/g, '<c') }),
    },
  ];
}

const STATE_PART = 'xl/worksheets/scorelight-state.xml';

/** The register with a very hidden state sheet holding this JSON, as a hand or a tool could leave it. */
async function withStateJson(json: string, header = ['Scorelight state', 'v1', 'chunks 1']): Promise<Uint8Array> {
  const cell = (ref: string, text: string) =>
    `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(text)}</t></is></c>`;
  const row1 = header.map((h, i) => cell(`${'ABCDE'[i]}1`, h)).join('');
  return build(
    {
      [WB]: (s) =>
        s.replace('</sheets>', `<sheet name="Scorelight_state" sheetId="7" state="veryHidden" r:id="rS1"/></sheets>`),
      [WB_RELS]: (s) =>
        s.replace(
          '</Relationships>',
          `<Relationship Id="rS1" Type="${R}/worksheet" Target="worksheets/scorelight-state.xml"/></Relationships>`,
        ),
      [CT]: (s) =>
        s.replace(
          '</Types>',
          `<Override PartName="/${STATE_PART}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
        ),
    },
    {
      [STATE_PART]: `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${row1}</row><row r="2">${cell('A2', `c${json}`)}</row></sheetData></worksheet>`,
    },
  );
}

/** Every cell of the register's sheet that holds text, with the fingerprint of that text. */
async function registerTexts(): Promise<{ sheet: string; cells: [string, string][] }> {
  const book = await openBook(await fs.readFile(path.join(ROOT, 'examples', 'register.xlsx')));
  const ws = book.sheets[0];
  const cells: [string, string][] = [];
  for (const [r, line] of ws.rows)
    for (const [c, cell] of line)
      if (typeof cell.value === 'string' && cell.value !== '') cells.push([toA1({ row: r, col: c }), cell.value]);
  return { sheet: ws.name, cells };
}

/** Tampered state (issue 23 item 9): claims over the user's cells, forged fingerprints, odd numbers in its rules. */
function stateCases(): FuzzCase[] {
  const claims = (prints: boolean) => async () => {
    const { sheet, cells } = await registerTexts();
    const owned = cells.map(([a1]) => a1);
    const entry = prints
      ? { owned, ownedPrints: cells.map(([, t]) => fingerprint(t)), mappings: [] }
      : { owned, mappings: [] };
    return withStateJson(JSON.stringify({ version: 1, sheets: { [sheet]: entry } }));
  };
  const whole = async () => {
    const { sheet } = await registerTexts();
    return withStateJson(
      JSON.stringify({ version: 1, sheets: { [sheet]: { owned: ['A1:XFD1048576'], mappings: [] } } }),
    );
  };
  const rules = (value: string) => async () => {
    const { sheet } = await registerTexts();
    return withStateJson(
      `{"version":1,"sheets":{${JSON.stringify(sheet)}:{"owned":[],"mappings":[]}},"rules":{"tolerance":{"kind":"absolute","value":${value}}}}`,
    );
  };
  return [
    { name: 'every text cell claimed, fingerprints matching', family: 'state', make: claims(true) },
    { name: 'every text cell claimed, no fingerprints', family: 'state', make: claims(false) },
    { name: 'the whole grid claimed', family: 'state', make: whole },
    { name: 'rules with 1e309 in the state', family: 'state', make: rules('1e309') },
    { name: 'rules with -0 in the state', family: 'state', make: rules('-0') },
    { name: 'rules with "1,5" in the state', family: 'state', make: rules('"1,5"') },
    {
      name: 'a checksum that does not match',
      family: 'state',
      make: () => withStateJson('{"version":1,"sheets":{}}', ['Scorelight state', 'v1', 'chunks 1', 'fnv1a 00000000']),
    },
  ];
}

/** Every generated case; `random` sets how many random-text cases are added. */
export function fuzzCases(random = 70): FuzzCase[] {
  return [
    ...prefixCases(),
    ...structureCases(),
    ...zipRecordCases(),
    ...stateCases(),
    ...sparseCases(),
    ...manySheetCases(),
    ...numberCases(),
    ...nameCases(),
    ...rowCases(),
    ...randomCases(random),
  ];
}
