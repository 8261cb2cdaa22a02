/**
 * Proof that the requirement-set guard fails a test suite, not just throws into code that might
 * swallow it: a throwaway test that makes an unguarded 1.13 call (under a manifest declaring 1.9)
 * and catches the error itself is run by a child jest, which must fail.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const root = path.join(__dirname, '..', '..');

test('a swallowed, unguarded ExcelApi 1.13 call still fails the suite', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorelight-guard-'));
  try {
    const manifest = path.join(dir, 'manifest.xml');
    fs.writeFileSync(
      manifest,
      fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8').replace(/MinVersion="[\d.]+"/g, 'MinVersion="1.9"'),
    );
    const fake = JSON.stringify(path.join(root, 'tests', 'excel', 'fake-excel'));
    const helpers = JSON.stringify(path.join(root, 'tests', 'excel', 'helpers'));
    fs.writeFileSync(
      path.join(dir, 'unguarded.probe.ts'),
      [
        `import { createFakeExcel, FakeBook, sheetFromRows } from ${fake};`,
        `import { registerRows } from ${helpers};`,
        `test('host code that catches the error', async () => {`,
        `  const book = new FakeBook();`,
        `  sheetFromRows(book, 'KPIs', registerRows(2));`,
        `  const fx = createFakeExcel(book, { apiVersion: '1.13', manifestPath: ${JSON.stringify(manifest)} });`,
        `  await fx.env.run(async (ctx) => {`,
        `    try {`,
        `      ctx.workbook.worksheets.getActiveWorksheet().getRange('A1:B2').getMergedAreasOrNullObject();`,
        `    } catch {`,
        `      // swallowed, as a careless host might`,
        `    }`,
        `  });`,
        `});`,
      ].join('\n'),
    );
    const config = {
      rootDir: root,
      roots: [dir],
      testMatch: ['**/*.probe.ts'],
      testEnvironment: 'node',
      transform: {
        '^.+\\.(ts|tsx|js|mjs)$': [
          'ts-jest',
          { tsconfig: { module: 'commonjs', isolatedModules: true, allowJs: true }, diagnostics: false },
        ],
      },
      transformIgnorePatterns: ['/node_modules/(?!(.*/node_modules/)?(numfmt)/)'],
    };
    const jest = require.resolve('jest/bin/jest', { paths: [root] });
    const run = spawnSync(process.execPath, [jest, '--config', JSON.stringify(config), '--ci', '--maxWorkers=1'], {
      cwd: root,
      encoding: 'utf8',
    });
    const out = `${run.stdout}${run.stderr}`;
    expect(out).toMatch(/Office.js calls above the declared minimum without a check/);
    expect(out).toMatch(/Range.getMergedAreasOrNullObject needs ExcelApi 1.13, above the manifest's 1.9/);
    expect(run.status).not.toBe(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
