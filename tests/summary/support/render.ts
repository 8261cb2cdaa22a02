/**
 * Printing a workbook with LibreOffice (PDF, then its text page by page) and reading the board
 * summary's pages out of it, so tests check what a committee would get on paper.
 */
import { execFileSync } from 'child_process';
import { convertAll } from '../../xlsx/support/libreoffice';
import { existsSync, readdirSync } from 'fs';
import path from 'path';

export const RENDER_TOOLS = ['/usr/bin/soffice', '/usr/bin/pdftotext'];

/** The tools missing on this machine (empty when the render tests can run). */
export function missingRenderTools(): string[] {
  return RENDER_TOOLS.filter((t) => !existsSync(t));
}

/**
 * Where LibreOffice's font draws "tt", "ti" or "fi" as one ligature glyph, pdftotext gives its
 * letters as byte-swapped code units ("better" comes out as "be\u7400\u7400er"): put the ASCII back.
 */
export function unligature(text: string): string {
  return text.replace(/[\u2100-\u7e00]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return (code & 0xff) === 0 && code >> 8 >= 0x21 ? String.fromCharCode(code >> 8) : ch;
  });
}

/** Converts every .xlsx in `files` to PDF in `dir` with one LibreOffice run; returns the PDF paths. */
export function toPdf(files: string[], dir: string): string[] {
  convertAll(files, dir, 'pdf', 600_000);
  const made = new Set(readdirSync(dir));
  return files.map((f) => path.join(dir, `${path.basename(f, '.xlsx')}.pdf`)).filter((p) => made.has(path.basename(p)));
}

/** The text of each printed page, in layout order (one string per page). */
export function pdfPages(pdf: string): string[] {
  const text = unligature(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  return text.split('\f').filter((p) => p.trim() !== '');
}

/** Pages of board summaries: their footer names Scorelight's board summary. */
export function summaryPages(pages: string[]): string[] {
  return pages.filter((p) => p.includes('Scorelight board summary'));
}
