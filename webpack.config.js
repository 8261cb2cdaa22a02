/**
 * Builds the task pane (Excel and browser preview share taskpane.html) and the ribbon commands page
 * into dist/. ExcelJS is reached only through dynamic import() in the preview, so it lands in its own
 * chunk and the Excel path never loads it.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const root = __dirname;
const exists = (p) => fs.existsSync(path.join(root, p));
const officeJsDir = path.join(root, 'node_modules/@microsoft/office-js/dist');

/**
 * office.js is a loader: inside Excel it fetches the host's script (excel-web-16.00.js,
 * excel-win32-16.01.js, ...) and its UI strings from beside itself, so those come along. Debug
 * builds and other Office apps are left out.
 */
function officeJsPatterns() {
  if (!fs.existsSync(path.join(officeJsDir, 'office.js'))) {
    throw new Error('node_modules/@microsoft/office-js/dist/office.js is missing: run npm ci.');
  }
  const notDebug = { ignore: ['**/*.debug.js'] };
  // Already minified by Microsoft: marking them so keeps Terser off ~12 MB of scripts (minutes on 2 cores).
  const info = { minimized: true };
  return [
    { from: 'office.js', context: officeJsDir, to: '.', info },
    { from: 'o15apptofilemappingtable.js', context: officeJsDir, to: '.', noErrorOnMissing: true, info },
    { from: 'excel*.js', context: officeJsDir, to: '.', globOptions: notDebug, info },
    { from: '*/office_strings.js', context: officeJsDir, to: '.', globOptions: notDebug, info },
    { from: 'telemetry/**', context: officeJsDir, to: '.', noErrorOnMissing: true, globOptions: notDebug, info },
  ];
}

/** Dev certificates from `npx office-addin-dev-certs install`; absent here, so the dev-server falls back to http. */
function devServerHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const ok = Object.values(files).every((f) => fs.existsSync(path.join(dir, f)));
  if (!ok) {
    console.warn(
      `[scorelight] No dev certificates in ${dir}: the dev-server runs on plain http://localhost:3000. ` +
        'Excel needs https: run `npx office-addin-dev-certs install` on your machine, then restart.',
    );
    return { type: 'http' };
  }
  const read = (f) => fs.readFileSync(path.join(dir, f));
  return { type: 'https', options: { key: read(files.key), cert: read(files.cert), ca: read(files.ca) } };
}

/**
 * ExcelJS ships minified (dist/exceljs.min.js); running the minimizer over its ~1 MB again costs
 * a minute on 2 cores and saves almost nothing, so its chunk is marked as already minimized.
 */
class SkipMinifiedVendorPlugin {
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('SkipMinifiedVendor', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'SkipMinifiedVendor', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (/^exceljs\.[^/]*\.js$|^exceljs\.js$/.test(name))
              compilation.updateAsset(name, (src) => src, { minimized: true });
          }
        },
      );
    });
  }
}

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const hasCommands = exists('src/commands/commands.ts');
  if (!hasCommands) console.warn('[scorelight] src/commands/commands.ts not found: building the task pane only.');

  const entry = { taskpane: './src/taskpane/index.tsx' };
  if (hasCommands) entry.commands = './src/commands/commands.ts';

  const plugins = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['runtime', 'taskpane'],
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets', to: 'assets', noErrorOnMissing: true },
        { from: 'manifest*.xml', to: '.', noErrorOnMissing: true },
        ...officeJsPatterns(),
      ],
    }),
  ];
  if (hasCommands) {
    plugins.push(
      exists('src/commands/commands.html')
        ? new HtmlWebpackPlugin({
            filename: 'commands.html',
            template: './src/commands/commands.html',
            chunks: ['runtime', 'commands'],
          })
        : new HtmlWebpackPlugin({
            filename: 'commands.html',
            chunks: ['runtime', 'commands'],
            templateContent:
              '<!doctype html><html><head><meta charset="utf-8"><script src="office.js"></script></head><body></body></html>',
          }),
    );
  }

  const hashed = production ? '[name].[contenthash:8]' : '[name]';
  const config = {
    entry,
    target: 'web',
    devtool: production ? false : 'eval-source-map',
    output: {
      path: path.join(root, 'dist'),
      filename: `${hashed}.js`,
      chunkFilename: `${hashed}.js`,
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; transpiling alone keeps builds quick.
            options: {
              transpileOnly: true,
              configFile: path.join(root, 'tsconfig.json'),
              compilerOptions: { noEmit: false, sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [...plugins, new SkipMinifiedVendorPlugin()],
    optimization: {
      // The runtime lists every chunk's hash; on its own, a change to one view does not re-download the entry.
      runtimeChunk: 'single',
      splitChunks: {
        cacheGroups: {
          // A named chunk for ExcelJS so the bundle report (and the check above) can find it.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: 'exceljs',
            chunks: 'async',
            priority: 20,
            enforce: true,
          },
        },
      },
    },
    performance: {
      // Office's own scripts are copied, not bundled: judge only our chunks. ExcelJS (preview only) is large by nature.
      assetFilter: (f) =>
        f.endsWith('.js') && !/^(office|excel|o15|telemetry)|\/office_strings|preview-host|exceljs/.test(f),
      hints: production ? 'warning' : false,
      // Budget for the pane's first load (React + Fluent + the pane, ~150 KB gzip): warn when it grows past it.
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 700 * 1024,
    },
  };
  // Only `webpack serve` needs the server settings (and the certificate check's message).
  if (env && env.WEBPACK_SERVE) {
    config.devServer = {
      port: 3000,
      // Loopback only: the sideloaded add-in and the preview both open https://localhost:3000.
      host: 'localhost',
      server: devServerHttps(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: { warnings: false } },
    };
  }
  return config;
};
