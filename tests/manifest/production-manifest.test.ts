/**
 * Defect 10: `npm run build -- --env url=https://host/path` writes dist/manifest.xml with that
 * address everywhere (SourceLocation, icons, SupportUrl, function file, AppDomains) and validates it.
 * The same functions the build uses are checked here; the build itself runs them in the e2e setup.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';

const root = path.join(__dirname, '..', '..');

const config = require('../../webpack.config.js') as {
  deployUrl(env: { url?: string }): string | null;
  manifestFor(xml: string, url: string): string;
};

const { validate } = require('../../scripts/validate-manifest.js') as {
  validate(file: string, root: string, base?: string | null): Promise<string[]>;
};

function written(xml: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorelight-prod-manifest-'));
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, xml);
  return file;
}

test('a production manifest points everywhere at the given address, and passes the checks', async () => {
  const url = config.deployUrl({ url: 'https://intranet.council.gov.uk/sites/kpi/scorelight/' });
  expect(url).toBe('https://intranet.council.gov.uk/sites/kpi/scorelight');
  const xml = config.manifestFor(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), url!);
  expect(xml).not.toContain('localhost');
  expect(xml).toContain(
    '<SourceLocation DefaultValue="https://intranet.council.gov.uk/sites/kpi/scorelight/taskpane.html"/>',
  );
  expect(xml).toContain('<AppDomain>https://intranet.council.gov.uk</AppDomain>');
  expect(xml).toContain(
    '<SupportUrl DefaultValue="https://intranet.council.gov.uk/sites/kpi/scorelight/assets/support.html"/>',
  );
  expect(await validate(written(xml), root, url)).toEqual([]);
});

test('the checks catch a manifest left pointing elsewhere', async () => {
  const url = 'https://intranet.council.gov.uk/kpi';
  const xml = config
    .manifestFor(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), url)
    .replace(`${url}/assets/icon-32.png`, 'https://localhost:3000/assets/icon-32.png');
  const problems = await validate(written(xml), root, url);
  expect(problems.join('\n')).toMatch(
    /localhost:3000\/assets\/icon-32.png is not under https:\/\/intranet.council.gov.uk\/kpi/,
  );
});

test('an address that is not https is refused', () => {
  expect(() => config.deployUrl({ url: 'http://intranet/kpi' })).toThrow(/https/);
  expect(config.deployUrl({})).toBeNull();
});
