#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist-cli by `npm run build:cli` (run by `npm ci` via `prepare`).
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'dist-cli', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write(
    'scorelight: not built yet. Run `npm ci` (or `npm run build:cli`) in the project folder first.\n',
  );
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then(
    // Not process.exit(): it would cut off output still draining into a pipe (a large --json report).
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`scorelight: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
