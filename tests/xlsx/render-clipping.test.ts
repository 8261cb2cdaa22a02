/**
 * Issue 24 item 6, as a reader sees the page: every example scored through the .xlsx host, printed
 * by LibreOffice to PDF, and the words on each printed line read back with their boxes
 * (pdftotext -bbox). A status or trend word clipped by the next column shows as two words whose
 * boxes overlap on one line. Skipped, saying so, where LibreOffice or pdftotext is not installed.
 */
import { execFileSync } from 'child_process';
import { convertAll } from './support/libreoffice';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openBook } from '../../src/xlsx/book/read-book';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { savePackage } from '../../src/xlsx/workbook-io';

jest.setTimeout(300_000);

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const FILES = ['register.xlsx', 'register-quarters.xlsx', 'metric-blocks.xlsx', 'cards.xlsx'];

function has(tool: string): boolean {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const available = has('soffice') && has('pdftotext');
if (!available) console.warn('render-clipping: soffice or pdftotext not installed, the render check is skipped');
const maybe = available ? it : it.skip;

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Words of a PDF with their boxes, page by page, as pdftotext -bbox gives them. */
function words(pdf: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html
    .split('<page')
    .slice(1)
    .map((page) => {
      const out: Word[] = [];
      const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
      for (let m = re.exec(page); m; m = re.exec(page))
        out.push({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: m[5] });
      return out;
    });
}

/** Pairs of words on one printed line whose boxes overlap: text drawn over (or cut by) its neighbour. */
function overlaps(page: Word[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < page.length; i++)
    for (let j = i + 1; j < page.length; j++) {
      const a = page[i];
      const b = page[j];
      const sameLine = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > 0.5 * (a.yMax - a.yMin);
      const cross = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > 0.5;
      if (sameLine && cross) out.push(`"${a.text}" over "${b.text}"`);
    }
  return out;
}

describe.each(FILES)('%s printed', (file) => {
  maybe('no word we wrote is drawn over or cut by its neighbour', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scorelight-render-'));
    try {
      const book = await openBook(await fs.readFile(path.join(EXAMPLES, file)));
      const out = scoreWorkbook(book, { scoredAt: new Date('2020-10-05T10:00:00Z') });
      const ours = new Set<string>();
      for (const r of out.results)
        for (const w of r.plan.writes) if (w.role !== 'variance') for (const t of w.text.split(/\s+/)) ours.add(t);
      const xlsx = path.join(dir, file);
      await fs.writeFile(xlsx, await savePackage(book));
      convertAll([xlsx], dir, 'pdf', 240_000);
      const pages = words(path.join(dir, file.replace(/\.xlsx$/, '.pdf')));
      expect(pages.length).toBeGreaterThan(0);
      const bad = pages.flatMap((p) =>
        overlaps(p).filter((o) => [...ours].some((w) => w.length > 1 && o.includes(`"${w}"`))),
      );
      expect(bad).toEqual([]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
