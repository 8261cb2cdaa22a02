/**
 * Once per e2e run: make sure Chromium is there (fail clearly if not), then build the production
 * bundle the tests serve. SCORELIGHT_E2E_REUSE_DIST=1 reuses an existing dist/ (local iteration only).
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', '..');

module.exports = async () => {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) {
    throw new Error(
      `The browser tests need Chromium at ${chromium}, which is missing. ` +
        'Run `npm test` (its pretest step, scripts/ensure-chromium.sh, installs it) or `apt-get install chromium`, or set CHROMIUM_PATH.',
    );
  }
  if (process.env.SCORELIGHT_E2E_REUSE_DIST === '1' && fs.existsSync(path.join(root, 'dist', 'taskpane.html'))) {
    console.log('\n[e2e] Reusing the existing dist/ (SCORELIGHT_E2E_REUSE_DIST=1).');
    return;
  }
  console.log('\n[e2e] Building the production bundle (webpack --mode production)...');
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [root] });
  execFileSync(process.execPath, [cli, '--mode', 'production'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!fs.existsSync(path.join(root, 'dist', 'taskpane.html')))
    throw new Error('webpack did not produce dist/taskpane.html.');
};
