#!/usr/bin/env node
// `npm run bench`: compile the bench (TypeScript, with the engine and hosts it measures), then run it.
// Prints one figure per line as `name: value`, the unit in the name.
const { execFileSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
// The CLI too: the cli figures run bin/scorelight.js, which must be today's code, not an old dist-cli.
for (const config of ['tsconfig.cli.json', 'tsconfig.bench.json'])
  execFileSync(process.execPath, [tsc, '-p', path.join(root, config)], { stdio: 'inherit', cwd: root });
require(path.join(root, '.bench-build', 'scripts', 'bench', 'main.js'))
  .main(root, process.argv.slice(2))
  .catch((err) => {
    process.stderr.write(`bench failed: ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  });
