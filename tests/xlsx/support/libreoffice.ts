/** Converting a workbook with LibreOffice, where it is installed: proof a third program opens our output. */
import { execFile, execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

/** Converts `file` to CSV (first sheet) and resolves with the CSV text; rejects when LibreOffice fails. */
export function convertToCsv(file: string): Promise<string> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'scorelight-lo-'));
  const profile = mkdtempSync(path.join(os.tmpdir(), 'scorelight-lo-profile-'));
  return new Promise((resolve, reject) => {
    execFile(
      SOFFICE ?? 'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'csv',
        '--outdir',
        out,
        file,
      ],
      { timeout: 120_000 },
      (err) => {
        if (err) return reject(err);
        const csv = readdirSync(out).find((f) => f.endsWith('.csv'));
        if (!csv) return reject(new Error(`LibreOffice wrote no CSV for ${file}`));
        resolve(readFileSync(path.join(out, csv), 'utf8'));
      },
    );
  });
}

/**
 * Converts `files` to `format` (pdf, ods ...) into `dir` with one LibreOffice run, its profile kept in
 * `dir` too; LibreOffice's own output is not shown. Throws when it fails or runs past `timeout` ms.
 */
export function convertAll(files: string[], dir: string, format: string, timeout = 600_000): void {
  execFileSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--convert-to',
      format,
      '--outdir',
      dir,
      ...files,
    ],
    { stdio: 'ignore', timeout },
  );
}
